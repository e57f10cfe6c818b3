import GlossCore

/// The disk as the editor sees it: open buffers (by absolute path) served over another file
/// system, so unsaved edits are checked and anchored without being written anywhere.
struct OverlayFileSystem: FileSystem {
    var base: any FileSystem
    var buffers: [String: [UInt8]] = [:]

    func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        guard let bytes = buffers[path] else { return try base.read(path, limit: limit) }
        guard bytes.count <= limit else { throw FileSystemError(path: path, reason: .tooLarge(size: bytes.count, limit: limit)) }
        return bytes
    }

    func kind(of path: String) -> FileKind? {
        if buffers[path] != nil { return .file }
        if let kind = base.kind(of: path) { return kind }
        return bufferNames(in: path).isEmpty ? nil : .directory
    }

    func isPresent(_ path: String) -> Bool { kind(of: path) != nil || base.isPresent(path) }

    func contents(ofDirectory path: String) throws(FileSystemError) -> [String] {
        let names = bufferNames(in: path)
        guard base.kind(of: path) == .directory else {
            guard !names.isEmpty else { return try base.contents(ofDirectory: path) }
            return names.sorted()
        }
        return Set(try base.contents(ofDirectory: path)).union(names).sorted()
    }

    func resolvingSymbolicLinks(_ path: String) -> String {
        buffers[path] != nil && base.kind(of: path) == nil ? path : base.resolvingSymbolicLinks(path)
    }

    /// Writes land in the overlay, never on disk: the editor owns the files it shows.
    mutating func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
        let current = kind(of: path) == .file ? try? read(path, limit: Int.max) : nil
        guard current == expected else { throw FileSystemError(path: path, reason: .changedSinceRead) }
        buffers[path] = bytes
    }

    /// The names directly inside a folder that open buffers put there.
    private func bufferNames(in folder: String) -> Set<String> {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return Set(buffers.keys.filter { $0.hasPrefix(prefix) }.compactMap {
            $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
        })
    }
}
