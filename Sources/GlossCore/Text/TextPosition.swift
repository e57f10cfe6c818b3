/// A place in a text file, carried with all three coordinates so that no consumer has to
/// re-read the file to convert between them.
///
/// Offsets count Unicode scalars from the start of the text (a leading byte order mark is not
/// part of the text). Lines and columns are 1-based and columns count Unicode scalars, which is
/// what SARIF calls `unicodeCodePoints`; other encodings are derived through ``SourceText``.
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 32 bits: every field of every claim carries two positions, and a large workspace
    // holds millions of them. Files are far smaller than 2 GiB (`Limits` caps what is read), so
    // nothing is lost; the public coordinates are `Int`s.
    private let storedOffset: Int32
    private let storedLine: Int32
    private let storedColumn: Int32

    /// Unicode scalar offset from the start of the text, 0-based.
    public var offset: Int { Int(storedOffset) }

    /// Line number, 1-based.
    public var line: Int { Int(storedLine) }

    /// Column number, 1-based, counted in Unicode scalars.
    public var column: Int { Int(storedColumn) }

    public init(offset: Int, line: Int, column: Int) {
        storedOffset = Int32(offset)
        storedLine = Int32(line)
        storedColumn = Int32(column)
    }

    /// The first scalar of a text.
    public static let start = TextPosition(offset: 0, line: 1, column: 1)

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        lhs.offset < rhs.offset
    }

    public var description: String { "\(line):\(column)" }
}

/// A span of text, from `start` up to but not including `end`.
public struct TextRange: Hashable, Sendable, CustomStringConvertible {
    public var start: TextPosition
    public var end: TextPosition

    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }

    /// An empty range at a position, for findings about a point (a missing key, the end of a file).
    public init(at position: TextPosition) {
        self.init(start: position, end: position)
    }

    /// The scalar offsets the range covers.
    public var offsets: Range<Int> { start.offset..<max(start.offset, end.offset) }

    /// The last line the range has text on: a range that ends at the start of a line (a block
    /// scalar, which ends after its line break) has none on that line.
    public var lastLine: Int {
        end.column == 1 && end.line > start.line ? end.line - 1 : end.line
    }

    public var description: String { "\(start)-\(end)" }
}
