/// Ids for suggested claims: the kind and the first words of the span, so a reviewer can tell
/// them apart at a glance (`quote-unlock-down-unlock-down`), unique in the workspace.
enum SuggestionIDs {
    static let maximumWords = 5

    static func unique(kind: ClaimKind, words text: String, start: Int, taken: inout Set<String>) -> String {
        let words = text.lowercased().unicodeScalars
            .split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            .prefix(maximumWords)
            .map { String(String.UnicodeScalarView($0)) }
        let base = words.isEmpty ? "\(kind.rawValue)-\(start)" : ([kind.rawValue] + words).joined(separator: "-")
        var id = base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        taken.insert(id)
        return id
    }
}
