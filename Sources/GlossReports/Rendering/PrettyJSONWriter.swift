import GlossCore

/// Writes JSON byte for byte as ``JSONText`` does (Foundation's pretty-printed, sorted-key,
/// unescaped-slash output), but straight into text. The check report uses it: with a hundred
/// thousand findings, Foundation's encoder took a third of a large run, on one core, and kept
/// several copies of the output in memory.
///
/// The caller writes keys in sorted order; `PrettyJSONWriterTests` compares the output with
/// ``JSONText``'s on every kind of value. A writer is used in one place at a time (`inout`);
/// its text lives in a ``ByteBuffer``, which copies of it would share.
struct PrettyJSONWriter {
    /// The text since the last piece was handed over or kept.
    private var bytes = ByteBuffer()
    /// What was written before `bytes`, in order, when there is no `output`: the pieces of
    /// concurrent arrays are kept as they are and copied once, into the final string.
    private var written: [ByteBuffer] = []
    /// Where text goes as soon as it is final, when set: a large report then never has more than
    /// a few pieces in memory.
    private let output: ((UnsafeRawBufferPointer) -> Void)?
    /// How many objects and arrays are open: the indentation of their members.
    private var depth = 0
    /// Whether the innermost open object or array has a member yet: the next one follows a
    /// comma. The ones around it always have one, the value open in them, so this is all the
    /// writer needs to remember of them.
    private var hasMembers = false
    /// A key was just written: the next value follows it on the same line.
    private var afterKey = false

    /// A writer that keeps the text for ``finish()`` or, with `output`, hands it over piece by
    /// piece; ``finish(into:)`` then hands over the rest.
    init(output: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.output = output
    }

    /// The document `body` writes, as one string: `report` and `render` of the JSON formats.
    static func text(_ body: (inout PrettyJSONWriter) -> Void) -> String {
        var json = PrettyJSONWriter()
        body(&json)
        return json.finish()
    }

    /// The document `body` writes, handed to `output` piece by piece as it becomes final: what
    /// the JSON formats write to a file or standard output.
    static func write(to output: (UnsafeRawBufferPointer) -> Void, _ body: (inout PrettyJSONWriter) -> Void) {
        withoutActuallyEscaping(output) { output in
            var json = PrettyJSONWriter(output: output)
            body(&json)
            json.finish(into: output)
        }
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
        let depth = depth
        emit(bytes)
        bytes = ByteBuffer()
        let (elementsAPiece, piecesAtOnce) = (1024, 16)
        // Written out as they are made, the pieces of one batch are written into again by the
        // next, each batch's first piece into the buffer of the one before's first: made anew,
        // the pieces of a large report were 180 MB of fresh pages, a fifth of a check's page faults.
        let reused: [ByteBuffer]? = output == nil ? nil : (0..<piecesAtOnce).map { _ in ByteBuffer(capacity: Self.pieceCapacity) }
        OrderedPieces.render(count: elements.count, size: elementsAPiece, batch: piecesAtOnce) { range in
            // The first piece starts the array; the others continue it after a comma.
            var piece = PrettyJSONWriter(continuingAtDepth: depth, afterMembers: range.lowerBound > 0,
                                         into: reused?[range.lowerBound / elementsAPiece % piecesAtOnce])
            // By index: a loop over the elements copied each one, retaining what it holds.
            for index in range { body(&piece, elements[index]) }
            return piece.bytes
        } emit: { emit($0) }
        hasMembers = !elements.isEmpty
        close("]")
    }

    /// The room a piece starts with: about what a thousand findings take.
    private static let pieceCapacity = 1 << 20

    /// A piece of an array's members at `depth`, written into `buffer` (emptied) when given.
    private init(continuingAtDepth depth: Int, afterMembers: Bool, into buffer: ByteBuffer?) {
        output = nil
        buffer?.removeAll()
        bytes = buffer ?? ByteBuffer(capacity: Self.pieceCapacity)
        self.depth = depth
        hasMembers = afterMembers
    }

    /// Text that is final: to the output, or kept.
    private mutating func emit(_ piece: ByteBuffer) {
        if let output {
            output(piece.bytes)
        } else {
            written.append(piece)
        }
    }

    /// Starts a member whose name is written in the program, as nearly every name is: copied as
    /// it is, since such names need no escapes (checked in debug builds). Its value comes next.
    mutating func key(_ name: StaticString) {
        let text = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(!Self.needsEscapes(text), "a member name written in the program needs no escapes")
        assert(depth > 0, "a member is in an object")
        // The line start, the quoted name and the colon are one append: written in four, with a
        // capacity check and a copy each, keys were a fortieth of a run.
        let (lineStart, spaces) = lineStart(afterComma: hasMembers)
        hasMembers = true
        bytes.append(count: lineStart.count + spaces + text.count + 5) { target in
            var end = Self.write(lineStart, spaces, to: target)
            end.pointee = 0x22
            end += 1
            end.initialize(from: text.baseAddress!, count: text.count)
            end += text.count
            end.initialize(from: Self.colon.utf8Start, count: Self.colon.utf8CodeUnitCount)
        }
        afterKey = true
    }

    /// What follows a member name.
    private static var colon: StaticString { "\" : " }

