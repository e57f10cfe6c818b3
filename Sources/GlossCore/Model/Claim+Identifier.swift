extension Claim {
    /// Whether `text` can be a claim id: lowercase letters and digits in words joined by single
    /// hyphens. For tools that make ids (`gloss import`), so they make only ones the decoder reads.
    public static func isValidID(_ text: String) -> Bool {
        NodeReader.isIdentifier(text)
    }
}
