/// The claim's words are no longer in the article.
public enum AnchorOrphanedRule: Rule {
    public static let description = RuleDescription(
        id: "anchor-orphaned",
        defaultSeverity: .error,
        summary: "The claim's quote is not in the document any more.",
        explanation: """
            The quote was searched for everywhere in the document and not found. The words were \
            edited or removed; a reviewer must find the claim again and update the quote, or \
            drop the claim. Gloss never moves a claim onto other words by itself.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "250", start: 24, end: 27}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                """),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        analysis.claims.compactMap { claim in
            guard claim.anchoring?.tier == .orphaned, let anchor = claim.claim.anchor else { return nil }
            return claim.finding("the quote “\(Excerpt.short(anchor.quote.value))” is not in the document", at: anchor.quote.range)
        }
    }
}
