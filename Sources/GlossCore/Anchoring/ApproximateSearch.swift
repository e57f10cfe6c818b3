/// A place where text resembling a quote was found, in the coordinates of the text searched.
package struct ApproximateMatch: Sendable, Hashable {
    package var range: Range<Int>
    /// Edits (insertions, deletions, substitutions of scalars) between the quote and the range.
    package var distance: Int
}

/// Finds the places in a text within a bounded number of edits of a pattern, one per place: the
/// forward scan gives the ends where some alignment fits, the best end of each run of adjacent ends
/// stands for its place, and a short backward scan from it finds where that alignment starts.
/// Package-visible so that `gloss-anchor-benchmark` can time one full scan per quote.
package struct ApproximateSearch: Sendable {
    let pattern: [Unicode.Scalar]
    let maxErrors: Int
    private let forward: BitParallelMatcher
    private let backward: BitParallelMatcher

    package init(_ pattern: [Unicode.Scalar], maxErrors: Int) {
        self.pattern = pattern
        self.maxErrors = maxErrors
        forward = BitParallelMatcher(pattern)
        backward = BitParallelMatcher(pattern.reversed())
    }

    /// The matches that lie within `window` of `text`, in text order.
    package func matches(in text: [Unicode.Scalar], window: Range<Int>) -> [ApproximateMatch] {
        guard !pattern.isEmpty, !window.isEmpty else { return [] }
        var ends: [(end: Int, distance: Int)] = []
        text.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[window])
            var runEnd = -2
            forward.scan(slice, maxErrors: maxErrors) { end, distance in
                let end = end + window.lowerBound
                if end == runEnd + 1, let last = ends.last {
                    if distance < last.distance { ends[ends.count - 1] = (end, distance) }
                } else {
                    ends.append((end, distance))
                }
                runEnd = end
            }
        }
        return ends.map { match(endingAt: $0.end, distance: $0.distance, in: text, from: window.lowerBound) }
    }

    /// The alignment ending at `end`: of the starts that reach the least distance, the one that
    /// makes the match's length closest to the pattern's.
    private func match(endingAt end: Int, distance: Int, in text: [Unicode.Scalar], from lowest: Int) -> ApproximateMatch {
        let reach = min(end - lowest, pattern.count + maxErrors)
        let reversed = Array(text[(end - reach)..<end].reversed())
        var best = (length: 0, distance: Int.max)
        reversed.withUnsafeBufferPointer { buffer in
            backward.scan(buffer, maxErrors: pattern.count + maxErrors, anchored: true) { length, found in
                let closer = abs(length - pattern.count) < abs(best.length - pattern.count)
                if found < best.distance || (found == best.distance && closer) { best = (length, found) }
            }
        }
        return ApproximateMatch(range: (end - best.length)..<end, distance: min(distance, best.distance))
    }
}
