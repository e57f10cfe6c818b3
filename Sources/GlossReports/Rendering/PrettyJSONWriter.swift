/// Writes JSON byte for byte as ``JSONText`` does (Foundation's pretty-printed, sorted-key,
/// unescaped-slash output), but straight into text. The check report uses it: with a hundred
/// thousand findings, Foundation's encoder took a third of a large run, on one core, and kept
/// several copies of the output in memory.
///
/// The caller writes keys in sorted order; `JSONReporterTests` compares the output with
/// ``JSONText``'s on every kind of value.
struct PrettyJSONWriter {
    private(set) var text = ""
    /// How many members each open object or array has so far, outermost first.
    private var counts: [Int] = []
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    init(reservingCapacity capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func array<Elements: Sequence>(_ elements: Elements, _ body: (inout PrettyJSONWriter, Elements.Element) -> Void) {
        open("[")
        for element in elements { body(&self, element) }
        close("]")
    }

    /// Starts a member of the open object; its value comes next.
    mutating func key(_ name: String) {
        member()
        appendQuoted(name)
        text += " : "
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    mutating func integer(_ value: Int) {
        beforeValue()
        text += String(value)
    }

    /// The final line break JSONText adds.
    mutating func finish() -> String {
        text += "\n"
        return text
    }

    private mutating func open(_ bracket: String) {
        beforeValue()
        text += bracket
        counts.append(0)
    }

    private mutating func close(_ bracket: String) {
        let count = counts.removeLast()
        text += count == 0 ? "\n\n" : "\n"
        indent()
        text += bracket
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else {
            member()
        }
    }

    /// The line break, comma and indentation before a member of the open object or array.
    private mutating func member() {
        guard let last = counts.indices.last else { return }
        text += counts[last] == 0 ? "\n" : ",\n"
        counts[last] += 1
        indent()
    }

    private mutating func indent() {
        for _ in 0..<counts.count { text += "  " }
    }

    private static let shortEscapes: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"]
    private static let hexDigits = Array("0123456789abcdef".unicodeScalars)

    /// A string in quotes, escaped as Foundation escapes: `"` and `\`, the short forms of
    /// backspace, tab, line feed, form feed and carriage return, `\u00xx` for the other
    /// control characters; everything else, DEL and non-ASCII included, as it is.
    private mutating func appendQuoted(_ value: String) {
        text += "\""
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: text += "\\\""
            case 0x5C: text += "\\\\"
            case 0..<0x20:
                if let short = Self.shortEscapes[UInt8(scalar.value)] {
                    text += short
                } else {
                    text += "\\u00"
                    text.unicodeScalars.append(Self.hexDigits[Int(scalar.value >> 4)])
                    text.unicodeScalars.append(Self.hexDigits[Int(scalar.value & 0xF)])
                }
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
