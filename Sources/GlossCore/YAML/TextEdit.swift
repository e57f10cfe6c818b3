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
    /// offset keep their order.
    public static func apply(_ edits: [TextEdit], to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var scalars = scalars
        let ordered = edits.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) > ($1.element.range.lowerBound, $1.offset) }
        for edit in ordered.map(\.element) {
            scalars.replaceSubrange(edit.range, with: edit.replacement.unicodeScalars)
        }
        return scalars
    }
}
