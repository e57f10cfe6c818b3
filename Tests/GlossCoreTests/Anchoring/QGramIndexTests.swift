import BenchmarkSupport
import Testing

@testable import GlossCore

/// The q-gram index must lose nothing: its exact occurrences are the scan's, and a search of its
/// windows finds exactly the matches a search of the whole text finds.
@Suite struct QGramIndexTests {
    @Test(arguments: [1, 2, 4])
    func exactOccurrencesAgreeWithTheScan(stride: Int) {
        var random = SeededGenerator(state: 5)
        for _ in 0..<200 {
            let text = random.text(random.next(400))
            let index = QGramIndex(text, stride: stride)
            let length = 1 + random.next(10)
            let pattern = text.count > length && random.next(2) == 0
                ? Array(text[random.next(text.count - length)...].prefix(length)) : random.text(length)
            var visited = 0
            #expect(index.occurrences(of: pattern, in: text, visited: &visited)
                    == (length < QGramIndex.q + stride - 1 ? nil : text.occurrences(of: pattern)))
        }
    }

    @Test(arguments: [12, 40, 64])
    func windowsHoldEveryApproximateMatch(patternLength: Int) {
        var random = SeededGenerator(state: UInt64(patternLength))
        // Prose-like text over a larger alphabet, so that the filter excludes most of it.
        let words = (0..<40).map { _ in random.text(2 + random.next(6)) }
        for round in 0..<6 {
            var text: [Unicode.Scalar] = []
            while text.count < 6000 { text += words[random.next(words.count)] + [" "] }
            var pattern = Array(text[random.next(text.count - patternLength)...].prefix(patternLength))
            for _ in 0..<(round % 3) { pattern[random.next(pattern.count)] = "z" }
            let index = QGramIndex(text)
            for maxErrors in [0, 1, patternLength / 8, patternLength / 4] {
                let search = ApproximateSearch(pattern, maxErrors: maxErrors)
                let whole = search.matches(in: text, window: 0..<text.count)
                guard let windows = index.windows(for: pattern, maxErrors: maxErrors, textCount: text.count) else { continue }
                #expect(windows.flatMap { search.matches(in: text, window: $0) } == whole,
                        "m=\(patternLength) k=\(maxErrors) round \(round)")
                #expect(zip(windows, windows.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
            }
        }
    }
}
