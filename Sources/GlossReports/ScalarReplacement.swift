extension String {
    /// The string with each Unicode scalar that `replacement` maps replaced, in one pass, so a
    /// replacement is never replaced again: the core of every escaping a reporter does.
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        // Reports escape every string they write, and nearly every one comes through unchanged.
        guard let first = unicodeScalars.firstIndex(where: { replacement($0) != nil }) else { return self }
        var output = ""
        output.reserveCapacity(utf8.count + 16)
        output.append(self, from: first, replacingScalars: replacement)
        return output
    }

    /// Appends `text` with each Unicode scalar that `replacement` maps replaced
    /// (``replacingScalars(_:)``), for a writer that builds a line of several escaped values.
    public mutating func append(_ text: String, replacingScalars replacement: (Unicode.Scalar) -> String?) {
        append(text, from: text.unicodeScalars.startIndex, replacingScalars: replacement)
    }

    /// Appends `text`, asking `replacement` from `first` on: the scalars before it are known to
    /// stay. The stretches between replaced scalars are copied whole: GitHub's escaping replaces
    /// the line break of nearly every message, and appending the rest of each message a scalar
    /// at a time took a fifth of a `gloss check --format github` of a large workspace.
    private mutating func append(_ text: String, from first: String.Index, replacingScalars replacement: (Unicode.Scalar) -> String?) {
        let scalars = text.unicodeScalars
        // Sliced as scalars, not as characters: a replaced scalar can sit inside a character
        // (the CR of a CRLF), where a `String` subscript would round the index down.
        var unchanged = scalars.startIndex
        var index = first
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if let replaced = replacement(scalars[index]) {
                append(contentsOf: Substring(scalars[unchanged..<index]))
                append(contentsOf: replaced)
                unchanged = next
            }
            index = next
        }
        append(contentsOf: Substring(scalars[unchanged...]))
    }
}
