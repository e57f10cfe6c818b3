extension SourceText {
    /// The number of lines. An empty text has one; a final line break is followed by an empty
    /// last line, as in editors, which is where ``position(at:)`` puts the end of the text.
    public var lineCount: Int { lines.count }

    /// The 1-based line and column (in scalars) of an offset, clamped into `0...scalarCount`.
    /// Inside a CRLF, the LF is still on the line the CR ends.
    public func position(at offset: Int) -> TextPosition {
        lines.position(at: offset)
    }

    /// The column of an offset counted in another unit, 1-based, for peers such as an LSP client
    /// (whose `character` is this minus one). The offset is clamped into `0...scalarCount`.
    public func column(at offset: Int, in unit: TextEncodingUnit) -> Int {
        let position = position(at: offset)
        let lineStart = position.offset - (position.column - 1)
        return codeUnitOffset(at: position.offset, in: unit)
            - codeUnitOffset(at: lineStart, in: unit) + 1
    }

    /// The offset at a 1-based line and column, the column counted in `unit`. `nil` when the line
    /// does not exist, the column lies past the line's end (its terminator included), or the
    /// column falls inside the encoding of a scalar: the caller decides whether to clamp.
    public func offset(line: Int, column: Int, in unit: TextEncodingUnit = .utf32) -> Int? {
        guard column >= 1, let offsets = lines.offsets(onLine: line) else { return nil }
        let target = codeUnitOffset(at: offsets.lowerBound, in: unit) + column - 1
        guard let offset = offset(atCodeUnit: target, in: unit), offsets.contains(offset) else {
            return nil
        }
        return offset
    }

    /// The text of a 1-based line without its terminator, for the snippet under a diagnostic;
    /// empty when there is no such line (lines from ``position(at:)`` always exist).
    public func line(_ line: Int) -> String {
        guard let offsets = lines.offsets(onLine: line) else { return "" }
        guard line < lines.count else { return string(offsets.lowerBound..<offsets.upperBound) }
        // Before the last line, the range ends with the terminator: LF, CRLF or a lone CR.
        let last = offsets.upperBound
        let isCRLF = scalars[last] == "\n" && last > offsets.lowerBound && scalars[last - 1] == "\r"
        return string(offsets.lowerBound..<(isCRLF ? last - 1 : last))
    }
}
