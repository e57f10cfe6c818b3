/// The document exists but cannot be read as UTF-8 text.
public enum DocumentUnreadableRule: Rule {
    public static let description = RuleDescription(
        id: "document-unreadable",
        defaultSeverity: .error,
        summary: "The document cannot be read as UTF-8 text.",
        explanation: """
            Anchors are Unicode scalar offsets into the document's text, so the document must be \
            valid UTF-8. The finding points at the first invalid byte in the document (its byte \
            offset is in the message); re-save the file as UTF-8.
            """,
        triggeringExamples: [
            RuleExample(bytes: [RuleExample.documentPath: Array("caf".utf8) + [0xE9] + Array(" au lait\n".utf8),
                                RuleExample.annotationPath: Array((RuleExample.header + "claims: []\n").utf8)]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [RuleExample.annotationPath: RuleExample.header + "claims: []\n"]),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        analysis.files.compactMap { file in
            guard case .unreadable(let path, let message, let position) = file.document,
                  let named = file.annotation?.document else { return nil }
            let location = position.map { Location(path: path, range: TextRange(at: $0)) }
                ?? Location(path: file.path, range: named.range)
            return Finding(message: "the document `\(path)` cannot be read: \(message)", location: location,
                           related: [RelatedLocation(location: Location(path: file.path, range: named.range),
                                                     message: "named here")])
        }
    }
}
