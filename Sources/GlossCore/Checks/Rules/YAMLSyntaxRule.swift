/// The file is not YAML Gloss can read: libyaml's own complaint, or a limit that protects the run.
public enum YAMLSyntaxRule: Rule {
    public static let description = RuleDescription(
        id: "yaml-syntax",
        defaultSeverity: .error,
        summary: "The file is not valid YAML, or exceeds a safety limit.",
        explanation: """
            Annotation files are read with libyaml; its problem text is reported at the line and \
            column it names, with a note where the construct it was reading began (a key missing \
            its colon is found only on the next line, an unclosed quote only at the end of the \
            file). Duplicate keys (with a note at the first), tabs used for indentation, nesting deeper than \
            `limits.max_depth`, alias expansion beyond `limits.max_alias_expansion`, more nodes \
            than `limits.max_nodes` and files larger than `limits.max_file_bytes` are reported \
            here too, so a broken or hostile \
            file cannot stop or stall a run.
            """,
        triggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: \"unclosed\n"]),
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ngloss: 1\ndocument: Sources-Docs/example.md\n"]),
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: Sources-Docs/example.md\nclaims:\n\t- id: x\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: Sources-Docs/example.md\nclaims: []\n"]),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        LoadProblemFindings.of(.yamlSyntax, in: analysis)
    }
}
