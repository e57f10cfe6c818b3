import Foundation
import GlossCore
import Testing

/// `gloss import`: Web Annotations become claims in the documents' annotation files.
@Suite struct ImportCommandTests {
    /// What `gloss export` wrote for one claim, imported again after its annotation file is gone,
    /// with the document named as `gloss add` and `gloss suggest` take it: by its name alone.
    @Test func aDocumentIsNamedAsTheOtherCommandsNameIt() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": GlossRunner.oneClaim])
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

    /// An article annotated in two files (two desks'): a claim already in the other file is
    /// present, for `import` as for `suggest`, not added again with `-2` after its id.
    @Test func aClaimInAnotherFileAboutTheArticleIsPresent() throws {
        let annotation = #"[{"target": [{"source": "Sources-Docs/example.md", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}], "tags": ["number"]}]"#
        let empty = "gloss: 1\ndocument: Sources-Docs/example.md\nclaims:\n"
        let folder = try GlossRunner.workspace(["Annotations/example-desk2.yaml": empty, "h.json": annotation])
        let first = try GlossRunner.run(["import", "h.json"], in: folder)
        #expect(first.status == 0, "\(first.error)")
        try Data(empty.utf8).write(to: folder.appendingPathComponent("Annotations/example.yaml"))
        let again = try GlossRunner.run(["import", "h.json"], in: folder)
        #expect(again.status == 0 && again.error.contains("1 already present"), "\(again.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == empty)
    }

    /// Words at several places are written without a position for a reviewer to place; once
    /// placed (a longer context), the same export imported again finds the claim present.
    @Test func anAmbiguousAnnotationPlacedByAReviewerIsPresent() throws {
        let article = "Officials said 25 people had died. Later, officials said 25 people had died in the subway.\n"
        let annotation = #"[{"target": [{"source": "Sources-Docs/example.md", "selector": [{"type": "TextQuoteSelector", "exact": "25 people had died"}]}], "tags": ["number"]}]"#
        let folder = try GlossRunner.workspace(["Sources-Docs/example.md": article, "h.json": annotation])
        let first = try GlossRunner.run(["import", "h.json"], in: folder)
        #expect(first.error.contains("several places"), "\(first.error)")
        let path = folder.appendingPathComponent("Annotations/example.yaml")
        let written = try String(contentsOf: path, encoding: .utf8)
        try Data(written.replacingOccurrences(of: "quote: \"25 people had died\"", with: "quote: \"25 people had died\"\n      suffix: \" in the subway\"").utf8)
            .write(to: path)
        #expect(try GlossRunner.run(["fix"], in: folder).status == 0)
        let placed = try String(contentsOf: path, encoding: .utf8)
        let again = try GlossRunner.run(["import", "h.json"], in: folder)
        #expect(again.error.contains("1 already present"), "\(again.error)")
        #expect(try String(contentsOf: path, encoding: .utf8) == placed)
    }

    /// `suggest` skips a span annotated in another file about the article, as `import` does.
    @Test func suggestSkipsASpanAnotherFileAnnotates() throws {
        let empty = "gloss: 1\ndocument: Sources-Docs/example.md\nclaims:\n"
        let other = empty + "  - id: crowd\n    kind: number\n    anchor: {quote: \"185 people\"}\n    attributed_to: unattributed\n"
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": empty, "Annotations/example-desk2.yaml": other])
        let suggested = try GlossRunner.run(["suggest", "example.md", "--format", "json"], in: folder)
        #expect(suggested.status == 0, "\(suggested.error)")
        #expect(suggested.output.contains("\"Central Park\""), "other spans are still proposed: \(suggested.output)")
        #expect(!suggested.output.contains("\"185 people\""), "\(suggested.output)")
    }

