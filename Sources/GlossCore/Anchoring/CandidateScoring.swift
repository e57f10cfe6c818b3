/// Scores places that might hold a quote on four separate grounds, so that a decision can be
/// explained and none of them dominates by accident: how closely the words match the quote, how
/// closely the text before and after matches the recorded `prefix` and `suffix`, and how near the
/// place is to where the quote was (the position hint).
struct CandidateScoring: Sendable {
    struct Score: Sendable, Hashable {
        /// 1 - edits / quote length.
        var quote: Double
        /// Similarity of the text before the candidate to the recorded prefix; nil without one.
        var prefix: Double?
        var suffix: Double?
        /// 1 at the hint, falling with distance; nil without a hint.
        var position: Double?

        /// The weighted sum of the grounds that are known: the words count most, then context,
        /// then position, which mostly breaks ties.
        var total: Double {
            let parts: [(Double?, Double)] = [(quote, 0.55), (prefix, 0.175), (suffix, 0.175), (position, 0.1)]
            let known = parts.compactMap { value, weight in value.map { ($0 * weight, weight) } }
            return known.map(\.0).reduce(0, +) / known.map(\.1).reduce(0, +)
        }

        /// Whether at least one side of the recorded context still resembles the text beside the
        /// candidate (vacuously so without context). A place whose surroundings both changed is
        /// another passage that happens to use the same words, not the claim's passage.
        var contextHolds: Bool {
            let sides = [prefix, suffix].compactMap { $0 }
            return sides.isEmpty || sides.contains { $0 >= CandidateScoring.minimumContext }
        }
    }

    enum Decision: Sendable, Equatable {
        case chosen(Int)
        /// Indices of the acceptable candidates too close to the best to choose, in the order given.
        case tooClose([Int])
        case none
    }

    static let minimumScore = 0.75
    static let minimumContext = 0.5
    static let margin = 0.05

    let quoteLength: Int
    let prefix: [Unicode.Scalar]
    let suffix: [Unicode.Scalar]
    let hint: Int?

    func score(_ range: Range<Int>, distance: Int, in text: [Unicode.Scalar]) -> Score {
        let before = text[max(0, range.lowerBound - prefix.count)..<range.lowerBound]
        let after = text[range.upperBound..<min(text.count, range.upperBound + suffix.count)]
        return Score(
            quote: max(0, 1 - Double(distance) / Double(max(quoteLength, 1))),
            prefix: prefix.isEmpty ? nil : EditDistance.similarity(of: before, to: prefix),
            suffix: suffix.isEmpty ? nil : EditDistance.similarity(of: after, to: suffix),
            position: hint.map { 1 / (1 + Double(abs(range.lowerBound - $0)) / Double(quoteLength + 64)) }
        )
    }

    /// The best acceptable candidate when it beats every other acceptable one by the margin.
    /// Acceptable: a total of at least ``minimumScore`` and context that holds.
    static func decide(_ scores: [Score]) -> Decision {
        let acceptable = scores.indices.filter { scores[$0].total >= minimumScore && scores[$0].contextHolds }
        guard let best = acceptable.max(by: { scores[$0].total < scores[$1].total }) else { return .none }
        let close = acceptable.filter { scores[best].total - scores[$0].total < margin }
        return close.count == 1 ? .chosen(best) : .tooClose(close)
    }
}
