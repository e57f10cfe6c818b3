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
                Self.write(document, cards: report.cards[document.cards], into: &json)
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
            claims: report.cards.count, documents: report.documentCount,
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

    // The documents and their claims are most of the report, so they are written by hand rather
    // than encoded: members in sorted order, absent optionals left out, as an encoder leaves them.

    /// `annotations`, `claims`, then `language` when known, `path`, then `problem`, `published`,
    /// `title` and `url` when known.
    private static func write(_ document: ReportDocument, cards: ArraySlice<ClaimCard>, into json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("annotations")
            json.string(document.annotationPath)
            json.key("claims")
            json.array(cards) { json, card in write(card, into: &json) }
            json.string(document.language, forKey: "language")
            json.key("path")
            json.string(document.path)
            json.string(document.problem, forKey: "problem")
            json.string(document.published?.description, forKey: "published")
            json.string(document.title, forKey: "title")
            json.string(document.url, forKey: "url")
        }
    }

    private static func write(_ card: ClaimCard, into json: inout PrettyJSONWriter) {
        json.object { json in
            json.string(card.tier?.rawValue, forKey: "anchor")
            write(card.attribution, into: &json)
            json.key("id")
            json.string(card.id)
            json.string(card.kind?.rawValue, forKey: "kind")
            if let place = card.place {
                json.key("place")
                json.object(strings: ["id": place.id, "name": place.name])
            }
            json.key("quote")
            json.string(card.quote)
            json.key("relations")
            json.array(card.relations) { json, relation in
                json.object(strings: ["claim": relation.target, "kind": relation.kind.rawValue])
            }
            json.key("reviews")
            json.array(card.reviews) { json, review in write(review, into: &json) }
            if let span = card.span {
                json.key("span")
                json.object { json in
                    json.key("end")
                    json.integer(span.end)
                    json.key("exact")
                    json.string(span.exact)
                    json.key("start")
                    json.integer(span.start)
                }
            }
            json.string(card.speaker, forKey: "speaker")
            json.string(card.statement, forKey: "statement")
            json.key("status")
            json.string(card.status.description)
            json.string(card.summary, forKey: "summary")
            json.string(card.unverifiedReason, forKey: "unverified")
            json.string(card.finalVerdict?.rawValue, forKey: "verdict")
        }
    }

    /// `attribution`: `{"sources", "unattributed"}`, sources nearest the reader first; a
    /// withheld source has only its `name`. Left out when the claim names no attribution.
    private static func write(_ attribution: ReportAttribution, into json: inout PrettyJSONWriter) {
        if case .notGiven = attribution { return }
        json.key("attribution")
        json.object { json in
            json.key("sources")
            json.array(attribution.sources) { json, source in
                json.object { json in
                    json.string(source.id, forKey: "id")
                    json.key("name")
                    json.string(source.name)
                }
            }
            json.key("unattributed")
            json.boolean(attribution == .unattributed)
        }
    }

    private static func write(_ review: ReviewEntry, into json: inout PrettyJSONWriter) {
        json.object { json in
            json.string(review.date?.description, forKey: "date")
            json.key("evidence")
            json.array(review.evidence) { json, evidence in
                json.object { json in
                    json.string(evidence.accessed?.description, forKey: "accessed")
                    json.string(evidence.archive, forKey: "archive")
                    json.string(evidence.note, forKey: "note")
                    json.string(evidence.stance?.rawValue, forKey: "stance")
                    json.key("url")
                    json.string(evidence.url)
                }
            }
            json.string(review.note, forKey: "note")
            json.key("reviewer")
            json.string(review.reviewer)
            json.key("verdict")
            json.string(review.verdict.rawValue)
        }
    }
}