    /// An export of two articles (each annotation file with its `url:`) into a workspace that
    /// does not know those addresses: `--document` would put the second article's claims on
    /// the first's words, so it is refused, and nothing is written.
    @Test func oneDocumentForAnnotationsAboutSeveralArticlesIsRefused() throws {
        let two = #"[{"target": {"source": "https://a.example.com/a", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}}, "#
            + #"{"target": {"source": "https://b.example.com/b", "selector": [{"type": "TextQuoteSelector", "exact": "20 people"}]}}]"#
        let folder = try GlossRunner.workspace([:])
        try Data(two.utf8).write(to: folder.appendingPathComponent("two.json"))
        let run = try GlossRunner.run(["import", "two.json", "--document", "example.md"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("the annotations are about 2 articles (https://a.example.com/a, https://b.example.com/b)"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/example.yaml").path))
    }

    /// One article's annotations whose targets differ only by a fragment (a reader annotated
    /// the comments) are about one article: found by its annotation file's `url`, and taken
    /// by `--document`.
    @Test func aFragmentDoesNotMakeAnotherArticle() throws {
        let two = #"[{"target": {"source": "https://news.example.com/story", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}}, "#
            + #"{"target": {"source": "https://news.example.com/story#comments", "selector": [{"type": "TextQuoteSelector", "exact": "people"}]}}]"#
        let annotation = GlossRunner.oneClaim.replacingOccurrences(of: "claims:", with: "url: https://news.example.com/story\nclaims:")
        let byPath = #"[{"target": {"source": "Sources-Docs/example.md#p2", "selector": [{"type": "TextQuoteSelector", "exact": "people"}]}}]"#
        let pathFolder = try GlossRunner.workspace(["Annotations/example.yaml": GlossRunner.oneClaim])
        try Data(byPath.utf8).write(to: pathFolder.appendingPathComponent("path.json"))
        let path = try GlossRunner.run(["import", "path.json"], in: pathFolder)
        #expect(path.status == 0, "\(path.error)")
        for arguments in [["import", "two.json"], ["import", "two.json", "--document", "example.md"]] {
            let folder = try GlossRunner.workspace(["Annotations/example.yaml": annotation])
            try Data(two.utf8).write(to: folder.appendingPathComponent("two.json"))
            let run = try GlossRunner.run(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.error)")
        }
    }

    /// A document annotated only in a file `exclude` leaves out: the import refuses to start a
    /// second file for it, as `add` does, and writes nothing.
    @Test func anImportBesideAnExcludedFileIsRefused() throws {
        let folder = try GlossRunner.workspace(["Annotations/drafts/example.yaml": GlossRunner.oneClaim,
                                                ".gloss.yml": "exclude: [\"Annotations/drafts/\"]\n",
                                                "Annotations/other.yaml": "gloss: 1\ndocument: Sources-Docs/other.md\nclaims: []\n",
                                                "Sources-Docs/other.md": "Other.\n"])
        let note = #"[{"target": {"source": "Sources-Docs/example.md", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}}]"#
        try Data(note.utf8).write(to: folder.appendingPathComponent("note.json"))
        let run = try GlossRunner.run(["import", "note.json"], in: folder)
        #expect(run.status == 2, "\(run.error)")
        #expect(run.error.contains("Annotations/drafts/example.yaml"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/example.yaml").path))
    }

    /// A note on a claim that is already there is not written into it: the run lists the note
    /// whole on standard error and ends with exit code 1, so no annotator's words go unnoticed.
    @Test func aNoteThatReachesNoFileIsListedWithExitOne() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": GlossRunner.oneClaim])
        let note = #"[{"text": "Checked with the clerk.\n\nThe minutes say 185.", "target": [{"source": "Sources-Docs/example.md", "#
            + #""selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}]}]"#
        try Data(note.utf8).write(to: folder.appendingPathComponent("notes.json"))
        // The claim with the context and position an import records, as `gloss fix` writes them.
        #expect(try GlossRunner.run(["fix"], in: folder).status == 0)
        let fixed = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        let run = try GlossRunner.run(["import", "notes.json"], in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("not imported: a note on `crowd`, which is already present"), "\(run.error)")
        #expect(run.error.contains("  | Checked with the clerk.\n  | \n  | The minutes say 185.\n"), "\(run.error)")
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8)
        #expect(file == fixed)
    }

    /// A page note (no quoted span) cannot become a claim: its words are shown whole on standard
    /// error and the run ends with exit code 1, as for a note that reaches no file.
    @Test func aPageNoteIsShownWithExitOne() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": GlossRunner.oneClaim, "notes.json":
            #"[{"text": "The whole article\nneeds a second source.", "target": [{"source": "Sources-Docs/example.md"}]}]"#])
        let run = try GlossRunner.run(["import", "notes.json"], in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("1 without a quoted span (page notes, replies), not imported\n"
            + "not imported: an annotation without a quoted span; copy it in by hand if it belongs to a claim:\n"
            + "  | The whole article\n  | needs a second source.\n"), "\(run.error)")
        // The export of a claim without a quote, already in the workspace, is that claim.
        try Data(#"[{"id": "urn:gloss:claim:crowd", "body": [{"purpose": "describing", "value": "185 people"}], "target": {"source": "Sources-Docs/example.md"}}]"#.utf8)
            .write(to: folder.appendingPathComponent("own.json"))
        let own = try GlossRunner.run(["import", "own.json"], in: folder)
        #expect(own.status == 0 && own.error.contains("1 already present, left as they were"), "\(own.error)")
    }

    /// Of two annotation files that name a document, the one named after it takes imported
    /// claims, as it takes the claims `add` and `suggest` write.
    @Test func importsGoToTheFileNamedAfterTheDocument() throws {
        let header = "gloss: 1\ndocument: Sources-Docs/example.md\nclaims: []\n"
        let folder = try GlossRunner.workspace(["Annotations/aaa-notes.yaml": header, "Annotations/example.yaml": header,
            "in.json": #"[{"type": "Annotation", "target": {"source": "Sources-Docs/example.md", "selector": {"type": "TextQuoteSelector", "exact": "Central Park"}}}]"#])
        let imported = try GlossRunner.run(["import", "in.json"], in: folder)
        #expect(imported.status == 0 && imported.error.contains("Annotations/example.yaml: 1 claim added"), "\(imported.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/aaa-notes.yaml"), encoding: .utf8) == header)
    }

    /// An import is refused whole, nothing written, when a document is one `gloss add` refuses
    /// (linked from outside the workspace) or shares its annotation file's name with another.
    @Test func documentsAddWouldRefuseAreNotImported() throws {
        func annotation(_ source: String, _ exact: String) -> String {
            #"{"type": "Annotation", "target": {"source": "\#(source)", "selector": {"type": "TextQuoteSelector", "exact": "\#(exact)"}}}"#
        }
        let outside = GlossRunner.scratchPath("outside", suffix: ".md")
        try Data("The crowd in Oslo was 185 people.\n".utf8).write(to: outside)
        let folder = try GlossRunner.workspace([
            "Sources-Docs/a.md": "The crowd in Paris was 185 people.\n", "other/a.txt": "The crowd in Berlin was 185 people.\n",
            "same-name.json": "[" + annotation("Sources-Docs/a.md", "Paris") + ", " + annotation("other/a.txt", "Berlin") + "]",
            "linked.json": "[" + annotation("Sources-Docs/link.md", "Oslo") + "]",
        ])
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Sources-Docs/link.md"), withDestinationURL: outside)
        let sameName = try GlossRunner.run(["import", "same-name.json"], in: folder)
        #expect(sameName.status == 2)
        #expect(sameName.error.contains("`other/a.txt`: its annotation file Annotations/a.yaml belongs to `Sources-Docs/a.md`"),
                "\(sameName.error)")
        let linked = try GlossRunner.run(["import", "linked.json"], in: folder)
        #expect(linked.status == 2)
        #expect(linked.error.contains("`Sources-Docs/link.md`: cannot read the document: it is outside the workspace"), "\(linked.error)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Annotations").path)
        #expect(!written.contains("a.yaml") && !written.contains("link.yaml"), "\(written)")

        // A registry is found only when its claims would be appended: the other document's
        // claims, planned first, are not written either.
        try Data("Sources of the crowd: 185 people.\n".utf8).write(to: folder.appendingPathComponent("Sources-Docs/sources.md"))
        let intoRegistry = folder.appendingPathComponent("registry.json")
        try Data(("[" + annotation("Sources-Docs/a.md", "Paris") + ", " + annotation("Sources-Docs/sources.md", "crowd") + "]").utf8)
            .write(to: intoRegistry)
        let registry = try GlossRunner.run(["import", "registry.json"], in: folder)
        #expect(registry.status == 2)
        #expect(registry.error.contains("Annotations/sources.yaml: it is a registry, not an annotation file"), "\(registry.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Annotations/a.yaml").path))
    }

    /// A file that would be refused (read-only) stops the import before any file is written.
    /// Files are still written one at a time: when one fails all the same (here a full disk,
    /// which the file size limit stands in for), the run says which already took their claims.
    @Test func anImportIsRefusedWholeOrSaysWhatItWrote() throws {
        func annotation(_ source: String) -> String {
            #"{"type": "Annotation", "target": {"source": "\#(source)", "selector": {"type": "TextQuoteSelector", "exact": "185 people"}}}"#
        }
        let padding = "# " + String(repeating: "notes ", count: 120) + "\n"
        let folder = try GlossRunner.workspace([
            "Sources-Docs/a.md": "In Paris, 185 people.\n", "Sources-Docs/b.md": "In Berlin, 185 people.\n",
            "Annotations/b.yaml": padding + "gloss: 1\ndocument: Sources-Docs/b.md\nclaims: []\n",
            "both.json": "[" + annotation("Sources-Docs/a.md") + ", " + annotation("Sources-Docs/b.md") + "]",
        ])
        let a = folder.appendingPathComponent("Annotations/a.yaml")
        let frozen = folder.appendingPathComponent("Annotations/b.yaml").path
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: frozen)
        let refused = try GlossRunner.run(["import", "both.json"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.error == "gloss: Annotations/b.yaml: the file is read-only; nothing was written\ngloss: nothing was imported\n",
                "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: a.path))

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: frozen)
        let full = try GlossRunner.run(["import", "both.json"], in: folder, fileSizeLimit: 1)
        #expect(full.status == 2)
        #expect(full.error.hasSuffix("gloss: the import stopped there; already written: Annotations/a.yaml (1 claim)\n"), "\(full.error)")
        #expect(try String(contentsOf: a, encoding: .utf8).contains("185 people"))
    }

    /// Tags that name no kind, and a second annotator's other kind for the same words, are the
    /// annotators' words: kept as notes with the claim.
    @Test func tagsThatAreNoKindAreKept() throws {
        let folder = try GlossRunner.workspace(["Sources-Docs/a.md": "The crowd of 185 people gathered at Central Park on Monday.\n"])
        let rows = """
            {"rows": [
             {"uri": "Sources-Docs/a.md", "tags": ["number", "needs police confirmation"],
              "target": [{"source": "Sources-Docs/a.md", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}]},
             {"uri": "Sources-Docs/a.md", "tags": ["event"],
              "target": [{"source": "Sources-Docs/a.md", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}]}
            ]}
            """
        try rows.write(to: folder.appendingPathComponent("in.json"), atomically: true, encoding: .utf8)
        let run = try GlossRunner.run(["import", "in.json"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        let file = try String(contentsOf: folder.appendingPathComponent("Annotations/a.yaml"), encoding: .utf8)
        #expect(file.contains("    kind: number\n"))
        #expect(file.contains("    # tagging (imported): needs police confirmation\n    # tagging (imported): event\n"), "\(file)")
        let again = try GlossRunner.run(["import", "in.json"], in: folder)
        #expect(again.status == 0 && (again.output + again.error).contains("2 already present"), "\(again.output)\(again.error)")
    }

    /// An export piped in (`… | gloss import /dev/stdin`) is read to its end; a file that cannot
    /// be read says why; words at several places are said to be, not "not found".
    @Test func aPipeIsReadAndEveryRefusalSaysWhy() throws {
        let folder = try GlossRunner.workspace(["Sources-Docs/a.md": "185 people came, and 185 people left.\n"])
        let annotations = """
            [{"target": {"source": "Sources-Docs/a.md", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]},
              "body": [{"purpose": "tagging", "value": "number"}]}]
            """
        let piped = try GlossRunner.run(["import", "/dev/stdin"], in: folder, input: annotations)
        #expect(piped.status == 0, "\(piped.error)")
        #expect(piped.error.contains("words found at several places that nothing tells apart, written without a position: 185-people"),
                "\(piped.error)")
        let missing = try GlossRunner.run(["import", "nothere.json"], in: folder)
        #expect(missing.status == 2 && missing.error == "gloss: nothere.json: cannot read the file: No such file or directory\n", "\(missing.error)")
    }
}
