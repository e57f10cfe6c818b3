/// Writes a string as a YAML scalar for an in-place edit, in the style the file already uses
/// where that style can hold it: plain when the text reads back as the same string, single
/// quotes when they need no escape, else double quotes with escapes.
public enum YAMLScalarWriter {
    /// `style` is the style of the value being replaced (nil for a new key); `inFlow` says whether
    /// the scalar sits inside `{…}` or `[…]`, where `,` and brackets end a plain scalar.
    public static func render(_ value: String, style: YAMLScalarStyle?, inFlow: Bool) -> String {
        switch style {
        case .plain? where isSafePlain(value, inFlow: inFlow):
            return value
        case .singleQuoted? where isSafeSingleQuoted(value):
            return "'" + value.replacingAll("'", with: "''") + "'"
        case nil where isSafePlain(value, inFlow: inFlow):
            return value
        default:
            return doubleQuoted(value)
        }
    }

    /// An integer, always plain.
    public static func render(_ value: Int) -> String { String(value) }

    /// Always double-quoted, for values a tool adds: nothing can be read back as something else.
    public static func doubleQuoted(_ value: String) -> String {
        // Only the escapes JSON shares with YAML: an annotation file written as JSON (which YAML
        // reads too) stays JSON when a tool edits it.
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                // Controls, what YAML would take for a line break or drop (NEL, the line and
                // paragraph separators, a byte order mark) and the noncharacters it refuses in a
                // file (U+FFFE, U+FFFF); a no-break space is escaped to be seen, and so are the
                // marks that reorder text (``isBidirectionalControl``).
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0xA0, 0x2028, 0x2029, 0xFEFF].contains(scalar.value)
                    || isRefusedNoncharacter(scalar) || isBidirectionalControl(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether the text, written bare, reads back as this very string: printable on one line,
    /// no surrounding spaces, no indicator at the start, no `: ` or ` #` inside, and nothing YAML
    /// would resolve to a number, a boolean or null.
    static func isSafePlain(_ value: String, inFlow: Bool) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace, last != ":" else { return false }
        guard value.unicodeScalars.allSatisfy(isPrintableOnOneLine),
              !"-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || (first == "-" && value.count > 1 && !value.hasPrefix("- ") && !value.hasPrefix("---")),
              !value.contains(": "), !value.contains(" #"), !value.contains("\t")
        else { return false }
        if inFlow, value.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        let lowered = value.lowercased()
        // YAML 1.1 readers (PyYAML, yamllint) also take `=` for a value key and `<<` for a merge.
        if ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf", "=", "<<"]
            .contains(lowered) {
            return false
        }
        // Anything made only of digits, signs, points, exponents and separators may resolve to a
        // number, a date or a time (185, 1e3, 1_000, 2022-10-03, 12:30); so may 0x, 0o and 0b
        // forms, and a date followed by a time (2022-10-03T12:00:00Z).
        if value.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
           value.unicodeScalars.allSatisfy({ "0123456789+-._:eE ".unicodeScalars.contains($0) })
            || value.hasPrefix("0x") || value.hasPrefix("0o") || value.hasPrefix("0b") || startsWithDateAndTime(value) {
            return false
        }
        return true
    }

    /// `2022-10-03T…` or `2022-10-03 1…`: the start of a YAML 1.1 timestamp.
    private static func startsWithDateAndTime(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars.prefix(12))
        let digit = { (index: Int) in index < scalars.count && ("0"..."9").contains(scalars[index]) }
        guard (0..<4).allSatisfy(digit), scalars.count > 4, scalars[4] == "-" else { return false }
        // Month and day of one or two digits each, then `T`, `t` or a space and a digit.
        var index = 5
        for part in 0..<2 {
            guard digit(index) else { return false }
            index += digit(index + 1) ? 2 : 1
            if part == 0 { guard index < scalars.count, scalars[index] == "-" else { return false }; index += 1 }
        }
        return index + 1 < scalars.count && "Tt ".unicodeScalars.contains(scalars[index]) && digit(index + 1)
    }

    static func isSafeSingleQuoted(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy(isPrintableOnOneLine)
            && value.unicodeScalars.first?.properties.isWhitespace != true
            && value.unicodeScalars.last?.properties.isWhitespace != true
    }

    private static func isPrintableOnOneLine(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" || isRefusedNoncharacter(scalar)
          || isBidirectionalControl(scalar))
    }

    /// U+FFFE and U+FFFF, which YAML refuses anywhere in a file, a comment included: libyaml
    /// stops reading there. A double-quoted value holds them escaped.
    public static func isRefusedNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// The marks, embeddings, overrides and isolates of bidirectional text: invisible, they
    /// reorder how the rest of the line is shown in editors and diffs ("Trojan Source"), so a
    /// tool writes them as escapes a reviewer can see.
    public static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
