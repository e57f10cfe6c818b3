/// Levenshtein distance from one short scalar sequence, a claim's recorded context, to others: the
/// text beside each candidate place (a few dozen scalars). A claim's candidates in a large
/// document can number hundreds, so the distance is computed by Myers' bit-parallel algorithm in
/// anchored mode (a global alignment) with the context as the pattern, prepared once per claim: a
/// dozen word operations per scalar compared instead of a row of the quadratic table.
struct EditDistance: Sendable {
    let expected: [Unicode.Scalar]
    private let matcher: BitParallelMatcher

    init(from expected: [Unicode.Scalar]) {
        self.expected = expected
        matcher = BitParallelMatcher(expected)
    }

    /// The fewest insertions, deletions and substitutions of scalars that turn `expected` into `found`.
    func distance(to found: ArraySlice<Unicode.Scalar>) -> Int {
        guard !expected.isEmpty, !found.isEmpty else { return max(expected.count, found.count) }
        // Every prefix of `found` is within this bound, so the scan reports them all, the whole last.
        var distance = expected.count + found.count
        found.withUnsafeBufferPointer { found in
            matcher.scan(found, maxErrors: distance, anchored: true) { end, value in
                if end == found.count { distance = value }
            }
        }
        return distance
    }

    /// 1 for equal sequences, falling to 0 as the edits approach the length of `expected`.
    func similarity(of found: ArraySlice<Unicode.Scalar>) -> Double {
        similarity(edits: expected.isEmpty ? 0 : distance(to: found))
    }

    /// The similarity of a sequence `edits` away from `expected`.
    func similarity(edits: Int) -> Double {
        guard !expected.isEmpty else { return 1 }
        return max(0, 1 - Double(edits) / Double(expected.count))
    }
}
