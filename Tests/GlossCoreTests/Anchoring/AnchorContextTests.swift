import Testing

@testable import GlossCore

@Suite("Anchoring: context written around a span")
struct AnchorContextTests {
    @Test func takesUpToLengthScalarsOnEachSide() {
        let text = SourceText("0123456789abcdefghij")
        let context = Anchorer.context(around: 10..<12, in: text, length: 4)
        #expect(context.prefix == "6789")
        #expect(context.suffix == "cdef")
    }

    @Test func stopsAtTheEndsOfTheText() {
        let text = SourceText("ab兰州cd")
        let context = Anchorer.context(around: 2..<4, in: text)
        #expect(context.prefix == "ab")
        #expect(context.suffix == "cd")
        #expect(Anchorer.context(around: 0..<6, in: text) == ("", ""))
    }

    @Test func defaultLengthIs32Scalars() {
        let text = SourceText(String(repeating: "x", count: 50) + "Q" + String(repeating: "y", count: 50))
        let context = Anchorer.context(around: 50..<51, in: text)
        #expect(context.prefix.unicodeScalars.count == 32)
        #expect(context.suffix.unicodeScalars.count == 32)
    }

    @Test func neverCutsACharacter() {
        // Cutting 2 scalars before "Q" would leave the skin tone without its hand; after "Q" the
        // flag would lose a regional indicator.
        let text = SourceText("👍🏽Q🇨🇳")
        let context = Anchorer.context(around: 2..<3, in: text, length: 1)
        #expect(context.prefix == "")
        #expect(context.suffix == "")
        #expect(Anchorer.context(around: 2..<3, in: text, length: 2) == ("👍🏽", "🇨🇳"))
    }

    @Test func clampsRangesOutsideTheText() {
        let text = SourceText("abc")
        #expect(Anchorer.context(around: 2..<10, in: text, length: 1) == ("b", ""))
        #expect(Anchorer.context(around: -5..<0, in: text, length: 0) == ("", ""))
        #expect(Anchorer.context(around: 1..<2, in: text, length: -4) == ("", ""))
    }
}
