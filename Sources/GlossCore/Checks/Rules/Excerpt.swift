/// Quoted text shortened for a one-line message.
enum Excerpt {
    static func short(_ text: String, limit: Int = 40) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard oneLine.count > limit else { return oneLine }
        return oneLine.prefix(limit - 1) + "…"
    }
}
