/// A statement's value disagrees with what its `derived:` formula computes.
public enum DerivedMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "derived-mismatch",
        defaultSeverity: .error,
        summary: "A statement's value does not hold what its `derived:` formula computes from other claims.",
        explanation: """
            `derived:` restates a figure as arithmetic over other claims' values (`+ - * /` between \
            spaces, parentheses, numbers, claim ids; a percentage is a share, 98 % is 0.98). The \
            stated value must hold the result: a number written with d decimals holds a result \
            that rounds to it, a comparison must be true of the result, an approximation must be \
            within the configured tolerance. The message gives the computed value. "182 of 185 … \
            more than 98%" holds (98.4 %); "more than 99%" does not.
            """,
        triggeringExamples: [
            RuleExample(claims: crowdClaims(share: "> 99%")),
            RuleExample(claims: crowdClaims(share: "98.3%")),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: crowdClaims(share: "> 98%")),
            RuleExample(claims: crowdClaims(share: "98.4%")),
            RuleExample(claims: crowdClaims(share: "about 98%")),
            RuleExample(claims: crowdClaims(share: "98%")),
        ]
    )

    /// 182 of 185 people were residents, and a share stated for it.
    static func crowdClaims(share: String) -> String {
        """
        - id: crowd
          kind: number
          anchor: {quote: "185", start: 24, end: 27}
          statement: {subject: central-park, property: crowd-size, value: "185", as_of: 2022-10-02}
        - id: residents
          kind: number
          anchor: {quote: "185", start: 24, end: 27}
          statement: {subject: central-park, property: residents-in-crowd, value: "182", as_of: 2022-10-02}
        - id: resident-share
          kind: number
          anchor: {quote: "185", start: 24, end: 27}
          statement:
            subject: central-park
            property: resident-share
            value: "\(share)"
            derived: residents / crowd
        """
    }

    public static let looksAcrossFiles = true

    public static func check(_ analysis: Analysis) -> [Finding] {
        let index = analysis.statements
        let derived = analysis.derivedValues
        return index.entries.compactMap { entry in
            let statement = index.statement(entry)
            guard case .value(let computed)? = derived.outcomes[entry.id],
                  case .success(.quantity(let quantity))? = entry.value,
                  let written = statement.value, let formula = statement.derived else { return nil }
            // Shares are held in percent; formulas compute fractions.
            let (result, sign) = quantity.dimension == .share ? (computed * 100, "%") : (computed, "")
            guard quantity.dimension == .share || quantity.dimension == .number, !quantity.holds(result) else { return nil }
            var decimals = max(1, (quantity.precision?.decimals ?? 0) + 1)
            // At least three figures: 0.984 shown with one decimal would be "computes 1".
            while decimals < 6, result != 0, abs(result) * Self.power(decimals) < 100 { decimals += 1 }
            var shown = NumberText.plain(result, decimals: decimals)
            // Rounded onto what the value allows ("computes 98%" for 97.96% against "at least
            // 98%"), the result would seem to hold: more of its decimals are shown.
            while decimals < 6, let back = Double(shown), quantity.holds(back) {
                decimals += 1
                shown = NumberText.plain(result, decimals: decimals)
            }
            // A share written without `%` (`98` for 182 / 185): formulas compute fractions.
            // A count of something (`98 cases`) is no share left without its `%`.
            let percentHint = quantity.unit == nil && quantity.dimension == .number && abs(computed) < 1 && quantity.holds(computed * 100)
                ? "; a share is written with `%` (`\(written.value)%`), as formulas compute fractions" : ""
            return index.claim(entry).finding("`\(formula.value)` computes \(shown)\(sign), which \(statement.writtenValue(withUnit: true)) does not hold"
                                              + percentHint, at: written.range)
        }
    }

    private static func power(_ decimals: Int) -> Double {
        (0..<decimals).reduce(1) { value, _ in value * 10 }
    }
}
