/// Finds a selector's span in a document's text and says how it was found. Anchoring judges
/// nothing: it names its tier and any defect of the selector, and rules turn those into findings.
///
/// This is the exact tier, which never lands on text that differs from the quote:
/// - `exact` when the recorded `start..<end` still holds the quote, unless the recorded context
///   clearly points at another occurrence (the document changed so that a different occurrence
///   now sits at the old offsets), which is then `moved`;
/// - otherwise every exact occurrence of the quote is found; none is `orphaned`, one is `moved`,
///   and among several one is `moved` only when it stands out, else they are `ambiguous`.
///
/// Occurrences that start or end inside a character (the 👍 of 👍🏽) are not occurrences.
///
/// Choosing among several occurrences, in order:
/// 1. **Context.** An occurrence scores the number of `prefix` scalars that match immediately
///    before it (compared backwards) plus the number of `suffix` scalars that match immediately
///    after it, each run stopping at the first mismatch. One wins outright when it beats every
///    other by at least the margin: a quarter of the context given, at least one scalar. Those
///    within the margin of the best score are the contenders.
/// 2. **Position.** Among the contenders, the one nearest the recorded `start` wins if it also has
///    the best context score and is less than half as far from `start` as any other contender.
/// 3. Otherwise the contenders are reported as `ambiguous` candidates: never a silent guess.
public enum Anchorer {
    /// Anchors one selector. Never fails: defects of the selector come back as
    /// ``AnchorResult/problems`` next to whatever could still be found.
    public static func anchor(_ selector: AnchorSelector, in text: SourceText) -> AnchorResult {
        var problems: [AnchorProblem] = []
        let recorded = recordedRange(of: selector, in: text, problems: &problems)
        let quote = Array(selector.quote.unicodeScalars)
        guard !quote.allSatisfy(\.properties.isWhitespace) else {
            return AnchorResult(tier: .orphaned, problems: problems + [.emptyQuote])
        }
        let ranking = OccurrenceRanking(prefix: selector.prefix, suffix: selector.suffix)

        if let recorded, text.scalars[recorded].elementsEqual(quote) {
            if isWholeCharacters(recorded, in: text) {
                guard !ranking.contextMatchesFully(at: recorded, in: text.scalars) else {
                    return AnchorResult(tier: .exact, range: recorded, problems: problems)
                }
                let choice = ranking.choose(
                    among: occurrences(of: quote, in: text), start: recorded.lowerBound, in: text.scalars)
                if case .clear(let elsewhere) = choice, elsewhere != recorded {
                    return AnchorResult(tier: .moved, range: elsewhere, problems: problems)
                }
                return AnchorResult(tier: .exact, range: recorded, problems: problems)
            }
            problems.append(.splitsCharacter)
        }

        let found = occurrences(of: quote, in: text)
        guard found.count > 1 else {
            return AnchorResult(tier: found.isEmpty ? .orphaned : .moved, range: found.first, problems: problems)
        }
        let start = selector.start.flatMap { $0 >= 0 ? $0 : nil }
        switch ranking.choose(among: found, start: start, in: text.scalars) {
        case .clear(let range):
            return AnchorResult(tier: .moved, range: range, problems: problems)
        case .tooClose(let candidates):
            return AnchorResult(tier: .ambiguous, candidates: candidates, problems: problems)
        }
    }

    /// The recorded span when it is usable, noting in `problems` why it is not.
    private static func recordedRange(
        of selector: AnchorSelector, in text: SourceText, problems: inout [AnchorProblem]
    ) -> Range<Int>? {
        switch (selector.start, selector.end) {
        case (nil, nil):
            return nil
        case (let start?, let end?) where 0 <= start && start <= end:
            guard end <= text.scalarCount else {
                problems.append(.rangeOutsideText)
                return nil
            }
            return start..<end
        default:
            problems.append(.invalidRange)
            return nil
        }
    }

    /// Exact occurrences of the quote that cut no character in half.
    private static func occurrences(of quote: [Unicode.Scalar], in text: SourceText) -> [Range<Int>] {
        text.scalars.occurrences(of: quote).filter { isWholeCharacters($0, in: text) }
    }

    private static func isWholeCharacters(_ range: Range<Int>, in text: SourceText) -> Bool {
        text.isGraphemeBoundary(at: range.lowerBound) && text.isGraphemeBoundary(at: range.upperBound)
    }
}
