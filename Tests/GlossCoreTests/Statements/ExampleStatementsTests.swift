@testable import GlossCore
import Testing

/// The shipped Lanzhou annotation: its statements are read and checked without a false alarm,
/// and the "182 of 185 … more than 98%" relation is verified.
@Suite struct ExampleStatementsTests {
    static let repository = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/")).withLeadingSlash

    func analysis() throws -> Analysis {
        let workspace = try Workspace.open(root: Self.repository)
        return WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())
    }

    @Test func everyStatementParsesAndTheShareIsVerified() throws {
        let analysis = try analysis()
        let index = analysis.statements
        #expect(index.entries.count >= 10)
        for entry in index.entries {
            if case .failure(let error)? = entry.value { Issue.record("\(entry.id): \(error.message)") }
        }
        let derived = DerivedValues(index, claimIDs: analysis.claimsByID.keys)
        guard case .value(let share)? = derived.outcomes["gansu-asymptomatic-share"] else {
            Issue.record("the share was not computed")
            return
        }
        #expect(NumberText.plain(share * 100, decimals: 1) == "98.4")
        let contradictions = ["statement-conflict", "derived-mismatch", "verdicts-inconsistent", "invalid-value",
                              "unknown-reference", "date-after-publication", "evidence-stance-mismatch"]
        #expect(Checker.diagnostics(for: analysis).filter { contradictions.contains($0.ruleID) }.isEmpty)
    }

    @Test func aWrongShareIsCaughtWithTheComputedValue() throws {
        var analysis = try analysis()
        let file = try #require(analysis.files.firstIndex { $0.path == "Annotations/lanzhou-protests-2022-10.yaml" })
        let claim = try #require(analysis.files[file].claims.firstIndex { $0.id == "gansu-asymptomatic-share" })
        let range = try #require(analysis.files[file].claims[claim].claim.statement?.value?.range)
        let original = analysis.files[file].claims[claim]
        var changed = original.claim
        changed.statement?.value = Located("> 99%", at: range)
        analysis.files[file].claims[claim] = AnchoredClaim(claim: changed, path: original.path, document: original.document,
                                                           anchoring: original.anchoring)
        let findings = DerivedMismatchRule.check(analysis)
        #expect(findings.map(\.message) == ["`gansu-asymptomatic-cases / gansu-positive-cases` computes 98.4%, which `> 99%` does not hold"])
    }
}

private extension String {
    var withLeadingSlash: String { hasPrefix("/") ? self : "/" + self }
}
