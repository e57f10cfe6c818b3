import Foundation
import GlossCore
@testable import GlossReports
import Testing

@Suite struct HTMLReportTests {
    /// Values of an attribute, in order, as written (entities not decoded).
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func everyClaimHasOneCardAndEveryLinkReachesOne() throws {
        let report = try ReviewFixture.report()
        let html = HTMLReport().render(report)
        let ids = Self.values(of: "id", in: html)
        #expect(Set(ids).count == ids.count, "ids are unique")
        for card in report.cards {
            #expect(ids.contains(card.anchorID), "card for \(card.id)")
        }
        let fragments = Self.values(of: "href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!fragments.isEmpty)
        for fragment in fragments {
            #expect(ids.contains(fragment), "link to #\(fragment)")
        }
        // Each highlighted run links to a card; each claim that overlaps another gets a numbered marker.
        #expect(html.components(separatedBy: "<a class=\"hl ").count - 1 == 7)
        #expect(html.contains("<a class=\"ref st-disputed\" href=\"#claim-gathering\" title=\"gathering\">3</a>"))
    }

    /// The document's title, text and quoted words carry its `language:` and the direction it
    /// is written in (Arabic right to left, even where a paragraph opens with "(AFP)"), so that
    /// a browser picks the right fonts and a screen reader the right voice; without a language
    /// the direction is taken from the words. The report's own words carry neither.
    @Test func theDocumentsTextIsMarkedWithItsLanguage() throws {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath] = ReviewFixture.annotation.replacingOccurrences(of: "language: en", with: "language: zh-Hans")
        let html = HTMLReport().render(ReviewReport(analysis: try ReviewFixture.analysis(files)))
        #expect(html.contains("<h2 lang=\"zh-Hans\" dir=\"ltr\">Crowds in the &lt;b&gt;city&lt;/b&gt;</h2>"))
        #expect(html.contains("<div class=\"text\" lang=\"zh-Hans\" dir=\"ltr\">"))
        #expect(html.contains("<blockquote lang=\"zh-Hans\" dir=\"ltr\">185 people</blockquote>"))
        // The title, the text, the quote on each of the document's six cards and on both sides
        // of its contradiction.
        #expect(Self.values(of: "lang", in: html).filter { $0 == "zh-Hans" }.count == 10)
        // A reviewer's summary is in no known language: its words decide its direction.
        #expect(html.contains("<p class=\"summary\" dir=\"auto\">"))
        #expect(!html.contains("<p class=\"summary\">"))
        files[ReviewFixture.annotationPath] = ReviewFixture.annotation.replacingOccurrences(of: "language: en\n", with: "")
        let unmarked = HTMLReport().render(ReviewReport(analysis: try ReviewFixture.analysis(files)))
        #expect(unmarked.contains("<div class=\"text\" dir=\"auto\">"))
        files[ReviewFixture.annotationPath] = ReviewFixture.annotation.replacingOccurrences(of: "language: en", with: "language: ar")
        let arabic = HTMLReport().render(ReviewReport(analysis: try ReviewFixture.analysis(files)))
        #expect(arabic.contains("<div class=\"text\" lang=\"ar\" dir=\"rtl\">"))
        for rightToLeft in ["ar", "he", "fa-IR", "ur", "az-Arab", "ckb", "arz", "prs", "pnb", "ks", "ar-u-nu-latn"] {
            #expect(HTMLWriter.direction(of: rightToLeft) == "rtl", "\(rightToLeft)")
        }
        for leftToRight in ["en", "zh-Hans", "ar-Latn", "tr", "en-x-arab"] {
            #expect(HTMLWriter.direction(of: leftToRight) == "ltr", "\(leftToRight)")
        }
        // Not known: the words decide.
        for unknown in ["und", "arn", "x-private"] {
            #expect(HTMLWriter.direction(of: unknown) == nil, "\(unknown)")
        }
    }

