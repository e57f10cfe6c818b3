/// A replacement of a span of a text file, in Unicode scalar offsets: how Gloss changes YAML
/// files, at the positions libyaml reported, so that every byte it does not mean to change stays.
public struct TextEdit: Sendable, Hashable {
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// Applies non-overlapping edits (in any order) to a text's scalars; insertions at the same
    /// offset keep their order. The text is copied once, spans and replacements in turn: a file
    /// of many claims gets an edit for each, and replacing them one by one moved the rest of the
    /// file every time.
    public static func apply(_ edits: [TextEdit], to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let ordered = edits.enumerated()
            .sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }
            .map(\.element)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count + ordered.reduce(0) { $0 + $1.replacement.unicodeScalars.count })
        var copied = 0
        for edit in ordered {
            if edit.range.lowerBound > copied { result += scalars[copied..<edit.range.lowerBound] }
            result += edit.replacement.unicodeScalars
            copied = max(copied, edit.range.upperBound)
        }
        result += scalars[min(copied, scalars.count)...]
        return result
    }
}
