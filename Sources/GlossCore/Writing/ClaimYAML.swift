/// Renders claims as YAML text in the annotation format, the way a reviewer would write them, so
/// that appended claims read like the hand-written ones around them.
public enum ClaimYAML {
    /// A draft as the lines of an unindented block mapping, `id:` first; nested lines carry their
    /// own relative indentation.
    public static func lines(_ draft: ClaimDraft) -> [String] {
        var lines = ["id: " + scalar(draft.id), "kind: " + draft.kind.rawValue, "anchor:",
                     "  quote: " + scalar(draft.quote), "  prefix: " + scalar(draft.prefix),
                     "  suffix: " + scalar(draft.suffix),
                     "  start: \(draft.range.lowerBound)", "  end: \(draft.range.upperBound)"]
        switch draft.attributedTo.count {
        case 0: break
        case 1: lines.append("attributed_to: " + scalar(draft.attributedTo[0]))
        default:
            let items = draft.attributedTo.map { YAMLScalarWriter.render($0, style: nil, inFlow: true) }
            lines.append("attributed_to: [" + items.joined(separator: ", ") + "]")
        }
        if let speaker = draft.speaker { lines.append("speaker: " + scalar(speaker)) }
        if let place = draft.place { lines.append("place: " + scalar(place)) }
        if let foundBy = draft.foundBy { lines.append("found_by: " + scalar(foundBy)) }
        return lines
    }

    /// A mapping's lines as one block sequence item whose `-` stands at column `indent` (0-based),
    /// each line ended by `newline`.
    public static func listItem(_ lines: [String], indent: Int, newline: String = "\n") -> String {
        let dash = String(repeating: " ", count: indent)
        return lines.enumerated().map { index, line in
            (index == 0 ? dash + "- " : dash + "  ") + line + newline
        }.joined()
    }

    /// A string as a YAML scalar that reads back as the same string: plain when that is
    /// unambiguous, else double-quoted with escapes.
    public static func scalar(_ text: String) -> String {
        YAMLScalarWriter.render(text, style: nil, inFlow: false)
    }
}
