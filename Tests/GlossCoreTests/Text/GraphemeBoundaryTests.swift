import Testing

@testable import GlossCore

@Suite("SourceText: grapheme boundaries")
struct GraphemeBoundaryTests {
    @Test func emojiSequencesAreNotSplit() {
        let text = SourceText("a👍🏽b🇨🇳c😀")
        #expect(text.isGraphemeBoundary(at: 1))
        #expect(!text.isGraphemeBoundary(at: 2))  // between 👍 and its skin tone
        #expect(text.isGraphemeBoundary(at: 3))
        #expect(!text.isGraphemeBoundary(at: 5))  // between the regional indicators of 🇨🇳
        #expect(text.isGraphemeBoundary(at: 8))
        #expect(text.isGraphemeBoundary(at: 8))  // the end of the text
    }

    @Test func ends() {
        let text = SourceText("ab")
        #expect(text.isGraphemeBoundary(at: 0))
        #expect(text.isGraphemeBoundary(at: 2))
        #expect(!text.isGraphemeBoundary(at: -1))
        #expect(!text.isGraphemeBoundary(at: 3))
        #expect(SourceText("").isGraphemeBoundary(at: 0))
    }

    @Test func crlfAndCombiningMarks() {
        let text = SourceText("e\u{301}\r\n兰")
        #expect(!text.isGraphemeBoundary(at: 1))
        #expect(text.isGraphemeBoundary(at: 2))
        #expect(!text.isGraphemeBoundary(at: 3))
        #expect(text.isGraphemeBoundary(at: 4))
    }

    /// Agrees with Swift's own segmentation of the whole text, which it avoids running, on text
    /// that exercises every rule of UAX #29 in the middle of common scalars.
    @Test func agreesWithCharacterSegmentation() {
        let samples = [
            "e\u{301}\u{302}", "\r\n", "\n\r", "👨‍👩‍👧", "🇨🇳🇺🇸🇫🇷", "🇨🇳🇺", "1\u{FE0F}\u{20E3}", "👍🏽",
            "\u{1100}\u{1161}\u{11A8}", "한국어", "क्षि", "กำ", "\u{0600}1", "a\u{200D}b", "\u{200B}",
            "ﾊﾟ", "か\u{3099}", "©\u{FE0F}", "Ελλάδα", "Россия\u{483}", "〰️", "\t\u{7F}",
        ]
        let string = samples.map { "ab\($0)兰州\($0)，“x”\($0)\($0)" }.joined() + "é"
        let text = SourceText(string)
        var boundaries: Set<Int> = [0]
        var offset = 0
        for character in string {
            offset += character.unicodeScalars.count
            boundaries.insert(offset)
        }
        for offset in 0...text.scalarCount {
            #expect(text.isGraphemeBoundary(at: offset) == boundaries.contains(offset), "offset \(offset)")
        }
    }
}
