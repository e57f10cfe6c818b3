/// Quoted text shortened for a one-line message.
enum Excerpt {
    static func short(_ text: String, limit: Int = 40) -> String {
        let oneLine = oneLine(text)
        guard oneLine.count > limit else { return oneLine }
        return oneLine.prefix(limit - 1) + "…"
    }

    /// Two versions of a text shortened alike, around where they first differ: a message about a
    /// changed quote shows the change however far into a long quote it is ("…at Jiuzhou on
    /// October 5…" and "…at Jiuzhou on October 8…").
    static func differing(_ old: String, _ new: String, limit: Int = 40) -> (old: String, new: String) {
        let old = Array(oneLine(old)), new = Array(oneLine(new))
        guard old.count > limit || new.count > limit else { return (String(old), String(new)) }
        let same = zip(old, new).prefix { $0 == $1 }.count
        // A little of what is the same before the change, for the reader to find it by.
        let start = max(0, same - limit / 4)
        func window(_ text: [Character]) -> String {
            let end = min(text.count, start + limit - (start > 0 ? 2 : 1))
            return (start > 0 ? "…" : "") + String(text[start..<end]) + (end < text.count ? "…" : "")
        }
        return (window(old), window(new))
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
