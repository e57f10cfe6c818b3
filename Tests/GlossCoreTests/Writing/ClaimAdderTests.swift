import Testing

@testable import GlossCore

@Suite struct ClaimAdderTests {
    static let root = "/w"
    static let document = "Flags 🇨🇳 and 👍🏽. The crowd grew. The crowd left.\n"

    /// Adds to `Sources-Docs/story.md`, with `Annotations/other.yaml` holding the claim `taken` on
    /// the words "Flags" of `otherDocument`.
    static func add(_ span: ClaimAdder.Span, id: String? = nil, annotation: String? = nil, document: String = document,
                    otherDocument: String = "Sources-Docs/story.md") throws(ClaimAdder.Failure) -> ClaimAdder.Addition {
        var texts = ["Sources-Docs/story.md": document, "Sources-Docs/other.md": "Flags.\n", "Annotations/other.yaml":
                        "gloss: 1\ndocument: \(otherDocument)\nclaims:\n  - id: taken\n    kind: event\n    anchor: {quote: Flags}\n"]
        if let annotation { texts["Annotations/story.yaml"] = annotation }
        let workspace = Workspace(root: root, fileSystem: InMemoryFileSystem(root: root, texts: texts))
        let analysis = WorkspaceLoader(workspace: workspace).load(try! workspace.annotationFiles())
        return try ClaimAdder.add(document: "Sources-Docs/story.md", span: span, kind: .event, id: id, in: workspace, analysis: analysis)
    }

    static let item = """
          - id: the-crowd-left
            kind: event
            anchor:
              quote: The crowd left
              prefix: "lags 🇨🇳 and 👍🏽. The crowd grew. "
              suffix: ".\\n"
              start: 33
              end: 47

        """

    @Test func createsTheAnnotationFile() throws {
        let addition = try Self.add(.quote("The crowd", occurrence: 2), id: nil, otherDocument: "Sources-Docs/other.md")
        #expect(addition.original == nil)
        #expect(addition.path == "Annotations/story.yaml")
        // Annotated already in a file of another name, the document takes its claims there.
        #expect(try Self.add(.quote("The crowd", occurrence: 2), id: nil).path == "Annotations/other.yaml")
        let text = String(decoding: addition.updated, as: UTF8.self)
        #expect(text.hasPrefix("gloss: 1\ndocument: Sources-Docs/story.md\nrevision: \(GitBlobID.of(Array(Self.document.utf8)))\nclaims:\n  - id: the-crowd\n"))
        #expect(text.contains("    quote: The crowd\n"))
    }

    /// The document is written as its workspace path, however it was named (`./`, `//`).
    @Test func theDocumentIsWrittenAsItsWorkspacePath() throws {
        let workspace = Workspace(root: Self.root, fileSystem: InMemoryFileSystem(root: Self.root, texts: ["Sources-Docs/story.md": Self.document]))
        let analysis = WorkspaceLoader(workspace: workspace).load([])
        let addition = try ClaimAdder.add(document: "./Sources-Docs//story.md", span: .quote("The crowd grew", occurrence: nil), kind: .event,
                                          id: nil, in: workspace, analysis: analysis)
        #expect(addition.path == "Annotations/story.yaml")
        #expect(String(decoding: addition.updated, as: UTF8.self).hasPrefix("gloss: 1\ndocument: Sources-Docs/story.md\n"))
    }

