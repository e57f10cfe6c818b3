import GlossCore

/// Converts between a text's Unicode scalar offsets, Gloss's unit, and LSP positions, whose
/// `character` counts the negotiated encoding. Every conversion goes through ``SourceText``.
struct PositionMapper {
    let text: SourceText
    let unit: TextEncodingUnit
    /// What the client counts before the text's first character: the byte order mark, in the
    /// few editors that keep it in a buffer's text; offsets never count it.
    private let markWidth: Int

    /// `markCounted`: the client's text of the buffer starts with the byte order mark.
    init(text: SourceText, unit: TextEncodingUnit, markCounted: Bool = false) {
        self.text = text
        self.unit = unit
        // U+FEFF: three bytes in UTF-8, one unit in UTF-16 and UTF-32.
        markWidth = markCounted ? (unit == .utf8 ? 3 : 1) : 0
    }

    func position(_ offset: Int) -> Position {
        let line = text.position(at: offset).line - 1
        return Position(line: line, character: text.column(at: offset, in: unit) - 1 + (line == 0 ? markWidth : 0))
    }

    func range(_ offsets: Range<Int>) -> LSPRange {
        LSPRange(start: position(offsets.lowerBound), end: position(offsets.upperBound))
    }

    func range(_ range: TextRange) -> LSPRange { self.range(range.offsets) }

    /// The scalar offset of a position. Past the end of its line a position means the line's end,
    /// as the protocol says, and past the last line the end of the text, as the protocol's
    /// reference implementation reads it (some clients write "to the end" as the line after the
    /// last): a change dropped instead would leave the server's copy of a buffer unlike the
    /// editor's. Before the first line or character, the start. Inside the encoding of a character
    /// (half a surrogate pair, a byte within a UTF-8 sequence), the start of that character.
    func offset(_ position: Position) -> Int {
        // Compared before adding: a client's line can be as large as an integer gets.
        guard position.line >= 0 else { return 0 }
        var position = position
        if position.line == 0 { position.character = max(0, position.character - markWidth) }
        guard position.line < text.lineCount, let lineStart = text.offset(line: position.line + 1, column: 1, in: unit) else {
            return text.scalarCount
        }
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

    /// The scalar range of an LSP range; ends out of order are swapped.
    func offsets(_ range: LSPRange) -> Range<Int> {
        let start = offset(range.start), end = offset(range.end)
        return min(start, end)..<max(start, end)
    }
}
