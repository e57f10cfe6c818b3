import GlossCore

/// Writes JSON byte for byte as Foundation's encoder does, pretty-printed, keys sorted, slashes
/// unescaped (``JSONText``), but straight into text. The check report uses it: with a hundred
/// thousand findings, Foundation's encoder took a third of a large run, on one core, and kept
/// several copies of the output in memory.
///
/// The caller writes keys in sorted order; `PrettyJSONWriterTests` compares the output with
/// Foundation's on every kind of value. A writer is used in one place at a time (`inout`);
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
        open(0x7B)
        body(&self)
        close(0x7D)
    }

    mutating func array<Elements: Sequence>(_ elements: Elements, _ body: (inout PrettyJSONWriter, Elements.Element) -> Void) {
        open(0x5B)
        for element in elements { body(&self, element) }
        close(0x5D)
    }

    /// The same bytes as ``array(_:_:)``, with the elements written on all cores in pieces that
    /// are joined in order, a few pieces at a time. `body` writes exactly one value for each element.
    mutating func array<Element: Sendable>(concurrently elements: [Element],
                                           _ body: @Sendable (inout PrettyJSONWriter, Element) -> Void) {
        open(0x5B)
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
            // Through the buffer: a loop over the elements, or the array's subscript, copied each
            // one, retaining what it holds and releasing it again.
            elements.withUnsafeBufferPointer { elements in
                for index in range { body(&piece, elements[index]) }
            }
            return piece.bytes
        } emit: { emit($0) }
        hasMembers = !elements.isEmpty
        close(0x5D)
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
    /// Inlined, each name's length is known where it is written, and so is how it is copied.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        assert(!UnsafeBufferPointer(start: name.utf8Start, count: length).contains(where: Self.needsEscape),
               "a member name written in the program needs no escapes")
        assert(depth > 0, "a member is in an object")
        // The line start, the quoted name and the colon are one append, stored a word at a time:
        // written in four, with a capacity check and a call to copy each, keys were a fortieth of
        // a run.
        let (depth, afterComma) = (depth, hasMembers)
        hasMembers = true
        afterKey = true
        bytes.append(atMost: Self.lineStartRoom(depth) + length + 5) { target in
            let quote = target + Self.writeLineStart(afterComma: afterComma, depth: depth, at: target)
            quote.storeBytes(of: 0x22, as: UInt8.self)
            Self.copy(UnsafeRawPointer(name.utf8Start), count: length, to: quote + 1)
            // `" : `, the closing quote and what follows a name.
            (quote + 1 + length).storeBytes(of: UInt32(0x203A_2022).littleEndian, as: UInt32.self)
            return (quote - target) &+ 5 &+ length
        }
    }

    /// Copies `count` bytes, the short ones (member names) without a call: as two words that
    /// overlap in the middle, so that no byte is read or written outside the two ranges.
    @inline(__always)
    private static func copy(_ source: UnsafeRawPointer, count: Int, to target: UnsafeMutableRawPointer) {
        switch count {
        case 8...16:
            let (first, last) = (source.loadUnaligned(as: UInt64.self), source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            target.storeBytes(of: first, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let (first, last) = (source.loadUnaligned(as: UInt32.self), source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            target.storeBytes(of: first, as: UInt32.self)
            target.storeBytes(of: last, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            for index in [0, count / 2, count - 1] {
                target.storeBytes(of: source.load(fromByteOffset: index, as: UInt8.self), toByteOffset: index, as: UInt8.self)
            }
        default:
            target.copyMemory(from: source, byteCount: count)
        }
    }

    /// Starts a member whose name comes from data, escaped like any string. Its value comes next.
    mutating func key(escaping name: String) {
        member()
        appendQuoted(name)
        bytes.append(" : ")
        afterKey = true
    }

    @inline(__always)
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

    @inline(__always)
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
        text.withUTF8Bytes { bytes.append($0) }
    }

    mutating func null() {
        beforeValue()
        bytes.append("null")
    }

    /// The text, with the final line break every JSON file Gloss writes ends with.
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

    private mutating func open(_ bracket: UInt8) {
        // As beforeValue(), in the same append as the bracket.
        let (depth, afterComma, startsLine) = (depth, hasMembers, !afterKey && depth > 0)
        afterKey = false
        bytes.append(atMost: Self.lineStartRoom(depth) + 1) { target in
            let end = startsLine ? target + Self.writeLineStart(afterComma: afterComma, depth: depth, at: target) : target
            end.storeBytes(of: bracket, as: UInt8.self)
            return end + 1 - target
        }
        self.depth += 1
        hasMembers = false
    }

    private mutating func close(_ bracket: UInt8) {
        let empty = !hasMembers
        depth -= 1
        let depth = depth
        bytes.append(atMost: 1 + Self.lineStartRoom(depth) + 1) { target in
            // An empty object or array holds an empty line, as Foundation writes it.
            if empty { target.storeBytes(of: 0x0A, as: UInt8.self) }
            let lineStart = empty ? target + 1 : target
            let end = lineStart + Self.writeLineStart(afterComma: false, depth: depth, at: lineStart)
            end.storeBytes(of: bracket, as: UInt8.self)
            return end + 1 - target
        }
        // What closed is a member of what is around it.
        hasMembers = true
    }

    @inline(__always)
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
        let (depth, afterComma) = (depth, hasMembers)
        bytes.append(atMost: Self.lineStartRoom(depth)) { Self.writeLineStart(afterComma: afterComma, depth: depth, at: $0) }
        hasMembers = true
    }

    /// The room ``writeLineStart(afterComma:depth:at:)`` needs at `depth`.
    @inline(__always)
    private static func lineStartRoom(_ depth: Int) -> Int {
        2 &+ 2 &* depth &+ 16
    }

    /// Writes a line break (after a comma when `afterComma`) and the indentation of `depth` at
    /// `target`, in whole words: every line of a report starts so, and copied, the starts of lines
    /// were a call to copy and one to fill each. Returns how many bytes it wrote; what it stored
    /// beyond them (spaces, within ``lineStartRoom(_:)``) is written over by what follows.
    @inline(__always)
    private static func writeLineStart(afterComma: Bool, depth: Int, at target: UnsafeMutableRawPointer) -> Int {
        // `,\n`, or a line break and a byte the spaces replace.
        target.storeBytes(of: UInt16(afterComma ? 0x0A2C : 0x000A).littleEndian, as: UInt16.self)
        let (start, indentation) = (afterComma ? 2 : 1, 2 &* depth)
        // Two words of spaces, the indentation of eight levels, then more as deep as it goes.
        let spaces = 0x2020_2020_2020_2020 as UInt64
        target.storeBytes(of: spaces, toByteOffset: start, as: UInt64.self)
        target.storeBytes(of: spaces, toByteOffset: start &+ 8, as: UInt64.self)
        var offset = 16
        while offset < indentation {
            target.storeBytes(of: spaces, toByteOffset: start &+ offset, as: UInt64.self)
            offset &+= 8
        }
        return start &+ indentation
    }

    /// A string in quotes, escaped as Foundation escapes: `"` and `\`, the short forms of
    /// backspace, tab, line feed, form feed and carriage return, `\u00xx` for the other
    /// control characters; everything else, DEL and non-ASCII included, as it is.
    private mutating func appendQuoted(_ value: String) {
        // Native strings, every string of a report, lend their bytes without being copied first.
        // Spelled out here rather than through `withUTF8Bytes`, which, called this often, retained
        // and released each string (callgrind).
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var value = value
            value.withUTF8 { appendQuoted($0) }
        }
    }

    private mutating func appendQuoted(_ value: UnsafeBufferPointer<UInt8>) {
        // Nearly every string of a report needs no escape: copied a word at a time, in quotes,
        // while its words are tested.
        var copied = true
        bytes.append(atMost: value.count + 2) { target in
            target.storeBytes(of: 0x22, as: UInt8.self)
            copied = Self.copyUnlessEscaped(value, to: target + 1)
            guard copied else { return 0 }
            target.storeBytes(of: 0x22, toByteOffset: value.count + 1, as: UInt8.self)
            return value.count + 2
        }
        guard !copied else { return }
        bytes.append(0x22)
        var clean = 0
        // Bytes of multi-byte characters are all 0x80 or more, so they pass through whole; runs
        // that need no escape are copied at once.
        for (index, byte) in value.enumerated() where Self.needsEscape(byte) {
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

    /// Copies `value` to `target` and tells whether none of its bytes needs an escape, eight bytes
    /// at a time (four, for a short one), the last word overlapping the one before, so that no byte
    /// is read outside `value`.
    @inline(__always)
    private static func copyUnlessEscaped(_ value: UnsafeBufferPointer<UInt8>, to target: UnsafeMutableRawPointer) -> Bool {
        guard let source = value.baseAddress.map(UnsafeRawPointer.init) else { return true }
        let count = value.count
        switch count {
        case 8...:
            var escapes: UInt64 = 0
            var index = 0
            while index + 8 < count {
                let word = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                target.storeBytes(of: word, toByteOffset: index, as: UInt64.self)
                escapes |= Self.escapes(word)
                index += 8
            }
            let last = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
            return escapes | Self.escapes(last) == 0
        case 4..<8:
            let (first, last) = (source.loadUnaligned(as: UInt32.self), source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            target.storeBytes(of: first, as: UInt32.self)
            target.storeBytes(of: last, toByteOffset: count - 4, as: UInt32.self)
            return Self.escapes(first) | Self.escapes(last) == 0
        default:
            target.copyMemory(from: source, byteCount: count)
            return !value.contains(where: needsEscape)
        }
    }

    /// The high bit of each byte of `word` that is a control character, `"` or `\\`, and maybe of
    /// bytes after such a byte: none when no byte needs an escape. Bytes of 0x80 and more never
    /// set theirs.
    @inline(__always)
    private static func escapes<Word: FixedWidthInteger & UnsignedInteger>(_ word: Word) -> Word {
        let ones = Word.max / 0xFF
        let below = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        return (below | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & (ones &* 0x80)
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}
