/// The claim's words were found again, but changed.
public enum AnchorTextChangedRule: ClaimRule {
    public static let description = RuleDescription(
        id: "anchor-text-changed",
        defaultSeverity: .error,
        summary: "The claim's passage was found, but its words differ from the quote.",
        explanation: """
            Approximate search found a passage that resembles the quote, in the context and \
            near the position recorded, but its words changed: a typo fixed, a figure or a name \
            edited, a figure's scale added or removed ("185" of "185 million" now "185"). A \
            changed quote may change the claim, so a reviewer must read the passage again and \
            update the quote (and the review). `gloss fix` leaves such claims alone.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185 peeple gathered at Central Park", start: 24, end: 59}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", prefix: "According to The Daily, ", suffix: " million people gathered", start: 24, end: 27}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185 people gathered at Central Park", start: 24, end: 59}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185 people", start: 0, end: 10}
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        // Worked out only for a claim with a finding: most have none, and comparing their quotes
        // with the text now there cost each a retain and a comparison.
        AnchorTextFindings.finding(about: claim, tier: .fuzzy, into: &findings) { quote, now in
            // The same words are changed words only where the figure lost the scale recorded after it.
            if claim.anchoring?.textNow == claim.claim.anchor?.quote.value,
               let lostScale = claim.claim.anchor?.suffix.flatMap({ WordRunOn.recordedScale(inSuffix: $0.value) }) {
                return "the figure changed: the quote “\(quote)” was followed by “\(lostScale)”, which the article no longer has after it"
            }
            return "the quoted words changed: the quote reads “\(quote)” but the article now has “\(now)”"
        }
    }
}
