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

    @Test func aSpanRunningOnMarksTheRestOfItsLine() {
        var texts = SourceTexts(bytes: ["a.yaml": Array("key: |\n  text\n".utf8)])
        let location = Location(path: "a.yaml", range: TextRange(start: TextPosition(offset: 5, line: 1, column: 6),
                                                                 end: TextPosition(offset: 14, line: 3, column: 1)))
        #expect(texts.snippet(for: location) == " 1 | key: |\n   |      ^\n")
    }

    @Test func nothingIsShownForAFileOrLineThatIsNotThere() {
        var texts = SourceTexts(bytes: ["a.yaml": Array("one line".utf8)])
        let past = TextPosition(offset: 40, line: 3, column: 1)
        #expect(texts.snippet(for: Location(path: "a.yaml", range: TextRange(at: past))).isEmpty)
        #expect(texts.snippet(for: Location(path: "b.yaml", range: TextRange(at: .start))).isEmpty)
    }
}
