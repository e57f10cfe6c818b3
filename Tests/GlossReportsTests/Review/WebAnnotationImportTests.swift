import GlossCore
@testable import GlossReports
import Testing

@Suite struct WebAnnotationImportTests {
    /// The fixture with its annotation file emptied of claims, to import into.
    static var emptied: [String: String] {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath] = "gloss: 1\ndocument: Sources-Docs/city.md\nurl: https://news.example.org/city\nclaims: []\n"
        return files
    }

    /// Imports `json` into `files` and returns the files after the edits.
    static func imported(_ json: String, into files: [String: String], document: String? = nil) throws
        -> (files: [String: String], plan: WebAnnotationImport) {
        let workspace = try ReviewFixture.workspace(files)
        let analysis = WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())
        let read = try WebAnnotationReader.read(Array(json.utf8))
        let plan = WebAnnotationImport(read.annotations, into: workspace, analysis: analysis, document: document)
        var result = files
        for edit in plan.edits {
            let bytes = try ClaimAppender.append(lines: edit.claims, to: files[edit.annotationPath].map { Array($0.utf8) },
                                                 document: edit.document)
            result[edit.annotationPath] = String(decoding: bytes, as: UTF8.self)
        }
        return (result, plan)
    }

    @Test func exportThenImportGivesTheSameAnchors() throws {
        let original = try ReviewFixture.report()
        let exported = WebAnnotationExporter().render(original)
        let (files, plan) = try Self.imported(exported, into: Self.emptied)
        #expect(plan.edits.map(\.annotationPath) == [ReviewFixture.annotationPath])
        #expect(plan.notFound.isEmpty && plan.withoutKind.isEmpty && plan.unresolved.isEmpty)
        let analysis = try ReviewFixture.analysis(files)
        #expect(analysis.loadProblems.isEmpty)
        let back = ReviewReport(analysis: analysis)
        #expect(back.cards.map(\.id) == original.cards.map(\.id))
        #expect(back.cards.map(\.span) == original.cards.map(\.span))
        #expect(back.cards.map(\.kind) == original.cards.map(\.kind))
        #expect(back.cards.map(\.summary) == original.cards.map(\.summary))
        #expect(analysis.claims.allSatisfy { $0.anchoring?.tier == .exact })

        let again = try Self.imported(exported, into: files)
        #expect(again.plan.edits.isEmpty)
        #expect(again.plan.alreadyPresent == 6)
    }

    @Test func importsAHypothesisExport() throws {
        let hypothesis = """
            [{"id": "Xy1_ab", "uri": "https://elsewhere.example.org/city", "text": "Count of the crowd\\nmore words",
              "tags": ["Number", "crowd"],
              "target": [{"source": "https://elsewhere.example.org/city", "selector": [
                {"type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 0, "endContainer": "/p[1]", "endOffset": 9},
                {"type": "TextPositionSelector", "start": 70, "end": 80},
                {"type": "TextQuoteSelector", "exact": "250 people", "prefix": "The Herald said ", "suffix": " gathered."}]}]},
             {"id": "page-note", "uri": "https://elsewhere.example.org/city", "text": "A page note", "target": [{"source": "x"}]}]
            """
        let unresolved = try Self.imported(hypothesis, into: Self.emptied)
        #expect(unresolved.plan.unresolved == ["https://elsewhere.example.org/city"])
        let (files, plan) = try Self.imported(hypothesis, into: Self.emptied, document: ReviewFixture.documentPath)
        #expect(plan.edits.first?.ids == ["250-people"])
        #expect(files[ReviewFixture.annotationPath] == """
            gloss: 1
            document: Sources-Docs/city.md
            url: https://news.example.org/city
            claims:
              - id: 250-people
                kind: number
                anchor:
                  quote: "250 people"
                  prefix: "k on October 2.\\nThe Herald said "
                  suffix: " gathered. A resident said “We w"
                  start: 120
                  end: 130
                summary: "Count of the crowd"
                # note (imported): Count of the crowd
                #   more words
                # tagging (imported): crowd

            """, "the whole note is kept with the claim, not only the line the summary takes, and so is a tag that is no kind")
    }

    /// The file the Hypothesis client's "Export annotations" writes keeps them under
    /// `annotations`; an annotation of two passages is two claims; a quote of no words selects
    /// nothing (a page note); a page named by `next` and not in the file is refused, not
    /// dropped, and an embedded one is read.
    @Test func whatTheHypothesisClientAndCollectionsWriteIsReadWhole() throws {
        func annotation(_ exact: String, _ second: String? = nil) -> String {
            let target = { (words: String) in #"{"source": "Sources-Docs/city.md", "selector": [{"type": "TextQuoteSelector", "exact": "\#(words)"}]}"# }
            return #"{"uri": "x", "text": "n", "target": [\#(([exact] + (second.map { [$0] } ?? [])).map(target).joined(separator: ", "))]}"#
        }
        let client = #"{"export_date": "2024-05-01T10:00:00Z", "client_version": "1.1400.0", "annotations": [\#(annotation("250 people", "185 people")), \#(annotation("  "))]}"#
        let read = try WebAnnotationReader.read(Array(client.utf8))
        #expect(read.annotations.map(\.selector.quote) == ["250 people", "185 people"])
        #expect(read.skipped.count == 1)
        let embedded = #"{"type": "AnnotationCollection", "first": {"items": [\#(annotation("250 people"))], "next": {"items": [\#(annotation("185 people"))]}}}"#
        #expect(try WebAnnotationReader.read(Array(embedded.utf8)).annotations.count == 2)
        let named = #"{"type": "AnnotationCollection", "first": {"items": [\#(annotation("250 people"))], "next": "https://example.org/page2"}}"#
        #expect(throws: WebAnnotationReader.Failure(message: "the annotations continue on another page (`next`: https://example.org/page2), "
            + "which the file does not hold; export every annotation into one file")) { try WebAnnotationReader.read(Array(named.utf8)) }
        let linked = #"{"type": "AnnotationCollection", "total": 40, "first": "https://example.org/page1"}"#
        #expect(throws: WebAnnotationReader.Failure(message: "the annotations are on a page the file does not hold (`first`: "
            + "https://example.org/page1); export every annotation into one file")) { try WebAnnotationReader.read(Array(linked.utf8)) }
        let searched = #"{"total": 57, "rows": [\#(annotation("250 people"))]}"#
        #expect(throws: WebAnnotationReader.Failure(message: "the file holds 1 of the 57 annotations the search found (`total`); "
            + "fetch them all into one file (the API's `limit` and `offset`)")) { try WebAnnotationReader.read(Array(searched.utf8)) }
        // The annotation's id is its first passage's claim; the others are named by their words.
        let both = #"[{"id": "urn:gloss:claim:infections", "target": [{"source": "Sources-Docs/city.md", "selector": [{"type": "TextQuoteSelector", "exact": "250 people"}]}, {"source": "Sources-Docs/city.md", "selector": [{"type": "TextQuoteSelector", "exact": "185 people"}]}]}]"#
        let (_, plan) = try Self.imported(both, into: Self.emptied)
        #expect(plan.edits.first?.ids == ["infections", "185-people"] && plan.renamed.isEmpty, "\(plan.edits.map(\.ids)) \(plan.renamed)")
    }

    /// Words that fit several places, or none, are written without the annotator's position,
    /// which counts in another text; an exported id that is no valid id gives way to the quote's
    /// words and is said; marks that reorder a line do not reach a comment.
    @Test func unplacedWordsInvalidIdsAndReorderingMarks() throws {
        let json = """
            [{"type": "Annotation", "id": "urn:gloss:claim:Bad Id", "bodyValue": "Checked \\u202eenohp yb\\u202c twice",
              "target": {"source": "Sources-Docs/city.md", "selector": [{"type": "TextQuoteSelector", "exact": "Central Park"},
                                                                        {"type": "TextPositionSelector", "start": 99999, "end": 100011}]}}]
            """
        let (files, plan) = try Self.imported(json, into: Self.emptied)
        let written = try #require(files[ReviewFixture.annotationPath])
        #expect(plan.invalidIDs.map { $0.given } == ["Bad Id"] && plan.renamed.isEmpty)
        #expect(written.contains("id: central-park"), "\(written)")
        #expect(!written.contains("99999"), "\(written)")
        #expect(!written.unicodeScalars.contains { YAMLScalarWriter.isBidirectionalControl($0) }, "\(written)")
        // Imported again, it is the claim already there: the invalid id names none.
        let again = try Self.imported(json, into: files)
        #expect(again.plan.edits.isEmpty && again.plan.alreadyPresent == 1, "\(again.plan.edits.map(\.ids))")
    }

    /// Every textual body is an annotator's words: a comment, a description longer than a
    /// summary, an assessment. Each is kept with its claim, as comment lines a check ignores and
    /// every edit leaves in place; characters a YAML comment cannot hold do not reach the file.
    @Test func everyNoteIsKeptWithItsClaim() throws {
        let page = """
            {"type": "AnnotationPage", "items": [
              {"type": "Annotation", "motivation": "commenting",
               "body": {"type": "TextualBody", "value": "The clerk confirmed\\u0007 it by\\ufffe phone."},
               "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "250 people"}}},
              {"type": "Annotation",
               "body": [{"type": "TextualBody", "purpose": "describing", "value": "Described one.\\r\\nWith more detail\\u2028on line two."},
                        {"type": "TextualBody", "purpose": "assessing", "value": "refuted"},
                        {"type": "TextualBody", "purpose": "tagging", "value": "number"}],
               "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "October 2"}}}]}
            """
        let (files, plan) = try Self.imported(page, into: Self.emptied)
        let text = try #require(files[ReviewFixture.annotationPath])
        #expect(text.contains("""
                # commenting (imported): The clerk confirmed\u{FFFD} it by\u{FFFD} phone.

            """), "\(text)")
        #expect(text.contains("""
                summary: "Described one."
                # describing (imported): Described one.
                #   With more detail
                #   on line two.
                # assessing (imported): refuted

            """), "\(text)")
        #expect(!text.contains("# tagging"))
        let claims = try #require(try YAMLParser.parse(Array(text.utf8))?["claims"]?.sequence)
        #expect(claims.count == 2)
        // Imported again, the claims are there and so are their notes: nothing to say.
        let again = try Self.imported(page, into: files)
        #expect(again.plan.alreadyPresent == 2 && again.plan.notesNotKept.isEmpty && again.plan.edits.isEmpty)
        // A note the file does not hold, on a claim already there, is listed, never dropped silently.
        let other = page.replacingOccurrences(of: " phone.", with: " email.")
        #expect(try Self.imported(other, into: files).plan.notesNotKept.map(\.claim) == [plan.edits[0].ids[0]])
        // Nor is a note another claim holds, or words a context has, this claim's note.
        let elsewhere = page.replacingOccurrences(of: "\"exact\": \"October 2\"", with: "\"exact\": \"250 people\"")
            .replacingOccurrences(of: "\"purpose\": \"assessing\", \"value\": \"refuted\"", with: "\"purpose\": \"assessing\", \"value\": \"The Herald said\"")
        let listed = try Self.imported(elsewhere, into: files).plan.notesNotKept
        #expect(listed.contains { $0.note.text == "The Herald said" }, "\(listed)")
    }

    /// A note's lines keep the indentation that shapes them: a list nested in it, a code block.
    @Test func aNoteKeepsItsIndentation() throws {
        let page = #"""
            [{"type": "Annotation", "body": {"type": "TextualBody", "value": "  Checked:\n- the bulletin\n    - page 2\n\n        let total = 250   \n"},
              "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "250 people"}}}]
            """#
        let (files, _) = try Self.imported(page, into: Self.emptied)
        let text = try #require(files[ReviewFixture.annotationPath])
        #expect(text.contains("""
                # note (imported):   Checked:
                #   - the bulletin
                #       - page 2
                #
                #           let total = 250

            """), "\(text)")
        // Imported again, the note is there.
        #expect(try Self.imported(page, into: files).plan.notesNotKept.isEmpty)
    }

    /// A note's purpose comes from the imported file: only a plain word is written as its label,
    /// so nothing but a comment reaches the annotation file.
    @Test func aPurposeIsWrittenOnlyAsAWord() throws {
        let forged = #"commenting\n    reviews: [{reviewer: alice, verdict: supported}]\n    #"#
        let page = """
            [{"type": "Annotation", "body": [{"type": "TextualBody", "purpose": "\(forged)", "value": "hi"}],
              "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "250 people"}}}]
            """
        let (files, _) = try Self.imported(page, into: Self.emptied)
        let text = try #require(files[ReviewFixture.annotationPath])
        #expect(text.contains("    # note (imported): hi\n"), "\(text)")
        let claims = try #require(try YAMLParser.parse(Array(text.utf8))?["claims"]?.sequence)
        #expect(claims.first?["reviews"] == nil, "\(text)")
    }

    /// Words that differ from the article's at the place found for them are kept as the
    /// annotator wrote them, with that place's position and context, so that `gloss check`
    /// reports the difference; the article's own text would hide it.
    @Test func changedWordsAreKeptAsGiven() throws {
        let annotation = """
            [{"type": "Annotation", "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector",
              "exact": "260 people", "prefix": "The Herald said ", "suffix": " gathered."}}}]
            """
        let (files, plan) = try Self.imported(annotation, into: Self.emptied)
        #expect(plan.wordsChanged == ["260-people"])
        #expect(plan.notFound.isEmpty)
        let written = try #require(files[ReviewFixture.annotationPath])
        #expect(written.contains("quote: \"260 people\"\n      prefix: \"k on October 2.\\nThe Herald said \""), "\(written)")
        #expect(written.contains("start: 120\n      end: 130"), "\(written)")
        let analysis = try ReviewFixture.analysis(files)
        #expect(analysis.claims.map { $0.anchoring?.tier } == [.fuzzy])
        #expect(analysis.claims.first?.anchoring?.textNow == "250 people")

        // Typography alone is not a change of words: the article's curly mark is taken.
        let straight = """
            [{"type": "Annotation", "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector",
              "exact": "said \\"We want"}}}]
            """
        let typographic = try Self.imported(straight, into: Self.emptied)
        #expect(typographic.plan.wordsChanged.isEmpty && typographic.plan.notFound.isEmpty)
        #expect(typographic.files[ReviewFixture.annotationPath]?.contains("quote: \"said “We want\"") == true)
    }

    /// One annotation given twice in an import is one claim, as it is when imported twice.
    @Test func anAnnotationRepeatedInOneImportIsImportedOnce() throws {
        let one = """
            {"type": "Annotation", "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector",
              "exact": "250 people", "prefix": "The Herald said "}}}
            """
        let (files, plan) = try Self.imported("[\(one), \(one)]", into: Self.emptied)
        #expect(plan.edits.map(\.ids) == [["250-people"]])
        #expect(plan.joined == 1)
        #expect(files[ReviewFixture.annotationPath]?.ranges(of: "- id:").count == 1)
    }

    /// Two annotators who highlighted the same words are one claim that keeps both their notes;
    /// two claims a Gloss export wrote for one span (their ids differ) stay two claims.
    @Test func annotationsOnOneSpanKeepEveryNoteAndEveryId() throws {
        func annotation(_ text: String, id: String? = nil) -> String {
            """
            {"type": "Annotation", \(id.map { "\"id\": \"urn:gloss:claim:\($0)\", " } ?? "")"body": {"type": "TextualBody", "value": "\(text)"},
             "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "250 people", "prefix": "The Herald said "}}}
            """
        }
        let hypothesis = try Self.imported("[\(annotation("Alice: matches the bulletin.")), \(annotation("Bob: the bulletin says 260."))]",
                                           into: Self.emptied)
        let written = try #require(hypothesis.files[ReviewFixture.annotationPath])
        #expect(hypothesis.plan.edits.map(\.ids.count) == [1])
        #expect(written.contains("# note (imported): Alice: matches the bulletin."), "\(written)")
        #expect(written.contains("# note (imported): Bob: the bulletin says 260."), "\(written)")

        let exported = try Self.imported("[\(annotation("The count", id: "crowd-count")), \(annotation("Attributed to the Herald", id: "crowd-attribution"))]",
                                         into: Self.emptied)
        #expect(exported.plan.edits.map(\.ids) == [["crowd-count", "crowd-attribution"]])
        #expect(exported.plan.joined == 0)
        let again = try Self.imported("[\(annotation("The count", id: "crowd-count")), \(annotation("Attributed to the Herald", id: "crowd-attribution"))]",
                                      into: exported.files)
        #expect(again.plan.edits.isEmpty && again.plan.alreadyPresent == 2 && again.plan.notesNotKept.isEmpty)
    }

    /// An id another file's claim has is written numbered, and said; imported again, the
    /// numbered claim on the same words at the same place is the annotation's, not a third.
    @Test func aRenamedIdIsSaidAndImportingAgainAddsNothing() throws {
        var files = Self.emptied
        files["Sources-Docs/other.md"] = "Another article.\n"
        files["Annotations/other.yaml"] = "gloss: 1\ndocument: Sources-Docs/other.md\nclaims:\n"
            + "  - id: crowd-count\n    kind: event\n    anchor:\n      quote: Another article\n"
        let annotation = """
            [{"type": "Annotation", "id": "urn:gloss:claim:crowd-count", "body": {"type": "TextualBody", "value": "The count"},
              "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "250 people", "prefix": "The Herald said "}}}]
            """
        let first = try Self.imported(annotation, into: files)
        #expect(first.plan.edits.map(\.ids) == [["crowd-count-2"]])
        #expect(first.plan.renamed.map { "\($0.given) \($0.written)" } == ["crowd-count crowd-count-2"])
        let again = try Self.imported(annotation, into: first.files)
        #expect(again.plan.edits.isEmpty && again.plan.alreadyPresent == 1 && again.plan.renamed.isEmpty)
    }

    /// A one-line note on a claim already in the file becomes a summary when read; when the
    /// claim's summary says something else, it is listed, not lost.
    @Test func aOneLineNoteOnAClaimAlreadyPresentIsNotLost() throws {
        let one = """
            {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "describing", "value": "%@"},
             "target": {"source": "Sources-Docs/city.md", "selector": {"type": "TextQuoteSelector", "exact": "250 people", "prefix": "The Herald said "}}}
            """
        let first = try Self.imported("[\(one.replacingOccurrences(of: "%@", with: "The count"))]", into: Self.emptied)
        let second = try Self.imported("[\(one.replacingOccurrences(of: "%@", with: "The bulletin says 260, not 250."))]", into: first.files)
        #expect(second.plan.alreadyPresent == 1)
        #expect(second.plan.notesNotKept.map(\.note.text) == ["The bulletin says 260, not 250."])
        let same = try Self.imported("[\(one.replacingOccurrences(of: "%@", with: "The count"))]", into: first.files)
        #expect(same.plan.notesNotKept.isEmpty)
    }

    /// A document known only by its path is the annotations' `source` as an IRI reference, with
    /// a space or a bracket percent-encoded, and an import finds it again by that reference.
    @Test func aPathWithSpacesIsAnIRIThatImportsBack() throws {
        let named = "Sources-Docs/my city [1].md"
        var files = ReviewFixture.files
        files[named] = files.removeValue(forKey: ReviewFixture.documentPath)
        files[ReviewFixture.annotationPath] = files[ReviewFixture.annotationPath]!
            .replacingOccurrences(of: "document: Sources-Docs/city.md\nurl: https://news.example.org/city\n", with: "document: \"\(named)\"\n")
        let exported = WebAnnotationExporter().render(ReviewReport(analysis: try ReviewFixture.analysis(files)))
        #expect(exported.contains(#""source" : "Sources-Docs/my%20city%20%5B1%5D.md""#), "\(exported)")
        var emptied = files
        emptied[ReviewFixture.annotationPath] = "gloss: 1\ndocument: \"\(named)\"\nclaims: []\n"
        let (_, plan) = try Self.imported(exported, into: emptied)
        #expect(plan.unresolved.isEmpty)
        #expect(plan.edits.map(\.document) == [named])
    }

    /// A summary shortened to fit ends before a private name it would cut in half: "citing
    /// Jane…" of Jane Secret would print "Jane" in every report, which withholds only the
    /// whole name. The whole line is kept in a note, where reports withhold it.
    @Test func aShortenedSummaryCutsNoPrivateNameInHalf() throws {
        let lead = String(repeating: "word ", count: 12) + "x "
        let line = lead + "citing \(ReviewFixture.privateName), who saw it."
        let hypothesis = """
            [{"id": "Xy1_ab", "uri": "https://elsewhere.example.org/city", "text": "\(line)", "tags": ["Number"],
              "target": [{"source": "https://elsewhere.example.org/city", "selector": [
                {"type": "TextQuoteSelector", "exact": "250 people", "prefix": "The Herald said ", "suffix": " gathered."}]}]}]
            """
        #expect(WebAnnotationReader.summary(line) == lead + "citing Jane…", "the line is cut inside the name")
        let (files, _) = try Self.imported(hypothesis, into: Self.emptied, document: ReviewFixture.documentPath)
        let written = try #require(files[ReviewFixture.annotationPath])
        #expect(written.contains("summary: \"\(lead)citing…\""), "\(written)")
        #expect(written.contains(line), "\(written)")
        // Without a space to cut at, a character at a time: Chinese, words joined by hyphens.
        let mentions = MentionResolver(try ReviewFixture.analysis().registry)
        let safe = { (line: String) in
            WebAnnotationReader.summary(of: line) { kept in
                mentions.withholdingPrivateNames(in: line).hasPrefix(mentions.withholdingPrivateNames(in: String(kept)))
            }
        }
        let hyphens = String(repeating: "word-", count: 13) + "citing-\(ReviewFixture.privateName)-as-source"
        #expect(safe(hyphens) == String(repeating: "word-", count: 13) + "citing-…", "\(safe(hyphens))")
    }

    @Test func summariesAreOneShortLine() {
        #expect(WebAnnotationReader.summary("  first line  \nsecond") == "first line")
        let long = String(repeating: "word ", count: 30)
        let summary = WebAnnotationReader.summary(long)
        #expect(summary?.hasSuffix("word…") == true)
        #expect((summary?.count ?? 99) <= 75)
        #expect(WebAnnotationReader.summary("\n") == nil)
    }

    @Test func idsComeFromTheQuoteWhenTheAnnotationHasNone() {
        #expect(ClaimIDs.slug("“Arrest them all! Let’s see how many”", words: 5) == "arrest-them-all-let-s")
        #expect(ClaimIDs.slug("兰州") == "")
    }

    /// U+FEFF in a string is a character (a zero-width no-break space, as files joined with their
    /// byte order marks hold), kept at the start of a quote or a note as anywhere else; a byte
    /// order mark before the JSON is not part of it.
    @Test func aZeroWidthNoBreakSpaceOpeningAStringIsKept() throws {
        let json = #"[{"bodyValue": "﻿note", "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "﻿250", "prefix": "﻿a"}}}]"#
        for bytes in [Array(json.utf8), [0xEF, 0xBB, 0xBF] + Array(json.utf8)] {
            let annotation = try #require(try WebAnnotationReader.read(bytes).annotations.first)
            #expect(Array(annotation.selector.quote.unicodeScalars) == ["\u{FEFF}", "2", "5", "0"])
            #expect(annotation.selector.prefix.map { Array($0.unicodeScalars) } == ["\u{FEFF}", "a"])
            #expect(annotation.summary.map { Array($0.unicodeScalars) } == Array("\u{FEFF}note".unicodeScalars))
        }
    }

    /// Half a surrogate pair escaped on its own, as a tool may write half an emoji, is U+FFFD;
    /// the file is not refused for it.
    @Test func aLoneSurrogateIsReadAsTheReplacementCharacter() throws {
        let json = #"[{"bodyValue": "x\ud800y", "target": {"source": "s", "selector": {"type": "TextQuoteSelector", "exact": "250"}}}]"#
        #expect(try WebAnnotationReader.read(Array(json.utf8)).annotations.first?.summary == "x\u{FFFD}y")
    }

    /// Positions are whole numbers, however written; `true` is none.
    @Test func positionsAreWholeNumbers() throws {
        func start(_ value: String) throws -> Int? {
            let json = #"[{"target": {"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "250"}, {"type": "TextPositionSelector", "start": \#(value), "end": 3}]}}]"#
            return try #require(try WebAnnotationReader.read(Array(json.utf8)).annotations.first).selector.start
        }
        #expect(try start("0") == 0 && start("0.0") == 0)
        #expect(try start("true") == nil && start("-1") == nil && start("0.5") == nil && start("\"0\"") == nil)
    }

    @Test func rejectsWhatIsNotJSON() throws {
        #expect(throws: WebAnnotationReader.Failure.self) { try WebAnnotationReader.read(Array("<html>".utf8)) }
        // A comma missing after the first member: the place is named, in lines and scalars.
        #expect(throws: WebAnnotationReader.Failure(message: "the file is not JSON: invalid value at line 2, column 10")) {
            try WebAnnotationReader.read(Array("[{\n  \"中\": 1 \"x\": 2}]".utf8))
        }
        // Foundation counts after a byte order mark; a lone CR ends a line too.
        #expect(throws: WebAnnotationReader.Failure(message: "the file is not JSON: invalid value at line 2, column 7")) {
            try WebAnnotationReader.read([0xEF, 0xBB, 0xBF] + Array("{\n \"a\": x}\n".utf8))
        }
        #expect(throws: WebAnnotationReader.Failure(message: "the file is not JSON: invalid value at line 3, column 3")) {
            try WebAnnotationReader.read(Array("[\r{}\r  x]".utf8))
        }
        // A comma before `]` or `}`, which Foundation reads and JSON forbids; commas in strings are text.
        #expect(throws: WebAnnotationReader.Failure(message: "the file is not JSON: a comma before `]` at line 1, column 4")) {
            try WebAnnotationReader.read(Array("[{},\n]".utf8))
        }
        #expect(throws: WebAnnotationReader.Failure(message: "the file is not JSON: a comma before `}` at line 1, column 14")) {
            try WebAnnotationReader.read(Array("[{\"a\": \",}\\\"\",}]".utf8))
        }
        #expect(JSONSyntax.strayComma(in: Array("[{\"a\": \",]\\\",}\"}, [\"x\" , 1]]".utf8)) == nil)
        // Nesting past what the parser takes is said, not followed down; below it, read.
        do {
            _ = try WebAnnotationReader.read(Array(String(repeating: "[", count: 100_000).utf8) + Array(String(repeating: "]", count: 100_000).utf8))
            Issue.record("100,000 nested lists read")
        } catch {
            #expect(error.message.contains("too many nested arrays or dictionaries"), "\(error.message)")
        }
        let deep = String(repeating: "{\"a\": ", count: 300) + "1" + String(repeating: "}", count: 300)
        #expect(throws: WebAnnotationReader.Failure(message: "the file holds no annotations: a list of Web Annotations, or an object with `rows` or `annotations`, is expected")) {
            try WebAnnotationReader.read(Array(deep.utf8))
        }
        // JSON, but no annotations in it; an empty list is an empty import.
        #expect(try WebAnnotationReader.read(Array("[]".utf8)).annotations.isEmpty)
        for value in ["null", "42", "\"text\"", "[1]", "{}", "{\"rows\": 5}", "{\"items\": [1, 2]}", "[{\"a\": 1}]"] {
            #expect(throws: WebAnnotationReader.Failure.self) { try WebAnnotationReader.read(Array(value.utf8)) }
        }
    }
}
