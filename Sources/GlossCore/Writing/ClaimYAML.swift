/// Renders claims as YAML text in the annotation format, the way a reviewer would write them, so
/// that appended claims read like the hand-written ones around them.
public enum ClaimYAML {
    /// One claim as a block sequence item whose `-` stands at column `indent` (0-based), each line
    /// ended by `newline`.
    public static func render(_ draft: ClaimDraft, indent: Int, newline: String = "\n") -> String {
        let dash = String(repeating: " ", count: indent)
        let field = dash + "  "
        var lines = [dash + "- id: " + scalar(draft.id), field + "kind: " + draft.kind.rawValue, field + "anchor:"]
        let anchor = field + "  "
        lines += [anchor + "quote: " + scalar(draft.quote), anchor + "prefix: " + scalar(draft.prefix),
                  anchor + "suffix: " + scalar(draft.suffix),
                  anchor + "start: \(draft.range.lowerBound)", anchor + "end: \(draft.range.upperBound)"]
        switch draft.attributedTo.count {
        case 0: break
        case 1: lines.append(field + "attributed_to: " + scalar(draft.attributedTo[0]))
        default: lines.append(field + "attributed_to: [" + draft.attributedTo.map(scalar).joined(separator: ", ") + "]")
        }
        if let speaker = draft.speaker { lines.append(field + "speaker: " + scalar(speaker)) }
        if let place = draft.place { lines.append(field + "place: " + scalar(place)) }
        if let foundBy = draft.foundBy { lines.append(field + "found_by: " + scalar(foundBy)) }
        return lines.map { $0 + newline }.joined()
    }

    /// A string as a YAML scalar that reads back as the same string: plain when that is
    /// unambiguous, else double-quoted with escapes.
    ///
    /// Plain is refused for anything YAML would read otherwise or not at all: empty text, leading
    /// or trailing spaces, an indicator first (`- ? : , [ ] { } # & * ! | > ' " % @` and backtick),
    /// `: ` or ` #` inside, a trailing `:`, line breaks or other control characters, and words
    /// YAML resolves to null, booleans or numbers (`null`, `yes`, `12`, `2022-10-02`).
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{FEFF}", "\u{85}", "\u{2028}", "\u{2029}":
                result += "\\u" + hex(scalar.value, width: 4)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + hex(scalar.value, width: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!",
                                                          "|", ">", "'", "\"", "%", "@", "`"]
    private static let reservedWords: Set<String> = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"]

    private static func isPlainSafe(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace, last != ":",
              !indicators.contains(first),
              !text.contains(": "), !text.contains(" #"),
              !reservedWords.contains(text.lowercased()),
              !looksNumeric(text)
        else { return false }
        return scalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value != 0x85 && scalar.value != 0xFEFF
                && scalar != "\u{2028}" && scalar != "\u{2029}" && scalar != "\t"
        }
    }

    /// Whether YAML 1.1 or 1.2 might read the text as a number, a date or a time: a digit or a point
    /// first (after a sign), then only what numbers, dates and times are written with.
    private static func looksNumeric(_ text: String) -> Bool {
        if [".inf", "-.inf", "+.inf", ".nan"].contains(text.lowercased()) { return true }
        let body = text.unicodeScalars.drop { $0 == "+" || $0 == "-" }
        guard let first = body.first, ("0"..."9").contains(first) || first == "." else { return false }
        let numeric = Set("0123456789+-.:_eExXoObBaAcCdDfF ".unicodeScalars)
        return text.unicodeScalars.allSatisfy(numeric.contains)
    }
}
