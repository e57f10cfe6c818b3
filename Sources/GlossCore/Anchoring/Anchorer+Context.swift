extension Anchorer {
    /// How many scalars tools record on each side of a quote.
    public static let contextLength = 32

    /// The text around a span that tools record as `prefix` and `suffix`, so that the span can be
    /// told apart from other occurrences of its quote later. Each side holds up to `length`
    /// scalars, shortened so that it neither begins nor ends inside a character, and stops at the
    /// ends of the text. The range is clamped into the text, a negative length taken as zero.
    public static func context(
        around range: Range<Int>, in text: SourceText, length: Int = contextLength
    ) -> (prefix: String, suffix: String) {
        let length = max(length, 0)
        let lower = min(max(range.lowerBound, 0), text.scalarCount)
        let upper = min(max(range.upperBound, lower), text.scalarCount)
        var prefixStart = max(lower - length, 0)
        while prefixStart < lower, !text.isGraphemeBoundary(at: prefixStart) { prefixStart += 1 }
        var suffixEnd = min(upper + length, text.scalarCount)
        while suffixEnd > upper, !text.isGraphemeBoundary(at: suffixEnd) { suffixEnd -= 1 }
        return (text.string(prefixStart..<lower), text.string(upper..<suffixEnd))
    }
}
