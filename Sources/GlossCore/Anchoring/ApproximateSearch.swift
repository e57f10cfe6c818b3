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
        // A quote that ends with a word ends a match at a word's end where the distance allows:
        // "we want to go home" is "we want to go back" now, not "we want to go ".
        let endsWord = pattern.last.map(\.isWordOfSpacedScript) == true
        text.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[window])
            var runEnd = -2
            forward.scan(slice, maxErrors: maxErrors) { end, distance in
                let end = end + window.lowerBound
                if end == runEnd + 1, let last = ends.last {
                    let better = distance < last.distance
                        || (distance == last.distance && endsWord && Self.isWordEnd(end, in: text) && !Self.isWordEnd(last.end, in: text))
                    if better { ends[ends.count - 1] = (end, distance) }
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

    /// The match started at a word's start when the quote starts with a word and one is within
    /// two more edits: "they want to go home" is what the text now says, not "ey want to go
    /// home", one edit closer to "we want…". For the match chosen, not for every candidate: it
    /// takes a second scan.
    func wordAligned(_ match: ApproximateMatch, in text: [Unicode.Scalar]) -> ApproximateMatch {
        let end = match.range.upperBound
        guard pattern.first.map(\.isWordOfSpacedScript) == true, !Self.isWordStart(match.range.lowerBound, in: text) else { return match }
        let reach = min(end, pattern.count + maxErrors + Self.wordSlack)
        let reversed = Array(text[(end - reach)..<end].reversed())
        var best: (length: Int, distance: Int)?
        let from = match.range.count
        reversed.withUnsafeBufferPointer { buffer in
            backward.scan(buffer, maxErrors: match.distance + Self.wordSlack, anchored: true) { length, found in
                guard Self.isWordStart(end - length, in: text) else { return }
                if best.map({ abs(length - from) < abs($0.length - from) }) ?? true { best = (length, found) }
            }
        }
        return best.map { ApproximateMatch(range: (end - $0.length)..<end, distance: $0.distance) } ?? match
    }

    /// The same place ended at the nearest word end on either side, when the quote ends with a
    /// word: a quote whose last word was replaced ("Memorial week", now "Memorial holiday") fits
    /// best, by edits alone, ending before the new word or inside it. Which end is the claim's
    /// is for the recorded suffix to tell, so both are offered to the scoring beside `match`.
    func wordEndings(of match: ApproximateMatch, in text: [Unicode.Scalar], window: Range<Int>) -> [ApproximateMatch] {
        guard pattern.last.map(\.isWordOfSpacedScript) == true else { return [] }
        let (start, end) = (match.range.lowerBound, match.range.upperBound)
        // From the match's start, a fit within the errors allowed is at least this long and at most.
        let lowest = max(window.lowerBound + 1, start + max(1, pattern.count - maxErrors))
        let highest = min(window.upperBound, text.count, start + pattern.count + maxErrors)
        let before = stride(from: end - 1, through: lowest, by: -1).first { Self.isWordEnd($0, in: text) }
        let after = stride(from: end + 1, through: highest, by: 1).first { Self.isWordEnd($0, in: text) }
        return [before, after].compactMap { ending in
            guard let ending else { return nil }
            let found = self.match(endingAt: ending, distance: .max, in: text, from: window.lowerBound)
            return found.distance <= maxErrors && !found.range.isEmpty ? found : nil
        }
    }

    /// How many more edits a match may take to start at a word's start.
    private static let wordSlack = 2

    private static func isWordStart(_ offset: Int, in text: [Unicode.Scalar]) -> Bool {
        offset < text.count && text[offset].isWordOfSpacedScript && (offset == 0 || !text[offset - 1].isWordOfSpacedScript)
    }

    private static func isWordEnd(_ offset: Int, in text: [Unicode.Scalar]) -> Bool {
        offset > 0 && text[offset - 1].isWordOfSpacedScript && (offset == text.count || !text[offset].isWordOfSpacedScript)
    }
}
