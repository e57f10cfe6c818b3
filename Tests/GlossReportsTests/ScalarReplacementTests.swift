@testable import GlossReports
import Testing

/// Every reporter escapes through `replacingScalars`; it replaces scalars, never characters.
@Suite struct ScalarReplacementTests {
    @Test func aScalarInsideACharacterIsReplacedAlone() {
        // CR LF is one character, and so is an e with its combining accent.
        #expect("a\r\nb".replacingScalars { $0 == "\r" ? "%0D" : nil } == "a%0D\nb")
        #expect("a\r\nb".replacingScalars { $0 == "\n" ? "%0A" : nil } == "a\r%0Ab")
        #expect("née\u{301}.".replacingScalars { $0 == "\u{301}" ? "´" : nil } == "née´.")
    }

    @Test func aReplacementIsNeverReplacedAgain() {
        #expect("100% of 兰州".replacingScalars { $0 == "%" ? "%25" : nil } == "100%25 of 兰州")
        #expect("%%".replacingScalars { $0 == "%" ? "%25" : nil } == "%25%25")
    }

    @Test func textComesThroughUnchangedWhenNothingIsReplaced() {
        #expect("兰州 😀 e\u{301}".replacingScalars { _ in nil } == "兰州 😀 e\u{301}")
        #expect("".replacingScalars { _ in "x" } == "")
    }

    @Test func appendingEscapesOnlyWhatIsAppended() {
        var line = "a,b="
        line.append("1,2,", replacingScalars: { $0 == "," ? "%2C" : nil })
        line.append("兰州", replacingScalars: { $0 == "," ? "%2C" : nil })
        #expect(line == "a,b=1%2C2%2C兰州")
    }
}
