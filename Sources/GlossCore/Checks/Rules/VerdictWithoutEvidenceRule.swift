/// A verdict that says true, false or misleading, with nothing to show for it.
public enum VerdictWithoutEvidenceRule: ClaimRule {
    public static let description = RuleDescription(
        id: "verdict-without-evidence",
        defaultSeverity: .error,
        summary: "A review or the final verdict says supported, refuted or misleading with no evidence.",
        explanation: """
            A verdict other than `unverifiable` must rest on at least one piece of evidence a \
            reader can follow. A review says so with `evidence:`; the editor's final `verdict` \
            needs evidence in at least one review. Evidence that all points the other way (a \
            `supported` verdict on evidence that refutes) is most likely a stance or a verdict \
            recorded backwards: `evidence-stance-mismatch` says so, for a review and for the \
            final verdict alike.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: supported
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  verdict: refuted
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: refuted
                      evidence:
                        - url: https://example.org/police-statement
                          stance: supports
                  verdict: refuted
                  ignore:
                    - rule: evidence-stance-mismatch
                      reason: The stances are being checked with the reviewer.
                """),
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
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      verdict: unverifiable
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        for review in claim.claim.reviews where review.verdict.value != .unverifiable && review.evidence.isEmpty {
            findings.append(claim.finding("\(review.reviewer.value)'s verdict `\(review.verdict.value.rawValue)` cites no evidence",
                                          at: review.verdict.range))
        }
        if let verdict = claim.claim.verdict, verdict.value != .unverifiable, claim.claim.reviews.allSatisfy(\.evidence.isEmpty) {
            findings.append(claim.finding("the final verdict `\(verdict.value.rawValue)` rests on no evidence in any review",
                                          at: verdict.range))
        }
    }
}
