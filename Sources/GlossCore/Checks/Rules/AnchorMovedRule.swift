/// The quote is intact but no longer at its recorded position.
public enum AnchorMovedRule: ClaimRule {
    public static let description = RuleDescription(
        id: "anchor-moved",
        defaultSeverity: .warning,
        summary: "The quote was found, but not at its recorded `start`/`end`; `gloss fix` updates them.",
        explanation: """
            Text was inserted or removed before the claim, or the claim was written without \
            positions. Its words are unchanged and were found unambiguously, so nothing is \
            wrong with the claim itself; recording the new position keeps later searches fast \
            and exact.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 30, end: 33}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185"}
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

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        guard claim.anchoring?.tier == .moved, let anchor = claim.claim.anchor else { return }
        guard let start = anchor.start else {
            findings.append(claim.finding("the anchor has no recorded position; `gloss fix` records where its quote is",
                                          at: anchor.range))
            return
        }
        findings.append(claim.finding("the quote is no longer at its recorded position; `gloss fix` records where it is now",
                                      at: start.range))
    }
}
