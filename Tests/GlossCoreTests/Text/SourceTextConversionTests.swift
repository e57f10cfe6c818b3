import Testing

@testable import GlossCore

@Suite("SourceText: conversions to other encodings")
struct SourceTextConversionTests {
    /// CJK, emoji of one and two scalars, a flag, a combining mark, every kind of line break, and
    /// long enough (repeated) to cross many code-unit checkpoints.
    static let mixed: String = {
        let unit = "Lanzhou 兰州 😀 👍🏽 🇨🇳 e\u{301}\r\nab\rc\n\n《澎湃新闻》«x»\t"
        return String(repeating: unit, count: 12) + "end"
    }()

    @Test func emojiWidths() {
        let text = SourceText("a😀b")
        #expect(text.codeUnitOffset(at: 2, in: .utf16) == 3)
        #expect(text.codeUnitOffset(at: 2, in: .utf8) == 5)
        #expect(text.codeUnitOffset(at: 2, in: .utf32) == 2)
        #expect(text.column(at: 3, in: .utf16) == 5)
        #expect(text.column(at: 3, in: .utf8) == 7)
        #expect(text.offset(line: 1, column: 4, in: .utf16) == 2)
        #expect(text.offset(line: 1, column: 3, in: .utf16) == nil)  // between the surrogates
        #expect(text.offset(line: 1, column: 4, in: .utf8) == nil)  // inside the 4 bytes
        #expect(text.offset(atCodeUnit: 2, in: .utf16) == nil)
        #expect(text.offset(atCodeUnit: 6, in: .utf8) == 3)
    }

    @Test func cjkIsOneUTF16UnitAndThreeBytes() {
        let text = SourceText("x兰州\n澎湃")
        #expect(text.column(at: 3, in: .utf16) == 4)
        #expect(text.column(at: 3, in: .utf8) == 8)
        #expect(text.column(at: 5, in: .utf8) == 4)  // line 2, after 澎
        #expect(text.offset(line: 2, column: 4, in: .utf8) == 5)
        #expect(text.offset(line: 2, column: 7, in: .utf8) == 6)
    }

    @Test func columnsClampOffsetsAndRejectPositionsPastTheLine() {
        let text = SourceText("ab\n😀")
        #expect(text.column(at: 99, in: .utf16) == 3)
        #expect(text.offset(line: 2, column: 3, in: .utf16) == 4)
        #expect(text.offset(line: 2, column: 4, in: .utf16) == nil)
        #expect(text.offset(atCodeUnit: -1, in: .utf8) == nil)
        #expect(text.offset(atCodeUnit: 8, in: .utf8) == nil)
        #expect(text.offset(atCodeUnit: 7, in: .utf8) == 4)
    }

    @Test func encodingNamesAreTheLSPPositionEncodingKinds() {
        #expect(TextEncodingUnit(rawValue: "utf-16") == .utf16)
        #expect(TextEncodingUnit.allCases.map(\.rawValue) == ["utf-8", "utf-16", "utf-32"])
    }

    @Test func everyConversionRoundTripsAtEveryOffset() {
        let text = SourceText(Self.mixed)
        let scalars = Array(Self.mixed.unicodeScalars)
        var line = 1
        var column = 1
        for offset in 0...scalars.count {
            let prefix = String(String.UnicodeScalarView(scalars[0..<offset]))
            let position = text.position(at: offset)
            #expect(position == TextPosition(offset: offset, line: line, column: column))
            #expect(text.offset(line: line, column: column) == offset)
            #expect(text.codeUnitOffset(at: offset, in: .utf8) == prefix.utf8.count)
            #expect(text.codeUnitOffset(at: offset, in: .utf16) == prefix.utf16.count)
            for unit in TextEncodingUnit.allCases {
                let codeUnitOffset = text.codeUnitOffset(at: offset, in: unit)
                #expect(text.offset(atCodeUnit: codeUnitOffset, in: unit) == offset)
                let unitColumn = text.column(at: offset, in: unit)
                #expect(text.offset(line: line, column: unitColumn, in: unit) == offset)
            }
            if offset < scalars.count {
                let isBreak = scalars[offset] == "\n"
                    || (scalars[offset] == "\r" && (offset + 1 == scalars.count || scalars[offset + 1] != "\n"))
                (line, column) = isBreak ? (line + 1, 1) : (line, column + 1)
            }
        }
    }

    @Test func codeUnitOffsetsInsideAScalarHaveNoScalarOffset() {
        let text = SourceText(Self.mixed)
        for unit in [TextEncodingUnit.utf8, .utf16] {
            let starts = Set((0...text.scalarCount).map { text.codeUnitOffset(at: $0, in: unit) })
            let total = text.codeUnitOffset(at: text.scalarCount, in: unit)
            for codeUnitOffset in 0...(total + 1) {
                #expect((text.offset(atCodeUnit: codeUnitOffset, in: unit) != nil) == starts.contains(codeUnitOffset))
            }
        }
    }
}
