import Foundation
import GlossCore
import Testing

/// `gloss fix`: a dry run prints a diff and writes nothing; a real run writes only the anchor
/// values; claims whose words changed are left alone with exit code 1.
@Suite struct FixCommandTests {
    static let moved = """
        gloss: 1
        document: Sources-Docs/example.md
        claims:
          - id: crowd   # keep me
            kind: number
            anchor: {quote: "185", start: 30, end: 33}

        """

    @Test func dryRunPrintsADiffAndWritesNothing() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.moved])
        let run = try GlossRunner.run(["fix", "--dry-run"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("-    anchor: {quote: \"185\", start: 30, end: 33}\n"))
        #expect(run.output.contains("+    anchor: {quote: \"185\", start: 24, end: 27, prefix: \"According to The Daily, \", suffix: \" people gathered at Central Park\"}\n"))
        #expect(run.output.contains("+revision: "))
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(file == Self.moved)
    }

    /// `fix` reads and reads back within the limits `.gloss.yml` sets, as `check` does: a file
    /// its edits would take past one is left as it is, saying which (it was written, and the next
    /// check refused it whole); a file only raised limits admit is fixed (it was refused).
    @Test func theConfiguredLimitsHold() throws {
        let lowered = try GlossRunner.workspace(["Annotations/example.yaml": Self.moved, ".gloss.yml": "limits: {max_nodes: 24}\n"])
        #expect(try GlossRunner.run(["check"], in: lowered).status != 2)
        let refused = try GlossRunner.run(["fix"], in: lowered)
        #expect(refused.status == 1, "\(refused.output)\(refused.error)")
        #expect(refused.error.contains("claim `crowd` left alone: the file with its anchors rewritten would be refused by a check, "
                                       + "the file has more than 24 values, lists and mappings; raise the limit in .gloss.yml"), "\(refused.error)")
        #expect(try String(contentsOf: lowered.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == Self.moved)

        let deep = Self.moved + "title: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        let raised = try GlossRunner.workspace(["Annotations/example.yaml": deep, ".gloss.yml": "limits: {max_depth: 100}\n"])
        let fixed = try GlossRunner.run(["fix"], in: raised)
        #expect(fixed.status == 0, "\(fixed.output)\(fixed.error)")
        let added = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location"], in: raised)
        #expect(added.status == 0, "\(added.output)\(added.error)")
        let file = try String(contentsOf: raised.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(file.contains("start: 24, end: 27") && file.contains("quote: Central Park"), "\(file)")
    }

    /// A claim that could not be placed, its document missing, is left alone: the run does not
    /// end well while `check` fails.
    @Test func claimsOfAMissingDocumentAreLeftAlone() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.moved.replacingOccurrences(of: "example.md", with: "gone.md")])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("claim `crowd` left alone: the document Sources-Docs/gone.md is not there"), "\(run.error)")
    }

    /// `revision:` goes in as a sibling of `document:`, whose value may stand on the next line.
    @Test func theRevisionIsIndentedAsTheDocumentKey() throws {
        let folder = try GlossRunner.workspace([
            "Annotations/example.yaml": Self.moved.replacingOccurrences(of: "document: Sources-Docs/example.md", with: "document:\n  Sources-Docs/example.md"),
        ])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(file.hasPrefix("gloss: 1\ndocument:\n  Sources-Docs/example.md\nrevision: "), "\(file)")
        #expect(try GlossRunner.run(["check"], in: folder).status == 0)
    }

    @Test func fixWritesAndThenCheckIsClean() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.moved])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(file.contains("  - id: crowd   # keep me\n"))
        #expect(file.contains("start: 24, end: 27"))
        let check = try GlossRunner.run(["check"], in: folder)
        #expect(!check.output.contains("anchor-moved"))
    }

    @Test func changedWordsAreLeftAloneWithExitOne() throws {
        let fuzzy = Self.moved.replacingOccurrences(of: "quote: \"185\", start: 30, end: 33",
                                                    with: "quote: \"185 peeple gathered\", start: 24, end: 43")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": fuzzy])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 1)
        #expect(run.error.contains("Annotations/example.yaml:6:21: claim `crowd` left alone: the quoted words changed"))
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(file == fuzzy)
    }

    /// A figure changed: `fix` leaves it and, the revision being older, records nothing in the
    /// file; the words stay the claim's, changed, until a reviewer updates the quote.
    @Test func aChangedFigureStaysChangedWordsAfterFix() throws {
        let revision = "1111111111111111111111111111111111111111"
        let file = Self.moved.replacingOccurrences(of: "document: Sources-Docs/example.md\n",
                                                   with: "document: Sources-Docs/example.md\nrevision: \(revision)\n")
            .replacingOccurrences(of: "    anchor: {quote: \"185\", start: 30, end: 33}",
                                  with: "    anchor: {quote: \"195\", prefix: \"According to The Daily, \", suffix: \" people gathered at Central Park\", start: 24, end: 27}")
            + "  - id: place\n    kind: location\n    anchor: {quote: Central Park, start: 40, end: 52}\n"
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": file])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 1 && run.error.contains("so no claim's place is recorded"), "\(run.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == file)
        let check = try GlossRunner.run(["check"], in: folder)
        #expect(check.output.contains("the quote reads “195” but the article now has “185”"), "\(check.output)")
    }

    /// A claim whose anchor did not read (a key misspelt) or that did not read at all keeps
    /// offsets recorded against the file's `revision`: the revision stays, and so do the other
    /// claims' offsets, which count in the same version; the run says so.
    @Test(arguments: [
        ("    anchor: {quote: \"185\", start: 24, end: 27}", "    anchor: {qoute: \"185\", start: 24, end: 27}",
         "claim `crowd` left alone: its anchor could not be read"),
        ("  - id: crowd   # keep me", "  - id: Crowd_1",
         "`revision` not updated: 1 claim did not read (`gloss check` says why), so no claim's place is recorded"),
    ])
    func aClaimThatDidNotReadKeepsTheRevision(_ old: String, _ new: String, _ says: String) throws {
        let revision = "1111111111111111111111111111111111111111"
        let file = Self.moved.replacingOccurrences(of: "document: Sources-Docs/example.md\n",
                                                   with: "document: Sources-Docs/example.md\nrevision: \(revision)\n")
            .replacingOccurrences(of: "    anchor: {quote: \"185\", start: 30, end: 33}", with: "    anchor: {quote: \"185\", start: 24, end: 27}")
            + "  - id: place\n    kind: location\n    anchor: {quote: Central Park, start: 40, end: 52}\n"
        let broken = file.replacingOccurrences(of: old, with: new)
        #expect(broken != file)
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": broken])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains(says), "\(run.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(written == broken, "\(written)")
    }

    /// Without a revision, a claim that did not read keeps offsets of no known version: the
    /// others are placed, no revision is added, and the run says so with exit code 1.
    @Test func aClaimThatDidNotReadGetsNoRevisionWritten() throws {
        let broken = Self.moved.replacingOccurrences(of: "  - id: crowd   # keep me", with: "  - id: Bad_1")
            + "  - id: place\n    kind: location\n    anchor: {quote: Central Park, start: 40, end: 52}\n"
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": broken])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 1 && run.error.contains("`revision` not updated: 1 claim did not read"), "\(run.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(!written.contains("revision:") && written.contains("anchor: {quote: Central Park, start: 47, end: 59"), "\(written)")
    }

    /// An error elsewhere in the file (a date, here switched off) leaves every claim read: the
    /// revision is recorded as usual, and a second run has nothing to do.
    @Test func anErrorOutsideTheClaimsDoesNotHoldTheRevision() throws {
        let file = Self.moved.replacingOccurrences(of: "document: Sources-Docs/example.md\n",
                                                   with: "document: Sources-Docs/example.md\npublished: yesterday\n")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": file, ".gloss.yml": "rules:\n  invalid-value: off\n"])
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(written.contains("revision: "), "\(written)")
        #expect(try GlossRunner.run(["fix"], in: folder).error.contains("changed 0 files; 0 claims left alone"))
    }

    /// A file `gloss fix` must not replace, or cannot: a clear error, exit code 2, the file as it was.
    @Test(arguments: ["read-only", "disk full"])
    func aFailedWriteLeavesTheFileAlone(_ failure: String) throws {
        // Over 1 KB, so that a 1 KB file size limit stops the write.
        let original = Self.moved + String(repeating: "# padding to make the file larger than one kilobyte\n", count: 24)
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": original])
        defer { try? FileManager.default.removeItem(at: folder) }
        let annotations = folder.appendingPathComponent("Annotations")
        let file = annotations.appendingPathComponent("example.yaml")
        if failure == "read-only" { try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path) }
        let run = try GlossRunner.run(["fix"], in: folder, fileSizeLimit: failure == "disk full" ? 2 : nil)
        #expect(run.status == 2, "\(run.error)")
        let reason = failure == "read-only" ? "the file is read-only; nothing was written" : "File too large"
        #expect(run.error.contains("gloss: Annotations/example.yaml: "), "\(run.error)")
        #expect(run.error.contains(reason), "\(run.error)")
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: annotations.path).sorted()
                == ["example.yaml", "places.yaml", "sources.yaml"], "no temporary file is left")
    }

    /// A file that cannot be written does not stop the others: each is fixed, the run says how
    /// many were changed and how many could not be written, and ends with exit code 2.
    @Test func aFileThatCannotBeWrittenDoesNotStopTheOthers() throws {
        let other = Self.moved.replacingOccurrences(of: "example.md", with: "other.md").replacingOccurrences(of: "crowd", with: "other-crowd")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.moved, "Annotations/other.yaml": other,
                                                "Sources-Docs/other.md": String(decoding: RuleExample.sharedFiles["Sources-Docs/example.md"]!, as: UTF8.self)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let readOnly = folder.appendingPathComponent("Annotations/example.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly.path)
        let run = try GlossRunner.run(["fix"], in: folder)
        #expect(run.status == 2, "\(run.error)")
        #expect(run.error.contains("gloss: Annotations/example.yaml: the file is read-only; nothing was written\n"), "\(run.error)")
        #expect(run.error.hasSuffix("gloss fix: changed 1 file, 1 could not be written; 0 claims left alone\n"), "\(run.error)")
        #expect(try String(contentsOf: readOnly, encoding: .utf8) == Self.moved)
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/other.yaml"), encoding: .utf8).contains("start: 24, end: 27"))
    }
}
