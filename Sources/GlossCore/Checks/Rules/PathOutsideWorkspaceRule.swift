/// `document:` points outside the workspace; Gloss does not read it.
public enum PathOutsideWorkspaceRule: Rule {
    public static let description = RuleDescription(
        id: "path-outside-workspace",
        defaultSeverity: .error,
        summary: "The document path leaves the workspace (`..`, an absolute path, `~` or a symbolic link).",
        explanation: """
            Annotation files come from many hands. A path such as `../../etc/passwd` must never \
            make Gloss read, quote or report a file outside the repository under review, so such \
            paths are refused before anything is read.
            """,
        triggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: ../../etc/passwd\nclaims: []\n"]),
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: /etc/passwd\nclaims: []\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: Sources-Docs/../Sources-Docs/example.md\nclaims: []\n"]),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        DocumentFindings.of(analysis) { state in
            guard case .outsideWorkspace(let path) = state else { return nil }
            return "the document path `\(path)` leads outside the workspace; it is not read"
        }
    }
}
