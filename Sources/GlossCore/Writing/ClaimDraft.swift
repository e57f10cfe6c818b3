/// A new claim a tool is about to write into an annotation file (`gloss suggest`, `gloss add`):
/// only the fields a tool can know, the anchor already computed against the document.
public struct ClaimDraft: Sendable, Hashable {
    public var id: String
    public var kind: ClaimKind
    /// The exact text of the span; for a quotation, the words inside the marks.
    public var quote: String
    public var prefix: String
    public var suffix: String
    /// Unicode scalar offsets into the document, end exclusive.
    public var range: Range<Int>
    /// Source ids, nearest the reader first; empty when nothing is known.
    public var attributedTo: [String]
    public var speaker: String?
    public var place: String?
    /// The suggestion pattern that proposed the claim.
    public var foundBy: String?

    public init(id: String, kind: ClaimKind, quote: String, prefix: String, suffix: String, range: Range<Int>,
                attributedTo: [String] = [], speaker: String? = nil, place: String? = nil, foundBy: String? = nil) {
        self.id = id
        self.kind = kind
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.range = range
        self.attributedTo = attributedTo
        self.speaker = speaker
        self.place = place
        self.foundBy = foundBy
    }

    /// A draft for a span of a document, with the context `Anchorer` records around it.
    public init(id: String, kind: ClaimKind, range: Range<Int>, in text: SourceText) {
        let context = Anchorer.context(around: range, in: text)
        self.init(id: id, kind: kind, quote: text.string(range), prefix: context.prefix, suffix: context.suffix,
                  range: range)
    }
}
