import GlossCore
@testable import GlossReports
import Testing

/// The line a text report shows under each finding is found in the file's bytes; these pin it to
/// the lines the YAML parser counts, whatever ends them.
@Suite struct SnippetTests {
    @Test(arguments: [
        ("first\nsecond\nthird", ["first", "second", "third"]),
        ("first\r\nsecond\r\nthird\r\n", ["first", "second", "third", ""]),
        ("first\rsecond\r\rthird", ["first", "second", "", "third"]),
        ("first\r\r\nsecond\n\r", ["first", "", "second", "", ""]),
        ("\u{FEFF}first\nsecond", ["first", "second"]),
        ("", [""]),
        ("兰州 😀\nlast", ["兰州 😀", "last"]),
    ])
    func linesEndWhereTheParserEndsThem(_ text: String, _ lines: [String]) {
        let found = ByteLines(Array(text.utf8))
        #expect((1...lines.count).map { found.line($0) } == lines)
        #expect(found.line(0) == nil)
        #expect(found.line(lines.count + 1) == nil)
        // The same lines as the decoded text has.
        let decoded = SourceText(text)
        #expect(decoded.lineCount == lines.count)
        #expect((1...lines.count).map { decoded.line($0) } == lines)
    }

    @Test func aLineThatIsNotUTF8IsNotShownButTheOthersAre() {
        let lines = ByteLines(Array("good\n".utf8) + [0x62, 0xFF, 0x61, 0x64] + Array("\nalso good".utf8))
        #expect(lines.line(1) == "good")
        #expect(lines.line(2) == nil)
        #expect(lines.line(3) == "also good")
    }

    /// Found eight bytes at a time: breaks at every position of a word are still found.
    @Test func breaksAreFoundAtEveryPositionOfALongLine() {
        for position in 0..<20 {
            let text = String(repeating: "a", count: position) + "\n" + String(repeating: "b", count: 19 - position)
            #expect(ByteLines(Array(text.utf8)).line(2) == String(repeating: "b", count: 19 - position))
        }
    }

    @Test func theMarkerKeepsTabsAndWideCharactersBeforeTheSpan() {
        var texts = SourceTexts(bytes: ["a.yaml": Array("x: 1\n\t兰州 claim: x\r\nend".utf8)])
        let location = Location(path: "a.yaml", range: TextRange(start: TextPosition(offset: 9, line: 2, column: 5),
                                                                 end: TextPosition(offset: 14, line: 2, column: 10)))
        #expect(texts.snippet(for: location) == " 2 | \t兰州 claim: x\n   | \t     ^~~~~\n")
    }

    /// A line of printable ASCII and tabs is measured a byte a column; the marker stands where
    /// measuring it scalar by scalar puts it, as it does on the same line with an `é` at its end.
    @Test func aPlainLineIsMarkedAsItIsScalarByScalar() {
        let line = "\tkey:\t a  b"
        var texts = SourceTexts(bytes: ["plain.yaml": Array((line + "\n").utf8), "accented.yaml": Array((line + "é\n").utf8)])
        let count = line.unicodeScalars.count
        for start in 1...(count + 1) {
            for end in start...(count + 1) {
                let range = TextRange(start: TextPosition(offset: start - 1, line: 1, column: start),
                                      end: TextPosition(offset: end - 1, line: 1, column: end))
                let plain = texts.snippet(for: Location(path: "plain.yaml", range: range))
                let accented = texts.snippet(for: Location(path: "accented.yaml", range: range))
                #expect(plain == accented.replacing(line + "é", with: line), "columns \(start) to \(end)")
            }
        }
        let tabs = TextRange(start: TextPosition(offset: 7, line: 1, column: 8), end: TextPosition(offset: 10, line: 1, column: 11))
        #expect(texts.snippet(for: Location(path: "plain.yaml", range: tabs)) == " 1 | \tkey:\t a  b\n   | \t    \t ^~~\n")
    }

