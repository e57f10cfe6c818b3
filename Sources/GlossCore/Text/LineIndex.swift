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

    /// Indexes scalars already in memory, walking them again.
    init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        scalars.withUnsafeBufferPointer { scalars in
            var index = 0
            let breaks = SIMD8<UInt32>(repeating: 0x0D)
            while index < scalars.count {
                // Nearly every scalar is neither break: eight at a time are ruled out together
                // when none is at or below CR.
                if index + 8 <= scalars.count,
                   !any(UnsafeRawPointer(scalars.baseAddress! + index).loadUnaligned(as: SIMD8<UInt32>.self) .<= breaks) {
                    index += 8
                    continue
                }
                let scalar = scalars[index].value
                index += 1
                // One comparison rules both out for the scalars of a group of eight that has one.
                guard scalar <= 0x0D, scalar == 0x0A || scalar == 0x0D else { continue }
                if scalar == 0x0D, index < scalars.count, scalars[index] == "\n" {
                    index += 1
                }
                starts.append(index)
            }
        }
        self.starts = starts
        self.scalarCount = scalars.count
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
