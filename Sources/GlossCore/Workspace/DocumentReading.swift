/// Why a document could not be read: where it is, the file itself, or its text.
public enum DocumentReadError: Error {
    /// The name leaves the workspace: by `..`, an absolute path, `~` or a symbolic link.
    case outsideWorkspace
    /// Nothing is there.
    case missing
    case file(FileSystemError)
    case text(SourceTextError)

    public var message: String {
        switch self {
        case .outsideWorkspace: "it is outside the workspace"
        case .missing: "there is no such file"
        case .file(let error): error.message
        case .text(let error): error.message
        }
    }
}

extension Workspace {
    /// A document named by a path relative to the workspace root, read the one way every command
    /// reads documents: refused, unread, when it resolves outside the workspace (by `..`, an
    /// absolute path, `~` or a symbolic link) or is not a regular file, and read within the
    /// configured size limit. A check, `gloss add` and `gloss suggest` then agree on what a
    /// document is, and none of them copies text from outside the workspace into an annotation.
    ///
    /// `resolvedRoot` is the root with its symbolic links resolved, for a caller that reads
    /// many documents and resolves it once.
    public func readDocument(named: String, resolvedRoot: String? = nil)
    throws(DocumentReadError) -> (path: String, bytes: [UInt8], text: SourceText) {
        guard let relative = WorkspacePath.normalize(named) else { throw .outsideWorkspace }
        let absolute = WorkspacePath.join(root, relative)
        let resolvedRoot = resolvedRoot ?? fileSystem.resolvingSymbolicLinks(root)
        guard WorkspacePath.relative(fileSystem.resolvingSymbolicLinks(relative, under: resolvedRoot), to: resolvedRoot) != nil else {
            throw .outsideWorkspace
        }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(absolute, limit: configuration.limits.maxDocumentBytes)
        } catch {
            // What is there is asked only when reading failed: a check reads thousands of documents.
            switch fileSystem.kind(of: absolute) {
            case .file: throw .file(error)
            case nil: throw .missing
            case let kind?: throw .file(.notAFile(absolute, kind))
            }
        }
        do {
            return (relative, bytes, try SourceText(decoding: bytes))
        } catch {
            throw .text(error)
        }
    }
}
