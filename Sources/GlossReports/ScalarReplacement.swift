extension String {
    /// The string with each Unicode scalar that `replacement` maps replaced, in one pass, so a
    /// replacement is never replaced again: the core of every escaping a reporter does.
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        // Reports escape every string they write, and nearly every one comes through unchanged.
        guard let first = unicodeScalars.firstIndex(where: { replacement($0) != nil }) else { return self }
        var output = String(unicodeScalars[..<first])
        for scalar in unicodeScalars[first...] {
            if let replaced = replacement(scalar) { output += replaced } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
