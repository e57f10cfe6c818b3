import GlossCore

/// Everything a report shows about one claim, with private sources already withheld.
public struct ClaimCard: Sendable {
    /// 1-based position in the report.
    public var number: Int
    public var id: String
    /// A fragment id unique in the report (`claim-<id>`; a repeated id gets a suffix).
    public var anchorID: String
    /// Index into ``ReviewReport/documents``.
    public var document: Int
    public var kind: ClaimKind?
    public var summary: String?
    /// The one line a list shows: the summary, else the quote with private names withheld, as
    /// a summary's are (a list or a ClaimReview shows it without the article around it).
    public var headline: String
    public var status: ClaimStatus
    /// Why the claim counts as unverified, or nil when it is verified.
    public var unverifiedReason: String?
    /// The quote as the annotation file writes it.
    public var quote: String
    /// The context the annotation file records around the quote, for a quote that did not land
    /// on its own words; nil where the file records none.
    public var recordedPrefix: String? = nil
    public var recordedSuffix: String? = nil
    /// Where the quote landed in the document, with its context; nil when it did not land.
    public var span: QuoteSpan?
    /// How the anchor was found, or nil when there was no document to look in.
    public var tier: AnchorTier?
    public var attribution: ReportAttribution
    public var speaker: String?
    public var place: PlaceLabel?
    /// The statement as one line: `subject · property = value (as of date)`.
    public var statement: String?
    public var reviews: [ReviewEntry]
    public var finalVerdict: Verdict?
    public var relations: [RelationEntry]
    /// Whether the span overlaps another claim's, so the text marks it with its number.
    public var overlaps: Bool

    public init(number: Int, id: String, anchorID: String, document: Int, kind: ClaimKind?, summary: String?,
                headline: String? = nil, status: ClaimStatus, unverifiedReason: String?, quote: String, span: QuoteSpan?, tier: AnchorTier?,
                attribution: ReportAttribution, speaker: String?, place: PlaceLabel?, statement: String?,
                reviews: [ReviewEntry], finalVerdict: Verdict?, relations: [RelationEntry], overlaps: Bool = false) {
        self.number = number
        self.id = id
        self.anchorID = anchorID
        self.document = document
        self.kind = kind
        self.summary = summary
        self.headline = headline ?? summary ?? quote
        self.status = status
        self.unverifiedReason = unverifiedReason
        self.quote = quote
        self.span = span
        self.tier = tier
        self.attribution = attribution
        self.speaker = speaker
        self.place = place
        self.statement = statement
        self.reviews = reviews
        self.finalVerdict = finalVerdict
        self.relations = relations
        self.overlaps = overlaps
    }

    /// The verdict exports publish: one with evidence behind it, or `unverifiable`, which needs
    /// none; nil for a claim that is unreviewed, disputed, or rated on nothing anyone can check.
    public var publishableVerdict: Verdict? {
        guard case .verdict(let verdict) = status, unverifiedReason == nil || verdict == .unverifiable else { return nil }
        return verdict
    }

    /// The date of the latest review, ClaimReview's `datePublished`.
    public var latestReviewDate: ISODate? { reviews.compactMap(\.date).max() }
}

/// Where a quote sits in its document now: the W3C TextQuoteSelector and TextPositionSelector
/// an annotation tool needs to find it.
public struct QuoteSpan: Sendable, Hashable {
    /// The text at `start..<end`.
    public var exact: String
    public var prefix: String
    public var suffix: String
    /// Unicode scalar (code point) offsets, end exclusive.
    public var start: Int
    public var end: Int

    public init(exact: String, prefix: String, suffix: String, start: Int, end: Int) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
    }
}

/// Who a claim is attributed to, as a report may print it.
public enum ReportAttribution: Sendable, Hashable {
    /// The annotation does not say.
    case notGiven
    /// The article names nobody.
    case unattributed
    /// The chain of sources, nearest the reader first.
    case chain([SourceLabel])

    public var sources: [SourceLabel] {
        if case .chain(let sources) = self { return sources }
        return []
    }
}

/// A source as a report may name it. A private source is only ever "withheld": no id, no URL.
public struct SourceLabel: Sendable, Hashable {
    public static let withheldName = "withheld"

    /// The registry id; nil when withheld.
    public var id: String?
    public var name: String
    public var kind: SourceKind?
    public var url: String?

    public init(id: String?, name: String, kind: SourceKind? = nil, url: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.url = url
    }

    /// A private source: a person whose identity must be protected.
    public static let withheld = SourceLabel(id: nil, name: withheldName, kind: .person)

    public var isWithheld: Bool { id == nil }
}

/// A place a claim names, with its name from the registry when it has one.
public struct PlaceLabel: Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One reviewer's judgement as shown.
public struct ReviewEntry: Sendable, Hashable {
    public var reviewer: String
    public var date: ISODate?
    public var verdict: Verdict
    public var evidence: [EvidenceEntry]
    /// Markdown, as written.
    public var note: String?

    public init(reviewer: String, date: ISODate?, verdict: Verdict, evidence: [EvidenceEntry], note: String?) {
        self.reviewer = reviewer
        self.date = date
        self.verdict = verdict
        self.evidence = evidence
        self.note = note
    }
}

/// A source a reviewer consulted.
public struct EvidenceEntry: Sendable, Hashable {
    public var url: String
    public var archive: String?
    public var accessed: ISODate?
    public var stance: Stance?
    public var note: String?

    public init(url: String, archive: String?, accessed: ISODate?, stance: Stance?, note: String?) {
        self.url = url
        self.archive = archive
        self.accessed = accessed
        self.stance = stance
        self.note = note
    }
}

/// A link to another claim.
public struct RelationEntry: Sendable, Hashable {
    public var kind: RelationKind
    public var target: String
    /// The target's card index, when the target is in the report.
    public var card: Int?

    public init(kind: RelationKind, target: String, card: Int?) {
        self.kind = kind
        self.target = target
        self.card = card
    }
}
