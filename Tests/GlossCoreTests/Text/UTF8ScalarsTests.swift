import Testing

@testable import GlossCore

/// Reading scalars from UTF-8 in place, as the exact tier compares a selector with the text at
/// its recorded offsets: every width of UTF-8, and a mismatch at each.
@Suite("Text: scalars read from UTF-8 in place")
struct UTF8ScalarsTests {
    /// One, two, three and four bytes a scalar: ASCII, Latin, CJK and punctuation, an emoji.
    static let mixed = "a é 兰州 “185” 👍🏽"

    static func spells(_ string: String, _ scalars: [Unicode.Scalar], from offset: Int = 0) -> Bool {
        SourceText(String(String.UnicodeScalarView(scalars)))
            .spells(string, at: offset..<(offset + string.unicodeScalars.count), after: "", before: "")
    }

    @Test func countsScalarsNotBytes() {
        #expect(UTF8Scalars.count(in: Array(Self.mixed.utf8)) == Self.mixed.unicodeScalars.count)
        #expect(UTF8Scalars.count(in: [UInt8]()) == 0)
    }

    @Test func spellsTheSameScalarsAtAnyOffset() {
        let scalars = Array(("前文" + Self.mixed).unicodeScalars)
        #expect(Self.spells(Self.mixed, scalars, from: 2))
        #expect(!Self.spells(Self.mixed, scalars, from: 1))
    }

    @Test(arguments: ["b é 兰州 “185” 👍🏽", "a e 兰州 “185” 👍🏽", "a é 兰洲 “185” 👍🏽", "a é 兰州 \"185” 👍🏽", "a é 兰州 “185” 👍🏻"])
    func aDifferenceInAScalarOfAnyWidthIsNoMatch(_ other: String) {
        #expect(other.unicodeScalars.count == Self.mixed.unicodeScalars.count)
        #expect(!Self.spells(other, Array(Self.mixed.unicodeScalars)))
    }
}
