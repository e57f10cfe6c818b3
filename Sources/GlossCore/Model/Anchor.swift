/// The selectors that tie a claim to its span of the article, as written in the file.
public struct Anchor: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var quote: Located<String>
    public var prefix: Optional<Located<String>>
    public var suffix: Optional<Located<String>>
    public var start: Optional<Located<Int>>
    public var end: Optional<Located<Int>>
    /// The whole `anchor:` mapping.
    public var range: TextRange

    /// The largest `start` or `end` a file may record. Positions are held in 32 bits
    /// (``TextPosition``) and no document Gloss reads is longer, while anchoring does arithmetic
    /// with the recorded offsets that a larger number would overflow.
    public static let maximumOffset = Int(Int32.max)

    public init(quote: Located<String>, prefix: Located<String>? = nil, suffix: Located<String>? = nil,
                start: Located<Int>? = nil, end: Located<Int>? = nil, range: TextRange) {
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
        self.range = range
    }

    /// The selectors as anchoring takes them, without positions in the YAML file.
    public var selector: AnchorSelector {
        AnchorSelector(quote: quote.value, prefix: prefix?.value, suffix: suffix?.value,
                       start: start?.value, end: end?.value)
    }
}
