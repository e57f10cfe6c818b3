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
        closest(to: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }
}
