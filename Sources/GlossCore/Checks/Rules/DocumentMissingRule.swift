/// The annotation file names a document that is not there.
public enum DocumentMissingRule: Rule {
    public static let description = RuleDescription(
        id: "document-missing",
        defaultSeverity: .error,
        summary: "The document an annotation file names does not exist.",
        explanation: """
            `document:` is a path relative to the workspace root. When the article was renamed or \
            removed, none of the file's claims can be anchored; update the path.
            """,
        triggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: Sources-Docs/renamed.md\nclaims: []\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: Sources-Docs/example.md\nclaims: []\n"]),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        DocumentFindings.of(analysis) { state in
            guard case .missing(let path) = state else { return nil }
            return "the document `\(path)` does not exist"
        }
    }
}
