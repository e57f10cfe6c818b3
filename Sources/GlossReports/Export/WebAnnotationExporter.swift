import GlossCore

/// The claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD), for annotation tools.
/// Each annotation targets the document (its URL when the annotation file has one, else its
/// workspace path) through a TextQuoteSelector and, when the quote landed, a
/// TextPositionSelector in code points, which are Gloss's own offsets. Bodies carry the summary
/// (`describing`), the kind (`tagging`) and a verdict (`assessing`); ids are
/// `urn:gloss:claim:<id>`, which `gloss import` reads back.
public struct WebAnnotationExporter: ReviewRenderer {
    public static let identifier = "web-annotation"
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    public static let idPrefix = "urn:gloss:claim:"

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        PrettyJSONWriter.text { write(report, into: &$0) }
    }

    /// Writes the annotations a thousand at a time on all cores, handing them over as they are done.
    public func write(_ report: ReviewReport, to output: (UnsafeRawBufferPointer) -> Void) {
        PrettyJSONWriter.write(to: output) { write(report, into: &$0) }
    }

    /// The collection, keys in sorted order, with its one page of annotations.
    private func write(_ report: ReviewReport, into json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("@context")
            json.string(Self.context)
            json.key("first")
            json.object { json in
                json.key("items")
                json.array(concurrently: report.cards) { json, card in json.encoded(Self.annotation(card, in: report)) }
                json.key("startIndex")
                json.integer(0)
                json.key("type")
                json.string("AnnotationPage")
            }
            json.key("label")
            json.string("Gloss claims")
            json.key("total")
            json.integer(report.cards.count)
            json.key("type")
            json.string("AnnotationCollection")
        }
    }

    private static func annotation(_ card: ClaimCard, in report: ReviewReport) -> Annotation {
        var bodies: [Body] = []
        if let summary = card.summary { bodies.append(Body(purpose: "describing", value: summary)) }
        if let kind = card.kind { bodies.append(Body(purpose: "tagging", value: kind.rawValue)) }
        if case .verdict(let verdict) = card.status { bodies.append(Body(purpose: "assessing", value: verdict.rawValue)) }
        var selectors = [Selector(type: "TextQuoteSelector", exact: card.span?.exact ?? card.quote,
                                  prefix: card.span?.prefix, suffix: card.span?.suffix)]
        if let span = card.span { selectors.append(Selector(type: "TextPositionSelector", start: span.start, end: span.end)) }
        return Annotation(id: idPrefix + card.id, motivation: card.status == .unreviewed ? "highlighting" : "assessing",
                          body: bodies, target: Target(source: report.documents[card.document].source, selector: selectors))
    }

    struct Annotation: Encodable {
        var id: String
        let type = "Annotation"
        var motivation: String
        var body: [Body]
        var target: Target

        enum CodingKeys: String, CodingKey {
            case id, type, motivation, body, target
        }
    }

    struct Body: Encodable {
        let type = "TextualBody"
        var purpose: String
        var value: String

        enum CodingKeys: String, CodingKey {
            case type, purpose, value
        }
    }

    struct Target: Encodable {
        var source: String
        var selector: [Selector]
    }

    struct Selector: Encodable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }
}
