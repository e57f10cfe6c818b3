/// Quoted text shortened for a one-line message.
enum Excerpt {
    static func short(_ text: String, limit: Int = 40) -> String {
        let oneLine = oneLine(text)
        guard oneLine.count > limit else { return oneLine }
        return oneLine.prefix(limit - 1) + "…"
    }

    /// Two versions of a text shortened alike, around where they first differ: a message about a
    /// changed quote shows the change however far into a long quote it is ("…at Jiuzhou on
    /// October 5…" and "…at Jiuzhou on October 8…"), from the start of a word ("…85 people"
    /// would misquote a figure).
    ///
    /// Where they differ only in spacing that one line hides (a line break, a tab, a no-break
    /// space), that spacing is shown: "“Hello world⏎” … “Hello world”" says what changed.
    static func differing(_ old: String, _ new: String, limit: Int = 40) -> (old: String, new: String) {
        let alike = { (text: String) in
            String(String.UnicodeScalarView(oneLine(text).unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
        }
        let hidden = old != new && alike(old) == alike(new)
        let old = Array(hidden ? visibleSpacing(old) : oneLine(old)), new = Array(hidden ? visibleSpacing(new) : oneLine(new))
        guard old.count > limit || new.count > limit else { return (String(old), String(new)) }
        let same = zip(old, new).prefix { $0 == $1 }.count
        // A little of what is the same before the change, for the reader to find it by, from
        // the start of the word it falls in when that is near.
        var start = max(0, same - limit / 4)
        var wordStart = start
        while wordStart > max(0, same - limit / 2), !old[wordStart - 1].isWhitespace { wordStart -= 1 }
        if wordStart == 0 || old[wordStart - 1].isWhitespace { start = wordStart }
        func window(_ text: [Character]) -> String {
            let end = min(text.count, start + limit - (start > 0 ? 2 : 1))
            return (start > 0 ? "…" : "") + String(text[start..<end]) + (end < text.count ? "…" : "")
        }
        return (window(old), window(new))
    }

    /// Line breaks, tabs and no-break spaces as signs that show them.
    private static func visibleSpacing(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": "⏎"
            case "\t": "⇥"
            case "\u{A0}", "\u{202F}": "⍽"
            default: scalar
            }
        }))
    }

    /// The text on one line: its line breaks as spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
