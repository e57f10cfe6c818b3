/// What an annotation records to find its span again: the W3C TextQuoteSelector (the quoted
/// text with the text just before and after it) together with a TextPositionSelector (where the
/// quote was), so that an edited document can still be anchored and a repeated phrase told apart.
public struct AnchorSelector: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    /// The exact text of the span. Authoritative: tools never rewrite it.
    public var quote: String
    /// Text just before the span when it was anchored (tools write about 32 scalars).
    public var prefix: Optional<String>
    /// Text just after the span when it was anchored.
    public var suffix: Optional<String>
    /// Unicode scalar offset where the span began, 0-based.
    public var start: Optional<Int>
    /// Unicode scalar offset where the span ended, exclusive.
    public var end: Optional<Int>

    public init(
        quote: String, prefix: String? = nil, suffix: String? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
    }
}
