import BenchmarkSupport
import Testing

@testable import GlossCore

/// Exact occurrences found through the index of the folded view must be the raw scan's, whatever
/// spaces, invisible scalars and expansions lie around and inside the quote.
@Suite struct QGramIndexOriginalTests {
    @Test(arguments: [false, true])
    func agreesWithTheScan(foldingCase: Bool) {
        var random = SeededGenerator(state: foldingCase ? 21 : 20)
        let alphabet: [Unicode.Scalar] = ["a", "b", "A", " ", " ", "\n", "\u{00A0}", "\u{00AD}", "\u{200B}", "…", ".", "“", "\"", "兰", "ｂ"]
        var compared = 0
        var visited = 0
        for _ in 0..<400 {
            let original = (0..<random.next(300)).map { _ in alphabet[random.next(alphabet.count)] }
            let folded = NormalizedText(original, foldingCase: foldingCase)
            let index = QGramIndex(folded.scalars)
            let length = 1 + random.next(8)
            let quote = original.count > length && random.next(4) > 0
                ? Array(original[random.next(original.count - length)...].prefix(length))
                : (0..<length).map { _ in alphabet[random.next(alphabet.count)] }
            guard let found = index.originalOccurrences(of: quote, in: original, folded: folded, foldingCase: foldingCase, visited: &visited)
            else { continue }
            #expect(found == original.occurrences(of: quote), "\(original) \(quote)")
            compared += found.isEmpty ? 0 : 1
        }
        #expect(compared > 100)
    }
}
