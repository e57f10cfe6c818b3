extension Array where Element == Unicode.Scalar {
    /// Every place `pattern` occurs, overlapping ones included, in ascending order. Package-visible
    /// for `gloss-anchor-benchmark`, whose corpus keeps only quotes that occur once.
    ///
    /// Horspool's algorithm on pairs of scalars, comparing values rather than grapheme clusters (an
    /// anchor is a run of scalars): the window moves by how far its last two scalars are from their
    /// rightmost earlier pair in the pattern, which in prose is most of the pattern's length (single
    /// letters recur in any quote, pairs much less). The skip table is indexed by the low six bits of
    /// both scalars; pairs sharing a slot share the smallest skip, and skips are capped at 255 (a
    /// small table to fill for every search), which keeps every skip safe.
    package func occurrences(of pattern: [Unicode.Scalar]) -> [Range<Int>] {
        let length = pattern.count
        guard length > 0, length <= count else { return [] }
        guard length > 1 else { return indices.filter { self[$0] == pattern[0] }.map { $0..<($0 + 1) } }
        @inline(__always) func slot(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
            Int((first.value & 0x3F) << 6 | (second.value & 0x3F))
        }
        var skip = [UInt8](repeating: UInt8(Swift.min(length - 1, 255)), count: 1 << 12)
        for index in 0..<(length - 2) {
            skip[slot(pattern[index], pattern[index + 1])] = UInt8(Swift.min(length - 2 - index, 255))
        }
        var found: [Range<Int>] = []
        withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                skip.withUnsafeBufferPointer { skip in
                    let last = pattern[length - 1], beforeLast = pattern[length - 2]
                    var start = 0
                    while start <= text.count - length {
                        let second = text[start + length - 1], first = text[start + length - 2]
                        if second == last, first == beforeLast {
                            var index = 0
                            while index < length - 2, text[start + index] == pattern[index] { index += 1 }
                            if index == length - 2 { found.append(start..<(start + length)) }
                        }
                        start += Int(skip[slot(first, second)])
                    }
                }
            }
        }
        return found
    }
}

extension Array where Element == Unicode.Scalar {
    /// The first place `pattern` occurs within `range`, by a plain scan: for the passage of a
    /// claim, a few dozen scalars, where the standard library's `firstRange(of:)`, generic over
    /// collections, cost a hundred times the comparisons. An empty pattern occurs at the start.
    func firstOccurrence(of pattern: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
        guard let first = pattern.first else { return range.lowerBound..<range.lowerBound }
        guard pattern.count <= range.count else { return nil }
        for start in range.lowerBound...(range.upperBound - pattern.count) where self[start] == first {
            var index = 1
            while index < pattern.count, self[start + index] == pattern[index] { index += 1 }
            if index == pattern.count { return start..<(start + pattern.count) }
        }
        return nil
    }
}
