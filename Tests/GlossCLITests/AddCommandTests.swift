import Foundation
import Testing

@Suite struct AddCommandTests {
    @Test func addsAClaimThatChecksClean() throws {
        let folder = try GlossRunner.workspace([:])
        let run = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "added `central-park` (47:59) to Annotations/example.yaml\n")
        let check = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(!check.output.contains("anchor-"))
        let again = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location",
                                         "--id", "central-park"], in: folder)
        #expect(again.status == 2)
        #expect(again.error.contains("the id `central-park` is already used"))
    }

    @Test func aDocumentCanBeNamedInTheDocumentsFolder() throws {
        let folder = try GlossRunner.workspace([".gloss.yml": "documents: Sources-Docs\n"])
        let added = try GlossRunner.run(["add", "example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output == "added `central-park` (47:59) to Annotations/example.yaml\n")
        let checked = try GlossRunner.run(["check", "example.md"], in: folder)
        #expect(checked.output.hasSuffix("in 1 file, 1 claim\n"), "\(checked.output)")
        let missing = try GlossRunner.run(["add", "missing.md", "--quote", "x", "--kind", "event"], in: folder)
        #expect(missing.status == 2)
    }

    @Test func badSpansExitTwo() throws {
        let folder = try GlossRunner.workspace([:])
        let notFound = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "riot", "--kind", "event"], in: folder)
        #expect(notFound.status == 2)
        #expect(notFound.error.contains("the quote is not in the document"))
        let twice = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "the city", "--occurrence", "3",
                                         "--kind", "location"], in: folder)
        #expect(twice.status == 2)
        #expect(twice.error.contains("--occurrence 3 is out of range: the quote occurs 2 times"))
        let both = try GlossRunner.run(["add", "Sources-Docs/example.md", "--range", "3:1", "--kind", "event"], in: folder)
        #expect(both.status == 2)
        #expect(both.error.contains("--range 3:1 ends before it starts: START comes first"), "\(both.error)")
        let notOffsets = try GlossRunner.run(["add", "Sources-Docs/example.md", "--range", "3-5", "--kind", "event"], in: folder)
        #expect(notOffsets.status == 2)
        #expect(notOffsets.error.contains("--range takes START:END, two offsets"), "\(notOffsets.error)")
    }
}
