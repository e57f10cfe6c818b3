/// The quote was found only once typography was set aside.
public enum AnchorNormalizedRule: ClaimRule {
    public static let description = RuleDescription(
        id: "anchor-normalized",
        defaultSeverity: .info,
        summary: "The quote was found only after normalizing quotes, dashes, spaces or full-width forms.",
        explanation: """
            The article's words are the quote's, but typed differently: curly instead of \
            straight quotes, an en dash for a hyphen, a no-break space or a line break for a \
            space, full-width letters. The claim is in place; `gloss fix` records its position \
            and context, and never rewrites the quote, which stays as the reviewer wrote it, so \
            this note stays until the quote is written as the article has it.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: home
                  kind: quote
                  anchor: {quote: "\\"We want to go home,\\" a resident said", start: 86, end: 123}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: home
                  kind: quote
                  anchor: {quote: "We want to go home", start: 87, end: 105}
                """),
        ]
    )

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        // Equal as Swift compares text, whole and unequal scalar by scalar: composed and decomposed forms.
        let accents = claim.anchoring?.textNow.map { $0 == claim.claim.anchor?.quote.value } ?? false
        let how = accents ? "with its accents composed differently (Unicode NFC and NFD)" : "once quotes, dashes and spaces are normalized"
        AnchorTextFindings.finding(about: claim, tier: .normalized, into: &findings) { _, now in
            "the quote was found as “\(now)” \(how); "
                + "write the quote as the article has it to silence this (`gloss fix` keeps the quote as written)"
        }
    }
}
