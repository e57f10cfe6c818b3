import GlossCore

/// schema.org ClaimReview JSON-LD, for search engines: one review for every claim with a
/// verdict backed by evidence (unreviewed and disputed claims have nothing to publish yet, and
/// a rating nobody can check is not one to publish).
///
/// `reviewRating.alternateName` is the house label for the verdict (`.gloss.yml` `verdicts:`),
/// else the verdict itself. Verdicts on a truth scale also get a number: refuted 1, misleading 2,
/// supported 3 (worst 1, best 3); `unverifiable` is not on it. The claim's author is the source
/// it started with, the last of its attribution chain (the outlets before it only reported
/// it), a private one named "withheld".
///
/// Publishers paste this into a `<script type="application/ld+json">` element, so `<`, `>` and
/// `&` are written as `\u003c`, `\u003e` and `\u0026`: a summary holding `</script>` cannot end
/// the element and start markup of its own.
public struct ClaimReviewExporter: ReviewRenderer {
    public static let identifier = "claimreview"
    static let scale: [Verdict: Int] = [.refuted: 1, .misleading: 2, .supported: 3]

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        let author = report.publisher.map { Party(type: "Organization", name: $0.name, url: $0.url) }
        let reviews = report.cards.compactMap { card -> ClaimReview? in
            guard let verdict = card.publishableVerdict else { return nil }
            let document = report.documents[card.document]
            let score = Self.scale[verdict]
            return ClaimReview(
                claimReviewed: card.headline,
                reviewRating: Rating(alternateName: report.verdictLabels[verdict] ?? verdict.rawValue, ratingValue: score,
                                     bestRating: score.map { _ in 3 }, worstRating: score.map { _ in 1 }),
                itemReviewed: ClaimItem(
                    appearance: document.url.map {
                        [Appearance(url: $0, headline: document.title, datePublished: document.published?.description,
                                    inLanguage: document.language)]
                    },
                    author: card.attribution.sources.last.map(Party.init)),
                author: author, datePublished: card.latestReviewDate?.description, url: report.publisher?.url)
        }
        return Self.safeInScriptElement(JSONText.encode(reviews))
    }

    public static func caveat(for report: ReviewReport) -> String? {
        guard report.cards.contains(where: { $0.publishableVerdict != nil }) else { return nil }
        guard let publisher = report.publisher else {
            return "the ClaimReviews have no `author` or `url`, which search engines require: "
                + "set `publisher:` (its `name` and `url`) in .gloss.yml"
        }
        guard publisher.url == nil else { return nil }
        return "the ClaimReviews have no `url`, which search engines require: set `publisher:` `url:` in .gloss.yml"
    }

    /// JSON in which `<`, `>` and `&` appear only as escapes; outside strings JSON has none of them.
    static func safeInScriptElement(_ json: String) -> String {
        json.replacingScalars { character in
            switch character {
            case "<": "\\u003c"
            case ">": "\\u003e"
            case "&": "\\u0026"
            default: nil
            }
        }
    }

    struct ClaimReview: Encodable {
        let context = "https://schema.org"
        let type = "ClaimReview"
        var claimReviewed: String
        var reviewRating: Rating
        var itemReviewed: ClaimItem
        var author: Party?
        var datePublished: String?
        var url: String?

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", claimReviewed, reviewRating, itemReviewed, author, datePublished, url
        }
    }

    struct Rating: Encodable {
        let type = "Rating"
        var alternateName: String
        var ratingValue: Int?
        var bestRating: Int?
        var worstRating: Int?

        enum CodingKeys: String, CodingKey {
            case type = "@type", alternateName, ratingValue, bestRating, worstRating
        }
    }

    struct ClaimItem: Encodable {
        let type = "Claim"
        var appearance: [Appearance]?
        var author: Party?

        enum CodingKeys: String, CodingKey {
            case type = "@type", appearance, author
        }
    }

    struct Appearance: Encodable {
        let type = "CreativeWork"
        var url: String
        var headline: String?
        var datePublished: String?
        var inLanguage: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", url, headline, datePublished, inLanguage
        }
    }

    /// A Person or an Organization.
    struct Party: Encodable {
        var type: String
        var name: String
        var url: String?

        init(type: String, name: String, url: String?) {
            self.type = type
            self.name = name
            self.url = url
        }

        /// People are Persons; outlets, governments, accounts and the rest Organizations.
        init(_ source: SourceLabel) {
            self.init(type: source.kind == .person ? "Person" : "Organization", name: source.name, url: source.url)
        }

        enum CodingKeys: String, CodingKey {
            case type = "@type", name, url
        }
    }
}
