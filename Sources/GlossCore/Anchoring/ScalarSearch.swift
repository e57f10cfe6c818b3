extension Array where Element == Unicode.Scalar {
    /// Every place `pattern` occurs, overlapping ones included, in ascending order. Package-visible
    /// so that `gloss-anchor-benchmark` can time the exact search alone.
    ///
    /// Boyer–Moore–Horspool over scalars, comparing values rather than grapheme clusters (an
    /// anchor is a run of scalars). The skip table is indexed by the low byte of a scalar; scalars
    /// sharing a byte share the smallest skip, which keeps every skip safe.
    package func occurrences(of pattern: [Unicode.Scalar]) -> [Range<Int>] {
        let length = pattern.count
        guard length > 0, length <= count else { return [] }
        var skip = [Int](repeating: length, count: 256)
        for (index, scalar) in pattern.dropLast().enumerated() {
            skip[Int(scalar.value & 0xFF)] = length - 1 - index
        }
        var found: [Range<Int>] = []
        withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                let last = pattern[length - 1]
                var start = 0
                while start <= text.count - length {
                    let scalar = text[start + length - 1]
                    if scalar == last {
                        var index = 0
                        while index < length - 1, text[start + index] == pattern[index] { index += 1 }
                        if index == length - 1 { found.append(start..<(start + length)) }
                    }
                    start += skip[Int(scalar.value & 0xFF)]
                }
            }
        }
        return found
    }
}
