import Testing

@testable import GlossCore

/// A check of some files knows the others are there (their claims exist, the rules across files
/// cannot judge them); a check of every file does not list the workspace a second time to learn it.
@Suite struct PartialCheckTests {
    static let workspace: Workspace = {
        let claim = { (id: String, relation: String) in
            RuleExample.header + "claims:\n  - {id: \(id), kind: number, anchor: {quote: \"185\", start: 24, end: 27}, relations: [{supports: \(relation)}]}\n"
        }
        let files = RuleExample.sharedFiles.merging([
            "Annotations/a.yaml": Array(claim("crowd", "crowd-again").utf8),
            "Annotations/b.yaml": Array(claim("crowd-again", "crowd").utf8),
        ]) { $1 }
        let fileSystem = InMemoryFileSystem(files: Dictionary(uniqueKeysWithValues: files.map { ("/w/" + $0.key, $0.value) }))
        return try! Workspace.open(root: "/w", fileSystem: fileSystem)
    }()

    @Test func aCheckOfEveryFileIsWhole() throws {
        let result = try CheckResult.check(Self.workspace)
        #expect(!result.analysis.isPartial)
        #expect(result.analysis.files.map(\.path) == ["Annotations/a.yaml", "Annotations/b.yaml"])
        #expect(!result.diagnostics.contains { $0.ruleID == "unknown-reference" })
    }

    @Test func aCheckOfOneFileKnowsTheOthersClaims() throws {
        for result in [try CheckResult.check(Self.workspace, paths: ["Annotations/a.yaml"]),
                       CheckResult.check(Self.workspace, files: ["Annotations/a.yaml"])] {
            #expect(result.analysis.isPartial)
            #expect(result.analysis.files.map(\.path) == ["Annotations/a.yaml"])
            #expect(!result.diagnostics.contains { $0.ruleID == "unknown-reference" }, "\(result.diagnostics.map(\.message))")
        }
    }
}
