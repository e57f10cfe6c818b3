import Foundation
import GlossCore
import Testing

/// `gloss rules <id>` shows examples a reader can follow and run: what they are checked against,
/// and why one that looks wrong does not trigger the rule.
@Suite struct RulesCommandTests {
    /// Each example, written out as `gloss rules` describes it and checked on disk, does what its
    /// heading says: an example made of a registry alone used to need the registry named on the
    /// command line, since a folder without an annotation file is not checked.
    @Test(arguments: RuleCatalog.all.map { $0.description.id })
    func everyExampleBehavesOnDiskAsShown(_ id: String) throws {
        let description = try #require(RuleCatalog.rule(withID: id)).description
        for (triggers, examples) in [(true, description.triggeringExamples), (false, description.nonTriggeringExamples)] {
            for example in examples {
                let folder = try GlossRunner.workspace(bytes: example.workspaceFiles)
                let run = try GlossRunner.run(["check", "--format", "json"], in: folder)
                #expect(run.status != 2, "\(id): \(run.error)\n\(example.shown)")
                #expect(run.output.contains("\"rule\" : \"\(id)\"") == triggers, "\(id), triggers \(triggers):\n\(example.shown)\n\(run.output)")
            }
        }
    }

    @Test func anExampleShowsItsNoteAndTheSharedFiles() throws {
        let run = try GlossRunner.run(["rules", "unreviewed"], in: GlossRunner.repository)
        #expect(run.status == 0)
        #expect(run.output.contains("Does not trigger on:\n    # A review that did not read (its verdict misspelt) is an error of its own.\n    - id: crowd\n"),
                "\(run.output)")
        #expect(run.output.contains("    # Sources-Docs/example.md\n    According to The Daily, 185 people gathered"), "\(run.output)")
        #expect(run.output.contains("    # Annotations/sources.yaml\n    sources:\n"), "\(run.output)")
    }
}
