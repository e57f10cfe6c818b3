import Foundation
import GlossCore
import Testing

/// `gloss import`: Web Annotations become claims in the documents' annotation files.
@Suite struct ImportCommandTests {
    /// What `gloss export` wrote for one claim, imported again after its annotation file is gone,
    /// with the document named as `gloss add` and `gloss suggest` take it: by its name alone.
    @Test func aDocumentIsNamedAsTheOtherCommandsNameIt() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": """
            gloss: 1
            document: Sources-Docs/example.md
            claims:
              - id: crowd
                kind: number
                anchor: {quote: "185 people", start: 24, end: 34}

            """])
        let export = try GlossRunner.run(["export", "--format", "web-annotation", "--output", "annotations.json"], in: folder)
        #expect(export.status == 0, "\(export.error)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Annotations/example.yaml"))

        let run = try GlossRunner.run(["import", "annotations.json", "--document", "example.md"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(written.contains("  - id: crowd\n") && written.contains("quote: \"185 people\"\n"))

        let missing = try GlossRunner.run(["import", "annotations.json", "--document", "gone.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.error.contains("gone.md: not a document of the workspace"), "\(missing.error)")
    }
}
