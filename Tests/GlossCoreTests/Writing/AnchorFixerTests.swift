import Foundation
import Testing

@testable import GlossCore

@Suite struct AnchorFixerTests {
    static let root = "/w"
    static let article = "According to The Daily, 185 people gathered at Central Park on October 2.\n"
    static let edited = "UPDATE: corrected.\n" + article.replacingAll("Central Park", with: "Central  Park")

    static func workspace(annotation: String, document: String = edited) -> InMemoryFileSystem {
        InMemoryFileSystem(root: root, texts: ["Annotations/a.yaml": annotation, "Sources-Docs/a.md": document])
    }

    /// An annotation file of one claim, `crowd`, whose anchor mapping holds `fields` (lines
    /// after the first indented for it).
    static func crowd(anchor fields: String) -> String {
        "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n  - id: crowd\n    kind: number\n    anchor:\n      \(fields)\n"
    }

    static func fix(_ fileSystem: InMemoryFileSystem) -> AnchorFix {
        let analysis = WorkspaceLoader(workspace: Workspace(root: root, fileSystem: fileSystem)).load(["Annotations/a.yaml"])
        return AnchorFixer.fixes(for: analysis)[0]
    }

    /// `prefix: ~`, an empty `suffix:` and `start: null` are fields left empty: filled in place,
    /// where a second key would make the file unreadable; a tagged null is left to a reviewer.
    @Test func emptyFieldsAreFilledInPlace() throws {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor:
                  quote: 185 people
                  prefix: ~
                  suffix:
                  start: null
                  end: 34
              - id: park
                kind: location
                anchor: {quote: Central Park, prefix: ~, start: 47, end: 59}

            """
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.skipped.isEmpty, "\(fixed.skipped)")
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        #expect(text.contains("""
                  quote: 185 people
                  prefix: "rected.\\nAccording to The Daily, "
                  suffix: " gathered at Central  Park on Oc"
                  start: 43
                  end: 53

            """), "\(text)")
        #expect(text.contains("anchor: {quote: Central Park, prefix: \"e Daily, 185 people gathered at \", start: 66, end: 79, "
                              + "suffix: \" on October 2.\\n\"}"), "\(text)")
        let tagged = annotation.replacingOccurrences(of: "prefix: ~\n", with: "prefix: !!null ~\n")
        #expect(Self.fix(Self.workspace(annotation: tagged)).skipped.map(\.claimID) == ["crowd"])
    }

    /// A quote fixed where it stands with the text around it changed is fixed, and listed for a
    /// reviewer to see it is still the claim's passage; one whose context holds is not.
    @Test func aClaimPlacedWhereItsContextChangedIsListedToRecheck() {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor: {quote: 185 people, prefix: "According to The Daily, ", suffix: " gathered at", start: 24, end: 34}
              - id: date
                kind: date
                anchor: {quote: October 2, prefix: "Central Park on ", suffix: ".", start: 63, end: 72}

            """
        let document = "UPDATE: corrected.\nAccording to police, 185 people gathered at Central Park on October 2.\n"
        let fixed = Self.fix(Self.workspace(annotation: annotation, document: document))
        #expect(fixed.changes && fixed.skipped.isEmpty, "\(fixed.skipped)")
        #expect(fixed.toRecheck.map(\.claimID) == ["crowd"], "\(fixed.toRecheck)")
        #expect(fixed.toRecheck.first?.reason.contains("check it is still the claim's passage") == true)
    }

