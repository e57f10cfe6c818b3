/// A value has the right type but is not acceptable: a bad date, URL, id, choice or offset.
public enum InvalidValueRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-value",
        defaultSeverity: .error,
        summary: "A value is not acceptable: a date, URL, id, choice or anchor offset.",
        explanation: """
            Dates are ISO 8601 (`2022-10-02`); URLs are http or https, so reports never link to \
            `javascript:` or local files; ids are lowercase words joined by hyphens; kinds, \
            verdicts and stances come from a fixed list (the nearest is suggested); an anchor's \
            quote is not empty and its offsets lie inside the document, in order, on character \
            boundaries.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: numbr
                  anchor: {quote: "185", start: 24, end: 27}
                """),
            RuleExample(claims: """
                - id: Crowd_Size
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      date: 02/10/2022
                      verdict: supported
                      evidence:
                        - url: javascript:alert(1)
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 2400, end: 2403}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "   "}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - reviewer: alice
                      date: 2022-10-03
                      verdict: unverifiable
                      evidence:
                        - url: https://example.org/report
                """),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        LoadProblemFindings.of(.invalidValue, in: analysis) + analysis.claims.flatMap(anchorFindings)
    }

    private static func anchorFindings(_ claim: AnchoredClaim) -> [Finding] {
        guard let anchor = claim.claim.anchor, let result = claim.anchoring, let document = claim.document else { return [] }
        return result.problems.map { problem in
            switch problem {
            case .emptyQuote:
                claim.finding("the anchor's quote is empty or only white space", at: anchor.quote.range)
            case .invalidRange:
                claim.finding("the anchor's `start` is after its `end`", at: anchor.start?.range ?? anchor.range)
            case .rangeOutsideText:
                claim.finding("the anchor's offsets lie past the end of the document (\(document.text.scalarCount) characters)",
                              at: anchor.end?.range ?? anchor.range)
            case .splitsCharacter:
                claim.finding("the anchor's offsets fall inside a character (an emoji or a combined letter)",
                              at: anchor.start?.range ?? anchor.range)
            }
        }
    }
}
