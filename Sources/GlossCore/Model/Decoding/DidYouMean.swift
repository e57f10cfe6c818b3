/// "Did you mean" for misspelt keys, values and ids: the closest candidate by edit distance,
/// when it is close enough to be a plausible typo.
///
/// Bounded, as every message a file can ask for must be: a word longer than any key or id is
/// no typo of one and gets no suggestion (a key of 65,535 letters would not fit the matcher),
/// and the comparisons one set of candidates makes are budgeted, so that ten thousand unknown
/// ids among ten thousand known ones cost a moment, the rest going without a suggestion.
public struct DidYouMean {
    /// The candidates lowercased once, in the order given.
    private let candidates: [(word: String, scalars: [Unicode.Scalar])]
    private var comparisonsLeft: Int

    /// Words longer than this get no suggestion.
    static let maximumLength = 256
    /// Comparisons a set of candidates makes for all the words asked about, by default.
    public static let defaultBudget = 4_000_000

    public init(among candidates: some Sequence<String>, budget: Int = defaultBudget) {
        self.candidates = candidates.map { ($0, Array($0.lowercased().unicodeScalars)) }
        comparisonsLeft = budget
    }

    /// The closest candidate to `word`, if one is close enough. Ties go to the first name in
    /// order, so the suggestion does not depend on the order candidates come in (a dictionary's
    /// keys differ from run to run).
    public mutating func closest(to word: String) -> String? {
        let scalars = Array(word.lowercased().unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= Self.maximumLength, comparisonsLeft > 0 else { return nil }
        let target = EditDistance(from: scalars)
        let threshold = max(2, scalars.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where abs(candidate.scalars.count - scalars.count) <= threshold {
            // A length further off than the threshold is further off in edits too.
            comparisonsLeft -= 1
            guard comparisonsLeft >= 0 else { return nil }
            let distance = target.distance(to: candidate.scalars[...])
            if distance <= threshold, distance < (best?.distance ?? .max) || (distance == best?.distance && candidate.word < best!.candidate) {
                best = (candidate.word, distance)
            }
        }
        return best?.candidate
    }

    /// A sentence ending to append to a message: "; did you mean `x`?" or nothing.
    public mutating func phrase(for word: String) -> String {
        closest(to: word).map { Self.opening + $0 + Self.closing } ?? ""
    }

    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        var suggestion = DidYouMean(among: candidates)
        return suggestion.closest(to: word)
    }

    public static func phrase(for word: String, among candidates: some Sequence<String>) -> String {
        var suggestion = DidYouMean(among: candidates)
        return suggestion.phrase(for: word)
    }

    /// `message` without the ``phrase(for:)`` it ends with, if any: the suggestion depends on
    /// the rest of the workspace (an id added in another file), the finding does not.
    public static func removingPhrase(from message: String) -> String {
        guard message.hasSuffix(closing), let start = message.ranges(of: opening).last else { return message }
        return String(message[..<start.lowerBound])
    }

    private static let opening = "; did you mean `"
    private static let closing = "`?"
}
