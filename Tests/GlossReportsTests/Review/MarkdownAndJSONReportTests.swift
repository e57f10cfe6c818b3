import Foundation
import GlossCore
@testable import GlossReports
import Testing

@Suite struct MarkdownAndJSONReportTests {
    @Test func markdownPutsWhatNeedsWorkFirstAndFoldsTheRest() throws {
        let markdown = MarkdownReport().render(try ReviewFixture.report())
        let unverified = try #require(markdown.range(of: "### Unverified claims (5)"))
        let contradictions = try #require(markdown.range(of: "### Contradictions (1)"))
        let details = try #require(markdown.range(of: "<details><summary>All claims (6)</summary>"))
        #expect(unverified.lowerBound < contradictions.lowerBound && contradictions.lowerBound < details.lowerBound)
        #expect(markdown.contains("| `crowd-herald` | 250 people gathered | `crowd-daily` | 185 people gathered | marked as contradicting each other |"))
        #expect(markdown.contains("| `resident-quote` | unreviewed | A resident wants to go home | _withheld_ |"))
        #expect(markdown.contains("&lt;script&gt;alert('summary')&lt;/script&gt;"))
        #expect(!markdown.contains("<script"))
        #expect(markdown.hasSuffix("</details>\n"))
    }

    /// A verdict on words the document no longer has may not hold: the comment says so, at the
    /// top and on the claim's row, as the HTML report says it on the claim.
    @Test func markdownSaysWhichClaimsWordsChangedOrAreGone() throws {
        var report = try ReviewFixture.report()
        #expect(!MarkdownReport().render(report).contains("quoted words** changed"))
        report.cards[0].tier = .fuzzy
        report.cards[1].tier = .orphaned
        let markdown = MarkdownReport().render(report)
        #expect(markdown.contains("**2 claims' quoted words** changed, are no longer in the document, or stand in several places: "
                                  + "their verdicts may not hold"),
                "\(markdown)")
        #expect(markdown.contains("| \(report.cards[0].status) (words changed) |"), "\(markdown)")
        #expect(markdown.contains("| \(report.cards[1].status) (quote not found) |"), "\(markdown)")
        // One claim is one claim.
        var files = ReviewFixture.files
        let annotation = ReviewFixture.annotation
        let second = try #require(annotation.range(of: "  - id: ", range: annotation.range(of: "  - id: ")!.upperBound..<annotation.endIndex))
        files[ReviewFixture.annotationPath] = String(annotation[..<second.lowerBound])
        let one = MarkdownReport().render(ReviewReport(analysis: try ReviewFixture.analysis(files)))
        #expect(one.contains("**1 claim** in 1 document"), "\(one)")
    }

    @Test(arguments: [
        ("Posted by @lanzhou_news", "Posted by @&#8203;lanzhou\\_news"),
        ("@alice and #12", "@&#8203;alice and \\#&#8203;12"),
        ("(see #3, @bob)", "(see \\#&#8203;3, @&#8203;bob)"),
        // Other repositories' issues, and GitHub's own short form.
        ("see octo/repo#12 and GH-7", "see octo/repo\\#&#8203;12 and GH-&#8203;7"),
        // No reference: an address, a hashtag, a sign alone.
        ("write to tips@example.org", "write to tips@example.org"),
        ("x@y", "x@y"),
        ("#BlankPaper protests", "\\#BlankPaper protests"),
        ("@ 3 # 4", "@ 3 \\# 4"),
        // Addresses written out link nothing, nor does money make mathematics.
        ("see https://evil.example.org/phish and www.evil.example.org", "see https&#8203;://evil.example.org/phish and www&#8203;.evil.example.org"),
        ("HTTP://X.example.org, WWW.x.org, awww.x.org, _www.x.org_", "HTTP&#8203;://X.example.org, WWW&#8203;.x.org, awww.x.org, \\_www&#8203;.x.org\\_"),
        ("between $5 and $10 million", "between \\$5 and \\$10 million"),
    ])
    func markdownMentionsNobodyAndLinksNoIssue(_ summary: String, _ cell: String) throws {
        var report = try ReviewFixture.report()
        report.cards[0].headline = summary
        let markdown = MarkdownReport().render(report)
        #expect(markdown.contains("| \(cell) |"))
    }

    @Test func markdownStaysShortEnoughForAComment() throws {
        var report = try ReviewFixture.report()
        let card = report.cards[0]
        report.cards = (0..<5_000).map { number in
            var copy = card
            copy.id = "claim-\(number)"
            copy.number = number + 1
            copy.status = .unreviewed
            copy.unverifiedReason = "unreviewed"
            return copy
        }
        report.summary.unverified = Array(report.cards.indices)
        let markdown = MarkdownReport().render(report)
        #expect(markdown.count < 65_536)
        #expect(markdown.contains("more, left out to keep this comment short"))
        #expect(markdown.hasSuffix("</details>\n"))
        // Contradictions after a long list of unverified claims still get rows: they had none.
        let pair = try #require(try ReviewFixture.report().summary.contradictions.first)
        report.summary.contradictions = (0..<600).map { ContradictionPair(first: 2 * $0, second: 2 * $0 + 1, reason: pair.reason) }
        let both = MarkdownReport().render(report)
        #expect(both.count < 65_536)
        let contradictions = try #require(both.range(of: "### Contradictions (600)"))
        #expect(both[contradictions.upperBound...].contains("| `claim-0` |"), "no contradiction was listed")
    }

    @Test func jsonIsVersionedAndCarriesEveryClaim() throws {
        let json = JSONReport().render(try ReviewFixture.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["claims"] as? Int == 6)
        #expect((summary["statuses"] as? [String: Int])?["disputed"] == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["language"] as? String == "en")
        let claims = try #require(documents.first?["claims"] as? [[String: Any]])
        #expect(claims.map { $0["id"] as? String } == ["crowd-daily", "crowd-herald", "gathering", "park-date", "resident-quote", "script-claim"])
        #expect(json.contains("\"span\" : {\n            \"end\" : 64,\n            \"exact\" : \"185 people\",\n            \"start\" : 54\n          }"))
        let gathering = try #require(claims.first { $0["id"] as? String == "gathering" })
        let sources = (gathering["attribution"] as? [String: Any])?["sources"] as? [[String: Any]]
        #expect(sources?.map { $0["name"] as? String } == ["The Daily", "withheld"])
        #expect(sources?.last?["id"] == nil)
    }

    /// The documents are written by hand: what Foundation writes for the same values, with keys
    /// sorted and absent optionals left out, must be what comes out, byte for byte.
    @Test func jsonIsWhatFoundationWritesForTheSameValues() throws {
        let json = JSONReport().render(try ReviewFixture.report())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let foundation = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        #expect(json == String(decoding: foundation, as: UTF8.self) + "\n")
    }
}
