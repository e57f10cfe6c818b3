import Testing

@testable import GlossCore

@Suite("Anchoring: scalar search")
struct ScalarSearchTests {
    /// A plain scan, to check the Horspool skips against.
    func naiveOccurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        return (0...(text.count - pattern.count)).filter { text[$0..<($0 + pattern.count)].elementsEqual(pattern) }
            .map { $0..<($0 + pattern.count) }
    }

    @Test func findsEveryOccurrenceIncludingOverlapping() {
        let text = Array("abababa".unicodeScalars)
        #expect(text.occurrences(of: Array("aba".unicodeScalars)) == [0..<3, 2..<5, 4..<7])
        #expect(text.occurrences(of: []) == [])
        #expect(text.occurrences(of: Array("abababab".unicodeScalars)) == [])
    }

    /// Scalars sharing a low byte (U+0041 "A", U+0141 "Ł", U+4E41 "乁") share a skip-table slot;
    /// with "兰" and "😀", they take one to four bytes in UTF-8, which `SourceText`'s search reads.
    @Test func agreesWithANaiveScanWhenSkipSlotsCollide() {
        let alphabet: [Unicode.Scalar] = ["A", "\u{141}", "\u{4E41}", "B", "兰", "😀"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<300 {
            let text = (0..<next(60)).map { _ in alphabet[next(3) == 0 ? next(alphabet.count) : next(3)] }
            let pattern = (0..<(1 + next(4))).map { _ in alphabet[next(3)] }
            #expect(text.occurrences(of: pattern) == naiveOccurrences(of: pattern, in: text))
            #expect(SourceText(String(String.UnicodeScalarView(text))).occurrences(of: pattern) == text.occurrences(of: pattern))
        }
    }
}
