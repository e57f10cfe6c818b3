/// A value has the right type but is not acceptable: a bad date, URL, id, choice or offset.
public enum InvalidValueRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-value",
        defaultSeverity: .error,
        summary: "A value is not acceptable: a date, URL, id, choice or anchor offset.",
        explanation: """
            Dates are ISO 8601 (`2022-10-02`); URLs are http or https, so reports never link to \
            `javascript:` or local files, and hold spaces, `"`, `<`, `>`, `\\`, `^`, `` ` ``, `{`, `|`, \
            `}`, control characters and what is never shown (a right-to-left override) only \
            percent-encoded, as exports publish them; ids are lowercase words joined by hyphens; kinds, \
            verdicts and stances come from a fixed list (the nearest is suggested); an anchor's \
            quote is not empty and its offsets lie inside the document, in order, on character \
            boundaries; a file's `language:` is a BCP 47 tag (`en`, `zh-Hans`), since reports \
            mark the document's text with it. A statement's value that starts with a digit, a sign or `> < ≥ ≤ ~ ≈ =`, \
            or with a comparison or approximation phrase and a number (`more than 180`), must \
            read as a number, percentage, range, duration or ISO date; a `derived:` formula must \
            parse, refer to claims with a single numeric value, and not divide by zero; a claim \
            cannot relate to itself, nor a place in `places.yaml` lie within itself through `within:`.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "185", derived: crowd}
                """, note: "A formula that uses its own claim checks nothing."),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"}
                - id: squared
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-squared, value: "more than 5", derived: crowd * crowd * crowd * crowd}
                """, note: "A formula whose result is too large for a number."),
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
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "> lots"}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: date
                  anchor: {quote: October 2, start: 75, end: 84}
                  statement: {subject: central-park, property: gathering-date, value: 10/02/2022}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "185"}
                - id: crowd-share
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-share, derived: crowd/crowd}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "185", derived: crowd * (1 / 0)}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  relations:
                    - same_as: crowd
                """),
            RuleExample(files: [RuleExample.annotationPath: withLanguage("English (US)")]),
            RuleExample(files: [
                "Annotations/places.yaml": """
                    places:
                      - {id: central-park, name: Central Park, within: the-city}
                      - {id: the-city, name: The City, within: central-park}

                    """,
            ]),
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
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "one hundred and eighty-five", as_of: 2022-10-02}
                - id: gathering
                  kind: date
                  anchor: {quote: October 2, start: 75, end: 84}
                  statement: {subject: central-park, property: gathering-date, value: 2022-10-02}
                - id: mood
                  kind: event
                  anchor: {quote: We want to go home, start: 87, end: 105}
                  statement: {subject: central-park, property: crowd-mood, value: over the moon}
                - id: crowd-double
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-doubled, derived: (crowd + crowd) * 1}
                """),
            RuleExample(files: [RuleExample.annotationPath: withLanguage("zh-Hans")]),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        LoadProblemFindings.of(.invalidValue, in: analysis) + analysis.claims.flatMap(anchorFindings)
            + StatementFindings.invalidValues(in: analysis) + placesWithinThemselves(analysis)
    }

    /// Places whose `within:` leads round back to them: a place inside itself, whose values
    /// then agree and conflict at random (`Lanzhou` and `Gansu` each within the other).
    private static func placesWithinThemselves(_ analysis: Analysis) -> [Finding] {
        let places = analysis.registry.places
        var within: [String: String] = [:]
        for place in places { if let outer = place.within?.value, within[place.id.value] == nil { within[place.id.value] = outer } }
        return places.compactMap { place in
            guard let written = place.within else { return nil }
            var chain = [place.id.value, written.value]
            while chain.last != place.id.value, let outer = within[chain.last!], !chain.dropFirst().contains(outer) { chain.append(outer) }
            guard chain.last == place.id.value else { return nil }
            let circle = chain.map { "`\($0)`" }.joined(separator: " within ")
            return Finding(message: "`within:` leads round to the place itself (\(circle)); a place cannot lie within itself",
                           location: Location(path: analysis.configuration.placesPath, range: written.range))
        }
    }

    private static func anchorFindings(_ claim: AnchoredClaim) -> [Finding] {
        guard let anchor = claim.claim.anchor, let result = claim.anchoring, let document = claim.document else { return [] }
        return result.problems.map { problem in
            switch problem {
            case .emptyQuote:
                claim.finding("the anchor's quote is empty or only white space", at: anchor.quote.range)
            case .invalidRange:
                switch (anchor.start, anchor.end) {
                case (nil, _?): claim.finding("the anchor has an `end` but no `start`", at: anchor.range)
                case (_?, nil): claim.finding("the anchor has a `start` but no `end`", at: anchor.range)
                default: claim.finding("the anchor's `start` is after its `end`", at: anchor.start?.range ?? anchor.range)
                }
            case .quoteTooLong:
                claim.finding("the anchor's quote is too long to search for approximately (\(anchor.quote.value.unicodeScalars.count) "
                              + "characters, at most \(FoldedSearch.maximumQuoteLength)); it is found only where it is exact",
                              at: anchor.quote.range)
            case .searchBudgetSpent:
                claim.finding("the anchor's quote was not searched for in the whole document: the claims before it in this file "
                              + "spent the search one file may take, so it was looked for only at and near its recorded place "
                              + "(`start`, `end`); split the file, or record where the quote is",
                              at: anchor.quote.range)
            case .rangeOutsideText:
                claim.finding("the anchor's offsets lie past the end of the document (\(document.text.scalarCount) characters)",
                              at: anchor.end?.range ?? anchor.range)
            }
        }
    }

    /// An annotation file in `language`, with one claim.
    private static func withLanguage(_ language: String) -> String {
        RuleExample.header + "language: \(language)\nclaims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: 24, end: 27}\n"
    }
}
