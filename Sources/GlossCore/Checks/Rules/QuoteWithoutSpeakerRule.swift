/// A quotation with nobody named as having said it.
public enum QuoteWithoutSpeakerRule: ClaimRule {
    public static let description = RuleDescription(
        id: "quote-without-speaker",
        defaultSeverity: .warning,
        summary: "A `quote` claim does not say who is quoted.",
        explanation: """
            A quotation can only be checked against the person who said it. Record `speaker:` as \
            the article describes them ("an angry resident") or as a source id.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: go-home
                  kind: quote
                  anchor: {quote: "We want to go home,", start: 87, end: 106}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: go-home
                  kind: quote
                  anchor: {quote: "We want to go home,", start: 87, end: 106}
                  speaker: a resident
                """),
            RuleExample(claims: """
                - id: go-home
                  kind: quote
                  anchor: {quote: "We want to go home,", start: 87, end: 106}
                  speaker: [a resident]
                """, note: "A speaker that did not read is an error of its own."),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        guard claim.claim.kind?.value == .quote, claim.claim.speaker == nil, !claim.claim.unread.contains(.speaker) else { return }
        findings.append(claim.finding("the quotation does not say who is quoted (`speaker:`)", at: claim.claim.kind?.range))
    }
}
