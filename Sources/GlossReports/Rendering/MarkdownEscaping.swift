/// Text made literal in Markdown, for the report's tables and the editor's hovers: nothing from
/// an annotation may become markup, a link, an image or HTML.
public enum MarkdownEscaping {
    /// `text` with HTML's `&`, `<` and `>` as entities and Markdown's punctuation escaped with a
    /// backslash; with `lineBreaks`, each line break replaced by it (a table cell is one line).
    public static func escaped(_ text: String, lineBreaks: String? = nil) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            // `$` opens mathematics on GitHub (`between $5 and $10`).
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "$": "\\" + String(scalar)
            // What `Character.isNewline` calls a line break.
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": lineBreaks
            default: nil
            }
        }
    }

    /// A character of a word as Markdown's emphasis rules see one: `_` inside `snake_case` is not
    /// emphasis, and `@name` is a mention only at a word's start.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}
