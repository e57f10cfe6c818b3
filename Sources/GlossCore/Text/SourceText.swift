/// The text of a document, held so that anchoring and editors can work on it without re-reading
/// the file.
///
/// Offsets are Unicode scalar offsets into the raw text (W3C TextPositionSelector semantics): a
/// CRLF counts as two scalars, nothing is normalized, and a leading byte order mark is not part of
/// the text. The scalars are stored contiguously so that slicing by offset is O(1); a line-start
/// table and a code-unit index make every conversion O(log n).
///
/// Conventions shared by every conversion: a scalar offset passed in is clamped into
/// `0...scalarCount`, so a stale offset still points somewhere sensible; a conversion *to* a scalar
/// offset returns `nil` when its input names no place in the text.
public struct SourceText: Sendable {
    /// The text, one element per Unicode scalar, without the byte order mark.
    let scalars: [Unicode.Scalar]
    /// Where each line begins.
    let lines: LineIndex
    /// UTF-8 and UTF-16 offsets at regular scalar intervals.
    let codeUnits: CodeUnitIndex
    /// The text's UTF-8 encoding, without the byte order mark: a quarter of the scalars' memory
    /// for most text, which is what an exact search has to read (see `occurrences(of:)`).
    let utf8: [UInt8]

    /// Whether the text began with a byte order mark (U+FEFF), which was dropped. Tools that
    /// rewrite a file need it to write the mark back; offsets never count it.
    public let hadByteOrderMark: Bool

    /// Decodes a file's bytes, which must be UTF-8: a document Gloss cannot decode is a finding,
    /// not something to guess about.
    ///
    /// - Throws: ``SourceTextError/invalidUTF8(byteOffset:position:)`` at the first ill-formed
    ///   sequence.
    public init(decoding bytes: [UInt8]) throws(SourceTextError) {
        let decoded = try Self.decodeUTF8(bytes)
        self.scalars = decoded.scalars
        self.lines = decoded.lines
        self.codeUnits = decoded.codeUnits
        // The file's own bytes are kept, shared rather than copied, unless a mark has to go.
        self.utf8 = decoded.hadByteOrderMark ? Array(bytes.dropFirst(3)) : bytes
        self.hadByteOrderMark = decoded.hadByteOrderMark
    }

    /// Wraps text that is already in memory, such as an editor's buffer. A leading U+FEFF is
    /// dropped as for a file, so offsets agree whichever way the text arrived.
    public init(_ string: String) {
        // A string's UTF-8 is always well-formed, so decoding it cannot fail.
        guard let text = try? SourceText(decoding: Array(string.utf8)) else {
            preconditionFailure("a string's UTF-8 did not decode")
        }
        self = text
    }

    /// The byte order mark in UTF-8, which a file may begin with and which offsets never count.
    public static let byteOrderMarkBytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The number of Unicode scalars in the text: the largest valid offset.
    public var scalarCount: Int { scalars.count }

    /// The text between two scalar offsets, or `nil` when the range does not lie within
    /// `0...scalarCount`: a caller asking for text that is not there should learn so rather than
    /// receive a silently shortened string.
    public func text(in range: Range<Int>) -> String? {
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
        return string(range)
    }

    /// The text of a range the caller knows lies within the text.
    func string(_ range: Range<Int>) -> String {
        // Copied from the file's own bytes: reports take every span, context and stretch of text
        // between spans this way, and re-encoding scalars cost more than the rest of a report.
        let start = codeUnitOffset(at: range.lowerBound, in: .utf8), end = codeUnitOffset(at: range.upperBound, in: .utf8)
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The line and column of both ends of a span, for a diagnostic's location.
    public func range(of offsets: Range<Int>) -> TextRange {
        TextRange(start: position(at: offsets.lowerBound), end: position(at: offsets.upperBound))
    }
}
