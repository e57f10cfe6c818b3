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
        let (oldLine, newLine) = (oneLine(old), oneLine(new))
        let hidden = old != new && spacedAlike(oldLine) == spacedAlike(newLine)
        let old = Array(hidden ? visibleSpacing(old) : oldLine), new = Array(hidden ? visibleSpacing(new) : newLine)
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

    /// A line with all its white space as spaces. Nearly every quote is spaced with spaces alone
    /// and is returned as it is: mapping each character, for every changed quote, was most of
    /// what the rules about quotes cost.
    private static func spacedAlike(_ line: String) -> String {
        let spacedOtherwise = line.unicodeScalars.contains { scalar in
            scalar.isASCII ? (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }
        guard spacedOtherwise else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
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

    /// The text on one line: its line breaks as spaces. Text on one line already, nearly every
    /// quote, is returned as it is, without being split into characters: a line break
    /// (``Character/isNewline``) is a character of its own, or `\r\n`, so its scalars show it.
    static func oneLine(_ text: String) -> String {
        let breaksLines = text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
        guard breaksLines else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
