/// Minimal edits to a YAML file's text: replace a scalar's exact source range with a new value in
/// the same style, or add a key to a mapping beside its siblings. Everything else, comments,
/// order and quoting included, stays byte for byte.
struct YAMLEditor {
    let scalars: [Unicode.Scalar]
    var edits: [TextEdit] = []
    /// The file's line break, for the lines an edit adds (``LineBreak/of(_:)``).
    private let newline: String

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        newline = LineBreak.of(scalars.lazy.map(\.value))
    }

    /// The file's bytes with the edits applied, a byte order mark written back when it had one.
    func editedBytes(byteOrderMark: Bool) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? SourceText.byteOrderMarkBytes : []
        bytes.reserveCapacity(bytes.count + scalars.count)
        for scalar in TextEdit.apply(edits, to: scalars) { UTF8.encode(scalar) { bytes.append($0) } }
        return bytes
    }

    /// Whether a value can be replaced in place: not an alias (its range is the anchored node's),
    /// and without an anchor or tag (replacing the range would drop them).
    func isEditable(_ range: TextRange) -> Bool {
        guard range.start.offset < scalars.count else { return false }
        return !["*", "&", "!"].contains(scalars[range.start.offset])
    }

    /// The style a scalar was written in, read from its first character.
    private func style(at range: TextRange) -> YAMLScalarStyle {
        switch range.start.offset < scalars.count ? scalars[range.start.offset] : " " {
        case "\"": .doubleQuoted
        case "'": .singleQuoted
        case "|": .literal
        case ">": .folded
        default: .plain
        }
    }

    /// Whether a collection is written in flow style (`{…}` or `[…]`).
    func isFlow(_ range: TextRange) -> Bool {
        range.start.offset < scalars.count && ["{", "["].contains(scalars[range.start.offset])
    }

    /// Whether the mapping at `range` is written as JSON (`{"quote": …}`): keys and text added to
    /// it are then double-quoted, so that a file written as JSON stays JSON.
    func isJSON(_ range: TextRange) -> Bool {
        guard range.start.offset < scalars.count, scalars[range.start.offset] == "{" else { return false }
        return scalars[(range.start.offset + 1)...].first { !$0.properties.isWhitespace } == "\""
    }

    /// A key as `insert` writes it: double-quoted in a mapping written as JSON.
    static func key(_ key: String, json: Bool) -> String { json ? YAMLScalarWriter.doubleQuoted(key) : key }

    mutating func replace(_ range: TextRange, with value: String, inFlow: Bool) {
        let style = style(at: range)
        var text = YAMLScalarWriter.render(value, style: style, inFlow: inFlow)
        var offsets = range.offsets
        if style == .literal || style == .folded {
            // A block scalar's range ends after its last line break, which the new value must
            // keep, and takes in the blank lines after it, which stay where they are. A comment
            // on its header line (`|-  # from the print edition`) is a reviewer's and stays too,
            // after the new value.
            text += headerComment(of: offsets) + newline
            offsets = offsets.lowerBound..<endOfLastNonBlankLine(in: offsets)
        }
        edits.append(TextEdit(range: offsets, replacement: text))
    }

    /// The comment on a block scalar's header line, with the white space before it; empty when
    /// the line has none. In a header, `#` after white space can only begin a comment.
    private func headerComment(of range: Range<Int>) -> String {
        var end = range.lowerBound
        while end < range.upperBound, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        guard var start = (range.lowerBound..<end).dropFirst().first(where: { scalars[$0] == "#" && isBlank(scalars[$0 - 1]) })
        else { return "" }
        while start - 1 > range.lowerBound, isBlank(scalars[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Where the line after the last line in `range` with more than white space starts.
    private func endOfLastNonBlankLine(in range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            // The line that ends at `end`: from after the previous line break up to `end`.
            var start = end - 1
            while start > range.lowerBound, !LineBreak.ends(at: start, in: scalars) { start -= 1 }
            guard scalars[start..<end].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }), start > range.lowerBound
            else { return end }
            end = start
        }
        return end
    }

    /// Gives a key left without a value (`key:`, `key: ~`, `key: null`) the value `value`,
    /// already rendered: the null is replaced, or the value written after the colon.
    mutating func fill(_ pair: YAMLPair, rendered value: String) {
        let range = pair.value.range.offsets
        guard range.isEmpty else {
            edits.append(TextEdit(range: range, replacement: value))
            return
        }
        var colon = pair.key.range.end.offset
        while colon < scalars.count, scalars[colon] != ":" { colon += 1 }
        let end = min(colon + 1, scalars.count)
        edits.append(TextEdit(range: end..<end, replacement: " \(value)"))
    }

    mutating func replace(_ range: TextRange, with value: Int) {
        edits.append(TextEdit(range: range.offsets, replacement: YAMLScalarWriter.render(value)))
    }

    /// Adds `key: value` (already rendered) to a mapping after its last value, `after`: in a flow
    /// mapping before the closing brace, in a block mapping on a new line at `indentColumn`
    /// (1-based), where its sibling keys start.
    mutating func insert(key: String, rendered value: String, after last: TextRange, flow: Bool, indentColumn: Int) {
        if flow {
            edits.append(TextEdit(range: last.end.offset..<last.end.offset, replacement: ", \(key): \(value)"))
            return
        }
        let indent = String(repeating: " ", count: indentColumn - 1)
        var offset = last.end.offset
        if LineBreak.ends(at: offset, in: scalars) {
            // After a block scalar: its range already ends at the start of the next line.
            edits.append(TextEdit(range: offset..<offset, replacement: "\(indent)\(key): \(value)\(newline)"))
            return
        }
        // After the rest of the line (a comment stays with its value); before the line break.
        while offset < scalars.count, scalars[offset] != "\n", scalars[offset] != "\r" { offset += 1 }
        edits.append(TextEdit(range: offset..<offset, replacement: "\(newline)\(indent)\(key): \(value)"))
    }
}
