import BenchmarkSupport
import Testing

@testable import GlossCore

@Suite("SourceText: decoding, lines and slicing")
struct SourceTextTests {
    @Test func decodesUTF8AndCountsScalars() throws {
        let text = try SourceText(decoding: Array("兰州 😀 👍🏽 🇨🇳".utf8))
        // 兰 州 space 😀 space 👍 🏽 space 🇨 🇳
        #expect(text.scalarCount == 10)
        #expect(text.text(in: 3..<4) == "😀")
        #expect(text.text(in: 5..<7) == "👍🏽")
        #expect(text.text(in: 8..<10) == "🇨🇳")
        #expect(!text.hadByteOrderMark)
    }

    /// Slices are cut from the file's bytes; they must hold exactly the scalars of the range,
    /// across stride checkpoints of the offset index and after a byte order mark.
    @Test func everySliceHoldsItsScalars() throws {
        let sample = "a兰\r\n😀é" + String(repeating: "x", count: 60) + "州👍🏽\u{2028}z"
        for text in [try SourceText(decoding: Array(sample.utf8)), try SourceText(decoding: [0xEF, 0xBB, 0xBF] + Array(sample.utf8))] {
            let scalars = Array(sample.unicodeScalars)
            for start in 0...scalars.count {
                for end in start...scalars.count where end - start < 8 || end == scalars.count {
                    #expect(text.text(in: start..<end) == String(String.UnicodeScalarView(scalars[start..<end])))
                }
            }
        }
    }