    /// A file that records an earlier revision takes the claim without offsets, to be found by
    /// its quote and context: when those lead elsewhere than the occurrence chosen, the claim is
    /// refused, since `check` would find it ambiguous and `fix` could not place it.
    @Test func anOccurrenceItsContextCannotFindAgainIsRefusedUnderAnEarlierRevision() throws {
        let repeated = "Intro.\n" + String(repeating: "We want food, we want freedom, we want food, we want freedom. ", count: 3) + "\n"
        let earlier = "gloss: 1\ndocument: Sources-Docs/story.md\nrevision: \(String(repeating: "a", count: 40))\nclaims: []\n"
        #expect(throws: ClaimAdder.Failure.placeNeedsCurrentRevision(path: "Annotations/story.yaml")) {
            try Self.add(.quote("freedom", occurrence: 3), annotation: earlier, document: repeated)
        }
        // The first occurrence's context is the text's start: found again, written without offsets.
        let first = try Self.add(.quote("freedom", occurrence: 1), annotation: earlier, document: repeated)
        #expect(!String(decoding: first.updated, as: UTF8.self).contains("start:"))
        // With the current revision recorded, offsets say which occurrence.
        let current = earlier.replacingOccurrences(of: String(repeating: "a", count: 40), with: GitBlobID.of(Array(repeated.utf8)))
        #expect(String(decoding: try Self.add(.quote("freedom", occurrence: 3), annotation: current, document: repeated).updated,
                       as: UTF8.self).contains("start: "))
    }

    @Test(arguments: ["claims:\n  - id: a\n    kind: event\n    anchor: {quote: grew}\n# end\n", "claims: []\n", "claims:\n", "title: x"])
    func appendsToTheClaimsList(existing: String) throws {
        let header = "gloss: 1  # keep\ndocument: Sources-Docs/story.md\n"
        let addition = try Self.add(.range(33..<47), annotation: header + existing)
        let text = String(decoding: addition.updated, as: UTF8.self)
        #expect(text.hasPrefix(header))
        #expect(text.contains(Self.item))
        let parsed = try #require(try YAMLParser.parse(addition.updated))
        #expect(parsed["claims"]?.sequence?.last?["id"]?.scalar == "the-crowd-left")
    }

    @Test func saysWhereTheClaimIsAndWhatToLookAt() throws {
        let added = try Self.add(.quote("The crowd left", occurrence: nil))
        #expect(added.position == TextPosition(offset: 33, line: 1, column: 34) && added.notes.isEmpty)
        // Typed with straight quotes and a hyphen: the article's characters are recorded.
        let curly = try Self.add(.quote("\"Let's go\" - now", occurrence: nil), document: "They said “Let’s go” — now.\n")
        #expect(curly.range == 10..<26 && String(decoding: curly.updated, as: UTF8.self).contains("quote: “Let’s go” — now"))
        #expect(curly.notes == ["the article writes the quote ““Let’s go” — now”; its characters are recorded"])
        // A range cutting a word, and a claim of the same kind already on the words.
        let cut = try Self.add(.range(28..<31)).notes
        #expect(cut.count == 1 && cut[0].hasPrefix("the range cuts a word: “rew” in “"), "\(cut)")
        #expect(try Self.add(.range(27..<31)).notes.isEmpty, "“grew”, whole")
        // Nor a figure at its point or group separator, as anchoring reads figures.
        for (document, range) in [("It was 42.5 km away.\n", 7..<9), ("It was 42\u{066B}5 km away.\n", 7..<9), ("It was 1,185 km away.\n", 9..<12)] {
            let notes = try Self.add(.range(range), document: document).notes
            #expect(notes.count == 1 && notes[0].hasPrefix("the range cuts a word: "), "\(document): \(notes)")
        }
        #expect(try Self.add(.range(7..<11), document: "It was 42.5 km away.\n").notes.isEmpty, "“42.5”, whole")
        #expect(try Self.add(.range(0..<5)).notes == ["`taken` is already a claim of kind `event` on these words"])
        // Chinese does not space its words: no range cuts one.
        #expect(try Self.add(.range(0..<2), document: "兰州市民在十月一日聚集抗议。\n").notes.isEmpty)
    }

    @Test func aQuoteWithAccentsComposedOtherwiseIsFound() throws {
        // Typed composed (NFC) against an article written decomposed (NFD), and the other way
        // round: the article's scalars are recorded, as `check` finds them.
        let decomposed = "Herr Mu\u{308}ller said Mu\u{308}nchen.\n", composed = "Herr M\u{FC}ller said M\u{FC}nchen.\n"
        let found = try Self.add(.quote("M\u{FC}ller said", occurrence: nil), document: decomposed)
        #expect(found.range == 5..<17)
        #expect(String(decoding: found.updated, as: UTF8.self).contains("quote: Mu\u{308}ller said"))
        #expect(try Self.add(.quote("Mu\u{308}nchen", occurrence: nil), document: composed).range == 17..<24)
        // Characters, not scalars: a base letter alone is not the accented one.
        #expect(throws: ClaimAdder.Failure.quoteNotFound) { try Self.add(.quote("Muller", occurrence: nil), document: decomposed) }
    }

    @Test func aLongListOfOccurrencesIsCut() {
        let many = ClaimAdder.Failure.severalOccurrences(Array(repeating: .init(position: .start, context: "cat"), count: 25))
        #expect(many.message.split(separator: "\n").count == 1 + 20 + 1)
        #expect(many.message.hasSuffix("\n  … and 5 more"))
    }

    @Test func clearErrors() {
        #expect(throws: ClaimAdder.Failure.quoteNotFound) { try Self.add(.quote("riot", occurrence: nil)) }
        #expect(throws: ClaimAdder.Failure.severalOccurrences([
            .init(position: TextPosition(offset: 17, line: 1, column: 18), context: "Flags 🇨🇳 and 👍🏽. The crowd grew. The crowd lef…"),
            .init(position: TextPosition(offset: 33, line: 1, column: 34), context: "…👍🏽. The crowd grew. The crowd left. "),
        ])) { try Self.add(.quote("The crowd", occurrence: nil)) }
        #expect(throws: ClaimAdder.Failure.occurrenceOutOfRange(requested: 3, found: 2)) { try Self.add(.quote("The crowd", occurrence: 3)) }
        #expect(throws: ClaimAdder.Failure.rangeSplitsCharacter) { try Self.add(.range(7..<8)) }
        #expect(throws: ClaimAdder.Failure.rangeSplitsCharacter) { try Self.add(.range(13..<14)) }
        #expect(throws: ClaimAdder.Failure.rangeOutsideText(count: 49)) { try Self.add(.range(40..<99)) }
        #expect(throws: ClaimAdder.Failure.emptySpan) { try Self.add(.quote("  ", occurrence: nil)) }
        #expect(throws: ClaimAdder.Failure.idTaken("taken")) { try Self.add(.range(33..<47), id: "taken") }
        #expect(throws: ClaimAdder.Failure.invalidID("Not_An_ID")) { try Self.add(.range(33..<47), id: "Not_An_ID") }
    }

    @Test func generatedIDsAreUnique() {
        #expect(make("More than 98% were asymptomatic, officials said", avoiding: [])
                == "more-than-98-were-asymptomatic-officials")
        #expect(make("兰州", avoiding: ["claim"]) == "claim-2")
        #expect(make("Flags", avoiding: ["flags", "flags-2"]) == "flags-3")
    }

    /// An import of many Chinese quotes makes `claim` every time: each take goes on from the
    /// last number instead of counting up from 2, and never reuses one.
    @Test func manyTakesOfOneNameAreNumberedInOrder() {
        var names = UniqueNames(used: ["claim-3"])
        let taken = (0..<20_000).map { _ in names.take("claim") }
        #expect(taken.prefix(4) == ["claim", "claim-2", "claim-4", "claim-5"])
        #expect(taken.last == "claim-20001")
        #expect(Set(taken).count == taken.count)
        #expect(names.take("claim-2") == "claim-2-2")
    }
}

private func make(_ quote: String, avoiding taken: Set<String>) -> String {
    var names = UniqueNames(used: taken)
    return ClaimIDs.make(from: quote, withholding: PrivateNameWords([]), names: &names)
}
