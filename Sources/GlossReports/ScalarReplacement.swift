extension String {
    /// The string with each Unicode scalar that `replacement` maps replaced, in one pass, so a
    /// replacement is never replaced again: the core of every escaping a reporter does.
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) { output += replaced } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