    /// Starts a member whose name comes from data, escaped like any string. Its value comes next.
    mutating func key(escaping name: String) {
        member()
        appendQuoted(name)
        bytes.append(" : ")
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    /// An object of string members, in the order given (which must be sorted).
    mutating func object(strings members: KeyValuePairs<StaticString, String>) {
        object { json in
            for (name, value) in members {
                json.key(name)
                json.string(value)
            }
        }
    }

    /// A member holding `value`, or nothing when there is none: how an encoder writes an
    /// optional.
    mutating func string(_ value: String?, forKey name: StaticString) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func integer(_ value: Int) {
        beforeValue()
        if value < 0 { bytes.append(0x2D) }
        bytes.append(decimal: value.magnitude)
    }

    mutating func boolean(_ value: Bool) {
        beforeValue()
        bytes.append(value ? "true" : "false")
    }

    /// A number already spelled out.
    mutating func number(_ text: String) {
        beforeValue()
        var text = text
        text.withUTF8 { bytes.append($0) }
    }

    mutating func null() {
        beforeValue()
        bytes.append("null")
    }

    /// The text, with the final line break JSONText adds.
    consuming func finish() -> String {
        bytes.append(0x0A)
        let parts = written + [bytes]
        return String(unsafeUninitializedCapacity: parts.reduce(0) { $0 + $1.count }) { buffer in
            var end = 0
            for part in parts {
                UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[end...])).copyMemory(from: part.bytes)
                end += part.count
            }
            return end
        }
    }

    /// Hands `output` the text not handed over yet, in order, with the final line break.
    consuming func finish(into output: (UnsafeRawBufferPointer) -> Void) {
        bytes.append(0x0A)
        for part in written + [bytes] { output(part.bytes) }
    }

    private mutating func open(_ bracket: StaticString) {
        beforeValue()
        bytes.append(bracket)
        depth += 1
        hasMembers = false
    }

    private mutating func close(_ bracket: StaticString) {
        // An empty object or array holds an empty line, as Foundation writes it.
        if !hasMembers { bytes.append(0x0A) }
        depth -= 1
        newLine(afterComma: false)
        bytes.append(bracket)
        // What closed is a member of what is around it.
        hasMembers = true
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
        guard depth > 0 else { return }
        newLine(afterComma: hasMembers)
        hasMembers = true
    }

    /// A line break (after a comma when `afterComma`) and the indentation of `depth`, copied at
    /// once from ``lineStart``: every line of a report starts so, and written a piece at a time,
    /// with the members counted in an array, the starts of lines were nearly half of the report.
    @inline(__always)
    private mutating func newLine(afterComma: Bool) {
        let (lineStart, spaces) = lineStart(afterComma: afterComma)
        bytes.append(count: lineStart.count + spaces) { _ = Self.write(lineStart, spaces, to: $0) }
    }

    /// The start of a line at `depth`: the part of ``lineStart`` to copy, and the spaces of
    /// indentation beyond it.
    @inline(__always)
    private func lineStart(afterComma: Bool) -> (copied: UnsafeBufferPointer<UInt8>, spaces: Int) {
        let skipped = afterComma ? 0 : 1
        let indentation = 2 * depth
        let copied = min(indentation, Self.lineStart.utf8CodeUnitCount - 2)
        return (UnsafeBufferPointer(start: Self.lineStart.utf8Start + skipped, count: 2 - skipped + copied),
                indentation - copied)
    }

    /// Writes a line start from ``lineStart(afterComma:)`` at `target`; returns where it ends.
    @inline(__always)
    private static func write(_ lineStart: UnsafeBufferPointer<UInt8>, _ spaces: Int,
                              to target: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        target.initialize(from: lineStart.baseAddress!, count: lineStart.count)
        (target + lineStart.count).initialize(repeating: 0x20, count: spaces)
        return target + lineStart.count + spaces
    }

    /// A comma, a line break and 32 levels of indentation; lines deeper than reports go get the
    /// rest a space at a time.
    private static var lineStart: StaticString {
        ",\n                                                                "
    }

    /// A string in quotes, escaped as Foundation escapes: `"` and `\`, the short forms of
    /// backspace, tab, line feed, form feed and carriage return, `\u00xx` for the other
    /// control characters; everything else, DEL and non-ASCII included, as it is.
    private mutating func appendQuoted(_ value: String) {
        // Native strings, every string of a report, lend their bytes without being copied first.
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var value = value
            value.withUTF8 { appendQuoted($0) }
        }
    }

    private mutating func appendQuoted(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        guard Self.needsEscapes(value) else {
            bytes.append(value)
            bytes.append(0x22)
            return
        }
        var clean = 0
        // Bytes of multi-byte characters are all 0x80 or more, so they pass through whole; runs
        // that need no escape are copied at once.
        for (index, byte) in value.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            bytes.append(UnsafeBufferPointer(rebasing: value[clean..<index]))
            clean = index + 1
            switch byte {
            case 0x22: bytes.append("\\\"")
            case 0x5C: bytes.append("\\\\")
            case 0x08: bytes.append("\\b")
            case 0x09: bytes.append("\\t")
            case 0x0A: bytes.append("\\n")
            case 0x0C: bytes.append("\\f")
            case 0x0D: bytes.append("\\r")
            default:
                bytes.append("\\u00")
                bytes.append(Self.hexDigit(byte >> 4))
                bytes.append(Self.hexDigit(byte & 0xF))
            }
        }
        bytes.append(UnsafeBufferPointer(rebasing: value[clean...]))
        bytes.append(0x22)
    }

    /// Whether any byte is a control character, `"` or `\`, tested eight bytes at a time: nearly
    /// every string of a report needs no escape, and every byte of it is looked at.
    private static func needsEscapes(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = value.baseAddress else { return false }
        let (ones, highs) = (UInt64(0x0101_0101_0101_0101), UInt64(0x8080_8080_8080_8080))
        var index = 0
        while index + 8 <= value.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 (ASCII only: bytes of 0x80 and more are masked out), or a byte
            // equal to 0x22 or 0x5C, sets the high bit of its lane.
            let below = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            if (below | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs != 0 { return true }
            index += 8
        }
        return value[index...].contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}
