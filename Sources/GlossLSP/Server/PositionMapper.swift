import GlossCore

/// Converts between a text's Unicode scalar offsets, Gloss's unit, and LSP positions, whose
/// `character` counts the negotiated encoding. Every conversion goes through ``SourceText``.
struct PositionMapper {
    let text: SourceText
    let unit: TextEncodingUnit

    func position(_ offset: Int) -> Position {
        Position(line: text.position(at: offset).line - 1, character: text.column(at: offset, in: unit) - 1)
    }

    func range(_ offsets: Range<Int>) -> LSPRange {
        LSPRange(start: position(offsets.lowerBound), end: position(offsets.upperBound))
    }

    func range(_ range: TextRange) -> LSPRange { self.range(range.offsets) }

    /// The scalar offset of a position; nil when the line does not exist. Past the end of its line
    /// a position means the line's end, as the protocol says; inside the encoding of a character
    /// (half a surrogate pair, a byte within a UTF-8 sequence), the start of that character.
    func offset(_ position: Position) -> Int? {
        // Compared before adding: a client's line can be as large as an integer gets.
        guard position.character >= 0, position.line >= 0, position.line < text.lineCount,
              let lineStart = text.offset(line: position.line + 1, column: 1, in: unit) else { return nil }
        let line = position.line + 1
        let lineEnd = lineStart + text.line(line).unicodeScalars.count
        let endCharacter = text.column(at: lineEnd, in: unit) - 1
        guard position.character < endCharacter else { return lineEnd }
        var character = position.character
        while character > 0 {
            if let offset = text.offset(line: line, column: character + 1, in: unit) { return offset }
            character -= 1
        }
        return lineStart
    }

    /// The scalar range of an LSP range, or nil when either end names no line; ends out of order
    /// are swapped.
    func offsets(_ range: LSPRange) -> Range<Int>? {
        guard let start = offset(range.start), let end = offset(range.end) else { return nil }
        return min(start, end)..<max(start, end)
    }
}
