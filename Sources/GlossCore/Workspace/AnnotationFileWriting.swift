extension Workspace {
    /// What an annotation file (workspace-relative) holds before claims are appended to it: nil
    /// when there is no file yet, which the append creates. Anything else at the path that is not
    /// a file is an error naming what it is, so that the append does not mistake it for a new
    /// file and fail later as if the file had changed underneath.
    public func existingAnnotationFile(_ path: String) throws(FileSystemError) -> [UInt8]? {
        let absolute = WorkspacePath.join(root, path)
        switch fileSystem.kind(of: absolute) {
        case nil: return nil
        case .file: return try fileSystem.read(absolute, limit: configuration.limits.yaml.maxFileBytes)
        case let kind?: throw .notAFile(absolute, kind)
        }
    }

    /// Writes an annotation file (workspace-relative) as ``FileSystem/write(_:to:expecting:)``
    /// does, unless it resolves outside the workspace: a symbolic link is written through, and
    /// one that leaves the workspace would have Gloss change a file it was never given.
    public func write(_ bytes: [UInt8], toAnnotationFile path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
        if let refusal = refusalToWrite(annotationFile: path) { throw refusal }
        var fileSystem = fileSystem
        try fileSystem.write(bytes, to: WorkspacePath.join(root, path), expecting: expected)
    }

    /// Why ``write(_:toAnnotationFile:expecting:)`` would refuse the file whatever it held: it
    /// resolves outside the workspace, or the file system refuses it (read-only, a broken link).
    public func refusalToWrite(annotationFile path: String) -> FileSystemError? {
        let absolute = WorkspacePath.join(root, path)
        // A new file goes into its folder, made where missing: the nearest one there may be a
        // link out of the workspace.
        var written = absolute
        while fileSystem.kind(of: written) == nil, let slash = written.lastIndex(of: "/"), !written[..<slash].isEmpty {
            written = String(written[..<slash])
        }
        if WorkspacePath.relative(fileSystem.resolvingSymbolicLinks(written), to: fileSystem.resolvingSymbolicLinks(root)) == nil {
            return FileSystemError(path: absolute, reason: .failed("it resolves outside the workspace; Gloss does not write there"))
        }
        return fileSystem.refusalToWrite(absolute)
    }

    /// Refuses an annotation file (workspace-relative) that a check of the whole workspace would
    /// pass over, before claims are written to it: they would never be checked, and no command
    /// would say so; and a registry, which claims would break.
    public func requireChecked(annotationFile path: String) throws(FileSystemError) {
        // A document named `sources` or `places` would have its claims written into a registry.
        if [configuration.sourcesPath, configuration.placesPath].contains(WorkspacePath.normalize(path)) {
            throw FileSystemError(path: WorkspacePath.join(root, path),
                                  reason: .failed("it is a registry, not an annotation file; a document of this name cannot be annotated (rename it)"))
        }
        guard let reason = reasonUnchecked(path) else { return }
        throw FileSystemError(path: WorkspacePath.join(root, path),
                              reason: .failed("claims written there would never be checked: \(reason)"))
    }

    /// The file beside `path` whose name is the same in another Unicode form (`café` composed
    /// and decomposed): Swift takes the two names for one, and a check reads only one file.
    private func normalizationTwin(of path: String) -> String? {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        let name = folder.isEmpty ? path : String(path.dropFirst(folder.count + 1))
        guard let entries = try? fileSystem.contents(ofDirectory: WorkspacePath.join(root, folder)) else { return nil }
        return entries.first { $0 == name && !$0.utf8.elementsEqual(name.utf8) }.map { folder.isEmpty ? $0 : folder + "/" + $0 }
    }

    private func reasonUnchecked(_ path: String) -> String? {
        if let twin = normalizationTwin(of: path) {
            return "its name is `\(twin)`'s in another Unicode form (composed and decomposed accents), and a check reads only one of the two; rename one"
        }
        let folder = configuration.annotations
        let inFolder = folder.isEmpty || !path.hasPrefix(folder + "/") ? path : String(path.dropFirst(folder.count + 1))
        if inFolder.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            return "a check skips files whose names start with a dot"
        }
        return isSelected(path) ? nil : "the configuration's `include` and `exclude` leave it out of a check"
    }
}
