/// Levenshtein distance between two short scalar sequences, for comparing recorded context with
/// the text around a candidate (a few dozen scalars), in O(|a|·|b|) time and O(|b|) space.
enum EditDistance {
    static func between(_ a: some Collection<Unicode.Scalar>, _ b: some Collection<Unicode.Scalar>) -> Int {
        let b = Array(b)
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

    /// 1 for equal sequences, falling to 0 as the edits approach the length of `expected`.
    static func similarity(of found: some Collection<Unicode.Scalar>, to expected: [Unicode.Scalar]) -> Double {
        guard !expected.isEmpty else { return 1 }
        return max(0, 1 - Double(between(expected, found)) / Double(expected.count))
    }
}
