import Foundation
@testable import GlossCore
import Testing

/// Claims rendered as YAML read back as the same values, and appending edits only the end of the
/// `claims:` list.
@Suite struct ClaimWritingTests {
    static let draft = ClaimDraft(id: "quote-unlock-down", kind: .quote, quote: "Unlock down! Unlock down!",
                                  prefix: "Residents shouted “", suffix: "” An angry", range: 436..<461,
                                  attributedTo: ["video-poster"], speaker: "Residents", place: nil,
                                  foundBy: "quote-curly-double")

    @Test(arguments: ["plain words", "", " leading", "trailing ", "key: value", "a #comment", "- dash", "185", "2022-10-02",
                      "yes", "null", "~", "with \"quotes\" and \\", "line\nbreak", "tab\there", "“Unlock down!”",
                      "1e5", ".inf", "0x1F", "ends with:", "@handle", "不要封控", "\u{85}next", "bell\u{7}"])
    func scalarsReadBackUnchanged(_ text: String) throws {
        let node = try #require(try YAMLParser.parse(Array("value: \(ClaimYAML.scalar(text))\n".utf8)))
        let value = try #require(node["value"])
        #expect(value.scalar == text)
        #expect(!value.isNull, "a string must not read back as null")
    }

    /// Ids made from Latin text keep its letters without their accents: `Müller said` was
    /// `m-ller-said`, `ﬁnance` `nance`.
    @Test(arguments: [("Müller said", "muller-said"), ("Résumé", "resume"), ("Über-Straße", "uber-strasse"), ("Ça va?", "ca-va"),
                      ("İstanbul", "istanbul"), ("ﬁnance", "finance"), ("Mu\u{308}ller", "muller"), ("Ærø Ø", "aero-o"),
                      ("ＡＢＣ １２", "abc-12"), ("兰州 185", "185"), ("Let’s go", "let-s-go"), ("İlham Əliyev", "ilham-aliyev"),
                      ("Kɔfi", "kofi"), ("Ŋgũgĩ", "nggugi"), ("ĸ", "k"), ("हिन्दी 5", "5"), ("Kɩbʊ ʌɹɯ", "kibu-vrm"),
                      ("ǅemal ǈubljana", "dzemal-ljubljana"), ("ˈfəʊnətɪk", "faunatik")])
    func idsKeepLatinLettersWithoutTheirAccents(_ text: String, _ slug: String) {
        #expect(ClaimIDs.slug(text) == slug)
    }

