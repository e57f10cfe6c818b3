/// The claim does not say whom the article attributes it to.
public enum MissingAttributionRule: ClaimRule {
    public static let description = RuleDescription(
        id: "missing-attribution",
        defaultSeverity: .warning,
        summary: "The claim has no `attributed_to`.",
        explanation: """
            Fact-checks weigh a claim by who made it: an outlet, an official, an anonymous post. \
            Name the source id (or the chain, nearest the reader first), or write \
            `attributed_to: unattributed` when the article states it in its own voice.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  attributed_to: the-daily
                """),
            RuleExample(claims: """
                - id: police
                  kind: event
                  anchor: {quote: Police stood by, start: 125, end: 140}
                  attributed_to: unattributed
                """),
            RuleExample(claims: """
                - id: police
                  kind: event
                  anchor: {quote: Police stood by, start: 125, end: 140}
                  attributed_to: {source: the-daily}
                """, note: "An attribution that did not read is an error of its own."),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        // Matched, not compared with `== nil`: the comparison copied every claim's attribution,
        // retaining and releasing its list of sources.
        guard case .none = claim.claim.attributedTo, !claim.claim.unread.contains(.attribution) else { return }
        findings.append(claim.finding("the claim does not say whom the article attributes it to (`attributed_to:`)"))
    }
}
