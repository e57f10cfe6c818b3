import GlossCore

/// What a review report shows, built once from a loaded workspace and rendered by every report
/// and export format: the documents cut into highlighted segments, one card a claim, and the
/// summary an editor reads first. Everything a format prints comes from here, so what
/// `private: true` protects is withheld in one place.
public struct ReviewReport: Sendable {
    /// One entry per annotation file, in path order: two files about one article are two entries.
    public var documents: [ReportDocument]
    /// How many articles the claims are about: two annotation files of one article count once,
    /// and a file that names no document (it did not read) none.
    public var documentCount: Int {
        Set(documents.filter { $0.path != $0.annotationPath }.map(\.path)).count
    }
    /// Every claim, in document order; ``ClaimCard/number`` is its index plus one.
    public var cards: [ClaimCard]
    public var summary: ReportSummary
    /// The places of the registry, with the claims that name each.
    public var places: [ReportPlace]
    /// Who publishes the fact-checks (`.gloss.yml` `publisher:`), for ClaimReview.
    public var publisher: Publisher?
    /// The house label for each verdict (`.gloss.yml` `verdicts:` inverted), for ClaimReview.
    public var verdictLabels: [Verdict: String]

    public init(documents: [ReportDocument], cards: [ClaimCard], summary: ReportSummary, places: [ReportPlace],
                publisher: Publisher?, verdictLabels: [Verdict: String]) {
        self.documents = documents
        self.cards = cards
        self.summary = summary
        self.places = places
        self.publisher = publisher
        self.verdictLabels = verdictLabels
    }

    /// The statuses in the order reports list them: what needs work first.
    public static let statusOrder: [ClaimStatus] = [.unreviewed, .disputed] + Verdict.allCases.map(ClaimStatus.verdict)

    /// The card of a claim id (the first, should an id be used twice).
    public func card(withID id: String) -> ClaimCard? {
        cards.first { $0.id == id }
    }
}

/// One annotation file and its document.
public struct ReportDocument: Sendable {
    /// The document's workspace-relative path as the annotation file names it, else the
    /// annotation file's path.
    public var path: String
    public var annotationPath: String
    public var title: String?
    public var url: String?
    public var published: ISODate?
    /// The document's language as a BCP 47 tag (`language:`), for the report to mark its text
    /// (so that Chinese is set in a Chinese font and read aloud as Chinese) and for exports.
    public var language: String?
    /// Why the document's text is not shown, when it is not.
    public var problem: String?
    /// The text cut at every claim boundary; empty when the text is not at hand.
    public var segments: [TextSegment]
    /// Indices into ``ReviewReport/cards``.
    public var cards: Range<Int>

    public init(path: String, annotationPath: String, title: String? = nil, url: String? = nil, published: ISODate? = nil,
                language: String? = nil, problem: String? = nil, segments: [TextSegment] = [], cards: Range<Int>) {
        self.path = path
        self.annotationPath = annotationPath
        self.title = title
        self.url = url
        self.published = published
        self.language = language
        self.problem = problem
        self.segments = segments
        self.cards = cards
    }

    /// What the document is called where it came from, as an IRI: its URL when known (and not
    /// withheld for naming a private source), else its path as a reference relative to the
    /// workspace (`my%20notes.md`).
    public var source: String { url ?? PercentEncoding.iriPath(path) }
}

/// A run of document text covered by the same claims.
public struct TextSegment: Sendable, Hashable {
    public var text: String
    /// Indices into ``ReviewReport/cards`` of the claims covering the run, outermost (earliest
    /// start, then longest) first; empty for plain text.
    public var claims: [Int]
    /// Claims whose span ends with this run.
    public var closing: [Int]

    public init(text: String, claims: [Int] = [], closing: [Int] = []) {
        self.text = text
        self.claims = claims
        self.closing = closing
    }
}
