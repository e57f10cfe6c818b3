import Foundation
import GlossCore
import Testing

/// `gloss suggest`: prints candidates, skips what is annotated, appends with `--write`.
@Suite struct SuggestCommandTests {
    static let annotated = """
        # kept as written
        gloss: 1
        document: Sources-Docs/example.md
        claims:
          - id: crowd
            kind: number
            anchor: {quote: "185 people", start: 24, end: 34}
            attributed_to: the-daily

        """

    @Test func printsCandidatesSkippingAnnotatedSpans() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotated])
        let run = try GlossRunner.run(["suggest", "Sources-Docs/example.md"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("claims:\n  - id: attribution-according-to-the-daily\n    kind: attribution\n"))
        #expect(run.output.contains("    found_by: quote-curly-double\n"))
        #expect(run.output.contains("      quote: We want to go home,\n"))
        #expect(run.output.contains("    speaker: a resident\n"))
        #expect(run.output.contains("    place: central-park\n"))
        #expect(!run.output.contains("quote: 185 people"), "the annotated number is skipped")
    }

    @Test func jsonForTools() throws {
        let folder = try GlossRunner.workspace([:])
        let run = try GlossRunner.run(["suggest", "Sources-Docs/example.md", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["annotations"] as? String == "Annotations/example.yaml")
        let claims = try #require(json["claims"] as? [[String: Any]])
        let first = try #require(claims.first)
        #expect(first["found_by"] as? String == "attribution-according-to")
        #expect((first["anchor"] as? [String: Any])?["start"] as? Int == 0)
    }

    @Test func writeAppendsOnceAndTheResultChecks() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotated])
        let write = try GlossRunner.run(["suggest", "Sources-Docs/example.md", "--write"], in: folder)
        #expect(write.status == 0)
        #expect(write.output.hasPrefix("appended "))
        let text = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(text.hasPrefix(Self.annotated))
        #expect(try GlossRunner.run(["suggest", "Sources-Docs/example.md"], in: folder).output == "claims: []\n")
        let check = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(!check.output.contains("\"severity\" : \"error\""), "appended claims anchor and decode: \(check.output)")
    }

    @Test func writeCreatesAMissingAnnotationFile() throws {
        let folder = try GlossRunner.workspace([:])
        #expect(try GlossRunner.run(["suggest", "Sources-Docs/example.md", "--write"], in: folder).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("gloss: 1\ndocument: Sources-Docs/example.md\nrevision: "))
    }

    @Test func aMissingDocumentIsAUsageError() throws {
        let folder = try GlossRunner.workspace([:])
        let run = try GlossRunner.run(["suggest", "Sources-Docs/nothing.md"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("Sources-Docs/nothing.md: no such file or folder"))
    }
}
