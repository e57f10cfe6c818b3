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

    @Test func stopsAtTheLimit() {
        let text = SourceText("兰州 abababa 😀aba")
        #expect(text.occurrences(of: Array("aba".unicodeScalars), limit: 1) == [3..<6])
        #expect(text.occurrences(of: Array("aba".unicodeScalars), limit: 3) == [3..<6, 5..<8, 7..<10])
        #expect(text.occurrences(of: Array("aba".unicodeScalars), limit: 0) == [])
    }
}
