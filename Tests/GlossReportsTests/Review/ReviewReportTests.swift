import GlossCore
@testable import GlossReports
import Testing

@Suite struct ReviewReportTests {
    @Test func fixtureLoadsWithoutProblems() throws {
        let analysis = try ReviewFixture.analysis()
        #expect(analysis.loadProblems.isEmpty)
        #expect(analysis.claims.allSatisfy { $0.anchoring?.range != nil })
    }

    @Test func segmentsCoverTheTextAndNameEveryClaimCoveringThem() throws {
        let report = try ReviewFixture.report()
        let document = try #require(report.documents.first)
        #expect(document.segments.map(\.text).joined() == ReviewFixture.article)
        func ids(_ text: String) -> [String]? {
            document.segments.first { $0.text == text }.map { $0.claims.map { report.cards[$0].id } }
        }
        // "185 people" is inside "185 people gathered at Central Park"; "Central Park" is also the
        // start of "Central Park on October 2", which runs on past the gathering.
        #expect(ids("185 people") == ["gathering", "crowd-daily"])
        #expect(ids(" gathered at ") == ["gathering"])
        #expect(ids("Central Park") == ["gathering", "park-date"])
        #expect(ids(" on October 2") == ["park-date"])
        let closing = document.segments.first { $0.text == "Central Park" }?.closing.map { report.cards[$0].id }
        #expect(closing == ["gathering"])
        #expect(report.cards.filter(\.overlaps).map(\.id) == ["crowd-daily", "gathering", "park-date"])
    }

    @Test func summaryCountsStatusesAndListsWhatIsUnverified() throws {
        let report = try ReviewFixture.report()
        let counts = Dictionary(uniqueKeysWithValues: report.summary.statusCounts.map { ($0.status.description, $0.count) })
        #expect(counts == ["unreviewed": 2, "disputed": 1, "supported": 1, "refuted": 1, "misleading": 0, "unverifiable": 1])
        let unverified = report.summary.unverified.map { "\(report.cards[$0].id): \(report.cards[$0].unverifiedReason!)" }
        #expect(unverified == ["crowd-herald: refuted without evidence", "gathering: reviewers disagree",
                               "park-date: unreviewed", "resident-quote: unreviewed", "script-claim: unverifiable"])
        #expect(report.summary.kindCounts.first { $0.kind == .number }?.count == 2)
    }

    @Test func contradictionsComeFromRelationsAndFromWhatIsFedIn() throws {
        let linked = try ReviewFixture.report()
        #expect(linked.summary.contradictions.map { [linked.cards[$0.first].id, linked.cards[$0.second].id] }
            == [["crowd-herald", "crowd-daily"]])
        let fed = try ReviewFixture.report(contradictions: [
            Contradiction(first: "crowd-daily", second: "crowd-herald", reason: "185 and 250 cannot both hold"),
            Contradiction(first: "park-date", second: "resident-quote", reason: "dates differ"),
            Contradiction(first: "park-date", second: "no-such-claim", reason: "dropped"),
        ])
        #expect(fed.summary.contradictions.map(\.reason) == ["marked as contradicting each other", "dates differ"])
    }

    @Test func privateSourcesAreWithheldEverywhere() throws {
        let report = try ReviewFixture.report()
        let quote = try #require(report.card(withID: "resident-quote"))
        #expect(quote.attribution == .chain([.withheld]))
        #expect(quote.speaker == "withheld")
        #expect(report.card(withID: "gathering")?.attribution.sources.map(\.name) == ["The Daily", "withheld"])
        let tallies = report.summary.sources.map { "\($0.label) \($0.total)" }
        #expect(tallies == ["The Daily 3", "withheld 2", "The Herald 1", "unattributed 1"])
        for format in ReviewFormats.reports + ReviewFormats.exports {
            let output = format.init().render(report)
            #expect(!output.contains(ReviewFixture.privateName), "\(format.identifier)")
            #expect(!output.contains("a-resident"), "\(format.identifier)")
        }
    }

    @Test func placesCarryTheClaimsThatNameThem() throws {
        let places = try ReviewFixture.report().places
        #expect(places.map(\.id) == ["central-park", "elsewhere"])
        #expect(places[0].claims.count == 2)
        #expect(places[1].claims.isEmpty)
    }

    @Test func outputIsDeterministic() throws {
        for format in ReviewFormats.reports + ReviewFormats.exports {
            #expect(format.init().render(try ReviewFixture.report()) == format.init().render(try ReviewFixture.report()))
        }
    }
}
