extension Workspace {
    /// Writes an annotation file (workspace-relative) as ``FileSystem/write(_:to:expecting:)``
    /// does, unless it resolves outside the workspace: a symbolic link is written through, and
    /// one that leaves the workspace would have Gloss change a file it was never given.
    public func write(_ bytes: [UInt8], toAnnotationFile path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
        let absolute = WorkspacePath.join(root, path)
        if fileSystem.kind(of: absolute) != nil,
           WorkspacePath.relative(fileSystem.resolvingSymbolicLinks(absolute), to: fileSystem.resolvingSymbolicLinks(root)) == nil {
            throw FileSystemError(path: absolute, reason: .failed("it resolves outside the workspace; Gloss does not write there"))
        }
        var fileSystem = fileSystem
        try fileSystem.write(bytes, to: absolute, expecting: expected)
    }
}
