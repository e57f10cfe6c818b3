import Foundation
import GlossCore
import GlossReports
import Testing

/// Every format on the fixture workspace, compared byte for byte with its committed golden file.
/// After an intended change, regenerate them with `GLOSS_UPDATE_GOLDENS=1 swift test --filter GoldenTests`
/// and review the diff.
@Suite struct GoldenTests {
    @Test func theFixtureHasOneFindingOfEveryRule() throws {
        let counts = Dictionary(grouping: try ReportFixture.result().diagnostics, by: \.ruleID).mapValues(\.count)
        for rule in RuleCatalog.all {
            #expect(counts[rule.description.id] == 1, "the fixture needs exactly one `\(rule.description.id)` finding")
        }
    }

    @Test(arguments: Reporters.all.map { $0.identifier })
    func outputMatchesTheGoldenFile(_ format: String) throws {
        let report = try #require(Reporters.make(format)).report(try ReportFixture.result())
        let golden = ReportFixture.golden(format)
        if ReportFixture.updating {
            try Data(report.utf8).write(to: golden)
        }
        let expected = try String(decoding: Data(contentsOf: golden), as: UTF8.self)
        #expect(report == expected, "\(format) differs from \(golden.lastPathComponent); see GoldenTests to regenerate")
    }
}
