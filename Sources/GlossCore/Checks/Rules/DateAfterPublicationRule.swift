/// A claim is dated after the article that makes it was published.
public enum DateAfterPublicationRule: Rule {
    public static let description = RuleDescription(
        id: "date-after-publication",
        defaultSeverity: .warning,
        summary: "A statement's date, `as_of`, `from` or `to` is after the annotation file's `published` date.",
        explanation: """
            An article cannot report what had not happened when it was published. A date after \
            `published` is usually a typo in the year or month, or the statement belongs to a \
            later report. Only checked when the annotation file gives `published`.
            """,
        triggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: \"185\", as_of: 2022-10-12")]),
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: 2023-10-02")]),
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: \"October 12, 2022\"")]),
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: \"2022-10-01 to 2022-10-05\"")]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: \"185\", as_of: 2022-10-02")]),
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: 2022-10-03")]),
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: \"2022-09-28 to 2022-10-03\"")]),
            RuleExample(files: [RuleExample.annotationPath: published("2022-10-03", statement: "value: \"before 2022-10-10\"")]),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "185", as_of: 2030-01-01}
                """),
        ]
    )

    static func published(_ date: String, statement: String) -> String {
        RuleExample.header + """
            published: \(date)
            claims:
              - id: crowd
                kind: number
                anchor: {quote: "185", start: 24, end: 27}
                statement: {subject: central-park, property: crowd-size, \(statement)}

            """
    }

    public static func check(_ analysis: Analysis) -> [Finding] {
        let parser = ValueParser(tolerance: analysis.configuration.tolerance)
        return analysis.files.flatMap { file -> [Finding] in
            guard let published = file.annotation?.published else { return [] }
            let related = RelatedLocation(location: Location(path: file.path, range: published.range),
                                          message: "published \(published.value)")
            return file.claims.flatMap { claim -> [Finding] in
                guard let statement = claim.claim.statement else { return [] }
                var dates = [("as_of", statement.asOf), ("from", statement.from), ("to", statement.to)].compactMap { key, date in
                    date.map { ("`\(key)` \($0.value)", $0.value.dayNumber, $0.range) }
                }
                // A date, or a range of days: it reaches past publication where it ends, as
                // `to:` does. A bound (`before 2022-10-10`) says only where it could start.
                if let value = statement.value, case .success(.quantity(let quantity)) = parser.parse(value.value),
                   quantity.dimension == .date, quantity.interval.lower.isFinite {
                    let end = quantity.interval.upper.isFinite ? quantity.interval.upper : quantity.interval.lower
                    dates.append(("the value `\(value.value)`", Int(end), value.range))
                }
                return dates.filter { $0.1 > published.value.dayNumber }.map { what, _, range in
                    claim.finding("\(what) is after the article's publication on \(published.value)", at: range, related: [related])
                }
            }
        }
    }
}
