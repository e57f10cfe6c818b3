import CYAML

/// Turns libyaml's marks and byte offsets into ``TextPosition``s.
///
/// libyaml counts a mark's index and column in Unicode scalars, as Gloss does, and does not count
/// a leading byte order mark. But it also ends lines at NEL (U+0085), LINE SEPARATOR (U+2028) and
/// PARAGRAPH SEPARATOR (U+2029), where editors, LSP and SARIF see only LF, CRLF and CR. Text that
/// holds one of those gets lines and columns recomputed from the index; other text, nearly all of
/// it, takes libyaml's marks as they are.
struct YAMLMarks {
    private let lines: LineTable?

    init(_ text: UnsafeBufferPointer<UInt8>) {
        lines = Self.hasUnicodeLineBreak(text) ? LineTable(text, upToByte: text.count) : nil
    }

    func position(_ mark: yaml_mark_t) -> TextPosition {
        let offset = Int(mark.index)
        return lines?.position(ofScalar: offset)
            ?? TextPosition(offset: offset, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The position of the character holding byte `byteOffset`, for libyaml's reader errors, which
    /// give only a byte offset. The text before that character is valid UTF-8: the reader stops at
    /// the first fault.
    static func position(ofByte byteOffset: Int, in text: UnsafeBufferPointer<UInt8>) -> TextPosition {
        let table = LineTable(text, upToByte: byteOffset)
        return table.position(ofScalar: table.scalarCount)
    }

    /// Whether the text contains NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9).
    private static func hasUnicodeLineBreak(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        var i = 0
        while i < text.count {
            // ASCII holds none of them: every file is scanned, so it is skipped eight bytes at a time.
            if i + 8 <= text.count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if text[i] == 0xC2, i + 1 < text.count, text[i + 1] == 0x85 { return true }
            if text[i] == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xA8 || text[i + 2] == 0xA9 { return true }
            i += 1
        }
        return false
    }
}

/// The scalar offsets at which lines start in UTF-8 text, lines ending at LF, CRLF or CR.
private struct LineTable {
    private var starts = [0]
    /// How many whole scalars were read.
    private(set) var scalarCount = 0

    /// Reads the whole scalars that end at or before byte `end`; the text must be valid UTF-8 there.
    init(_ text: UnsafeBufferPointer<UInt8>, upToByte end: Int) {
        var index = 0
        while index < min(end, text.count) {
            let lead = text[index]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index + width <= end else { break }
            index += width
            scalarCount += 1
            if lead == 0x0A || (lead == 0x0D && (index == text.count || text[index] != 0x0A)) {
                starts.append(scalarCount)
            }
        }
    }

    func position(ofScalar offset: Int) -> TextPosition {
        // The first line starts at 0, so some start is at or before any offset.
        let line = starts.lastIndex(notAbove: offset) ?? 0
        return TextPosition(offset: offset, line: line + 1, column: offset - starts[line] + 1)
    }
}
