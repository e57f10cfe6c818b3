/// Evidence a reader may not be able to follow for long.
public enum EvidenceUnarchivedRule: ClaimRule {
    public static let description = RuleDescription(
        id: "evidence-unarchived",
        defaultSeverity: .info,
        summary: "A piece of evidence has no archived copy.",
        explanation: """
            Sources vanish: pages are edited, moved or taken down, posts deleted, accounts \
            suspended. An `archive:` URL (the Wayback Machine, archive.today or the newsroom's own \
            archive) keeps what the reviewer saw, so the verdict can still be checked later.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: supported
                      evidence:
                        - url: https://example.org/police-statement
                          stance: supports
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: supported
                      evidence:
                        - url: https://example.org/police-statement
                          archive: https://web.archive.org/web/2022/https://example.org/police-statement
                          stance: supports
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        for review in claim.claim.reviews {
            for evidence in review.evidence where evidence.archive == nil {
                findings.append(claim.finding("the evidence at \(evidence.url.value) has no archived copy (`archive:`)",
                                              at: evidence.url.range))
            }
        }
    }
}