    /// The decoder takes ASCII eight bytes at a time and writes into uninitialized storage; on
    /// random bytes (mostly ASCII runs, some multi-byte sequences, some broken ones) it must
    /// decode exactly what the standard library decodes, and stop at the first bad byte.
    @Test func decodingAgreesWithTheStandardLibraryOnRandomBytes() throws {
        var random = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
        let pieces: [[UInt8]] = [Array("abcdefgh".utf8), Array("x".utf8), Array("兰".utf8), Array("é".utf8), Array("😀".utf8),
                                 [0xEF, 0xBB, 0xBF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
                                 Array("\n".utf8), Array("\r".utf8), Array("\r\n".utf8)]
        for _ in 0..<3000 {
            let bytes = (0..<random.next(12)).flatMap { _ in pieces[random.next(10) < 6 ? random.next(2) : random.next(pieces.count)] }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            var reference: [Unicode.Scalar] = []
            var firstBad: Int?
            var input = body.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            var offset = 0
            decoding: while true {
                switch parser.parseScalar(from: &input) {
                case .valid(let encoded):
                    reference.append(Unicode.UTF8.decode(encoded))
                    offset += encoded.count
                case .error:
                    firstBad = offset
                    break decoding
                case .emptyInput:
                    break decoding
                }
            }
            do {
                let text = try SourceText(decoding: bytes)
                #expect(firstBad == nil, "\(bytes) decoded although it is not UTF-8")
                #expect(text.scalars == reference, "\(bytes)")
                // The line starts are found in the same pass: every offset's line and column.
                #expect((0...reference.count).map(text.position(at:)) == (0...reference.count).map { Self.position(at: $0, in: reference) },
                        "\(bytes)")
            } catch {
                let skipped = bytes.count - body.count
                #expect(error == .invalidUTF8(byteOffset: (firstBad ?? -1) + skipped,
                                              position: Self.position(at: reference.count, in: reference)), "\(bytes)")
            }
        }
    }

    /// The line and column of `offset`, counted one scalar at a time: LF, CRLF (one break) and a
    /// lone CR end a line.
    private static func position(at offset: Int, in scalars: [Unicode.Scalar]) -> TextPosition {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let scalar = scalars[index]
            index += 1
            guard scalar == "\n" || scalar == "\r" else { continue }
            // The LF of a CRLF belongs to its CR: an offset between them is still on the CR's line.
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" {
                guard index < offset else { break }
                index += 1
            }
            line += 1
            lineStart = index
        }
        return TextPosition(offset: offset, line: line, column: offset - lineStart + 1)
    }

    @Test func dropsAndRemembersByteOrderMark() throws {
        let text = try SourceText(decoding: [0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8))
        #expect(text.hadByteOrderMark)
        #expect(text.scalarCount == 5)
        #expect(text.text(in: 0..<2) == "ab")
        #expect(text.position(at: 3) == TextPosition(offset: 3, line: 2, column: 1))

        let fromString = SourceText("\u{FEFF}ab\ncd")
        #expect(fromString.hadByteOrderMark)
        #expect(fromString.text(in: 0..<5) == "ab\ncd")
        // Only a leading mark is a byte order mark.
        #expect(SourceText("a\u{FEFF}").scalarCount == 2)
    }

    @Test func reportsInvalidUTF8ByByteOffsetAndPosition() {
        // "兰\r\nab" then a lone continuation byte: byte 7, line 2, column 3, scalar offset 5.
        let bytes = Array("兰\r\nab".utf8) + [0x80] + Array("cd".utf8)
        #expect(throws: SourceTextError.invalidUTF8(
            byteOffset: 7, position: TextPosition(offset: 5, line: 2, column: 3))
        ) {
            try SourceText(decoding: bytes)
        }
    }

    @Test(arguments: [
        ([0xC0, 0xAF], 0),  // overlong "/"
        ([0xED, 0xA0, 0x80], 0),  // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),  // past U+10FFFF
        ([0xFF], 0),
        ([0x61, 0xE4, 0xB8], 1),  // truncated at the end
        ([0x61, 0xE4, 0xB8, 0x62], 1),  // truncated before "b": reported where the sequence begins
    ] as [([UInt8], Int)])
    func rejectsIllFormedSequences(bytes: [UInt8], byteOffset: Int) {
        #expect(throws: SourceTextError.invalidUTF8(
            byteOffset: byteOffset,
            position: TextPosition(offset: byteOffset, line: 1, column: byteOffset + 1))
        ) {
            try SourceText(decoding: bytes)
        }
    }

    @Test func invalidUTF8AfterByteOrderMarkCountsTheMarkInBytesOnly() {
        let error = #expect(throws: SourceTextError.self) {
            try SourceText(decoding: [0xEF, 0xBB, 0xBF, 0x61, 0xFE])
        }
        #expect(error == .invalidUTF8(byteOffset: 4, position: TextPosition(offset: 1, line: 1, column: 2)))
        #expect(error?.message.contains("offset 4") == true)
        #expect(error?.position == TextPosition(offset: 1, line: 1, column: 2))
    }

    @Test func emptyText() throws {
        let text = try SourceText(decoding: [])
        #expect(text.scalarCount == 0)
        #expect(text.lineCount == 1)
        #expect(text.line(1) == "")
        #expect(text.line(2) == "")
        #expect(text.line(0) == "")
        #expect(text.position(at: 0) == .start)
        #expect(text.text(in: 0..<0) == "")
        #expect(text.offset(line: 1, column: 1) == 0)
        #expect(text.offset(line: 1, column: 2) == nil)
    }

    @Test func splitsLinesOnLFCRLFAndLoneCR() {
        let text = SourceText("one\r\ntwo\rthree\nfour")
        #expect(text.lineCount == 4)
        #expect((1...4).map { text.line($0) } == ["one", "two", "three", "four"])
        #expect(text.position(at: 3) == TextPosition(offset: 3, line: 1, column: 4))  // the CR
        #expect(text.position(at: 4) == TextPosition(offset: 4, line: 1, column: 5))  // the LF of CRLF
        #expect(text.position(at: 5) == TextPosition(offset: 5, line: 2, column: 1))
        #expect(text.position(at: 9) == TextPosition(offset: 9, line: 3, column: 1))  // after lone CR
        #expect(text.position(at: 19) == TextPosition(offset: 19, line: 4, column: 5))  // end of text
    }

    @Test func finalLineBreakIsFollowedByAnEmptyLine() {
        let text = SourceText("a\nb\n")
        #expect(text.lineCount == 3)
        #expect(text.line(2) == "b")
        #expect(text.line(3) == "")
        #expect(text.position(at: 4) == TextPosition(offset: 4, line: 3, column: 1))

        let noFinalBreak = SourceText("a\nb")
        #expect(noFinalBreak.lineCount == 2)
        #expect(noFinalBreak.line(2) == "b")
        #expect(noFinalBreak.position(at: 3) == TextPosition(offset: 3, line: 2, column: 2))
    }

    @Test func emptyLinesAndTerminatorsOnly() {
        let text = SourceText("\n\r\n\r")
        #expect(text.lineCount == 4)
        #expect((1...4).map { text.line($0) } == ["", "", "", ""])
    }

    @Test func positionsClampOutOfRangeOffsets() {
        let text = SourceText("ab\ncd")
        #expect(text.position(at: -3) == .start)
        #expect(text.position(at: 99) == TextPosition(offset: 5, line: 2, column: 3))
    }

    @Test func textInRangeRejectsRangesOutsideTheText() {
        let text = SourceText("abc")
        #expect(text.text(in: 0..<3) == "abc")
        #expect(text.text(in: 3..<3) == "")
        #expect(text.text(in: 2..<4) == nil)
        #expect(text.text(in: -1..<1) == nil)
    }

    @Test func offsetFromLineAndColumn() {
        let text = SourceText("ab\r\n兰州\n")
        #expect(text.offset(line: 1, column: 1) == 0)
        #expect(text.offset(line: 1, column: 3) == 2)  // the CR: end of the line's content
        #expect(text.offset(line: 1, column: 4) == 3)  // the LF of the CRLF
        #expect(text.offset(line: 1, column: 5) == nil)  // that is the next line
        #expect(text.offset(line: 2, column: 2) == 5)
        #expect(text.offset(line: 3, column: 1) == 7)
        #expect(text.offset(line: 0, column: 1) == nil)
        #expect(text.offset(line: 4, column: 1) == nil)
        #expect(text.offset(line: 1, column: 0) == nil)
    }

    @Test func rangeOfOffsetsGivesBothEnds() {
        let text = SourceText("ab\ncd")
        #expect(text.range(of: 1..<4) == TextRange(
            start: TextPosition(offset: 1, line: 1, column: 2),
            end: TextPosition(offset: 4, line: 2, column: 2)))
    }

    @Test func lineOfLongText() {
        let lines = (1...500).map { "line \($0) 兰州 😀" }
        let text = SourceText(lines.joined(separator: "\r\n"))
        #expect(text.lineCount == 500)
        #expect(text.line(1) == lines[0])
        #expect(text.line(250) == lines[249])
        #expect(text.line(500) == lines[499])
    }
}
