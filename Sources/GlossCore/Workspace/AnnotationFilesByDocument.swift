/// Which annotation files annotate a document: those whose `document:` names it (whether or
/// not the rest of the file reads), with the file named after the document
/// (``Workspace/annotationPath(forDocument:)``) first. The one rule every command that looks up
/// a document's annotations follows: `check` of a document, `add`, `suggest` and `import`, so
/// that they agree on where a document's claims are.
public struct AnnotationFilesByDocument: Sendable {
    private var files: [String: [String]] = [:]

    public init() {}

    /// Records that the annotation file at `path` names `document`, as its `document:` writes
    /// it; files are listed in the order they are recorded.
    public mutating func record(_ path: String, names document: String) {
        guard let document = WorkspacePath.normalize(document) else { return }
        files[document, default: []].append(path)
    }

    /// The files that name `document` (workspace-relative), `namedAfterIt` first when it is one.
    public func files(annotating document: String, namedAfterIt: String) -> [String] {
        let named = WorkspacePath.normalize(document).flatMap { files[$0] } ?? []
        guard let own = named.firstIndex(of: namedAfterIt), own > 0 else { return named }
        return [namedAfterIt] + named[..<own] + named[(own + 1)...]
    }
}
