/// Writes strings as YAML scalars for text edits, where a tool adds lines to a file a person
/// keeps: double-quoted, so that no value (`no`, `- item`, `# note`, a leading space) is ever
/// read back as something else, with line breaks and control characters escaped.
public enum YAMLScalarWriter {
    public static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        output.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR break lines for libyaml; U+FEFF is a
            // byte order mark to it. Written as escapes, they stay part of the value.
            case "\u{85}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                output += "\\u" + hex(scalar.value, digits: 4)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    output += "\\x" + hex(scalar.value, digits: 2)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