    /// Words that stand only in another context are not "not in the document": a reviewer told
    /// so might rewrite a correct quote.
    @Test func wordsInAnotherContextAreSaidToBeThere() {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor: {quote: 185 people, prefix: "Officials in Qinghai reported ", suffix: " new cases on Monday", start: 24, end: 34}
              - id: gone
                kind: number
                anchor: {quote: a curfew was imposed overnight}

            """
        let fixed = Self.fix(Self.workspace(annotation: annotation, document: Self.article))
        #expect(fixed.skipped.map(\.claimID) == ["crowd", "gone"])
        #expect(fixed.skipped.first?.reason.contains("place the claim by hand") == true, "\(fixed.skipped)")
        #expect(fixed.skipped.last?.reason == "the quote is not in the document")
    }

    /// An annotation file written as JSON (which YAML reads too) stays JSON: keys and text that
    /// `fix` adds are double-quoted, with escapes JSON shares.
    @Test func aFileWrittenAsJSONStaysJSON() throws {
        let annotation = #"{"gloss": 1, "document": "Sources-Docs/a.md", "claims": [{"id": "crowd", "kind": "number", "anchor": {"quote": "185 people"}}]}"#
        let document = "UPDATE: corrected.\u{2028}\n" + Self.article.replacingOccurrences(of: " gathered", with: "\u{A0}gathered")
        let fixed = Self.fix(Self.workspace(annotation: annotation, document: document))
        #expect(fixed.skipped.isEmpty)
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        let json = try JSONSerialization.jsonObject(with: Data(fixed.fixed)) as? [String: Any]
        #expect(json?["revision"] as? String == GitBlobID.of(Array(document.utf8)), "\(text)")
        let claims = json?["claims"] as? [[String: Any]]
        let anchor = claims?.first?["anchor"] as? [String: Any]
        #expect(anchor?["start"] as? Int == 44 && anchor?["end"] as? Int == 54, "\(text)")
        #expect(anchor?["prefix"] as? String == "ected.\u{2028}\nAccording to The Daily, ", "\(text)")
        #expect(anchor?["suffix"] as? String == "\u{A0}gathered at Central Park on Oct", "\(text)")
        #expect(text.contains(#""prefix": "ected.\u2028\nAccording"#) && text.contains(#""suffix": "\u00A0gathered"#), "\(text)")
    }

    @Test func onlyPositionsContextAndRevisionChangeByteForByte() throws {
        let annotation = """
            # A comment that must survive.
            gloss: 1
            document: Sources-Docs/a.md   # the article
            revision: 0000000000000000000000000000000000000000
            claims:
              - id: crowd          # trailing comment
                kind: number
                anchor:
                  quote: '185 people'
                  prefix: 'According to The Daily, '
                  start: 24   # stale
                  end: 34
                summary: 185 people gathered
              - id: park
                kind: location
                anchor: {quote: "Central Park", start: 47, end: 59}

            """
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        let blob = GitBlobID.of(Array(Self.edited.utf8))
        #expect(fixed.skipped.isEmpty)
        #expect(String(decoding: fixed.fixed, as: UTF8.self) == """
            # A comment that must survive.
            gloss: 1
            document: Sources-Docs/a.md   # the article
            revision: \(blob)
            claims:
              - id: crowd          # trailing comment
                kind: number
                anchor:
                  quote: '185 people'
                  prefix: "rected.\\nAccording to The Daily, "
                  start: 43   # stale
                  end: 53
                  suffix: " gathered at Central  Park on Oc"
                summary: 185 people gathered
              - id: park
                kind: location
                anchor: {quote: "Central Park", start: 66, end: 79, prefix: "e Daily, 185 people gathered at ", suffix: " on October 2.\\n"}

            """)
        // Fixing again changes nothing: the file is now in step with the document.
        var again = Self.workspace(annotation: String(decoding: fixed.fixed, as: UTF8.self))
        #expect(!Self.fix(again).changes)
        try again.write(fixed.fixed, to: "/w/Annotations/a.yaml", expecting: fixed.fixed)
    }

    /// A claim whose words changed is left for a reviewer; without a revision the others'
    /// offsets count in the current text, and are recorded, but no revision is added.
    @Test func aChangedQuoteIsReportedAndLeftAlone() {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor: {quote: "185 peeple gathered", prefix: "According to The Daily, ", start: 24, end: 43}
              - id: day
                kind: date
                anchor: {quote: "October 2", start: 60, end: 69}

            """
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.skipped.map(\.claimID) == ["crowd"])
        #expect(fixed.skipped.first?.tier == .fuzzy)
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        #expect(text.contains("quote: \"185 peeple gathered\", prefix: \"According to The Daily, \", start: 24, end: 43}"))
        #expect(text.contains("{quote: \"October 2\", start: 83, end: 92, prefix: \"le gathered at Central  Park on \", suffix: \".\\n\"}"))
        #expect(!text.contains("revision"))
    }

    /// While a claim cannot be placed, the file keeps its revision, and then no other claim's
    /// place is recorded either: offsets of the current text under the old revision would be
    /// carried across the edits again, onto another sentence's words.
    @Test func noPlaceIsRecordedWhileAClaimCannotBePlaced() throws {
        struct FakeGit: GitObjectReader {
            var blobs: [String: [UInt8]]
            func blob(_ id: String, in folder: String, limit: Int) -> [UInt8]? { blobs[id] }
        }
        let old = "# Outbreak\n\nThe bureau said 185 people were infected.\n\nLanzhou locked down three districts.\n\n"
            + "Officials said 98 percent of residents were vaccinated.\n\nOfficials said 98 percent were asymptomatic.\n"
        let new = old.replacingOccurrences(of: "The bureau said 185 people were infected.", with: "Nothing was said.")
            .replacingOccurrences(of: "Lanzhou locked down three districts.\n\n", with: "")
        let revision = GitBlobID.of(Array(old.utf8))
        let share = old.unicodeScalars.count - "98 percent were asymptomatic.\n".unicodeScalars.count
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            revision: \(revision)
            claims:
              - id: cases
                kind: number
                anchor: {quote: "185 people", prefix: "The bureau said ", suffix: " were infected.", start: 29, end: 39}
              - id: share
                kind: number
                anchor: {quote: "98 percent", prefix: "ted.\\n\\nOfficials said ", suffix: " were asymptomatic.", start: \(share), end: \(share + 10)}

            """
        let fileSystem = Self.workspace(annotation: annotation, document: new)
        let analysis = WorkspaceLoader(workspace: Workspace(root: Self.root, fileSystem: fileSystem), git: FakeGit(blobs: [revision: Array(old.utf8)]))
            .load(["Annotations/a.yaml"])
        #expect(analysis.claims.map { $0.anchoring?.tier } == [.orphaned, .moved])
        let fixed = try #require(AnchorFixer.fixes(for: analysis).first)
        #expect(!fixed.changes && fixed.skipped.map(\.claimID) == ["cases"])
        #expect(fixed.revisionKept?.contains("no claim's place is recorded") == true, "\(String(describing: fixed.revisionKept))")
    }

    /// A key that is there with a value Gloss cannot use (a string offset, a list) is left for a
    /// reviewer: inserting it again would write a duplicate key, a file that no longer parses.
    /// (An empty one is filled: see `emptyFieldsAreFilledInPlace`.)
    @Test(arguments: ["start: \"3\"\n      end: '13'", "prefix: [a]\n      suffix: {b: c}"])
    func anUnreadableAnchorKeyIsNotWrittenTwice(_ keys: String) throws {
        let fixed = Self.fix(Self.workspace(annotation: Self.crowd(anchor: "quote: \"185 people gathered\"\n      " + keys)))
        #expect(fixed.skipped.map(\.claimID) == ["crowd"])
        #expect(fixed.skipped.first?.reason.hasSuffix("could not be read; correct it by hand") == true)
        _ = try YAMLParser.parse(fixed.fixed)
    }

    /// Missing keys are inserted although their names stand in the anchor's text: a quote, a
    /// prefix or a comment saying `start:` is not the key (`add` writes a claim without offsets
    /// and with such a prefix when the file's revision is older than the document).
    @Test(arguments: ["quote: \"185 people gathered\"\n      prefix: \"Timeline, start: \"",
                      "quote: \"185 people gathered\"  # print edition, end: page 2, suffix: none"])
    func keyNamesInsideTheAnchorsTextAreNotKeys(_ fields: String) throws {
        let document = "UPDATE.\nTimeline, start: 185 people gathered at the park.\n"
        let fixed = Self.fix(Self.workspace(annotation: Self.crowd(anchor: fields), document: document))
        #expect(fixed.skipped.isEmpty, "\(fixed.skipped)")
        let anchor = try #require(try YAMLParser.parse(fixed.fixed)?["claims"]?.items.first { _ in true }?["anchor"])
        #expect(anchor["start"]?.scalar == "25" && anchor["end"]?.scalar == "44", "\(String(decoding: fixed.fixed, as: UTF8.self))")
    }

    /// An anchor mapping with a YAML anchor of its own cannot take new keys as text (they would go
    /// at the anchor's column): that claim is left alone, said why, and the file's other claims
    /// are still fixed.
    @Test func aClaimWhoseAnchorCarriesAYAMLAnchorDoesNotHoldBackTheOthers() throws {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor: &crowd-anchor
                  quote: 185 people
              - id: park
                kind: location
                anchor:
                  quote: Central Park

            """
        let fixed = Self.fix(Self.workspace(annotation: annotation, document: Self.article))
        #expect(fixed.skipped.map(\.claimID) == ["crowd"])
        #expect(fixed.skipped.first?.reason == "its anchor uses YAML anchors, aliases or tags; update it by hand")
        let park = try #require(try YAMLParser.parse(fixed.fixed)?["claims"]?.sequence?.last?["anchor"])
        #expect(park["start"]?.scalar == "47" && park["end"]?.scalar == "59", "\(String(decoding: fixed.fixed, as: UTF8.self))")
    }

    /// Layouts a text edit can misjudge: two claims sharing one anchor mapping (edited twice
    /// through the alias), an anchor mapping with a YAML anchor of its own (keys inserted at the
    /// anchor's column), a revision held by an alias. Each file is either fixed so that it reads
    /// back right, or left as it was with the claims listed.
    @Test(arguments: [
        """
        gloss: 1
        document: Sources-Docs/a.md
        claims:
          - id: crowd
            kind: number
            anchor: &a1 {quote: "185 people", start: 24, end: 34}
          - id: again
            kind: number
            anchor: *a1
        """,
        """
        gloss: 1
        document: Sources-Docs/a.md
        claims:
          - id: crowd
            kind: number
            anchor: &a1
              quote: "185 people"
        """,
        """
        gloss: 1
        base: &rev 0000000000000000000000000000000000000000
        document: Sources-Docs/a.md
        revision: *rev
        claims: []
        """,
    ])
    func aLayoutTheEditsMisjudgeIsLeftAlone(_ annotation: String) throws {
        let fixed = Self.fix(Self.workspace(annotation: annotation + "\n"))
        let root = try #require(try YAMLParser.parse(fixed.fixed), "the file still parses")
        let original = try #require(try YAMLParser.parse(Array((annotation + "\n").utf8)))
        #expect(original.hasSameContent(as: root, except: ["prefix", "suffix", "start", "end", "revision"]))
        if fixed.changes {
            var decoder = AnnotationFileDecoder(path: "Annotations/a.yaml", maximumClaims: .max)
            let claims = try #require(decoder.decode(root)?.claims)
            #expect(claims.allSatisfy { $0.anchor?.start?.value == 43 && $0.anchor?.end?.value == 53 })
        }
    }

    /// A CRLF file stays CRLF where a block scalar is replaced and where keys follow one.
    @Test func blockScalarsInACRLFFileKeepItsLineBreaks() throws {
        let annotation = [
            "gloss: 1", "document: Sources-Docs/a.md", "claims:", "  - id: crowd", "    kind: number", "    anchor:",
            "      quote: |-", "        185 people", "      suffix: >-", "        gathered at Central", "",
        ].joined(separator: "\r\n")
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.changes)
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        #expect(!text.replacingAll("\r\n", with: "").contains("\n"), "every line break is CRLF: \(text.debugDescription)")
    }

    /// A file written as one flow mapping takes `revision` beside `document:`, inside its braces.
    @Test func aFlowTopLevelTakesTheRevisionInsideItsBraces() throws {
        let annotation = "{gloss: 1, document: Sources-Docs/a.md, claims: [{id: crowd, kind: number, anchor: {quote: 185 people}}]}\n"
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.skipped.isEmpty, "\(fixed.skipped)")
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        let revision = GitBlobID.of(Array(Self.edited.utf8))
        #expect(text.hasPrefix("{gloss: 1, document: Sources-Docs/a.md, revision: \(revision), claims: [{id: crowd"), "\(text)")
        #expect(text.contains("start: 43") && text.contains("end: 53"), "\(text)")
    }

    /// A file whose lines end with a lone CR (as classic Mac OS wrote them) gets its new keys with
    /// the same break, never an LF among CRs.
    @Test(arguments: ["\r", "\r\n", "\n"])
    func addedKeysUseTheFilesLineBreak(_ lineBreak: String) throws {
        let annotation = [
            "gloss: 1", "document: Sources-Docs/a.md", "claims:", "  - id: crowd", "    kind: number", "    anchor:",
            "      quote: 185 people", "",
        ].joined(separator: lineBreak)
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.changes)
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        #expect(text.contains("revision: ") && text.contains("      start: "), "\(text.debugDescription)")
        let others = ["\r", "\r\n", "\n"].filter { $0 != lineBreak }
        #expect(text.replacingAll(lineBreak, with: "").unicodeScalars.allSatisfy { $0 != "\r" && $0 != "\n" },
                "only \(lineBreak.debugDescription), not \(others.map(\.debugDescription)): \(text.debugDescription)")
    }

    /// libyaml counts the blank lines after a block scalar into it; replacing the value keeps them.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func blankLinesAfterABlockScalarStay(_ lineBreak: String) throws {
        let lines = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor:
                  quote: "185 people"
                  suffix: >-
                    gathered at Central

                  # the suffix above is folded
                  start: 24
                  end: 34

            """
        let annotation = lines.replacingAll("\n", with: lineBreak)
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.changes)
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        #expect(text.contains(lineBreak + lineBreak + "      # the suffix above is folded" + lineBreak), "\(text.debugDescription)")
        _ = try YAMLParser.parse(fixed.fixed)
    }

    /// A comment on a block scalar's header line is a reviewer's: the new value takes the
    /// scalar's place and the comment stays after it, on its line.
    @Test func aCommentOnABlockScalarsHeaderStays() throws {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            claims:
              - id: crowd
                kind: number
                anchor:
                  quote: 185 people
                  prefix: |-  # reviewer: copied from the print edition
                    old words
                  suffix: >-\t# keep
                    gathered
                  start: 24
                  end: 34

            """
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.changes)
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("      prefix: \"") && $0.hasSuffix("\"  # reviewer: copied from the print edition") },
                "\(text)")
        #expect(lines.contains { $0.hasPrefix("      suffix: \"") && $0.hasSuffix("\"\t# keep") }, "\(text)")
        #expect(!text.contains("old words") && !text.contains("|-") && !text.contains(">-"), "\(text)")
        _ = try #require(try YAMLParser.parse(fixed.fixed))
    }

    @Test func aMissingRevisionIsInsertedAfterTheDocument() {
        let annotation = "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: []\n"
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(String(decoding: fixed.fixed, as: UTF8.self)
            == "gloss: 1\ndocument: Sources-Docs/a.md\nrevision: \(GitBlobID.of(Array(Self.edited.utf8)))\nclaims: []\n")
    }

    /// `revision:` left empty (or null) is filled in where it is: a second `revision:` key would
    /// make the file unreadable, and the fix was refused for every claim.
    @Test(arguments: ["revision:\n", "revision: ~\n", "revision: null # soon\n", "revision:", "revision: ''\n"])
    func anEmptyRevisionIsFilledIn(written: String) throws {
        let annotation = "gloss: 1\ndocument: Sources-Docs/a.md\n" + written + (written.hasSuffix("\n") ? "claims: []\n" : "")
        let fixed = Self.fix(Self.workspace(annotation: annotation))
        #expect(fixed.skipped.isEmpty, "\(fixed.skipped)")
        let text = String(decoding: fixed.fixed, as: UTF8.self)
        let revision = GitBlobID.of(Array(Self.edited.utf8))
        #expect(text.contains("revision: \(revision)") || text.contains("revision: '\(revision)'"), "\(text.debugDescription)")
        #expect(text.ranges(of: "revision:").count == 1, "\(text.debugDescription)")
        #expect(!written.contains("#") || text.contains("\(revision) # soon"), "\(text.debugDescription)")
    }

    @Test func writesAreRefusedWhenTheFileChangedAfterItWasRead() {
        var fileSystem = Self.workspace(annotation: "gloss: 1\ndocument: Sources-Docs/a.md\n")
        let fixed = Self.fix(fileSystem)
        fileSystem.files["/w/Annotations/a.yaml"] = Array("gloss: 1\n# edited meanwhile\n".utf8)
        #expect(throws: FileSystemError(path: "/w/Annotations/a.yaml", reason: .changedSinceRead)) {
            try fileSystem.write(fixed.fixed, to: "/w/Annotations/a.yaml", expecting: fixed.original)
        }
        #expect(fileSystem.files["/w/Annotations/a.yaml"] == Array("gloss: 1\n# edited meanwhile\n".utf8))
    }

    @Test(arguments: [("plain text", "plain text"), ("185", "\"185\""), ("a: b", "\"a: b\""), ("line\nbreak", "\"line\\nbreak\""),
                      (" padded", "\" padded\""), ("true", "\"true\""), ("- item", "\"- item\""), ("it's", "it's"), ("8c182f08", "8c182f08"), ("2022-10-03", "\"2022-10-03\""), ("1e3", "\"1e3\""),
                      // What YAML 1.1 readers (PyYAML, yamllint) would take for a number, a time or a key.
                      ("0b11", "\"0b11\""), ("2022-10-03T12:00:00Z", "\"2022-10-03T12:00:00Z\""), ("2022-1-3t1:00:00", "\"2022-1-3t1:00:00\""),
                      ("=", "\"=\""), ("<<", "\"<<\""), ("2022-10-03 news", "2022-10-03 news"), ("0bituary", "\"0bituary\"")])
    func valuesAreWrittenPlainOnlyWhenSafe(value: String, rendered: String) {
        #expect(YAMLScalarWriter.render(value, style: .plain, inFlow: false) == rendered)
        let parsed = try? YAMLParser.parse(Array("k: \(YAMLScalarWriter.render(value, style: .plain, inFlow: true))\n".utf8))
        #expect(parsed?["k"]?.scalar == value)
    }

    /// Marks that reorder a line in editors and diffs (a right-to-left override from the article
    /// in a recorded context) are written as escapes, in every style, and read back as they were.
    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}"])
    func bidirectionalControlsAreWrittenAsEscapes(mark: String) throws {
        let value = "cases on \(mark)October 2"
        for style in [YAMLScalarStyle.plain, .singleQuoted, .doubleQuoted] {
            let written = YAMLScalarWriter.render(value, style: style, inFlow: false)
            #expect(!written.unicodeScalars.contains(mark.unicodeScalars.first!), "\(written.debugDescription)")
            #expect(written.contains("\\u"), "\(written.debugDescription)")
            #expect(try YAMLParser.parse(Array("k: \(written)\n".utf8))?["k"]?.scalar == value)
        }
        #expect(YAMLScalarWriter.render("שלום עולם", style: .plain, inFlow: false) == "שלום עולם", "right-to-left text itself stays")
    }

    @Test func singleQuotedValuesStaySingleQuotedWhenTheyCan() {
        #expect(YAMLScalarWriter.render("it's", style: .singleQuoted, inFlow: false) == "'it''s'")
        #expect(YAMLScalarWriter.render("a\tb", style: .singleQuoted, inFlow: false) == "\"a\\tb\"")
    }
}
