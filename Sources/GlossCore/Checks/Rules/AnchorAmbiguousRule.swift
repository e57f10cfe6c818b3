/// The quote occurs several times and nothing tells which one the claim means.
public enum AnchorAmbiguousRule: ClaimRule {
    public static let description = RuleDescription(
        id: "anchor-ambiguous",
        defaultSeverity: .error,
        summary: "The quote occurs more than once and neither context nor position tells which is meant.",
        explanation: """
            When the recorded position no longer holds the quote, Gloss looks for it elsewhere \
            and chooses among several occurrences by the recorded prefix, suffix and position. \
            When those cannot tell them apart it reports the candidates instead of guessing. \
            Lengthen the quote or add `prefix`/`suffix` (`gloss fix` writes them).
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: city
                  kind: location
                  anchor: {quote: the city}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: city
                  kind: location
                  anchor: {quote: the city, suffix: " on October 2"}
                """),
            RuleExample(claims: """
                - id: city
                  kind: location
                  anchor: {quote: the city, start: 63, end: 71}
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        guard let result = claim.anchoring, result.tier == .ambiguous, let anchor = claim.claim.anchor,
              let document = claim.document else { return }
        let related = result.candidates.map {
            RelatedLocation(location: document.location(of: $0), message: "one of the candidates")
        }
        // Places found approximately resemble the quote; they do not hold it.
        let resembling = result.candidates.contains { document.text.text(in: $0) != anchor.quote.value }
        let places = resembling ? "\(result.candidateCount) places resemble the quote “\(Excerpt.short(anchor.quote.value))”"
            : "the quote “\(Excerpt.short(anchor.quote.value))” occurs \(result.candidateCount) times"
        findings.append(claim.finding(places + " and its context cannot tell which one is meant"
                                      + (result.candidateCount > related.count ? " (the first \(related.count) are listed)" : ""),
                                      at: anchor.quote.range, related: related))
    }
}
