/// The file's structure does not match the annotation schema.
public enum SchemaRule: Rule {
    public static let description = RuleDescription(
        id: "schema",
        defaultSeverity: .error,
        summary: "A key is unknown or missing, or a value has the wrong type.",
        explanation: """
            Every key of an annotation file, a claim, an anchor, a review, a piece of evidence and \
            a statement is checked against schema version 1. Unknown keys come with the nearest \
            known spelling; wrong types name the type expected. A misspelt key would otherwise be \
            silently ignored, and the claim checked without what the reviewer wrote.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185"}
                  atributed_to: the-daily
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: "24"}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                """),
            RuleExample(files: [RuleExample.annotationPath: "# nothing here yet\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  attributed_to: the-daily
                """),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        LoadProblemFindings.of(.schema, in: analysis)
    }
}
