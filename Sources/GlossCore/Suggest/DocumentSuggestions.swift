/// What `gloss suggest` proposes for one document: the new claims, and what is needed to append
/// them to the document's annotation file safely.
public struct DocumentSuggestions: Sendable {
    /// The document, relative to the workspace root.
    public var document: String
    /// Its annotation file, `<annotations>/<document name>.yaml`, relative to the root.
    public var annotationPath: String
    /// The annotation file as it was read; nil when there is none yet.
    public var annotationBytes: [UInt8]?
    /// The document's git blob id, written as `revision:` into a new annotation file.
    public var revision: String
    /// The claims proposed, in document order; none overlaps an annotated claim of its kind.
    public var drafts: [ClaimDraft]
    /// Annotation files that did not read: the ids their claims use are unknown, and a proposed
    /// id may repeat one.
    public var unreadAnnotationFiles: [String] { analysis.unreadAnnotationFiles }
    /// The workspace the suggestions were made from, registries included: while a registry does
    /// not read, which sources are private is not known, and an id made from a quote may hold
    /// a name; the command judges it before anything is shown or written.
    public var analysis: Analysis

    /// The annotation file's new text with the drafts appended, within `limits`.
    public func appended(limits: Limits) throws(ClaimAppendError) -> [UInt8] {
        try ClaimAppender.append(drafts, to: annotationBytes, document: document, revision: revision, limits: limits)
    }
}

/// Why suggestions could not be made.
public enum SuggestError: Error, Sendable {
    case workspace(WorkspaceError)
    case undecodable(path: String, SourceTextError)
    case pattern(SuggestionPatternError)
}

extension Workspace {
    /// Suggests claims for a document (relative to the root, or absolute), skipping spans already
    /// annotated with a claim of the same kind and ids already used anywhere in the workspace.
    public func suggestions(forDocument path: String,
                            patterns: [SuggestionPattern] = SuggestionPatterns.all) throws(SuggestError) -> DocumentSuggestions {
        let absolute = path.hasPrefix("/") ? path : WorkspacePath.join(root, path)
        guard let document = WorkspacePath.relative(absolute, to: root).flatMap(WorkspacePath.normalize) else {
            throw .workspace(.outsideWorkspace(path))
        }
        let bytes: [UInt8]
        let text: SourceText
        do {
            (_, bytes, text) = try readDocument(named: document)
        } catch {
            switch error {
            case .outsideWorkspace: throw .workspace(.outsideWorkspace(path))
            case .missing: throw .workspace(.missingPath(path))
            case .file(let error): throw .workspace(.unreadable(error))
            case .text(let error): throw .undecodable(path: document, error)
            }
        }
        let others = (try? annotationFiles()) ?? []
        var analysis = WorkspaceLoader(workspace: self).load(others)
        // The file that annotates the document already, whatever its name; else the one named after it.
        let annotationPath = annotationFile(forDocument: document, in: analysis)
        let annotationBytes: [UInt8]?
        do {
            annotationBytes = try existingAnnotationFile(annotationPath)
        } catch {
            throw .workspace(.unreadable(error))
        }
        if annotationBytes != nil, !others.contains(annotationPath) {
            analysis = WorkspaceLoader(workspace: self).load((others + [annotationPath]).sorted())
        }
        // The claims of every file about the document (two desks' files for one article), not
        // only of the one new claims go to: a span another file annotates is annotated.
        let existing = analysis.claims.filter { $0.path == annotationPath || $0.document?.path == document }.compactMap { claim in
            claim.claim.kind.flatMap { kind in claim.anchoring?.range.map { (kind: kind.value, range: $0) } }
        }
        let suggester: ClaimSuggester
        do {
            suggester = try ClaimSuggester(registry: analysis.registry, patterns: patterns)
        } catch {
            throw .pattern(error)
        }
        let drafts = suggester.drafts(in: text, existing: existing, takenIDs: Set(analysis.claims.map(\.id)))
        return DocumentSuggestions(document: document, annotationPath: annotationPath, annotationBytes: annotationBytes,
                                   revision: GitBlobID.of(bytes), drafts: drafts, analysis: analysis)
    }
}
