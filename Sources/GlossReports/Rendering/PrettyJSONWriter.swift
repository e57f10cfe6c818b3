import GlossCore

/// Writes JSON byte for byte as ``JSONText`` does (Foundation's pretty-printed, sorted-key,
/// unescaped-slash output), but straight into text. The check report uses it: with a hundred
/// thousand findings, Foundation's encoder took a third of a large run, on one core, and kept
/// several copies of the output in memory.
///
/// The caller writes keys in sorted order; `PrettyJSONWriterTests` compares the output with
/// ``JSONText``'s on every kind of value.
struct PrettyJSONWriter {
    /// UTF-8, appended byte by byte: much cheaper than growing a `String` piece by piece.
    private var bytes: [UInt8] = []
    /// What was written before `bytes`, in order, when there is no `output`: the pieces of
    /// concurrent arrays are kept as they are and copied once, into the final string.
    private var written: [[UInt8]] = []
    /// Where text goes as soon as it is final, when set: a large report then never has more than
    /// a few pieces in memory.
    private let output: ((UnsafeRawBufferPointer) -> Void)?
    /// How many members each open object or array has so far, outermost first.
    private var counts: [Int] = []
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    /// A writer that keeps the text for ``finish()`` or, with `output`, hands it over piece by
    /// piece; ``finishedPieces()`` then hands over the rest.
    init(output: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.output = output
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

    /// The same bytes as ``array(_:_:)``, with the elements written on all cores in pieces that
    /// are joined in order, a few pieces at a time. `body` writes exactly one value for each element.
    mutating func array<Element: Sendable>(concurrently elements: [Element],
                                           _ body: @Sendable (inout PrettyJSONWriter, Element) -> Void) {
        open("[")
        let depth = counts.count
        let (pieceSize, piecesAtOnce) = (1024, 16)
        let starts = Array(stride(from: 0, to: elements.count, by: pieceSize))
        emit(bytes)
        bytes = []
        for batch in stride(from: 0, to: starts.count, by: piecesAtOnce) {
            let pieces = ConcurrentMap.map(Array(starts[batch..<min(batch + piecesAtOnce, starts.count)])) { start in
                // The first piece starts the array; the others continue it after a comma.
                var piece = PrettyJSONWriter(continuingAtDepth: depth, afterMembers: start > 0)
                for element in elements[start..<min(start + pieceSize, elements.count)] { body(&piece, element) }
                return piece.bytes
            }
            pieces.forEach { emit($0) }
        }
        counts[depth - 1] += starts.count
        close("]")
    }

    /// A piece of an array's members at `depth`.
    private init(continuingAtDepth depth: Int, afterMembers: Bool) {
        output = nil
        counts = Array(repeating: 1, count: depth)
        counts[depth - 1] = afterMembers ? 1 : 0
    }

    /// Text that is final: to the output, or kept.
    private mutating func emit(_ piece: [UInt8]) {
        if let output {
            piece.withUnsafeBytes(output)
        } else {
            written.append(piece)
        }
    }

    /// Starts a member of the open object; its value comes next.
    mutating func key(_ name: String) {
        member()
        appendQuoted(name)
        append(" : ")
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    mutating func integer(_ value: Int) {
        beforeValue()
        var digits = value.magnitude
        if value < 0 { bytes.append(0x2D) }
        // The digits, least significant first, reversed in place.
        let first = bytes.count
        repeat {
            bytes.append(0x30 + UInt8(digits % 10))
            digits /= 10
        } while digits > 0
        bytes[first...].reverse()
    }

    /// The text, with the final line break JSONText adds.
    consuming func finish() -> String {
        let parts = finishedPieces()
        return String(unsafeUninitializedCapacity: parts.reduce(0) { $0 + $1.count }) { buffer in
            var end = 0
            for part in parts {
                _ = UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(from: part)
                end += part.count
            }
            return end
        }
    }

    /// The text not yet handed to the output, in pieces, in order, with the final line break.
    consuming func finishedPieces() -> [[UInt8]] {
        bytes.append(0x0A)
        written.append(bytes)
        return written
    }

    private mutating func open(_ bracket: String) {
        beforeValue()
        append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: String) {
        let count = counts.removeLast()
        append(count == 0 ? "\n\n" : "\n")
        indent()
        append(bracket)
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
        append(counts[last] == 0 ? "\n" : ",\n")
        counts[last] += 1
        indent()
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func indent() {
        var width = 2 * counts.count
        while width > 0 {
            bytes.append(contentsOf: Self.spaces[..<min(width, Self.spaces.count)])
            width -= Self.spaces.count
        }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private static let shortEscapes: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"]
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A string in quotes, escaped as Foundation escapes: `"` and `\`, the short forms of
    /// backspace, tab, line feed, form feed and carriage return, `\u00xx` for the other
    /// control characters; everything else, DEL and non-ASCII included, as it is.
    private mutating func appendQuoted(_ value: String) {
        var value = value
        value.withUTF8 { appendQuoted($0) }
    }

    private mutating func appendQuoted(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var needsEscapes = false
        for byte in value where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscapes = true
            break
        }
        guard needsEscapes else {
            bytes.append(contentsOf: value)
            bytes.append(0x22)
            return
        }
        // Bytes of multi-byte characters are all 0x80 or more, so they pass through whole.
        for byte in value {
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0..<0x20:
                if let short = Self.shortEscapes[byte] {
                    append(short)
                } else {
                    append("\\u00")
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0xF)])
                }
            default:
                bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
