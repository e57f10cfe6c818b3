/// Reviewers reached different verdicts and no editor has decided.
public enum ReviewsDisagreeRule: ClaimRule {
    public static let description = RuleDescription(
        id: "reviews-disagree",
        defaultSeverity: .error,
        summary: "Reviews give different verdicts and the claim has no final `verdict`.",
        explanation: """
            A claim whose reviewers disagree is disputed: readers cannot be told what is true. The \
            editor resolves it by recording the claim's final `verdict` (which may differ from \
            every review).
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: unverifiable
                    - reviewer: bob
                      verdict: misleading
                      evidence:
                        - url: https://example.org/aerial-photo
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
                    - reviewer: bob
                      verdict: misleading
                      evidence:
                        - url: https://example.org/aerial-photo
                  verdict: misleading
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: unverifiable
                    - reviewer: bob
                      verdict: unverifiable
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        guard claim.claim.status == .disputed else { return }
        let reviews = claim.claim.reviews
        let verdicts = reviews.map { "\($0.reviewer.value): \($0.verdict.value.rawValue)" }.joined(separator: ", ")
        let related = reviews.map {
            RelatedLocation(location: claim.location($0.verdict.range), message: "\($0.reviewer.value)'s verdict")
        }
        findings.append(claim.finding("reviewers disagree (\(verdicts)) and no final `verdict` resolves it", related: related))
    }
}
