/// Findings about the document an annotation file names, pointed at its `document:` value.
enum DocumentFindings {
    static func of(_ analysis: Analysis, _ message: (DocumentState) -> String?) -> [Finding] {
        analysis.files.compactMap { file in
            guard let state = file.document, let named = file.annotation?.document, let text = message(state) else { return nil }
            return Finding(message: text, location: Location(path: file.path, range: named.range))
        }
    }
}
