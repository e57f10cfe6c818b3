/// The document was edited after its anchors were last written.
public enum DocumentChangedRule: Rule {
    public static let description = RuleDescription(
        id: "document-changed",
        defaultSeverity: .info,
        summary: "The document changed since the annotation file's `revision` was written.",
        explanation: """
            `revision` is the git blob id of the document when the anchors were last written \
            (`gloss fix` and `gloss add` write it). When the document's bytes no longer have that \
            id, the article was edited since: the anchors are still found and judged one by one, \
            but a reviewer may want to reread the claims against the new text. `gloss fix` \
            records the current revision.
            """,
        triggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: """
                gloss: 1
                document: Sources-Docs/example.md
                revision: 0000000000000000000000000000000000000000
                claims: []
                """]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: """
                gloss: 1
                document: Sources-Docs/example.md
                revision: 20783019db4bb75f5ee56b152af44fdf98d8dd38
                claims: []
                """]),
            RuleExample(files: [RuleExample.annotationPath: "gloss: 1\ndocument: Sources-Docs/example.md\nclaims: []\n"]),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        analysis.files.compactMap { file in
            guard case .loaded(let document) = file.document, let revision = file.annotation?.revision,
                  revision.value != document.blobID else { return nil }
            return Finding(message: "the document changed since this revision was recorded; `gloss fix` records the current one",
                           location: Location(path: file.path, range: revision.range),
                           related: [RelatedLocation(location: Location(path: document.path, range: TextRange(at: .start)),
                                                     message: "the document now")])
        }
    }
}
