import Testing

@testable import GlossCore

/// The rules share what the memo works out from an analysis; a changed analysis must not be
/// judged by what was worked out before the change.
@Suite struct AnalysisMemoTests {
    /// Two claims about Lanzhou's cases, one written in Chinese: they conflict only when the
    /// places registry says 兰州 is Lanzhou, and only while "about 200" means 180 to 220.
    static func analysis() -> Analysis {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - {id: first, kind: number, anchor: {quote: "185"}, statement: {subject: lanzhou, property: cases, value: "about 200", as_of: 2022-10-02}}
              - {id: second, kind: number, anchor: {quote: "250"}, statement: {subject: 兰州, property: cases, value: "250", as_of: 2022-10-02}}

            """
        let fileSystem = InMemoryFileSystem(root: "/w", texts: [
            "Annotations/a.yaml": annotation,
            "Annotations/places.yaml": "places:\n  - {id: lanzhou, name: Lanzhou, aliases: [兰州]}\n",
            "Sources-Docs/a.md": "185 or 250\n",
        ])
        return WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem)).load(["Annotations/a.yaml"])
    }

    @Test func sharedResultsFollowTheRegistryTheConfigurationAndTheFiles() {
        var analysis = Self.analysis()
        #expect(analysis.statementConflicts.pairs.count == 1)
        #expect(analysis.claimsByID == ["first": 0, "second": 1])

        analysis.registry = Registry()
        #expect(analysis.statementConflicts.pairs.isEmpty)

        analysis = Self.analysis()
        #expect(analysis.statementConflicts.pairs.count == 1)
        analysis.configuration.tolerance = 0.5
        #expect(analysis.statementConflicts.pairs.isEmpty)

        analysis.files = []
        #expect(analysis.statements.entries.isEmpty)
        #expect(analysis.statementConflicts.pairs.isEmpty)
        #expect(analysis.claimsByID.isEmpty)
    }

    @Test func copiesMadeBeforeAChangeKeepTheirOwnResults() {
        let original = Self.analysis()
        #expect(original.statementConflicts.pairs.count == 1)
        var changed = original
        changed.registry = Registry()
        #expect(changed.statementConflicts.pairs.isEmpty)
        #expect(original.statementConflicts.pairs.count == 1)
    }
}
