import Foundation
import GlossCore

/// `gloss suggest --format json`: the proposed claims for tools, keys sorted so the output is
/// byte-for-byte repeatable. The claim fields are named as in the annotation format.
public enum SuggestionsJSON {
    /// Bumped on any change a consumer could notice.
    public static let formatVersion = 1

    public static func render(_ suggestions: DocumentSuggestions) -> String {
        let document = Document(
            version: formatVersion, document: suggestions.document, annotations: suggestions.annotationPath,
            claims: suggestions.drafts.map { draft in
                Claim(id: draft.id, kind: draft.kind.rawValue,
                      anchor: Anchor(quote: draft.quote, prefix: draft.prefix, suffix: draft.suffix,
                                     start: draft.range.lowerBound, end: draft.range.upperBound),
                      attributed_to: draft.attributedTo.isEmpty ? nil : draft.attributedTo,
                      speaker: draft.speaker, place: draft.place, found_by: draft.foundBy)
            })
        return JSONText.encode(document)
    }

    struct Document: Encodable {
        var version: Int
        var document: String
        var annotations: String
        var claims: [Claim]
    }

    /// Field names as in the annotation format.
    struct Claim: Encodable {
        var id: String
        var kind: String
        var anchor: Anchor
        var attributed_to: [String]?
        var speaker: String?
        var place: String?
        var found_by: String?
    }

    struct Anchor: Encodable {
        var quote, prefix, suffix: String
        var start, end: Int
    }
}
