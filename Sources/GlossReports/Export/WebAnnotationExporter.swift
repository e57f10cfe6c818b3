import GlossCore

/// The claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD), for annotation tools.
/// Each annotation targets the document (its URL when the annotation file has one, else its
/// workspace path) through a TextQuoteSelector and, when the quote landed on its own words, a
/// TextPositionSelector in code points, which are Gloss's own offsets. A quote whose words the
/// article no longer has (changed, lost, ambiguous) is exported as the reviewer wrote it, with
/// its recorded context and no position: the verdict is about those words, and a tool, or
/// `gloss import`, must not attach it to the words now there. Bodies carry the summary
/// (`describing`), the kind (`tagging`) and a verdict with evidence behind it (`assessing`); ids are
/// `urn:gloss:claim:<id>`, which `gloss import` reads back.
public struct WebAnnotationExporter: ReviewRenderer {
    public static let identifier = "web-annotation"
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    public static let idPrefix = "urn:gloss:claim:"
    /// What the collection's IRI begins with; a digest of its claim ids follows.
    public static let collectionPrefix = "urn:gloss:collection:"

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        PrettyJSONWriter.text { write(report, into: &$0) }
    }

    /// Writes the annotations a thousand at a time on all cores, handing them over as they are done.
    public func write(_ report: ReviewReport, to output: (UnsafeRawBufferPointer) -> Void) {
        PrettyJSONWriter.write(to: output) { write(report, into: &$0) }
    }

    /// The collection, keys in sorted order, with its one page of annotations. Both must have an
    /// IRI (W3C Web Annotation Data Model, 5.1 and 5.2): the collection is named by the claims it
    /// holds, so the same claims give the same name in every export.
    private func write(_ report: ReviewReport, into json: inout PrettyJSONWriter) {
        let collection = Self.collectionPrefix + GitBlobID.of(Array(report.cards.map(\.id).joined(separator: "\n").utf8))
        json.object { json in
            json.key("@context")
            json.string(Self.context)
            json.key("first")
            json.object { json in
                json.key("id")
                json.string(collection + ":page:0")
                json.key("items")
                json.array(concurrently: report.cards) { json, card in Self.write(card, in: report, into: &json) }
                json.key("startIndex")
                json.integer(0)
                json.key("type")
                json.string("AnnotationPage")
            }
            json.key("id")
            json.string(collection)
            json.key("label")
            json.string("Gloss claims")
            json.key("total")
            json.integer(report.cards.count)
            json.key("type")
            json.string("AnnotationCollection")
        }
    }

    /// Claims that share an id share their annotation's `id`, which JSON-LD reads as one
    /// annotation: one claim's verdict would attach to the other's words.
    public static func caveat(for report: ReviewReport) -> String? {
        var seen: Set<String> = [], repeated: Set<String> = []
        for card in report.cards where !seen.insert(card.id).inserted { repeated.insert(card.id) }
        guard !repeated.isEmpty else { return nil }
        return "claim ids used by more than one claim (" + repeated.sorted().map { "`\($0)`" }.joined(separator: ", ")
            + ") give their annotations one `id`, which JSON-LD reads as one annotation; give each claim its own id "
            + "(`gloss check` reports `duplicate-id`)"
    }

    /// One annotation, written by hand since there is one for every claim: `body`, `id`,
    /// `motivation`, `target` and `type`, members in sorted order and absent ones left out.
    private static func write(_ card: ClaimCard, in report: ReviewReport, into json: inout PrettyJSONWriter) {
        var bodies: [(purpose: String, value: String)] = []
        if let summary = card.summary { bodies.append(("describing", summary)) }
        if let kind = card.kind { bodies.append(("tagging", kind.rawValue)) }
        // Published as ClaimReview publishes it: a verdict nothing backs is not an assessment yet.
        let verdict = card.publishableVerdict
        if let verdict { bodies.append(("assessing", verdict.rawValue)) }
        json.object { json in
            json.key("body")
            json.array(bodies) { json, body in
                json.object(strings: ["purpose": body.purpose, "type": "TextualBody", "value": body.value])
            }
            json.key("id")
            json.string(idPrefix + card.id)
            json.key("motivation")
            json.string(verdict != nil ? "assessing" : "highlighting")
            json.key("target")
            json.object { json in
                // A claim without a quote (no `anchor:`, or an empty quote) targets the document
                // alone: a selector for no words selects nothing.
                let selectors: [Selector]
                if let span = card.span, card.tier != .fuzzy {
                    selectors = [.quote(exact: span.exact, prefix: span.prefix, suffix: span.suffix),
                                 .position(start: span.start, end: span.end)]
                } else if card.quote.isEmpty {
                    selectors = []
                } else {
                    selectors = [.quote(exact: card.quote, prefix: card.recordedPrefix, suffix: card.recordedSuffix)]
                }
                if !selectors.isEmpty {
                    json.key("selector")
                    json.array(selectors) { json, selector in
                        json.object { json in
                            switch selector {
                            case .quote(let exact, let prefix, let suffix):
                                json.key("exact")
                                json.string(exact)
                                json.string(prefix, forKey: "prefix")
                                json.string(suffix, forKey: "suffix")
                                json.key("type")
                                json.string("TextQuoteSelector")
                            case .position(let start, let end):
                                json.key("end")
                                json.integer(end)
                                json.key("start")
                                json.integer(start)
                                json.key("type")
                                json.string("TextPositionSelector")
                            }
                        }
                    }
                }
                json.key("source")
                json.string(report.documents[card.document].source)
            }
            json.key("type")
            json.string("Annotation")
        }
    }

    /// How a target's words are found: by quote and context, and by position when the quote landed.
    private enum Selector {
        case quote(exact: String, prefix: String?, suffix: String?)
        case position(start: Int, end: Int)
    }
}