    /// A private name is withheld from an id made from text however the registry and the text
    /// write its accents: `Jurgen Muller` in the registry is the article's `Jürgen Müller`.
    @Test func idsWithholdPrivateNamesWhateverTheirAccents() {
        func id(_ text: String, registryName: String) -> String {
            let source = Source(id: Located("witness", at: TextRange(at: .start)), name: Located(registryName, at: TextRange(at: .start)),
                                isPrivate: true, range: TextRange(at: .start))
            var names = UniqueNames()
            return ClaimIDs.make(from: text, withholding: PrivateNameWords([source]), names: &names)
        }
        #expect(id("Jürgen Müller said", registryName: "Jurgen Muller") == "withheld-said")
        #expect(id("Jurgen Muller said", registryName: "Jürgen Müller") == "withheld-said")
        #expect(id("Müller said", registryName: "Jürgen Müller") == "muller-said", "a surname alone is no name of the registry")
        #expect(id("Juergen Mueller said", registryName: "Jürgen Müller") == "withheld-said")
        #expect(id("Jürgen Müller said", registryName: "Juergen Mueller") == "withheld-said")
        // A name of one word only as written: "schon" is a word, not "Schön".
        #expect(id("Schon wieder", registryName: "Schön") == "schon-wieder")
        #expect(id("Schön sagte", registryName: "Schön") == "withheld-sagte")
        // In capitals a name loses what lowercase spells it with, and is a name still; in a word
        // with lowercase letters it is not.
        #expect(id("YILMAZ SAID", registryName: "Yılmaz") == "withheld-said")
        #expect(id("Weiss and WEISS's car", registryName: "Weiß") == "weiss-and-withheld-s-car")
        #expect(id("SCHÖN und SCHON", registryName: "Schön") == "withheld-und-withheld")
        #expect(id("MUELLER said", registryName: "Müller") == "withheld-said")
        #expect(id("Yilmaz, Mueller, McWEISS", registryName: "Weiß") == "yilmaz-mueller-mcweiss")
        // As Markdown shows the words: a link, a tag, a comment, a character reference or a
        // zero-width space splits no name.
        for quote in ["[Jane](https://example.org/x) Secret told", "Jane <b>Secret</b> told", "Jane&nbsp;Secret told",
                      "![Jane](u) Secret told", "Jane <!-- c --> Secret told", "J&#x61;ne Secret told", "Jane\u{200B}Secret told"] {
            #expect(id(quote, registryName: "Jane Secret") == "withheld-told", "\(quote)")
        }
        // Beside punctuation and Markdown's marks, and two names spelled two ways in one text.
        #expect(id("Jürgen Müller’s car", registryName: "Jurgen Muller") == "withheld-s-car")
        #expect(id("**Jurgen Muller** said", registryName: "Jürgen Müller") == "withheld-said")
        let two = [Source(id: Located("c", at: TextRange(at: .start)), name: Located("Schmidt", at: TextRange(at: .start)),
                          isPrivate: true, range: TextRange(at: .start)),
                   Source(id: Located("a", at: TextRange(at: .start)), name: Located("Anna Schmidt", at: TextRange(at: .start)),
                          isPrivate: true, range: TextRange(at: .start)),
                   Source(id: Located("b", at: TextRange(at: .start)), name: Located("Jürgen Müller", at: TextRange(at: .start)),
                          isPrivate: true, range: TextRange(at: .start))]
        var names = UniqueNames()
        #expect(ClaimIDs.make(from: "Anna Schmidt and Juergen Mueller said", withholding: PrivateNameWords(two), names: &names)
                == "withheld-and-withheld-said")
    }

    @Test func plainWhenUnambiguous() {
        #expect(ClaimYAML.scalar("Unlock down! Unlock down!") == "Unlock down! Unlock down!")
        #expect(ClaimYAML.scalar("185") == "\"185\"")
        #expect(ClaimYAML.scalar("yes") == "\"yes\"")
    }

    @Test func aClaimRendersInTheAnnotationFormat() {
        #expect(ClaimYAML.listItem(ClaimYAML.lines(Self.draft), indent: 2) == """
              - id: quote-unlock-down
                kind: quote
                anchor:
                  quote: Unlock down! Unlock down!
                  prefix: Residents shouted “
                  suffix: ” An angry
                  start: 436
                  end: 461
                attributed_to: video-poster
                speaker: Residents
                found_by: quote-curly-double

            """)
    }

    static let expectedItem = ClaimYAML.listItem(ClaimYAML.lines(draft), indent: 2)

    @Test func appendsAfterTheLastItemKeepingEverythingElse() throws {
        let list = """
            # comment kept
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              # first
              - id: a
                kind: number
                anchor: {quote: "1"}

            """
        let trailing = "\n# trailing comment"
        #expect(try append(list + trailing) == list + Self.expectedItem + trailing)
    }

    @Test func followsTheListsIndentation() throws {
        let result = try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n- id: a\n  kind: number\nother: x\n")
        #expect(result == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n- id: a\n  kind: number\n" + ClaimYAML.listItem(ClaimYAML.lines(Self.draft), indent: 0) + "other: x\n")
    }

    @Test func replacesAnEmptyFlowList() throws {
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims: []\nother: x\n") == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)other: x\n")
        // The comment stays with `claims:`, not with the new claim's last value.
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims: [] # none yet\nother: x\n")
                == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: # none yet\n\(Self.expectedItem)other: x\n")
    }

    /// `[]` or `~` on a line of its own under `claims:` (or after spaces) leaves no line of spaces behind.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func replacesAnEmptyValueOnItsOwnLine(newline: String) throws {
        let item = ClaimYAML.listItem(ClaimYAML.lines(Self.draft), indent: 2, newline: newline)
        for value in ["[]", "~"] {
            let original = ["gloss: 1", "document: Sources-Docs/a.md", "claims:", "  \(value)", "other: x", ""].joined(separator: newline)
            #expect(try append(original) == ["gloss: 1", "document: Sources-Docs/a.md", "claims:"].joined(separator: newline) + newline + item + "other: x" + newline)
        }
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims:   []\n") == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)")
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims: # none yet\n  []\n") == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: # none yet\n\(Self.expectedItem)")
    }

    @Test func fillsAnEmptyKey() throws {
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\nother: x\n") == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)other: x\n")
    }

    /// A document ended with `...` takes the new `claims:` before the marker, where they are
    /// still in it (after it, the file no longer read).
    @Test func aDocumentEndMarkerStaysLast() throws {
        #expect(try append("---\ngloss: 1\ndocument: Sources-Docs/a.md\n...\n")
                == "---\ngloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)...\n")
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md\n# end\n...\n# after\n")
                == "gloss: 1\ndocument: Sources-Docs/a.md\n# end\nclaims:\n\(Self.expectedItem)...\n# after\n")
    }

    @Test func addsAMissingKey() throws {
        #expect(try append("gloss: 1\ndocument: Sources-Docs/a.md") == "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)")
    }

    @Test func keepsWindowsLineEnds() throws {
        let result = try append("gloss: 1\r\ndocument: Sources-Docs/a.md\r\nclaims:\r\n  - id: a\r\n")
        #expect(result == "gloss: 1\r\ndocument: Sources-Docs/a.md\r\nclaims:\r\n  - id: a\r\n" + ClaimYAML.listItem(ClaimYAML.lines(Self.draft), indent: 2, newline: "\r\n"))
    }

    @Test func keepsClassicMacLineEnds() throws {
        let original = "gloss: 1\rdocument: Sources-Docs/a.md\rclaims:\r  - id: a\r    kind: number\r# last\r"
        let result = try append(original)
        #expect(result.hasPrefix("gloss: 1\rdocument: Sources-Docs/a.md\rclaims:\r  - id: a\r    kind: number\r  - id: "),
                "\(result.debugDescription)")
        #expect(!result.contains("\n"), "\(result.debugDescription)")
        #expect(result.hasSuffix("# last\r"))
    }

    @Test func createsAMissingFile() throws {
        let bytes = try ClaimAppender.append([Self.draft], to: nil, document: "Sources-Docs/a.md", revision: "abc123")
        #expect(String(decoding: bytes, as: UTF8.self)
                == "gloss: 1\ndocument: Sources-Docs/a.md\nrevision: abc123\nclaims:\n\(Self.expectedItem)")
    }

    /// A file left empty, or holding only comments, gets the header a new file has: without it
    /// the claims land in a file `gloss check` rejects for its missing `gloss:` and `document:`.
    @Test(arguments: [("", ""), ("# to do\n", "# to do\n"), ("# to do", "# to do\n"), ("# a\r\n\r\n", "# a\r\n\r\n")])
    func givesAnEmptyFileItsHeader(original: String, kept: String) throws {
        let newline = original.contains("\r\n") ? "\r\n" : "\n"
        let bytes = try ClaimAppender.append([Self.draft], to: Array(original.utf8), document: "Sources-Docs/a.md", revision: "abc123")
        let expected = kept + ["gloss: 1", "document: Sources-Docs/a.md", "revision: abc123", "claims:"].map { $0 + newline }.joined()
            + ClaimYAML.listItem(ClaimYAML.lines(Self.draft), indent: 2, newline: newline)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func refusesWhatItCannotAppendTo() {
        #expect(throws: ClaimAppendError.flowList(TextPosition(offset: 45, line: 3, column: 9))) {
            _ = try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims: [{id: a}]\n")
        }
        #expect(throws: ClaimAppendError.claimsNotAList(TextPosition(offset: 45, line: 3, column: 9))) {
            try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims: {id: a}\n")
        }
        #expect(ClaimAppendError.claimsNotAList(TextPosition(offset: 45, line: 3, column: 9)).message == "`claims:` at 3:9 is not a list")
        #expect(throws: ClaimAppendError.notAMapping) { try append("- a\n") }
        // A file written as JSON checks clean, and says why nothing can be appended to it.
        #expect(throws: ClaimAppendError.flowMapping) { try append("{\"gloss\": 1, \"document\": \"Sources-Docs/a.md\", \"claims\": []}\n") }
        #expect(throws: ClaimAppendError.self) { try append("claims: [\n") }
    }

    /// `Sources-Docs/a.md` and `other/a.txt` both map to `Annotations/a.yaml`; a registry named as
    /// a document maps to itself. Claims go to neither.
    @Test func refusesAFileOfAnotherDocumentOrARegistry() {
        #expect(throws: ClaimAppendError.otherDocument("other/a.txt")) {
            try append("gloss: 1\ndocument: other/a.txt\nclaims: []\n")
        }
        #expect(throws: ClaimAppendError.notAnAnnotationFile) { try append("sources:\n  - id: the-daily\n") }
        // The same document however its path is spelled.
        #expect(throws: Never.self) { try append("gloss: 1\ndocument: ./Sources-Docs//a.md\nclaims: []\n") }
    }

    /// A file that says only `gloss:`, or leaves `document:` empty, is given the document the
    /// claims are about: claims in a file that names none anchor nothing, and a check refuses it.
    @Test(arguments: [("gloss: 1\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("gloss: 1", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("# notes\ngloss: 1 # v1\ntitle: T\n", "# notes\ngloss: 1 # v1\ndocument: Sources-Docs/a.md\ntitle: T\nclaims:\n"),
                      ("gloss: 1\ndocument:\nclaims: []\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("gloss: 1\ndocument: \nclaims: []\n", "gloss: 1\ndocument: Sources-Docs/a.md \nclaims:\n"),
                      ("gloss: 1\ndocument: # to fill in\nclaims: []\n", "gloss: 1\ndocument: Sources-Docs/a.md # to fill in\nclaims:\n"),
                      ("---\n...\n", "---\ngloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)...\n"),
                      ("null\n...\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n\(Self.expectedItem)...\n"),
                      ("~\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      // A comment after the null is a reviewer's: kept.
                      ("~ # nothing yet\n", "# nothing yet\ngloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("gloss: 1\ndocument: |\nclaims: []\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("gloss: 1\ndocument: \"\"\nclaims: []\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("gloss: 1\ndocument: ~\nclaims: []\n", "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n"),
                      ("---\n", "---\ngloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n")])
    func aHeaderWithoutItsDocumentIsGivenIt(_ original: String, _ header: String) throws {
        #expect(try append(original) == (header.hasSuffix("...\n") ? header : header + Self.expectedItem))
    }

    @Test func appendedFileDecodes() throws {
        let result = try append("gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n  - id: a\n    kind: number\n    anchor: {quote: x}\n")
        var decoder = AnnotationFileDecoder(path: "a.yaml", maximumClaims: 100)
        let node = try #require(try YAMLParser.parse(Array(result.utf8)))
        let decoded = decoder.decode(node)
        let file = try #require(decoded)
        #expect(decoder.reader.problems.isEmpty)
        #expect(file.claims.map(\.id.value) == ["a", "quote-unlock-down"])
        #expect(file.claims.last?.foundBy?.value == "quote-curly-double")
        #expect(file.claims.last?.anchor?.selector == AnchorSelector(quote: Self.draft.quote, prefix: Self.draft.prefix,
                                                                      suffix: Self.draft.suffix, start: 436, end: 461))
    }

    func append(_ original: String) throws(ClaimAppendError) -> String {
        String(decoding: try ClaimAppender.append([Self.draft], to: Array(original.utf8), document: "Sources-Docs/a.md"), as: UTF8.self)
    }
}