    /// Words that changed since their claim was quoted carry no verdict in the text: the card
    /// shows the quote its reviews judged and what the article says there now.
    @Test func changedWordsAreNotMarkedWithTheVerdict() throws {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath] = ReviewFixture.annotation.replacingOccurrences(
            of: "anchor: {quote: \"185 people\"}",
            with: "anchor: {quote: \"195 people\", prefix: \"According to The Daily, \", suffix: \" gathered at Central Park\"}")
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        #expect(report.cards.first { $0.id == "crowd-daily" }?.tier == .fuzzy)
        let html = HTMLReport().render(report)
        #expect(html.contains("<a class=\"hl bg-changed\" href=\"#claim-crowd-daily\""), "\(html)")
        #expect(html.contains("<span class=\"u l0 st-changed\">185 people</span>"))
        #expect(html.contains("<blockquote lang=\"en\" dir=\"ltr\">195 people</blockquote>"))
        #expect(html.contains("its verdict is not shown on them. It now reads: <q lang=\"en\" dir=\"ltr\">185 people</q></p>"))
        let unchanged = HTMLReport().render(try ReviewFixture.report())
        #expect(unchanged.contains("<a class=\"hl bg-supported\" href=\"#claim-crowd-daily\"") && !unchanged.contains("st-changed\""))
    }

    @Test func nothingFromTheInputRunsOrLoads() throws {
        var report = try ReviewFixture.report()
        // The decoder refuses an address holding `"` or `<`; the report escapes one all the same.
        let scripted = try #require(report.cards.firstIndex { $0.id == "script-claim" })
        report.cards[scripted].reviews[0].evidence[0].url = "https://example.org/\"><script>alert(1)</script>"
        let html = HTMLReport().render(report)
        let lowered = html.lowercased()
        #expect(!lowered.contains("<script"))
        #expect(!lowered.contains("<img"))
        #expect(!lowered.contains("<b>"))
        #expect(!lowered.contains("<i>"))
        #expect(Self.values(of: "src", in: html).isEmpty)
        #expect(html.contains("&lt;script&gt;alert(&quot;doc&quot;)&lt;/script&gt;"), "the article's script is shown as text")
        #expect(html.contains("&lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt;"))
        #expect(html.contains("Crowds in the &lt;b&gt;city&lt;/b&gt;"))
        for target in Self.values(of: "href", in: html) {
            #expect(["#", "http://", "https://", "mailto:"].contains { target.hasPrefix($0) }, "\(target)")
        }
        #expect(html.contains("href=\"https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    }

    @Test func notesAreMarkdownWithoutHTMLOrScriptLinks() {
        let html = SafeMarkdown().html("""
            **Matches** the <script>alert(1)</script> count, <img src=x onerror=alert(1)>.
            [bad](javascript:alert(1)) [data](data:text/html,x) [good](https://example.org/a?b=1&c=2) [mail](mailto:desk@example.org)
            [quote](https://example.org/"onmouseover="alert(1)) ![pixel](https://tracker.example.org/p.png) [entity](&#106;avascript:alert(1))
            """)
        #expect(html.contains("<strong>Matches</strong>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("<a>bad</a>"))
        #expect(html.contains("<a>data</a>"))
        #expect(html.contains("<a>entity</a>"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">good</a>"))
        #expect(html.contains("<a href=\"mailto:desk@example.org\">mail</a>"))
        #expect(html.contains("<a href=\"https://example.org/&quot;onmouseover=&quot;alert(1)\">quote</a>"))
        #expect(!html.contains(" src=\""))
        #expect(SafeMarkdown().html("---\ntitle: kept\n---\nbody").contains("title: kept"))
    }

    /// Underscores inside a word are the word's, as CommonMark reads them (Ink made emphasis of
    /// them); a link's title is dropped rather than written into its target.
    @Test func underscoresInWordsAndLinkTitlesReadAsCommonMarkReadsThem() {
        let html = SafeMarkdown().html("""
            The file snake_case_name and report_2022_final.pdf, _emphasis_ and `a_b`;
            see [the page](https://example.org/a_b_c "Ministry page") and [other](https://example.org/x 'Title') and [p](https://example.org/p (Paren title)).
            """)
        #expect(html.contains("snake&#95;case&#95;name and report&#95;2022&#95;final.pdf, <em>emphasis</em> and <code>a&#95;b</code>"), "\(html)")
        #expect(html.contains("<a href=\"https://example.org/a&#95;b&#95;c\">the page</a>"), "\(html)")
        #expect(html.contains("<a href=\"https://example.org/x\">other</a>"), "\(html)")
        #expect(html.contains("<a href=\"https://example.org/p\">p</a>"), "\(html)")
    }

    /// Brackets nested deep, or by the thousand, would have Ink backtrack for hours or overflow
    /// the stack: they are shown as written, in bounded time. Links in a note written for
    /// people still render.
    @Test(arguments: [String(repeating: "![", count: 30), String(repeating: "[", count: 12_000),
                      String(repeating: "[a](", count: 5_000), String(repeating: "[a] ", count: 5_000),
                      String(repeating: "[[a]](b) ", count: 2_000)])
    func bracketsAreReadInBoundedTime(_ note: String) {
        var html = ""
        let elapsed = ContinuousClock().measure { html = SafeMarkdown().html(note) }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(html.contains("&#91;") || html.contains("["))
    }

    @Test func aNoteWithAFewLinksAndAnImageKeepsThem() {
        let html = SafeMarkdown().html("See [the bulletin ![icon](https://example.org/i.png)](https://example.org/b) and [x](https://example.org/x).")
        #expect(html.contains("<a href=\"https://example.org/b\">the bulletin "), "\(html)")
        #expect(html.contains("<a href=\"https://example.org/x\">x</a>"))
        #expect(SafeMarkdown.boundingBrackets(String(repeating: "![", count: 4)) == String(repeating: "!&#91;", count: 4))
    }

    /// Controls and bidirectional overrides in a note are made visible, as in every other text
    /// of a report: they would reorder what a reader sees ("Trojan Source").
    @Test func controlsInNotesAreMadeVisible() {
        let html = SafeMarkdown().html("x\u{202E}y bidi \u{1B}[2J esc \u{9B} c1\nnext line")
        #expect(!html.unicodeScalars.contains { [0x202E, 0x1B, 0x9B].contains($0.value) }, "\(html)")
        #expect(html.contains("x\u{FFFD}y bidi \u{FFFD}[2J esc \u{FFFD} c1"))
    }

    /// Ink escapes code itself: the note's escaping must not show through it a second time.
    @Test func codeInNotesIsEscapedOnce() {
        #expect(SafeMarkdown().html("Inline `a < b && \"c\" 'd' &amp;` code")
                    == "<p>Inline <code>a &lt; b &amp;&amp; &quot;c&quot; &#39;d&#39; &amp;amp;</code> code</p>")
        #expect(SafeMarkdown().html("```swift\nif a < b && c > \"d\" {}\n```")
                    == "<pre><code class=\"language-swift\">if a &lt; b &amp;&amp; c &gt; &quot;d&quot; {}\n</code></pre>")
    }

    /// Raw HTML in code is shown as text, in spans, in blocks, and as a fence's language.
    @Test func htmlInCodeIsText() {
        let span = SafeMarkdown().html("`<script>alert(1)</script>` and `</code><img src=x onerror=alert(1)>`")
        #expect(span == "<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code> and "
                    + "<code>&lt;/code&gt;&lt;img src=x onerror=alert(1)&gt;</code></p>")
        let block = SafeMarkdown().html("```\"><script>x&amp;</script>\n<b onclick=\"alert(1)\">&lt;</b>\n```")
        #expect(!block.contains("<script") && !block.contains("<b ") && !block.contains(" onclick=\""), "\(block)")
        #expect(block == "<pre><code class=\"language-&quot;>&lt;script>x&amp;amp;&lt;/script>\">"
                    + "&lt;b onclick=&quot;alert(1)&quot;&gt;&amp;lt;&lt;/b&gt;\n</code></pre>")
    }

    @Test func evidenceLinksAreWebOnlyEvenWhenTheModelSaysOtherwise() throws {
        var report = try ReviewFixture.report()
        let index = try #require(report.cards.firstIndex { $0.id == "crowd-daily" })
        report.cards[index].reviews[0].evidence = [
            EvidenceEntry(url: "javascript:alert(1)", archive: " JAVASCRIPT:alert(2)", accessed: nil, stance: nil, note: nil),
        ]
        report.documents[0].url = "javascript:alert(3)"
        let html = HTMLReport().render(report)
        #expect(!html.lowercased().contains("href=\"javascript"))
        #expect(!html.lowercased().contains("href=\" javascript"))
        #expect(html.contains("javascript:alert(1)"), "shown as text")
    }

    @Test func chartHasABarPerSourceAndStatus() throws {
        let html = HTMLReport().render(try ReviewFixture.report())
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("<title>The Daily: 1 disputed</title>"))
        #expect(html.contains("<title>withheld: 1 unreviewed</title>"))
    }

    @Test func longChartsFoldTheRestIntoOneRow() {
        let tallies = (1...30).map { SourceTally(label: "source \($0)", counts: [$0, 0, 0, 0, 0, 0]) }
        let chart = SourceChart(tallies: tallies)
        #expect(chart.rows.count == SourceChart.maximumRows)
        #expect(chart.rows.last?.label == "11 other sources")
        #expect(chart.rows.last?.total == (20...30).reduce(0, +))
    }
}
