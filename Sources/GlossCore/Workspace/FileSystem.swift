/// The file access Gloss needs, behind a protocol so the core can be run on an in-memory
/// workspace (rule examples, tests, the language server's unsaved buffers).
public protocol FileSystem: Sendable {
    /// The bytes of a file; refuses files larger than `limit` before reading them.
    func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8]
    /// Whether a path is a file, a folder, or nothing.
    func kind(of path: String) -> FileKind?
    /// Whether anything is at `path`: a symbolic link that leads nowhere too, which
    /// ``kind(of:)`` calls nothing. The default asks ``kind(of:)``.
    func isPresent(_ path: String) -> Bool
    /// The names of a folder's entries, sorted.
    func contents(ofDirectory path: String) throws(FileSystemError) -> [String]
    /// A folder's entries, sorted by name, each with what ``kind(of:)`` says of it (symbolic
    /// links followed). The default asks ``kind(of:)`` for each; the disk reads most kinds from
    /// the listing itself, which spares a `stat` for each of ten thousand annotation files.
    func entries(ofDirectory path: String) throws(FileSystemError) -> [(name: String, kind: FileKind?)]
    /// The path with symbolic links resolved, so containment checks see where a link really goes.
    func resolvingSymbolicLinks(_ path: String) -> String
    /// What ``resolvingSymbolicLinks(_:)`` says of `relative`, a normalized relative path, joined
    /// to `resolvedRoot`, a folder whose links are resolved already. The default asks exactly
    /// that; the disk looks at each part of `relative` alone, which for every document of a
    /// workspace spares resolving the parts of the root again.
    func resolvingSymbolicLinks(_ relative: String, under resolvedRoot: String) -> String
    /// The bytes of the file at `path` when its last part is no symbolic link; nil when it is
    /// one, for the caller to resolve and check where it leads before reading it.
    /// `resolvedFolder` is the path's folder with its links resolved. Refuses as
    /// ``read(_:limit:)`` does. The default asks ``resolvingSymbolicLinks(_:under:)`` first; the
    /// disk opens the file without following a link, which spares a `stat` of every file a
    /// check reads.
    func readUnlessLink(_ path: String, inResolvedFolder resolvedFolder: String, limit: Int) throws(FileSystemError) -> [UInt8]?
    /// Replaces a file's contents atomically (a temporary file in the same folder, renamed into
    /// place), refusing with ``FileSystemError/Reason/changedSinceRead`` when the file no longer
    /// holds `expected`: the bytes the caller read, or nil when it expects no file there. A
    /// concurrent edit is never overwritten.
    mutating func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError)
    /// Why ``write(_:to:expecting:)`` would refuse `path` whatever it held, asked before any of
    /// several files is written, so that one refused does not leave the others half done. The
    /// default refuses nothing.
    func refusalToWrite(_ path: String) -> FileSystemError?
}

extension FileSystem {
    public func refusalToWrite(_ path: String) -> FileSystemError? { nil }

    public func isPresent(_ path: String) -> Bool { kind(of: path) != nil }

    public func resolvingSymbolicLinks(_ relative: String, under resolvedRoot: String) -> String {
        resolvingSymbolicLinks(WorkspacePath.join(resolvedRoot, relative))
    }

    public func readUnlessLink(_ path: String, inResolvedFolder resolvedFolder: String, limit: Int) throws(FileSystemError) -> [UInt8]? {
        let name = WorkspacePath.folderAndName(of: path)?.name ?? path
        guard resolvingSymbolicLinks(name, under: resolvedFolder) == WorkspacePath.join(resolvedFolder, name) else { return nil }
        return try read(path, limit: limit)
    }

    public func entries(ofDirectory path: String) throws(FileSystemError) -> [(name: String, kind: FileKind?)] {
        try contents(ofDirectory: path).map { ($0, kind(of: WorkspacePath.join(path, $0))) }
    }
}

public enum FileKind: Sendable {
    case file, directory
    /// Something that is neither: a named pipe, a device, a socket. Never read, since reading
    /// a pipe waits for a writer and a device may never end; reported as not a regular file.
    case other
}

/// Why a file could not be read, in words for the person who has to fix it.
public struct FileSystemError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// Larger than the limit it was read with; nothing was read.
        case tooLarge(size: Int, limit: Int)
        /// The system's own words (no such file, permission denied, …).
        case failed(String)
        /// The file changed after it was read (or appeared, or vanished); nothing was written.
        case changedSinceRead
    }

    public var path: String
    public var reason: Reason

    /// What is at `path` when a file was wanted and `kind` is there instead: a folder, or
    /// something that is no regular file (a pipe, a device), which is never read.
    static func notAFile(_ path: String, _ kind: FileKind) -> FileSystemError {
        FileSystemError(path: path, reason: .failed(kind == .directory ? "it is a folder, not a file" : "it is not a regular file (a pipe or a device)"))
    }

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var message: String {
        switch reason {
        case .tooLarge(let size, let limit): "the file is \(size) bytes, over the limit of \(limit) bytes"
        case .failed(let message): message
        case .changedSinceRead: "the file changed after Gloss read it; nothing was written, run the command again"
        }
    }
}
