import Foundation
import Testing

@Suite struct AddCommandTests {
    @Test func addsAClaimThatChecksClean() throws {
        let folder = try GlossRunner.workspace([:])
        let run = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "added `central-park` at Sources-Docs/example.md:1:48 (47:59) to Annotations/example.yaml\n")
        let check = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(!check.output.contains("anchor-"))
        let again = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location",
                                         "--id", "central-park"], in: folder)
        #expect(again.status == 2)
        #expect(again.error.contains("the id `central-park` is already used"))
    }

    /// The claim is written before it is reported: a report that cannot be written (a full
    /// disk) ends the run with exit code 2 and says the claim was added all the same.
    @Test func aConfirmationThatCannotBeWrittenSaysTheClaimWasAdded() throws {
        let folder = try GlossRunner.workspace([:])
        let (status, message) = try GlossRunner.shell("add Sources-Docs/example.md --quote 'Central Park' --kind location > /dev/full", in: folder)
        #expect(status == 2)
        #expect(message == "gloss: cannot write the output: No space left on device; `central-park` was added to Annotations/example.yaml all the same\n")
        let annotation = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(annotation.contains("id: central-park"))
    }

    @Test func aDocumentCanBeNamedInTheDocumentsFolder() throws {
        let folder = try GlossRunner.workspace([".gloss.yml": "documents: Sources-Docs\n"])
        let added = try GlossRunner.run(["add", "example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output == "added `central-park` at Sources-Docs/example.md:1:48 (47:59) to Annotations/example.yaml\n")
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

    /// `add` and `suggest` read a document as `check` does: through a symbolic link that leaves
    /// the workspace nothing is read, so no text from outside lands in an annotation.
    @Test func aDocumentLinkedFromOutsideIsNotRead() throws {
        let outside = GlossRunner.scratchPath("secret", suffix: ".txt")
        try Data("TOKEN=hunter2 and the crowd was 185 people here.\n".utf8).write(to: outside)
        let folder = try GlossRunner.workspace([:])
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Sources-Docs/pw.md"), withDestinationURL: outside)
        let added = try GlossRunner.run(["add", "Sources-Docs/pw.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(added.status == 2)
        #expect(added.error.contains("cannot read the document: it is outside the workspace"), "\(added.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/pw.yaml").path))
        let suggested = try GlossRunner.run(["suggest", "Sources-Docs/pw.md"], in: folder)
        #expect(suggested.status == 2)
        #expect(!suggested.output.contains("hunter2") && !suggested.error.contains("hunter2"))
    }

    /// An id made from words that name a private source withholds the name, which reports and
    /// exports would print as the id stands; `check` then has no `private-name-in-id` to warn of.
    @Test func idsMadeFromQuotesWithholdPrivateNames() throws {
        let folder = try GlossRunner.workspace(["Sources-Docs/memo.md": "According to a resident, 185 people came.\n",
                                                "Sources-Docs/note.md": "Later, according to a resident, the gates opened.\n"])
        let added = try GlossRunner.run(["add", "Sources-Docs/memo.md", "--quote", "According to a resident", "--kind", "attribution"],
                                        in: folder)
        #expect(added.status == 0 && added.output.contains("added `according-to-withheld`"), "\(added.output)\(added.error)")
        let suggested = try GlossRunner.run(["suggest", "Sources-Docs/note.md"], in: folder)
        let ids = suggested.output.split(separator: "\n").filter { $0.contains("- id: ") }
        #expect(ids.contains { $0.hasSuffix("id: attribution-according-to-withheld") } && !ids.contains { $0.contains("resident") }, "\(ids)")
        let checked = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(!checked.output.contains("private-name-in-id"), "\(checked.output)")
    }

    /// While `sources.yaml` does not read, which sources are private is not known: the id made
    /// from a quote could hold a name (`jane-secret-said`), so nothing is written.
    /// `suggest` neither shows nor writes its ids then.
    @Test(arguments: [["add", "Sources-Docs/example.md", "--quote", "a resident said", "--kind", "quote"],
                      ["suggest", "Sources-Docs/example.md", "--write"], ["suggest", "Sources-Docs/example.md"]])
    func aBrokenRegistryWritesNoId(_ arguments: [String]) throws {
        let broken = "sources:\n  - id: a-resident\n    name: \"a resident\n    private: true\n"
        let folder = try GlossRunner.workspace(["Annotations/sources.yaml": broken,
                                                "Sources-Docs/example.md": "According to a resident, 185 people came; a resident said so.\n"])
        let run = try GlossRunner.run(arguments, in: folder)
        #expect(run.status == 2, "\(run.output)\(run.error)")
        let refused = arguments.count == 2 ? "nothing suggested" : "nothing written"
        #expect(run.error.contains("gloss: \(refused): Annotations/sources.yaml must read without errors"), "\(run.error)")
        #expect(run.output.isEmpty, "\(run.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/example.yaml").path))
    }

    /// An annotation file whose `document:` a check refuses (ending with `/` or `/.`) takes no
    /// claim, which no run would check; `fix` says why it places none.
    @Test(arguments: ["/", "/."]) func aFileWhoseDocumentIsInvalidTakesNoClaim(ending: String) throws {
        let invalid = GlossRunner.oneClaim.replacingOccurrences(of: "document: Sources-Docs/example.md",
                                                                with: "document: Sources-Docs/example.md" + ending)
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": invalid])
        let added = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(added.status == 2, "\(added.output)")
        #expect(added.error.contains("`document: Sources-Docs/example.md\(ending)` ends with `\(ending)`"), "\(added.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == invalid)
        let fixed = try GlossRunner.run(["fix"], in: folder)
        #expect((fixed.output + fixed.error).contains("the file's `document:` is invalid"), "\(fixed.output)\(fixed.error)")
    }

    /// An annotation file that does not read may hold the id a new claim is given: said, since
    /// `check` reports the repeat only once the file is mended.
    @Test func anUnreadableAnnotationFileIsNamedWhenIdsAreMade() throws {
        let folder = try GlossRunner.workspace(["Annotations/broken.yaml": "gloss: 1\ndocument: \"Sources-Docs/example.md\nclaims: [\n"])
        let added = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(added.status == 0, "\(added.error)")
        #expect(added.error.contains("Annotations/broken.yaml could not be read (`gloss check` says why), so the ids its claims use are not known"),
                "\(added.error)")
        let suggested = try GlossRunner.run(["suggest", "Sources-Docs/example.md"], in: folder)
        #expect(suggested.error.contains("Annotations/broken.yaml could not be read"), "\(suggested.error)")
        // A file of only comments holds no ids, nor a null document: nothing to say.
        for (text, quote) in [("# to be annotated\n", "Central Park"), ("---\n...\n", "October 2")] {
            try Data(text.utf8).write(to: folder.appendingPathComponent("Annotations/broken.yaml"))
            let quiet = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", quote, "--kind", "location"], in: folder)
            #expect(quiet.status == 0 && !quiet.error.contains("could not be read"), "\(text): \(quiet.error)")
        }
    }

    /// A document already annotated in a file of another name takes new claims there: a second
    /// file for it would split its claims, and a check would pass over neither.
    @Test func claimsGoToTheFileThatAlreadyAnnotatesTheDocument() throws {
        let existing = "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n  - id: mayor\n    kind: event\n    anchor: {quote: The mayor}\n"
        let folder = try GlossRunner.workspace(["Sources-Docs/a.md": "The mayor said 185 people came on October 2.\n",
                                                "Annotations/mayor-article.yaml": existing])
        let added = try GlossRunner.run(["add", "Sources-Docs/a.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output.contains("to Annotations/mayor-article.yaml"), "\(added.output)")
        let suggested = try GlossRunner.run(["suggest", "a.md", "--write"], in: folder)
        #expect(suggested.status == 0, "\(suggested.error)")
        #expect(suggested.output.contains("to Annotations/mayor-article.yaml"), "\(suggested.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/a.yaml").path))
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/mayor-article.yaml"), encoding: .utf8)
        #expect(file.hasPrefix(existing) && file.contains("quote: 185 people") && file.contains("quote: October 2"), "\(file)")
        // Checking the document checks every file that annotates it, by its path or in its folder.
        try Data("gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n  - id: gone\n    kind: event\n    anchor: {quote: The governor}\n".utf8)
            .write(to: folder.appendingPathComponent("Annotations/second-look.yaml"))
        for path in ["Sources-Docs/a.md", "Sources-Docs"] {
            let checked = try GlossRunner.run(["check", "--format", "json", path], in: folder)
            #expect(checked.output.contains("Annotations/mayor-article.yaml"), "\(path): \(checked.output)\(checked.error)")
            #expect(checked.status == 1 && checked.output.contains("anchor-orphaned"), "\(path): the second file too: \(checked.output)")
        }
    }

    /// `Sources-Docs/a.md` and `other/a.txt` both map to `Annotations/a.yaml`, and a registry named
    /// as a document maps to itself: the claims go to neither, and neither file changes.
    @Test func claimsGoOnlyToTheDocumentsOwnAnnotationFile() throws {
        let folder = try GlossRunner.workspace(["Sources-Docs/a.md": "The crowd was 185 people.\n",
                                                "other/a.txt": "Elsewhere, 185 people were counted.\n"])
        let first = try GlossRunner.run(["add", "Sources-Docs/a.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(first.status == 0, "\(first.error)")
        let annotation = folder.appendingPathComponent("Annotations/a.yaml")
        let written = try Data(contentsOf: annotation)
        let second = try GlossRunner.run(["add", "other/a.txt", "--quote", "185 people", "--kind", "number", "--id", "other-crowd"],
                                         in: folder)
        #expect(second.status == 2)
        #expect(second.error.contains("the file annotates `Sources-Docs/a.md`"), "\(second.error)")
        #expect(try Data(contentsOf: annotation) == written)

        let sources = folder.appendingPathComponent("Annotations/sources.yaml")
        let registry = try Data(contentsOf: sources)
        let intoRegistry = try GlossRunner.run(["add", "Annotations/sources.yaml", "--range", "0:7", "--kind", "attribution"],
                                               in: folder)
        #expect(intoRegistry.status == 2)
        #expect(intoRegistry.error.contains("it is a registry, not an annotation file"), "\(intoRegistry.error)")
        #expect(try Data(contentsOf: sources) == registry)
    }

    /// An annotation file started empty, or with only a comment, gets the header a new file has;
    /// without it the claim lands in a file `gloss check` rejects.
    @Test(arguments: ["", "# to do: annotate\n"])
    func anEmptyAnnotationFileGetsItsHeader(_ existing: String) throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": existing])
        let run = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(written.hasPrefix(existing + "gloss: 1\ndocument: Sources-Docs/example.md\nrevision: "), "\(written)")
        let check = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(!check.output.contains("\"schema\""), "\(check.output)")
    }

    /// Something at the annotation file's path that is not a file is named for what it is; it
    /// was taken for a new file and then reported as changed underneath, forever.
    @Test func aFolderWhereTheAnnotationFileGoesIsNamed() throws {
        let folder = try GlossRunner.workspace([:])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Annotations/example.yaml"),
                                                withIntermediateDirectories: true)
        let run = try GlossRunner.run(["add", "Sources-Docs/example.md", "--quote", "Central Park", "--kind", "location"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("cannot read the annotation file: it is a folder, not a file"), "\(run.error)")
    }

    /// A document whose annotation file a check would pass over (a name starting with a dot, or
    /// one the configuration excludes) gets no claims: they would never be checked.
    @Test(arguments: [("Sources-Docs/.draft.md", [String: String]()), ("Sources-Docs/draft.md", [".gloss.yml": "exclude: [\"**/draft.yaml\"]\n"])])
    func claimsAreNotWrittenWhereNoCheckReadsThem(_ document: String, _ files: [String: String]) throws {
        let folder = try GlossRunner.workspace(files.merging([document: "The crowd was 185 people.\n"]) { $1 })
        let add = try GlossRunner.run(["add", document, "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(add.status == 2)
        #expect(add.error.contains(": will not write to Annotations/"), "\(add.error)")
        #expect(add.error.contains("draft.yaml: claims written there would never be checked: "), "\(add.error)")
        let suggest = try GlossRunner.run(["suggest", document, "--write"], in: folder)
        #expect(suggest.status == 2)
        #expect(suggest.error.contains("draft.yaml: claims written there would never be checked: "), "\(suggest.error)")
        let annotations = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Annotations").path)
        #expect(annotations.sorted() == ["places.yaml", "sources.yaml"])
    }

    /// A document named `places` or `sources` would have its annotation file at a registry's
    /// path: its claims would break the registry, or start one.
    @Test(arguments: ["Sources-Docs/places.md", "Sources-Docs/sources.md"])
    func claimsAreNotWrittenIntoARegistry(_ document: String) throws {
        let folder = try GlossRunner.workspace([document: "The crowd was 185 people at Central Park.\n"])
        let registry = folder.appendingPathComponent("Annotations/" + (document.hasSuffix("places.md") ? "places.yaml" : "sources.yaml"))
        for registryText in [String?.none, "# to be filled in\n"] {
            if let registryText { try registryText.write(to: registry, atomically: true, encoding: .utf8) } else { try? FileManager.default.removeItem(at: registry) }
            for arguments in [["add", document, "--quote", "185 people", "--kind", "number"], ["suggest", document, "--write"]] {
                let run = try GlossRunner.run(arguments, in: folder)
                #expect(run.status == 2, "\(arguments): \(run.error)")
                // A registry of only a comment does not read: `add` and `suggest` refuse before they look.
                #expect(run.error.contains("it is a registry, not an annotation file") || run.error.contains("must read without errors"),
                        "\(run.error)")
            }
            #expect((try? String(contentsOf: registry, encoding: .utf8)) == registryText)
        }
    }

    /// A file of another name that names the document is its annotation file even while a
    /// mistake further on keeps it from reading: the claim is not put in a second file, which
    /// would split the document's claims once the first is mended.
    @Test func aBrokenFileThatNamesTheDocumentIsStillItsFile() throws {
        let folder = try GlossRunner.workspace([
            "Sources-Docs/a.md": "The crowd was 185 people.\n",
            "Annotations/other.yaml": "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: [unclosed\n",
        ])
        let run = try GlossRunner.run(["add", "Sources-Docs/a.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(run.status == 2 && run.error.contains("Annotations/other.yaml"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/a.yaml").path))
    }

    /// A mistake in the annotation file is reported under its name, where its line and column are.
    @Test func aMistakeInTheAnnotationFileIsReportedUnderItsName() throws {
        let folder = try GlossRunner.workspace([
            "Sources-Docs/a.md": "The crowd was 185 people.\n",
            "Annotations/a.yaml": "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n  - id: c1\n\tkind: number\n",
        ])
        let run = try GlossRunner.run(["add", "Sources-Docs/a.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("cannot append to Annotations/a.yaml: "), "\(run.error)")
    }

    /// An annotations folder that links out of the workspace takes no new file.
    @Test func noAnnotationFileIsStartedOutsideTheWorkspace() throws {
        let folder = try GlossRunner.workspace(["Sources-Docs/a.md": "The crowd was 185 people.\n"])
        let outside = GlossRunner.scratchPath("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Annotations"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Annotations"), withDestinationURL: outside)
        let run = try GlossRunner.run(["add", "Sources-Docs/a.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(run.status == 2, "\(run.error)")
        #expect(run.error.contains("resolves outside the workspace"), "\(run.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        // Nor one whose folder is still to be made, under a link that leads out.
        try "annotations: data/Annotations\n".write(to: folder.appendingPathComponent(".gloss.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("data"), withDestinationURL: outside)
        let deeper = try GlossRunner.run(["add", "Sources-Docs/a.md", "--quote", "185 people", "--kind", "number"], in: folder)
        #expect(deeper.status == 2 && deeper.error.contains("resolves outside the workspace"), "\(deeper.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }
}
