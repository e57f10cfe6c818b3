@testable import GlossReports
import Testing

/// JUnit's text and attributes: escaped where XML needs it and left alone everywhere else.
@Suite struct XMLEscapingTests {
    @Test func markupCharactersAreEscaped() {
        #expect(XML.text("a & b < c > d \"e\" 'f'\tg\nh\r") == "a &amp; b &lt; c &gt; d \"e\" 'f'\tg\nh\r")
        #expect(XML.attribute("a & \"b\" 'c'\td\ne <f>") == "\"a &amp; &quot;b&quot; &apos;c&apos;&#9;d&#10;e &lt;f&gt;\"")
    }

    /// U+FFFE, U+FFFF and most C0 controls cannot be in XML at all; the full-width forms, whose
    /// UTF-8 starts with the same byte as U+FFFE's, are text like any other.
    @Test func whatXMLCannotCarryIsReplacedAndNothingElse() {
        #expect(XML.text("兰州，\u{FFFE}x\u{FFFF}（）") == "兰州，\u{FFFD}x\u{FFFD}（）")
        #expect(XML.text("x\u{1}y\u{1F}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(XML.text("plain text, 兰州 😀") == "plain text, 兰州 😀")
        #expect(XML.attribute("兰州，（）") == "\"兰州，（）\"")
    }
}
