import Foundation
import GlossCore
import Testing

/// `ClaimAppender` on the layouts annotation files come in: claims given as the lines of
/// unindented mappings, as `gloss import` writes them.
@Suite struct ClaimAppenderLayoutTests {
    func appending(_ claims: [String], to text: String?, document: String) throws(ClaimAppendError) -> String {
        let lines = claims.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        return String(decoding: try ClaimAppender.append(lines: lines, to: text.map { Array($0.utf8) }, document: document),
                      as: UTF8.self)
    }

    static let claims = ["id: b\nkind: number\nanchor:\n  quote: \"250\"", "id: c\nkind: date\nanchor:\n  quote: \"May\""]
    static let appended = """
          - id: b
            kind: number
            anchor:
              quote: "250"
          - id: c
            kind: date
            anchor:
              quote: "May"

        """

    /// A file the append would take past a limit is refused with the limit named: a check would
    /// refuse it whole, and none of its claims, old or new, would be checked.
    @Test func appendingPastALimitIsRefused() throws {
        let lines = Self.claims.map { $0.split(separator: "\n").map(String.init) }
        let file = Array("gloss: 1\ndocument: a.md\nclaims:\n  - id: a\n    anchor: {quote: x}\n".utf8)
        var limits = Limits()
        limits.maxClaimsPerFile = 2
        #expect(throws: ClaimAppendError.self) { try ClaimAppender.append(lines: lines, to: file, document: "a.md", limits: limits) }
        do {
            _ = try ClaimAppender.append(lines: lines, to: file, document: "a.md", limits: limits)
        } catch {
            #expect(error.message == "the file would hold 3 claims, over the limit of 2 (`max_claims_per_file`); "
                        + "a check would refuse the file, so nothing was written")
        }
        do {
            _ = try ClaimAppender.append(lines: lines, to: nil, document: "a.md", limits: limits)
            limits.yaml.maxFileBytes = 64
            _ = try ClaimAppender.append(lines: lines, to: nil, document: "a.md", limits: limits)
            Issue.record("a new file over the size limit was written")
        } catch {
            #expect(error.message.hasPrefix("the file would be "), "\(error.message)")
            #expect(error.message.contains("over the limit of 64 (`max_file_bytes`)"))
        }
        /// Why appending to `file` within a node limit of `maxNodes` is refused.
        func refusal(maxNodes: Int) -> String? {
            var limits = Limits()
            limits.yaml.maxNodes = maxNodes
            do {
                _ = try ClaimAppender.append(lines: lines, to: file, document: "a.md", limits: limits)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(refusal(maxNodes: 16)?.hasPrefix("read back, the file has more than 16 values") == true, "\(String(describing: refusal(maxNodes: 16)))")
        // A file already past a limit is said to be, not to be invalid YAML.
        #expect(refusal(maxNodes: 12)?.hasPrefix("the file has more than 12 values") == true, "\(String(describing: refusal(maxNodes: 12)))")
        #expect(try ClaimAppender.append(lines: lines, to: file, document: "a.md").count > file.count)
    }

    @Test func appendsAfterTheLastClaimKeepingCommentsAndWhatFollows() throws {
        let text = """
            # kept
            gloss: 1
            document: a.md   # kept too
            claims:
              - id: a   # first
                kind: number
                anchor: {quote: "185"}

              # trailing comment
            title: After

            """
        let result = try appending(Self.claims, to: text, document: "a.md")
        // New claims follow the last claim's own lines; blank lines and comments after it stay after.
        #expect(result == text.replacingOccurrences(of: "\n\n  # trailing comment", with: "\n" + Self.appended.dropLast() + "\n\n  # trailing comment"))
    }

    /// A last claim whose last value is an alias ends where the alias is written, not where the
    /// anchored value it repeats is (earlier in the file): the new claims go after it.
    @Test(arguments: ["    attributed_to: *police\n", "    anchor: {quote: x}\n    place: *p\n"])
    func aLastClaimEndingInAnAliasIsAppendedAfter(_ last: String) throws {
        let text = "gloss: 1\ndocument: a.md\nx: &p lanzhou\nclaims:\n  - id: a\n    anchor: {quote: \"185\"}\n"
            + "    attributed_to: &police police\n  - id: z\n" + last
        #expect(try appending(Self.claims, to: text, document: "a.md") == text + Self.appended)
    }

    /// Comments under the last claim, indented as its keys are (a reviewer's note, the notes
    /// `import` writes), stay with it: the new claims go after them, not between.
    @Test func commentsIndentedUnderTheLastClaimStayWithIt() throws {
        let text = """
            gloss: 1
            document: a.md
            claims:
              - id: a
                kind: number
                anchor: {quote: "185"}
                # alice: the budget office says 190; do not mark supported yet

                # note (imported): see the bulletin
              # about the list
            title: After

            """
        let result = try appending(Self.claims, to: text, document: "a.md")
        let kept = "    # note (imported): see the bulletin\n"
        #expect(result == text.replacingOccurrences(of: kept, with: kept + Self.appended), "\(result)")
    }

    /// Offsets count in the text `revision:` names; claims added when the file records an older
    /// one are written without them (a check would carry them across the edits since, onto
    /// other words), to be found by quote and context until `gloss fix` records them.
    @Test(arguments: [("revision: aaa\n", false), ("revision: bbb\n", true), ("", true), ("revision:\n", true)])
    func offsetsAreWrittenOnlyForTheRevisionTheFileRecords(_ recorded: String, keepsOffsets: Bool) throws {
        let file = "gloss: 1\ndocument: a.md\n\(recorded)claims:\n  - id: a\n    anchor: {quote: x, start: 1, end: 2}\n"
        let draft = ClaimDraft(id: "b", kind: .number, quote: "185", prefix: "was ", suffix: " people", range: 14..<17)
        let result = String(decoding: try ClaimAppender.append([draft], to: Array(file.utf8), document: "a.md", revision: "bbb"),
                            as: UTF8.self)
        let added = String(result.dropFirst(file.count))
        #expect(added.contains("quote: \"185\"") || added.contains("quote: 185"), "\(added)")
        #expect(added.contains("start: 14") == keepsOffsets && added.contains("end: 17") == keepsOffsets, "\(added)")
        #expect(result.hasPrefix(file) && added.contains("prefix: ") && added.contains("suffix: "), "\(result)")
        let other = ClaimAppender.otherRevision(recordedIn: Array(file.utf8), than: "bbb", limits: YAMLLimits())
        #expect((other == nil) == keepsOffsets)
    }

    @Test func appendsAtTheEndOfAFileWithoutAFinalLineBreak() throws {
        let text = "gloss: 1\ndocument: a.md\nclaims:\n- id: a\n  kind: number"
        let result = try appending(["id: b"], to: text, document: "a.md")
        #expect(result == text + "\n- id: b\n")
    }

    @Test func startsAListWhereThereIsNone() throws {
        let empty = try appending(["id: b"], to: "gloss: 1\ndocument: a.md\nclaims: []  # none yet\n", document: "a.md")
        // The comment stays on the `claims:` line, rather than seeming to be about the new claim.
        #expect(empty == "gloss: 1\ndocument: a.md\nclaims:  # none yet\n  - id: b\n")
        let null = try appending(["id: b"], to: "gloss: 1\nclaims:\ndocument: a.md\n", document: "a.md")
        #expect(null == "gloss: 1\nclaims:\n  - id: b\ndocument: a.md\n")
        let missing = try appending(["id: b"], to: "gloss: 1\ndocument: a.md", document: "a.md")
        #expect(missing == "gloss: 1\ndocument: a.md\nclaims:\n  - id: b\n")
    }

    /// The last claim ends in an alias, whose range is its anchor's, earlier in the file: the new
    /// claim must not land inside the claim that holds the anchor. What cannot be appended as
    /// text without changing the other claims is refused.
    @Test func anAliasAtTheEndOfTheLastClaimIsNoPlaceToAppend() throws {
        let text = """
            gloss: 1
            document: a.md
            claims:
              - id: crowd
                place: &park central-park
                summary: first
              - id: second
                place: *park

            """
        do {
            let result = try appending(["id: b"], to: text, document: "a.md")
            let claims = try #require(try YAMLParser.parse(Array(result.utf8))?["claims"]?.sequence)
            #expect(claims.map { $0["id"]?.scalar } == ["crowd", "second", "b"])
            #expect(claims.first?["summary"]?.scalar == "first")
        } catch {
            #expect(error as? ClaimAppendError == .layout)
        }
    }

    /// A file ending in a block note with no final line break: appending would join the note's
    /// text, so it is refused at the note's place, with what to do; with the line break it works.
    @Test(arguments: ["|", ">", "|-"])
    func aFileEndingInABlockScalarWithoutALineBreakIsRefusedAtIt(_ indicator: String) throws {
        let text = "gloss: 1\ndocument: a.md\nclaims:\n  - id: a\n    note: \(indicator)\n      Could not reach the clerk.\n      Tried twice."
        #expect(throws: ClaimAppendError.blockScalarAtEnd(TextPosition(offset: 52, line: 5, column: 11))) {
            try appending(["id: b"], to: text, document: "a.md")
        }
        #expect(ClaimAppendError.blockScalarAtEnd(TextPosition(offset: 52, line: 5, column: 11)).message
            .contains("at 5:11 with no line break after it"))
        let ended = try appending(["id: b"], to: text + "\n", document: "a.md")
        #expect(try YAMLParser.parse(Array(ended.utf8))?["claims"]?.sequence?.count == 2)
        // Claims that go before the block text, which another key holds after the list, join nothing.
        let titled = "gloss: 1\ndocument: a.md\nclaims:\n  - id: a\ntitle: \(indicator)\n  A long title"
        let before = try appending(["id: b"], to: titled, document: "a.md")
        #expect(try YAMLParser.parse(Array(before.utf8))?["claims"]?.sequence?.count == 2)
        #expect(before.hasSuffix("title: \(indicator)\n  A long title"))
        // Plain text at the end joins nothing: a line break is added before the claims.
        let plain = try appending(["id: b"], to: "gloss: 1\ndocument: a.md\nclaims:\n  - id: a", document: "a.md")
        #expect(try YAMLParser.parse(Array(plain.utf8))?["claims"]?.sequence?.count == 2)
    }

    /// A null written out is replaced: left in place, `claims: ~` followed by a list does not parse.
    @Test(arguments: ["~", "null", "Null", "NULL"])
    func replacesANullWrittenOut(_ null: String) throws {
        let result = try appending(["id: b"], to: "gloss: 1\nclaims: \(null)\ndocument: a.md\n", document: "a.md")
        #expect(result == "gloss: 1\nclaims:\n  - id: b\ndocument: a.md\n")
        #expect(try YAMLParser.parse(Array(result.utf8))?.mapping?.first { $0.key.scalar == "claims" }?.value.sequence?.count == 1)
    }

    @Test func createsAFileThatDoesNotExist() throws {
        let created = try appending(Self.claims, to: nil, document: "Sources-Docs/a b.md")
        #expect(created == "gloss: 1\ndocument: Sources-Docs/a b.md\nclaims:\n" + Self.appended)
        #expect(try YAMLParser.parse(Array(created.utf8))?["claims"]?.sequence?.count == 2)
    }

    @Test func keepsAByteOrderMark() throws {
        let result = try appending(["id: b"], to: "\u{FEFF}gloss: 1\ndocument: a.md\nclaims: []\n", document: "a.md")
        #expect(result == "\u{FEFF}gloss: 1\ndocument: a.md\nclaims:\n  - id: b\n")
        // Given its document, the file keeps its mark too.
        #expect(try appending(["id: b"], to: "\u{FEFF}gloss: 1\n", document: "a.md") == "\u{FEFF}gloss: 1\ndocument: a.md\nclaims:\n  - id: b\n")
    }

    @Test func refusesWhatItCannotAppendToAsText() {
        #expect(throws: ClaimAppendError.self) {
            try appending(["id: b"], to: "claims: [{id: a}]\n", document: "a.md")
        }
        #expect(throws: ClaimAppendError.self) {
            try appending(["id: b"], to: "- just a list\n", document: "a.md")
        }
        #expect(throws: ClaimAppendError.self) {
            try appending(["id: b"], to: "claims: [\n", document: "a.md")
        }
    }

    @Test func quotedScalarsReadBackAsWritten() throws {
        for value in ["plain", "no", "- item", "# note", " lead", "say \"hi\" \\ back", "line\nbreak\ttab", "\u{2028}\u{85}\u{7}",
                      "“curly” 兰州 👍🏽", ""] {
            let node = try YAMLParser.parse(Array("key: \(YAMLScalarWriter.doubleQuoted(value))\n".utf8))
            #expect(node?["key"]?.scalar == value)
        }
    }
}
