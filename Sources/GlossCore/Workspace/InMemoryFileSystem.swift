/// A workspace held in memory: files by absolute path. Folders exist where files are below them.
public struct InMemoryFileSystem: FileSystem {
    public var files: [String: [UInt8]]

    public init(files: [String: [UInt8]] = [:]) {
        self.files = files
    }

    public init(root: String, texts: [String: String]) {
        files = Dictionary(uniqueKeysWithValues: texts.map { (WorkspacePath.join(root, $0.key), Array($0.value.utf8)) })
    }

    public func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        guard let bytes = files[path] else { throw FileSystemError(path: path, reason: .failed("No such file or directory")) }
        guard bytes.count <= limit else {
            throw FileSystemError(path: path, reason: .tooLarge(size: bytes.count, limit: limit))
        }
        return bytes
    }

    public func kind(of path: String) -> FileKind? {
        if files[path] != nil { return .file }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return files.keys.contains { $0.hasPrefix(folder) } ? .directory : nil
    }

    public func contents(ofDirectory path: String) throws(FileSystemError) -> [String] {
        let folder = path.hasSuffix("/") ? path : path + "/"
        let names = Set(files.keys.filter { $0.hasPrefix(folder) }.compactMap { $0.dropFirst(folder.count).split(separator: "/").first.map(String.init) })
        guard !names.isEmpty else { throw FileSystemError(path: path, reason: .failed("No such file or directory")) }
        return names.sorted()
    }

    public func resolvingSymbolicLinks(_ path: String) -> String { path }

    public mutating func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
        guard files[path] == expected else { throw FileSystemError(path: path, reason: .changedSinceRead) }
        files[path] = bytes
    }
}
