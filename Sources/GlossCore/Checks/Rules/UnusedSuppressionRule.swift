/// An `ignore` entry that silences nothing.
public enum UnusedSuppressionRule: AuditRule {
    public static let description = RuleDescription(
        id: "unused-suppression",
        defaultSeverity: .warning,
        summary: "An `ignore` entry silences no finding.",
        explanation: """
            A suppression outlives the problem it was written for: once the claim is fixed, the \
            entry would silently hide the next real finding of that rule. Remove entries that \
            silence nothing. Entries for rules switched off in `.gloss.yml` are not judged; an \
            entry naming no rule is reported by `unknown-reference`.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  attributed_to: the-daily
                  reviews:
                    - {reviewer: alice, verdict: unverifiable}
                  ignore:
                    - rule: missing-attribution
                      reason: The article names no source for this figure.
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  reviews:
                    - {reviewer: alice, verdict: unverifiable}
                  ignore:
                    - rule: missing-attribution
                      reason: The article names no source for this figure.
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  attributed_to: the-daily
                  ignore:
                    - rule: missing-atribution
                      reason: A misspelt rule id is an unknown reference, not an unused entry.
                """),
        ]
    )

    /// The rule an `unused-suppression` message is about (`ignore` entry for `x` …).
    public static func rule(named message: String) -> String? {
        let opening = "`ignore` entry for `"
        guard message.hasPrefix(opening) else { return nil }
        return message.dropFirst(opening.count).split(separator: "`", maxSplits: 1).first.map(String.init)
    }

    public static func check(_ analysis: Analysis) -> [Finding] {
        analysis.unusedSuppressions.map { unused in
            let rule = unused.suppression.rule
            let why = unused.repeatsOneThatSilences ? "an entry above for the rule silences its findings already"
                : "the rule reports nothing here"
            return unused.claim.finding("`ignore` entry for `\(rule.value)` silences nothing: \(why)", at: rule.range)
        }
    }
}
