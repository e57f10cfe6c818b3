import GlossCore
import Testing

@Suite struct YAMLPositionTests {
    @Test func keysValuesAndItemsHaveTheirPositions() throws {
        let text = "claims:\n  - id: one\n    kind: quote\n  - id: two\n"
        let root = try yamlDocument(text)
        let claims = try #require(root.pair(forKey: "claims"))
        #expect(claims.key.range == TextRange(
            start: TextPosition(offset: 0, line: 1, column: 1),
            end: TextPosition(offset: 6, line: 1, column: 7)
        ))
        let items = try #require(claims.value.sequence)
        let kind = try #require(items[0].pair(forKey: "kind"))
        #expect(kind.key.range.start == TextPosition(offset: 24, line: 3, column: 5))
        #expect(kind.value.range.start == TextPosition(offset: 30, line: 3, column: 11))
        #expect(yamlSlice(text, kind.value.range) == "quote")
        // A block mapping in a sequence starts at its first key, not at the dash.
        #expect(items[1].range.start == TextPosition(offset: 40, line: 4, column: 5))
        expectYAMLPositionsConsistent(root, in: text)
    }

    @Test func quotedScalarsIncludeTheirQuotes() throws {
        let text = "a: \"say \\\"hi\\\"\"\nb: 'it''s'\n"
        let root = try yamlDocument(text)
        #expect(yamlSlice(text, try #require(root["a"]).range) == "\"say \\\"hi\\\"\"")
        #expect(root["a"]?.scalar == "say \"hi\"")
        #expect(yamlSlice(text, try #require(root["b"]).range) == "'it''s'")
        #expect(root["b"]?.scalar == "it's")
    }

    @Test func blockScalarsRunFromTheIndicatorPastTheirLastLineBreak() throws {
        let text = "note: |\n  line one\n  line two\nnext: >-\n  folded\n  text\n"
        let root = try yamlDocument(text)
        let note = try #require(root["note"])
        #expect(yamlSlice(text, note.range) == "|\n  line one\n  line two\n")
        #expect(note.range.end == TextPosition(offset: 30, line: 4, column: 1))
        #expect(yamlSlice(text, try #require(root["next"]).range) == ">-\n  folded\n  text\n")
        #expect(root["next"]?.scalar == "folded text")
    }

    @Test func collectionRanges() throws {
        let text = "x:\n  - a\n  - [b, c]\n# trailing comment\n\ny: {k: v}\n"
        let root = try yamlDocument(text)
        let x = try #require(root["x"])
        // A block collection starts at its first indicator and ends with its last node, before
        // the comment and blank line that follow it (libyaml ends it where the next token starts).
        #expect(x.range.start == TextPosition(offset: 5, line: 2, column: 3))
        #expect(yamlSlice(text, x.range) == "- a\n  - [b, c]")
        #expect(yamlSlice(text, try #require(x.sequence?[1]).range) == "[b, c]")
        #expect(yamlSlice(text, try #require(root["y"]).range) == "{k: v}")
        #expect(root.range.start == .start)
        #expect(root.range.end.offset == text.unicodeScalars.count - 1)
        expectYAMLPositionsConsistent(root, in: text)
    }

    @Test func anchorsAndTagsArePartOfTheNodesRange() throws {
        let text = "a: &x 1\nb: !!str 2\n"
        let root = try yamlDocument(text)
        #expect(yamlSlice(text, try #require(root["a"]).range) == "&x 1")
        #expect(yamlSlice(text, try #require(root["b"]).range) == "!!str 2")
    }

    @Test func offsetsAndColumnsCountUnicodeScalarsNotBytes() throws {
        // In UTF-8 `url` starts at byte 21, in UTF-16 at unit 15; in scalars it is 14.
        let text = "{title: 兰州 😀, url: \"https://example.org\"}\n"
        let root = try yamlDocument(text)
        let url = try #require(root.pair(forKey: "url"))
        #expect(url.key.range.start == TextPosition(offset: 14, line: 1, column: 15))
        #expect(root["title"]?.scalar == "兰州 😀")
        #expect(root["title"]?.range.end == TextPosition(offset: 12, line: 1, column: 13))
        expectYAMLPositionsConsistent(root, in: text)
    }

    @Test func positionsAfterWideCharactersOnEarlierLines() throws {
        let text = "title: 兰州 😀 x\nsource: 希望之声\nitems: [\"😀😀\", 澎湃新闻]\n"
        let root = try yamlDocument(text)
        #expect(root["title"]?.range == TextRange(
            start: TextPosition(offset: 7, line: 1, column: 8),
            end: TextPosition(offset: 13, line: 1, column: 14)
        ))
        #expect(root.pair(forKey: "source")?.key.range.start == TextPosition(offset: 14, line: 2, column: 1))
        let items = try #require(root["items"]?.sequence)
        #expect(items[1].range.start == TextPosition(offset: 41, line: 3, column: 15))
        #expect(yamlSlice(text, items[0].range) == "\"😀😀\"")
        expectYAMLPositionsConsistent(root, in: text)
    }

    @Test func crlfLineEndings() throws {
        let text = "a: 1\r\n\r\nb:\r\n  - \"p\"\r\n  - |\r\n    block\r\n  - \"two\r\n    lines\"\r\nc: 2\r\n"
        let root = try yamlDocument(text)
        #expect(root.pair(forKey: "b")?.key.range.start == TextPosition(offset: 8, line: 3, column: 1))
        let items = try #require(root["b"]?.sequence)
        #expect(items[0].range.start == TextPosition(offset: 16, line: 4, column: 5))
        #expect(yamlSlice(text, items[0].range) == "\"p\"")
        #expect(items[1].scalar == "block\n")
        #expect(items[2].scalar == "two lines")
        #expect(root.pair(forKey: "c")?.key.range.start.line == 9)
        expectYAMLPositionsConsistent(root, in: text)
    }

    @Test func byteOrderMarkIsNotCounted() throws {
        let text = "k: v\nk2: 兰\n"
        let root = try #require(try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(root.pair(forKey: "k")?.key.range.start == .start)
        #expect(root["k"]?.range.start == TextPosition(offset: 3, line: 1, column: 4))
        #expect(root["k2"]?.range.start == TextPosition(offset: 9, line: 2, column: 5))
    }

    @Test(arguments: ["\u{85}", "\u{2028}", "\u{2029}"])
    func unicodeLineSeparatorsDoNotStartLines(separator: String) throws {
        // libyaml starts a new line at NEL, LS and PS; editors, LSP and SARIF do not.
        let text = "a: x\(separator) y\nb: 兰\n"
        let root = try yamlDocument(text)
        #expect(root.pair(forKey: "b")?.key.range.start == TextPosition(offset: 8, line: 2, column: 1))
        #expect(root["b"]?.range.start == TextPosition(offset: 11, line: 2, column: 4))
        expectYAMLPositionsConsistent(root, in: text)
    }

    /// The scan for them skips ASCII eight bytes at a time: a separator anywhere in or across
    /// those steps is still found.
    @Test(arguments: 0..<17)
    func unicodeLineSeparatorsAreFoundAtAnyOffset(_ run: Int) throws {
        for separator in ["\u{85}", "\u{2028}", "\u{2029}"] {
            let text = "a: " + String(repeating: "x", count: run) + separator + " y\nb: 1\n"
            let root = try yamlDocument(text)
            #expect(root.pair(forKey: "b")?.key.range.start.line == 2)
        }
    }

    @Test func errorPositionsAfterAUnicodeLineSeparatorAreCorrected() throws {
        let error = try #require(yamlError("a: x\u{2028} y\nb: [1,\n"))
        #expect(error.position == TextPosition(offset: 15, line: 3, column: 1))
    }

    /// A file cut short without a final line break: libyaml puts the error on a line after the
    /// last; it is at the end of the last line, where an editor can show it. With the line break,
    /// the line after it is where the text ends.
    @Test func anErrorAtTheEndOfTextWithoutALineBreakIsOnTheLastLine() throws {
        let cut = try #require(yamlError("gloss: 1\nclaims: ["))
        #expect(cut.position == TextPosition(offset: 18, line: 2, column: 10))
        let ended = try #require(yamlError("gloss: 1\nclaims: [\n"))
        #expect(ended.position == TextPosition(offset: 19, line: 3, column: 1))
    }
}
