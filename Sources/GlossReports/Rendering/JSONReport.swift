import GlossCore

/// The review report for other tools, versioned (`version`) and documented in the README. Keys
/// are sorted, so the same workspace gives the same bytes. Private sources appear only as
/// `{"name": "withheld"}`.
public struct JSONReport: ReviewRenderer {
    public static let identifier = "json"
    /// Bumped on any change a consumer could notice.
    public static let formatVersion = 1

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        PrettyJSONWriter.text { write(report, into: &$0) }
    }

    /// Writes the documents a thousand at a time on all cores, handing them over as they are done.
    public func write(_ report: ReviewReport, to output: (UnsafeRawBufferPointer) -> Void) {
        PrettyJSONWriter.write(to: output) { write(report, into: &$0) }
    }

    /// `documents`, `summary`, `tool` and `version`, in that (sorted) order.
    private func write(_ report: ReviewReport, into json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("documents")
            json.array(concurrently: report.documents) { json, document in
                json.encoded(DocumentEntry(path: document.path, annotations: document.annotationPath, title: document.title,
                                           url: document.url, published: document.published?.description, problem: document.problem,
                                           claims: report.cards[document.cards].map { ClaimEntry($0, in: report) }))
            }
            json.key("summary")
            json.encoded(Self.summary(of: report))
            json.key("tool")
            json.encoded(JSONReporter.Tool(name: "gloss", version: GlossVersion.current))
            json.key("version")
            json.integer(Self.formatVersion)
        }
    }

    private static func summary(of report: ReviewReport) -> Summary {
        let summary = report.summary
        let statuses = { (counts: [Int]) in
            Dictionary(uniqueKeysWithValues: zip(ReviewReport.statusOrder.map(\.description), counts))
        }
        return Summary(
            claims: report.cards.count, documents: report.documents.count,
            statuses: statuses(summary.statusCounts.map(\.count)),
            kinds: Dictionary(uniqueKeysWithValues: summary.kindCounts.map { ($0.kind?.rawValue ?? "none", $0.count) }),
            unverified: summary.unverified.map { Unverified(claim: report.cards[$0].id, reason: report.cards[$0].unverifiedReason ?? "") },
            contradictions: summary.contradictions.map {
                Pair(claims: [report.cards[$0.first].id, report.cards[$0.second].id], reason: $0.reason)
            },
            sources: summary.sources.map { Tally(source: $0.label, statuses: statuses($0.counts), total: $0.total) })
    }

    struct Summary: Encodable {
        var claims: Int
        var documents: Int
        var statuses: [String: Int]
        var kinds: [String: Int]
        var unverified: [Unverified]
        var contradictions: [Pair]
        var sources: [Tally]
    }

    struct Unverified: Encodable {
        var claim: String
        var reason: String
    }

    struct Pair: Encodable {
        var claims: [String]
        var reason: String
    }

    struct Tally: Encodable {
        var source: String
        var statuses: [String: Int]
        var total: Int
    }

    struct DocumentEntry: Encodable {
        var path: String
        var annotations: String
        var title: String?
        var url: String?
        var published: String?
        var problem: String?
        var claims: [ClaimEntry]
    }

    struct ClaimEntry: Encodable {
        var id: String
        var kind: String?
        var status: String
        var unverified: String?
        var summary: String?
        var quote: String
        var anchor: String?
        var span: Span?
        var attribution: Attribution?
        var speaker: String?
        var place: Place?
        var statement: String?
        var reviews: [ReviewJSON]
        var verdict: String?
        var relations: [RelationJSON]

        init(_ card: ClaimCard, in report: ReviewReport) {
            id = card.id
            kind = card.kind?.rawValue
            status = card.status.description
            unverified = card.unverifiedReason
            summary = card.summary
            quote = card.quote
            anchor = card.tier?.rawValue
            span = card.span.map { Span(start: $0.start, end: $0.end, exact: $0.exact) }
            attribution = switch card.attribution {
            case .notGiven: nil
            case .unattributed: Attribution(unattributed: true, sources: [])
            case .chain(let sources): Attribution(unattributed: false, sources: sources.map { Source(id: $0.id, name: $0.name) })
            }
            speaker = card.speaker
            place = card.place.map { Place(id: $0.id, name: $0.name) }
            statement = card.statement
            reviews = card.reviews.map(ReviewJSON.init)
            verdict = card.finalVerdict?.rawValue
            relations = card.relations.map { RelationJSON(kind: $0.kind.rawValue, claim: $0.target) }
        }
    }

    /// Unicode scalar offsets into the document, end exclusive, and the text there.
    struct Span: Encodable {
        var start: Int
        var end: Int
        var exact: String
    }

    struct Attribution: Encodable {
        var unattributed: Bool
        /// Nearest the reader first.
        var sources: [Source]
    }

    struct Source: Encodable {
        var id: String?
        var name: String
    }

    struct Place: Encodable {
        var id: String
        var name: String
    }

    struct ReviewJSON: Encodable {
        var reviewer: String
        var date: String?
        var verdict: String
        var evidence: [EvidenceJSON]
        var note: String?

        init(_ review: ReviewEntry) {
            reviewer = review.reviewer
            date = review.date?.description
            verdict = review.verdict.rawValue
            evidence = review.evidence.map {
                EvidenceJSON(url: $0.url, archive: $0.archive, accessed: $0.accessed?.description, stance: $0.stance?.rawValue, note: $0.note)
            }
            note = review.note
        }
    }

    struct EvidenceJSON: Encodable {
        var url: String
        var archive: String?
        var accessed: String?
        var stance: String?
        var note: String?
    }

    struct RelationJSON: Encodable {
        var kind: String
        var claim: String
    }
}
