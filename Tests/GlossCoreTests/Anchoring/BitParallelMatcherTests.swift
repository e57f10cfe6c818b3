import BenchmarkSupport
import Testing

@testable import GlossCore

/// Myers' bit-parallel search against the textbook O(nm) dynamic programme on random inputs, for
/// patterns within one word, exactly one word, and spanning several blocks.
@Suite struct BitParallelMatcherTests {
    /// Semi-global edit distance of `pattern` against every prefix end of `text`: `result[j]` is the
    /// least distance of the pattern to a substring ending at `j` (or starting at 0 when anchored).
    static func reference(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], anchored: Bool = false) -> [Int] {
        var column = Array(0...pattern.count)
        var ends = [pattern.count]
        for (j, scalar) in text.enumerated() {
            var next = [anchored ? j + 1 : 0]
            for i in 1...pattern.count {
                next.append(min(column[i] + 1, next[i - 1] + 1, column[i - 1] + (pattern[i - 1] == scalar ? 0 : 1)))
            }
            column = next
            ends.append(column[pattern.count])
        }
        return ends
    }

    static func matcherEnds(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], maxErrors: Int,
                            anchored: Bool = false) -> [Int: Int] {
        var found: [Int: Int] = [:]
        text.withUnsafeBufferPointer { buffer in
            BitParallelMatcher(pattern).scan(buffer, maxErrors: maxErrors, anchored: anchored) { found[$0] = $1 }
        }
        return found
    }

    @Test(arguments: [1, 5, 40, 63, 64, 65, 130, 200])
    func agreesWithTheDynamicProgramme(patternLength: Int) {
        var random = SeededGenerator(state: UInt64(patternLength))
        for round in 0..<12 {
            let text = random.text(300 + random.next(200))
            // Half the patterns are taken from the text and mutated, half are random.
            var pattern: [Unicode.Scalar]
            if round % 2 == 0, text.count > patternLength {
                let start = random.next(text.count - patternLength)
                pattern = Array(text[start..<(start + patternLength)])
                for _ in 0..<(patternLength / 8) { pattern[random.next(patternLength)] = "x" }
            } else {
                pattern = random.text(patternLength)
            }
            let reference = Self.reference(pattern, text)
            for maxErrors in [0, patternLength / 4, patternLength / 2, patternLength] {
                let expected = Dictionary(uniqueKeysWithValues: reference.enumerated()
                    .filter { $0.offset > 0 && $0.element <= maxErrors }.map { ($0.offset, $0.element) })
                #expect(Self.matcherEnds(pattern, text, maxErrors: maxErrors) == expected,
                        "m=\(patternLength) k=\(maxErrors) round \(round)")
            }
            let anchored = Self.reference(pattern, text, anchored: true)
            let all = Self.matcherEnds(pattern, text, maxErrors: Int.max / 2, anchored: true)
            #expect(all == Dictionary(uniqueKeysWithValues: anchored.enumerated().dropFirst().map { ($0.offset, $0.element) }))
        }
    }

    @Test func approximateSearchFindsWhereEachMatchStarts() {
        let text = Array("the crowd of 185 people gathered; later a crowd of 158 people left".unicodeScalars)
        let search = ApproximateSearch(Array("crowd of 185 people".unicodeScalars), maxErrors: 4)
        let matches = search.matches(in: text, window: 0..<text.count)
        #expect(matches == [ApproximateMatch(range: 4..<23, distance: 0), ApproximateMatch(range: 42..<61, distance: 2)])
    }

    @Test func nothingToFindInAShortOrEmptyText() {
        #expect(Self.matcherEnds(Array("abc".unicodeScalars), [], maxErrors: 1).isEmpty)
        let search = ApproximateSearch(Array("a long quote".unicodeScalars), maxErrors: 3)
        #expect(search.matches(in: Array("quote".unicodeScalars), window: 0..<5).isEmpty)
    }
}

extension BitParallelMatcherTests {
    /// Texts long enough to be scanned in stripes, with matches placed across stripe boundaries
    /// too: every end and distance must be the one-scan answer.
    @Test(arguments: [8, 40, 64])
    func stripedScanAgreesWithTheDynamicProgramme(patternLength: Int) {
        var random = SeededGenerator(state: UInt64(1000 + patternLength))
        for round in 0..<4 {
            let count = 16 * BitParallelMatcher.stripes * 2 * patternLength + random.next(3000)
            let text = random.text(count)
            let pattern = round % 2 == 0 ? random.text(patternLength) : Array(text[(count / 2)..<(count / 2 + patternLength)])
            let reference = Self.reference(pattern, text)
            for maxErrors in [0, patternLength / 4, patternLength / 2, patternLength - 1] {
                let expected = Dictionary(uniqueKeysWithValues: reference.enumerated()
                    .filter { $0.offset > 0 && $0.element <= maxErrors }.map { ($0.offset, $0.element) })
                #expect(Self.matcherEnds(pattern, text, maxErrors: maxErrors) == expected,
                        "m=\(patternLength) k=\(maxErrors) round \(round)")
            }
        }
    }

    @Test func stripedScanReportsEndsInOrder() {
        var random = SeededGenerator(state: 99)
        let text = random.text(20_000)
        var ends: [Int] = []
        text.withUnsafeBufferPointer { buffer in
            BitParallelMatcher(Array(text[5000..<5040])).scan(buffer, maxErrors: 20) { end, _ in ends.append(end) }
        }
        #expect(!ends.isEmpty && ends == ends.sorted() && Set(ends).count == ends.count)
    }
}

extension SeededGenerator {
    /// Text over a small alphabet with a few non-ASCII scalars, so matches are common.
    mutating func text(_ count: Int) -> [Unicode.Scalar] {
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "d", "’", "兰", "😀"]
        return (0..<count).map { _ in alphabet[next(alphabet.count)] }
    }
}
