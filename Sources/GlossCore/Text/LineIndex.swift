/// Where each line of a text begins, so that turning an offset into a line is a binary search.
///
/// A line ends at LF, CRLF (one break) or a lone CR, as editors see it. A text always has at least
/// one line, and a final line break is followed by an empty last line, where the end of the text
/// lies.
struct LineIndex: Sendable {
    /// The offset of the first scalar of each line, ascending; the first is 0.
    let starts: [Int]
    /// The length of the indexed text, the last valid offset.
    let scalarCount: Int

    /// The line starts found while decoding the text (see `SourceText.decodeUTF8(_:)`).
    init(starts: [Int], scalarCount: Int) {
        self.starts = starts
        self.scalarCount = scalarCount
    }

    var count: Int { starts.count }

    /// Line and column of an offset, clamped into the text.
    func position(at offset: Int) -> TextPosition {
        let clamped = min(max(offset, 0), scalarCount)
        // `starts[0] == 0 <= clamped`, so a start is always found.
        let index = starts.lastIndex(notAbove: clamped) ?? 0
        return TextPosition(offset: clamped, line: index + 1, column: clamped - starts[index] + 1)
    }

    /// Every offset that lies on a 1-based line: from its first scalar through its terminator, or
    /// to the end of the text on the last line. `nil` for a line that does not exist.
    func offsets(onLine line: Int) -> ClosedRange<Int>? {
        guard line >= 1, line <= starts.count else { return nil }
        let last = line < starts.count ? starts[line] - 1 : scalarCount
        return starts[line - 1]...last
    }
}
