/// Nobody has judged the claim yet.
public enum UnreviewedRule: ClaimRule {
    public static let description = RuleDescription(
        id: "unreviewed",
        defaultSeverity: .warning,
        summary: "The claim has no review and no verdict.",
        explanation: """
            A claim nobody has checked is the most common kind of unverified claim. It stays \
            visible until a reviewer records a verdict; never invent one to silence it.
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
                  reviews:
                    - reviewer: alice
                      verdict: unverifiable
                      note: No other report gives a count.
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: unverifyable
                """, note: "A review that did not read (its verdict misspelt) is an error of its own."),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        if claim.claim.status == .unreviewed, !claim.claim.unread.contains(.reviews) {
            findings.append(claim.finding("nobody has reviewed this claim"))
        }
    }
}
