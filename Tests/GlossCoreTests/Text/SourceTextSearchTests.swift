import Testing

@testable import GlossCore

@Suite("Text: exact search on the UTF-8 bytes")
struct SourceTextSearchTests {
    @Test func findsEveryOccurrenceInScalarOffsets() {
        let text = SourceText("\u{FEFF}兰州 abababa 😀aba")
        #expect(text.occurrences(of: Array("aba".unicodeScalars)) == [3..<6, 5..<8, 7..<10, 12..<15])
        #expect(text.occurrences(of: Array("😀a".unicodeScalars)) == [11..<13])
        #expect(text.occurrences(of: []) == [])
        #expect(text.occurrences(of: Array(String(repeating: "a", count: 40).unicodeScalars)) == [])
    }

    /// Scalars of one, two, three and four UTF-8 bytes, several sharing their last byte.
    @Test func agreesWithTheScalarSearch() throws {
        let alphabet: [Unicode.Scalar] = ["A", "\u{141}", "\u{4E41}", "B", "兰", "😀", "\u{101}"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<300 {
            let scalars = (0..<next(200)).map { _ in alphabet[next(3) == 0 ? next(alphabet.count) : next(3)] }
            let pattern = (0..<(1 + next(4))).map { _ in alphabet[next(3)] }
            let text = try SourceText(decoding: Array(String(String.UnicodeScalarView(scalars)).utf8))
            #expect(text.occurrences(of: pattern) == scalars.occurrences(of: pattern))
        }
    }
}
