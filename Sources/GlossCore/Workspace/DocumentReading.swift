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
        try readDocument(named: named, resolvedRoot: resolvedRoot) { _, resolve in resolve() }
    }

    /// `resolvedFolder` is given a folder and how to resolve it, and answers what that says: a
    /// caller that reads many documents keeps the answers, so that a folder is looked at once.
    func readDocument(named: String, resolvedRoot: String?, resolvedFolder: (_ folder: String, _ resolve: () -> String?) -> String?)
    throws(DocumentReadError) -> (path: String, bytes: [UInt8], text: SourceText) {
        guard let relative = WorkspacePath.normalize(named) else { throw .outsideWorkspace }
        let absolute = WorkspacePath.join(root, relative)
        let resolvedRoot = resolvedRoot ?? fileSystem.resolvingSymbolicLinks(root)
        let read: [UInt8]?
        do {
            read = try readInside(relative, resolvedRoot: resolvedRoot, resolvedFolder: resolvedFolder)
        } catch {
            // What is there is asked only when reading failed: a check reads thousands of documents.
            switch fileSystem.kind(of: absolute) {
            case .file: throw .file(error)
            case nil: throw .missing
            case let kind?: throw .file(.notAFile(absolute, kind))
            }
        }
        guard let bytes = read else { throw .outsideWorkspace }
        do {
            return (relative, bytes, try SourceText(decoding: bytes))
        } catch {
            throw .text(error)
        }
    }

    /// The bytes of the file at `relative`, a normalized path, or nil when its links lead
    /// outside the workspace, where nothing is read.
    private func readInside(_ relative: String, resolvedRoot: String,
                            resolvedFolder: (_ folder: String, _ resolve: () -> String?) -> String?) throws(FileSystemError) -> [UInt8]? {
        let (path, limit) = (WorkspacePath.join(root, relative), configuration.limits.maxDocumentBytes)
        // A document that is no link, in a folder inside the workspace, is inside too: read
        // without a look at it first, as nearly every document of a check is.
        if let (folder, _) = WorkspacePath.folderAndName(of: relative), let inside = resolvedFolder(folder, {
            let resolved = fileSystem.resolvingSymbolicLinks(folder, under: resolvedRoot)
            return WorkspacePath.relative(resolved, to: resolvedRoot) == nil ? nil : resolved
        }), let bytes = try fileSystem.readUnlessLink(path, inResolvedFolder: inside, limit: limit) {
            return bytes
        }
        guard WorkspacePath.relative(fileSystem.resolvingSymbolicLinks(relative, under: resolvedRoot), to: resolvedRoot) != nil else {
            return nil
        }
        return try fileSystem.read(path, limit: limit)
    }
}
