import BenchmarkSupport
import Testing

@testable import GlossCore

/// The bit-parallel edit distance must be Levenshtein's, short and long contexts alike.
@Suite struct EditDistanceTests {
    /// The quadratic table, row by row.
    static func reference(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for j in 0..<b.count {
                let above = row[j + 1]
                row[j + 1] = min(above + 1, row[j] + 1, diagonal + (x == b[j] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }

    @Test(arguments: [0, 1, 5, 32, 64, 65, 150])
    func agreesWithTheTable(expectedLength: Int) {
        var random = SeededGenerator(state: UInt64(7 + expectedLength))
        for _ in 0..<50 {
            let expected = random.text(expectedLength)
            var found = random.next(2) == 0 ? expected : random.text(random.next(2 * expectedLength + 2))
            for _ in 0..<random.next(4) where !found.isEmpty { found[random.next(found.count)] = "z" }
            #expect(EditDistance(from: expected).distance(to: found[...]) == Self.reference(expected, found))
        }
    }

    @Test func similarity() {
        let context = EditDistance(from: Array("the gate".unicodeScalars))
        #expect(context.similarity(of: Array("the gate".unicodeScalars)[...]) == 1)
        #expect(context.similarity(of: Array("the gale".unicodeScalars)[...]) == 1 - 1.0 / 8)
        #expect(context.similarity(of: []) == 0)
        #expect(EditDistance(from: []).similarity(of: Array("x".unicodeScalars)[...]) == 1)
    }
}
