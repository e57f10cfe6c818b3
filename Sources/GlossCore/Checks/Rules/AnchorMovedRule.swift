/// The quote is intact but no longer at its recorded position, or no longer in its recorded context.
public enum AnchorMovedRule: ClaimRule {
    public static let description = RuleDescription(
        id: "anchor-moved",
        defaultSeverity: .warning,
        summary: "The quote was found, but not at its recorded `start`/`end` or not in its recorded context; `gloss fix` updates them.",
        explanation: """
            Text was inserted or removed before the claim, or the claim was written without \
            positions: its words are unchanged and were found unambiguously with their \
            context, and recording the new position keeps later searches fast and exact. Or \
            the text around the words changed, where they are still at their recorded position \
            (the finding names the words right beside them that changed, which can change what \
            they say: "more than 98%" now "less than 98%") or where they were found as the one \
            place keeping one side of their context (the claim's sentence reworded beside them, a \
            neighbour deleted): check that they are still the claim's passage before `gloss fix` \
            records the new position and context.
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
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", prefix: "According to The Herald, ", suffix: " people gathered", start: 24, end: 27}
                """, note: "At its place, but the outlet before it is another now."),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", prefix: "According to The Daily, ", suffix: " people gathered", start: 24, end: 27}
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        // A match in other typography whose surroundings changed asks for a look as well.
        let tier = claim.anchoring?.tier
        guard tier == .moved || (tier == .normalized && claim.anchoring?.contextChanged == true),
              let anchor = claim.claim.anchor else { return }
        guard let start = anchor.start else {
            findings.append(claim.finding("the anchor has no recorded position; `gloss fix` records where its quote is",
                                          at: anchor.range))
            return
        }
        guard claim.anchoring?.contextChanged == true else {
            findings.append(claim.finding("the quote is no longer at its recorded position; `gloss fix` records where it is now",
                                          at: start.range))
            return
        }
        let stayed = anchor.end.map { start.value <= $0.value && claim.anchoring?.range == start.value..<$0.value } ?? false
        findings.append(claim.finding((stayed ? "the text around the quote changed" : "the quote moved and the text around it changed")
                                      + besideWords(of: claim, anchor: anchor, stayed: stayed)
                                      + "; check it is still the claim's passage, then `gloss fix` records "
                                      + (stayed ? "the new context" : "where it is now"), at: anchor.quote.range))
    }

    /// The words right beside the quote that changed, as they were and are (" (before it, “more
    /// than” is now “less than”)"), or nothing when those stand and the change is further off.
    private static func besideWords(of claim: AnchoredClaim, anchor: Anchor, stayed: Bool) -> String {
        guard let text = claim.document?.text, let range = claim.anchoring?.range,
              let change = OccurrenceRanking(prefix: anchor.prefix?.value, suffix: anchor.suffix?.value)
                  .besideWordsChange(at: range, in: text.scalars, atRecordedPlace: stayed) else { return "" }
        // On one line, as messages are: a line break between the words is a space.
        let shown = { (words: String) in
            let trimmed = Excerpt.oneLine(words.trimmed)
            return trimmed.isEmpty ? "nothing" : "“\(trimmed)”"
        }
        // A quote that opened (or closed) its paragraph has the paragraph's edge beside it, not nothing.
        let recorded = change.paragraphEdge ? "the \(change.before ? "start" : "end") of its paragraph" : shown(change.recorded)
        return " (\(change.before ? "before" : "after") it, \(recorded) is now \(shown(change.now)))"
    }
}
