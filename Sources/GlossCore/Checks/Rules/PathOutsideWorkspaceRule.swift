/// `document:` points outside the workspace, or a YAML file is a link out of it; Gloss reads neither.
public enum PathOutsideWorkspaceRule: Rule {
    public static let description = RuleDescription(
        id: "path-outside-workspace",
        defaultSeverity: .error,
        summary: "A document path leaves the workspace (`..`, an absolute path, `~` or a symbolic link), or a YAML file links out of it.",
        explanation: """
            Annotation files come from many hands. A path such as `../../etc/passwd` must never \
            make Gloss read, quote or report a file outside the repository under review, so such \
            paths are refused before anything is read. So is an annotation file or a registry that \
            is a symbolic link leading outside the workspace: its "YAML errors" would quote the \
            file it leads to.
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
        LoadProblemFindings.of(.outsideWorkspace, in: analysis) + DocumentFindings.of(analysis) { state in
            guard case .outsideWorkspace(let path) = state else { return nil }
            return "the document path `\(path)` leads outside the workspace; it is not read"
        }
    }
}
