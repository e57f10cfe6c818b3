/// "Did you mean" for misspelt keys and values: the closest candidate by edit distance, when it
/// is close enough to be a plausible typo.
public enum Suggestion {
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = EditDistance(from: Array(word.lowercased().unicodeScalars))
        let threshold = max(2, target.expected.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = target.distance(to: Array(candidate.lowercased().unicodeScalars)[...])
            // Ties go to the first name in order, so the suggestion does not depend on the order
            // candidates come in (a dictionary's keys differ from run to run).
            if distance <= threshold, distance < (best?.distance ?? .max) || (distance == best?.distance && candidate < best!.candidate) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// A sentence ending to append to a message: "; did you mean `x`?" or nothing.
    public static func phrase(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { opening + $0 + closing } ?? ""
    }

    /// `message` without the ``phrase(for:among:)`` it ends with, if any: the suggestion depends
    /// on the rest of the workspace (an id added in another file), the finding does not.
    public static func removingPhrase(from message: String) -> String {
        guard message.hasSuffix(closing), let start = message.ranges(of: opening).last else { return message }
        return String(message[..<start.lowerBound])
    }

    private static let opening = "; did you mean `"
    private static let closing = "`?"
}
