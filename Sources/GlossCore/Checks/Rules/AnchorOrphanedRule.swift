/// The claim's words are no longer in the article.
public enum AnchorOrphanedRule: ClaimRule {
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

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        guard let result = claim.anchoring, result.tier == .orphaned, let anchor = claim.claim.anchor else { return }
        guard let document = claim.document, !result.candidates.isEmpty else {
            // Not looked for, which is not the same as not there (`invalid-value` says why).
            let what = result.problems.contains(.searchBudgetSpent)
                ? "is not at its recorded place, and the file's search budget was spent before it could be looked for in the whole document"
                : "is not in the document"
            findings.append(claim.finding("the quote “\(Excerpt.short(anchor.quote.value))” \(what)",
                                          at: anchor.quote.range))
            return
        }
        // Words still at the offsets the claim recorded, with none of its context around them: an
        // edit may have put another passage there, so they are not taken, but they are not "elsewhere".
        let recorded = anchor.start.flatMap { start in anchor.end.flatMap { end in start.value <= end.value ? start.value..<end.value : nil } }
        let related = result.candidates.map {
            RelatedLocation(location: document.location(of: $0),
                            message: $0 == recorded ? "the same words at the recorded place, with other text around them"
                                : "the same words, with other text around them")
        }
        let quote = "the quote “\(Excerpt.short(anchor.quote.value))”"
        let message = if let recorded, result.candidates.contains(recorded) {
            "\(quote) is still at its recorded place, but none of the text recorded around it is there: the passage may "
                + "not be the claim's any more; if it is, update `prefix` and `suffix`"
                + (result.candidateCount > 1 ? "; the same words elsewhere are in another context" : "")
        } else {
            "\(quote) is not found with the text recorded around it; its words stand only where that text differs, "
                + "and were not chosen: if one of those places is still the claim's passage (a word or a figure beside "
                + "the quote edited), update its `prefix`, `suffix`, `start` and `end` there"
        }
        let listed = result.candidateCount > related.count ? " (\(result.candidateCount) places; the first \(related.count) are listed)" : ""
        findings.append(claim.finding(message + listed, at: anchor.quote.range, related: related))
    }
}
