/// Two claims state values for the same subject, property and time that cannot both be true.
public enum StatementConflictRule: Rule {
    public static let description = RuleDescription(
        id: "statement-conflict",
        defaultSeverity: .error,
        summary: "Two statements give the same subject, property and time values that cannot both hold.",
        explanation: """
            Statements are compared when their subjects are the same place or source (by id, name \
            or alias: Lanzhou, 兰州 and lanzhou are one), their properties are equal and their \
            times are the same (`as_of`, or the same `from` and `to`; different times never \
            conflict). Values conflict when no number satisfies both: 185 and 250 cases do, \
            "about 200" and 185 do not, "> 98%" and 97% do. Numbers in words or Chinese numerals \
            count as numbers, durations compare in a common unit (48 hours is 2 days), and a \
            value holds a more precise one that rounds to it (98% and 98.4%). Counts with \
            different units are not compared. The finding names both claims and who each is \
            attributed to, across files as well as within one. A fact that many statements \
            disagree about stays readable and bounded: its first 100 conflicting pairs are \
            findings, one more finding counts the rest, and at most 1,000 of its distinct values \
            are compared.
            """,
        triggeringExamples: [
            RuleExample(claims: pair("185", "250")),
            RuleExample(claims: pair("> 98%", "97%")),
            RuleExample(claims: pair("about 200", "150")),
            RuleExample(claims: pair("3 days", "48 hours", property: "lockdown-length")),
            RuleExample(claims: pair("200多人", "1000人")),
            RuleExample(claims: pair("185 people", "250 persons")),
            RuleExample(claims: pair("1 million", "500,000")),
            RuleExample(claims: pair("2022-10-02", "October 3, 2022", property: "protest-date")),
            RuleExample(claims: pair("1.5 million", "one point two million", property: "population")),
            RuleExample(claims: pair("九成多", "86%", property: "share")),
            RuleExample(claims: pair("185", "250", firstSubject: "the-city", subject: "City.")),
            RuleExample(claims: pair("three-day", "1 week", property: "lockdown-length")),
            RuleExample(claims: pair("半个月", "1 month", property: "lockdown-length")),
            RuleExample(claims: pair("under 18 years old", "18-year-old", property: "age")),
            RuleExample(files: [
                RuleExample.annotationPath: RuleExample.header + """
                    claims:
                      - id: crowd
                        kind: number
                        anchor: {quote: "185", start: 24, end: 27}
                        statement: {subject: central-park, property: crowd-size, value: "185", as_of: 2022-10-02}
                    """,
                "Annotations/other-report.yaml": RuleExample.header + """
                    claims:
                      - id: other-crowd
                        kind: number
                        anchor: {quote: "185", start: 24, end: 27}
                        statement: {subject: Central Park, property: crowd-size, value: "250", as_of: 2022-10-02}
                    """,
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: pair("185", "one hundred eighty-five")),
            RuleExample(claims: pair("about 200", "185")),
            RuleExample(claims: pair("> 98%", "98.4%")),
            RuleExample(claims: pair("48 hours", "2 days", subject: "central park", property: "lockdown-length")),
            RuleExample(claims: pair("十六", "sixteen")),
            RuleExample(claims: pair("185", "250", secondTime: "as_of: 2022-10-03")),
            RuleExample(claims: pair("185", "16", secondTime: "from: 2022-09-26, to: 2022-10-02")),
            RuleExample(claims: pair("185 people", "250 police officers")),
            RuleExample(claims: pair("200 or more", "250")),
            RuleExample(claims: pair("one third", "33%", property: "resident-share")),
            RuleExample(claims: pair("peaceful", "Peaceful.", property: "protest-character")),
            RuleExample(claims: pair("185人", "185 people")),
            RuleExample(claims: pair("1.5 million", "one point five million", property: "population")),
            RuleExample(claims: pair("九成多", "97%", property: "share")),
            RuleExample(claims: pair("U.S.", "US", property: "nationality")),
            RuleExample(claims: pair("185", "185", firstSubject: "the-city", subject: "The City.")),
            RuleExample(claims: pair("two and a half years", "30 months", property: "sentence")),
            RuleExample(claims: pair("17岁", "17-year-old", property: "age")),
        ]
    )

    /// Two claims about the crowd at Central Park (or the subjects given) with the given values,
    /// the first attributed to The Daily and dated October 2, the second unattributed and dated
    /// by `secondTime`.
    static func pair(_ first: String, _ second: String, firstSubject: String = "central-park", subject: String = "Central Park",
                     property: String = "crowd-size", secondTime: String = "as_of: 2022-10-02") -> String {
        """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              statement: {subject: \(firstSubject), property: \(property), value: "\(first)", as_of: 2022-10-02}
            - id: crowd-estimate
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: unattributed
              statement: {subject: \(subject), property: \(property), value: "\(second)", \(secondTime)}
            """
    }

    public static let looksAcrossFiles = true

    public static func check(_ analysis: Analysis) -> [Finding] {
        let (index, conflicts) = (analysis.statements, analysis.statementConflicts)
        return conflicts.pairs.map { conflict in
            let (first, second) = (Side(index, conflict.first, analysis.registry), Side(index, conflict.second, analysis.registry))
            // A `unit:` the two do not share is part of why they conflict (`48` in hours, `3 days`).
            let units = !sameUnit(first.statement.unit?.value, second.statement.unit?.value)
            let message = "`\(second.id)` (\(second.attribution)) says \(second.statement.writtenValue(withUnit: units)) but `\(first.id)` "
                + "(\(first.attribution)) says \(first.statement.writtenValue(withUnit: units)): \(first.statement.subject.value)'s "
                + "\(first.statement.property.value) \(timePhrase(first.statement)) cannot be both"
            var related = [RelatedLocation(location: first.claim.location(first.valueRange), message: "`\(first.id)` states \(first.statement.writtenValue(withUnit: units))")]
            if let span = first.claim.spanLocation {
                related.append(RelatedLocation(location: span.location, message: "`\(first.id)`'s words in the article"))
            }
            // Either claim of the pair may say, in its `ignore`, why the two figures stand.
            var finding = second.claim.finding(message, at: second.valueRange, related: related)
            finding.pairedClaim = ClaimReference(path: first.claim.path, id: first.id)
            return finding
        } + conflicts.crowdedFacts.map { fact in
            let first = Side(index, fact.first, analysis.registry)
            return first.claim.finding(leftOut(of: first.statement, pairsOf: "statements", unlisted: fact.unlistedPairs,
                                               uncompared: fact.uncomparedValues), at: first.valueRange)
        }
    }

    /// What a listing bounded per fact (``StatementIndex/conflictingPairs(among:holders:)``)
    /// left out, said once for the fact `statement` states: that conflicting pairs of `holders`
    /// were not listed, and distinct values not compared. Not how many: the count changes with
    /// every statement added, and a baseline would take the finding for a new one each time.
    static func leftOut(of statement: Statement, pairsOf holders: String, unlisted: Int, uncompared: Int) -> String {
        var left: [String] = []
        if unlisted > 0 { left.append("more pairs of \(holders) conflict than the \(StatementIndex.maximumPairsPerFact) listed") }
        if uncompared > 0 { left.append("distinct values past the first \(StatementIndex.maximumValuesPerFact) were not compared") }
        return "\(statement.subject.value)'s \(statement.property.value) \(timePhrase(statement)): " + left.joined(separator: "; ")
    }

    /// One claim of a conflicting pair, with what the message says about it.
    private struct Side {
        var claim: AnchoredClaim
        var statement: Statement
        var attribution: String

        init(_ index: StatementIndex, _ entry: StatementIndex.Entry, _ registry: Registry) {
            claim = index.claim(entry)
            statement = index.statement(entry)
            attribution = claim.attributionPhrase(registry)
        }

        var id: String { claim.id }
        var valueRange: TextRange { statement.value?.range ?? statement.range }
    }

    /// Whether two `unit:` fields name the same unit as statements are compared (`cases` and
    /// `case`, `hours` and `Hours`), or both are absent.
    private static func sameUnit(_ first: String?, _ second: String?) -> Bool {
        // Written alike, as nearly every pair is (`cases` and `cases`), they are one unit without
        // folding either: folded for every conflict, units were a third of what this rule cost.
        guard first != second else { return true }
        return switch (first.flatMap(UnitNames.normalized), second.flatMap(UnitNames.normalized)) {
        case (nil, nil): true
        case (let first?, let second?): UnitNames.same(first, second)
        default: false
        }
    }

    static func timePhrase(_ statement: Statement) -> String {
        switch (statement.asOf?.value, statement.from?.value, statement.to?.value) {
        case (let asOf?, _, _): "as of \(asOf)"
        case (nil, let from?, let to?): "from \(from) to \(to)"
        case (nil, let from?, nil): "from \(from)"
        case (nil, nil, let to?): "until \(to)"
        case (nil, nil, nil): "(no date given)"
        }
    }
}