    @Test func aSpanRunningOnMarksTheRestOfItsLine() {
        var texts = SourceTexts(bytes: ["a.yaml": Array("key: |\n  text\n".utf8)])
        let location = Location(path: "a.yaml", range: TextRange(start: TextPosition(offset: 5, line: 1, column: 6),
                                                                 end: TextPosition(offset: 14, line: 3, column: 1)))
        #expect(texts.snippet(for: location) == " 1 | key: |\n   |      ^\n")
    }

    /// A file on one line is shown around each finding's span, not whole for each: a thousand
    /// findings in a 260 KB line printed gigabytes.
    @Test func aLongLineIsShownAroundTheSpan() throws {
        let line = (0..<2_000).map { "{id: c\($0), kind: bogus}" }.joined(separator: ", ")
        var texts = SourceTexts(bytes: ["a.yaml": Array(("claims: [" + line + "]\n").utf8)])
        let found = try #require(line.range(of: "kind: bogus}, {id: c1000,"))
        let column = "claims: [".count + found.lowerBound.utf16Offset(in: line) + 7
        let location = Location(path: "a.yaml", range: TextRange(start: TextPosition(offset: column - 1, line: 1, column: column),
                                                                 end: TextPosition(offset: column + 4, line: 1, column: column + 5)))
        let snippet = texts.snippet(for: location)
        let lines = snippet.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].unicodeScalars.count == " 1 | ".count + SourceTexts.shownScalars + 2)
        #expect(lines[0].hasPrefix(" 1 | …") && lines[0].hasSuffix("…"))
        // The marker stands under the span's words.
        let marker = try #require(lines[1].firstIndex(of: "^"))
        let offset = lines[1].distance(from: lines[1].startIndex, to: marker)
        #expect(String(lines[0].dropFirst(offset).prefix(5)) == "bogus", "\(snippet)")
        #expect(lines[1].hasSuffix("^~~~~"))
        // Near the start of a long line, the line is shown from its start.
        let first = Location(path: "a.yaml", range: TextRange(at: TextPosition(offset: 0, line: 1, column: 1)))
        #expect(texts.snippet(for: first).hasPrefix(" 1 | claims: [{id: c0"))
    }

    /// The line shown last is kept for the findings after it on the same line (each decoded the
    /// whole line, and a file of 9,000 claims on one line took two minutes), and only for those.
    @Test func theLastLineIsKeptForItsOwnFileAndLineOnly() {
        var texts = SourceTexts(bytes: ["a.yaml": Array("first: a\nsecond: b\n".utf8), "b.yaml": Array("other: c\n".utf8)])
        func at(_ path: String, _ line: Int) -> Location {
            Location(path: path, range: TextRange(at: TextPosition(offset: 0, line: line, column: 1)))
        }
        #expect(texts.snippet(for: at("a.yaml", 1)).hasPrefix(" 1 | first: a\n"))
        #expect(texts.snippet(for: at("a.yaml", 1)).hasPrefix(" 1 | first: a\n"))
        #expect(texts.snippet(for: at("b.yaml", 1)).hasPrefix(" 1 | other: c\n"))
        #expect(texts.snippet(for: at("a.yaml", 2)).hasPrefix(" 2 | second: b\n"))
        #expect(texts.snippet(for: at("a.yaml", 1)).hasPrefix(" 1 | first: a\n"))
    }

    @Test func nothingIsShownForAFileOrLineThatIsNotThere() {
        var texts = SourceTexts(bytes: ["a.yaml": Array("one line".utf8)])
        let past = TextPosition(offset: 40, line: 3, column: 1)
        #expect(texts.snippet(for: Location(path: "a.yaml", range: TextRange(at: past))).isEmpty)
        #expect(texts.snippet(for: Location(path: "b.yaml", range: TextRange(at: .start))).isEmpty)
    }
}
