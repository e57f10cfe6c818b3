/// Where an anchor landed and how, with what a finding needs to explain it.
public struct AnchorResult: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    /// How the span was found, or why it was not.
    public var tier: AnchorTier
    /// The span in scalar offsets; `nil` when ambiguous or orphaned.
    public var range: Optional<Range<Int>>
    /// For an ambiguous anchor, the places too close to call, in text order; for an orphaned one,
    /// exact occurrences of the quote whose context no longer matches (lookalikes, never chosen);
    /// otherwise empty. The first ``listedCandidates`` of them: a quote of one letter occurs a
    /// million times in a large document, and a finding that listed them all would take
    /// gigabytes to write.
    public private(set) var candidates: [Range<Int>]
    /// How many candidates there were, listed or not.
    public private(set) var candidateCount: Int
    /// How many candidates are kept, at most.
    public static let listedCandidates = 10
    /// The text now at `range` when it differs from the quote (normalized and fuzzy tiers), so a
    /// finding can show the changed words; `nil` when the quote is there verbatim.
    public var textNow: Optional<String>
    /// Defects of the selector itself, in the order found.
    public var problems: [AnchorProblem]
    /// Whether the words were taken where part of their recorded context changed around them
    /// (a sentence rewritten beside them, a neighbour deleted): they are likely the claim's, but
    /// a reviewer should look before `gloss fix` records the new context. For `moved`, and
    /// for `normalized` (the words in other typography).
    public var contextChanged: Bool

    public init(
        tier: AnchorTier,
        range: Range<Int>? = nil,
        candidates: [Range<Int>] = [],
        textNow: String? = nil,
        problems: [AnchorProblem] = [],
        contextChanged: Bool = false
    ) {
        self.tier = tier
        self.range = range
        self.candidates = Array(candidates.prefix(Self.listedCandidates))
        candidateCount = candidates.count
        self.textNow = textNow
        self.problems = problems
        self.contextChanged = contextChanged
    }

    /// Keeps the first ``listedCandidates`` of `all` and their number.
    public mutating func setCandidates(_ all: [Range<Int>]) {
        candidates = Array(all.prefix(Self.listedCandidates))
        candidateCount = all.count
    }
}
