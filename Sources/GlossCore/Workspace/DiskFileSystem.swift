#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's `read` and `write`, which the file system's own methods of those names hide.
private enum POSIX {
    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }
}

/// The real file system, through POSIX calls: no Foundation on the hot path of reading ten
/// thousand files.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        // Only a link would make the read nil, and this one follows links.
        try read(path, limit: limit, followingLink: true)!
    }

    public func readUnlessLink(_ path: String, inResolvedFolder resolvedFolder: String, limit: Int) throws(FileSystemError) -> [UInt8]? {
        try read(path, limit: limit, followingLink: false)
    }

    /// The file's bytes; nil when `followingLink` is false and the path is a symbolic link.
    private func read(_ path: String, limit: Int, followingLink: Bool) throws(FileSystemError) -> [UInt8]? {
        // Without blocking: opening a named pipe would wait for a writer, forever, before the
        // check below could refuse it. A regular file reads the same either way. Not following
        // a link, opening one fails with ELOOP.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | (followingLink ? 0 : O_NOFOLLOW))
        if descriptor < 0, !followingLink, errno == ELOOP { return nil }
        guard descriptor >= 0 else { throw error(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw error(path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw FileSystemError.notAFile(path, (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .other)
        }
        let size = Int(status.st_size)
        guard size <= limit else {
            throw FileSystemError(path: path, reason: .tooLarge(size: size, limit: limit))
        }
        // Read straight into the array's storage: zeroing it first would touch every page twice.
        var failure: FileSystemError?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, total in
            while total < size {
                let count = POSIX.read(descriptor, buffer.baseAddress! + total, size - total)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { return failure = error(path) }
                if count == 0 { break }
                total += count
            }
        }
        if let failure { throw failure }
        return bytes
    }

    public func kind(of path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    public func contents(ofDirectory path: String) throws(FileSystemError) -> [String] {
        try entries(ofDirectory: path, kinds: false).map(\.name)
    }

    public func entries(ofDirectory path: String) throws(FileSystemError) -> [(name: String, kind: FileKind?)] {
        try entries(ofDirectory: path, kinds: true)
    }

    /// The entries of a folder, sorted by name; with `kinds`, each with its kind, taken from the
    /// listing when it says (a regular file or a folder) and asked of `stat` otherwise (a
    /// symbolic link, or a file system that does not say).
    private func entries(ofDirectory path: String, kinds: Bool) throws(FileSystemError) -> [(name: String, kind: FileKind?)] {
        guard let directory = opendir(path) else { throw error(path) }
        defer { closedir(directory) }
        var entries: [(name: String, kind: FileKind?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            guard kinds else {
                entries.append((name, nil))
                continue
            }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): entries.append((name, .file))
            case Int32(DT_DIR): entries.append((name, .directory))
            default: entries.append((name, kind(of: WorkspacePath.join(path, name))))
            }
        }
        return WorkspacePath.sortedByName(entries) { $0.name }
    }

    public func resolvingSymbolicLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where no part of `relative` is a symbolic link, the joined path is resolved already: one
    /// `lstat` for each part of `relative`, where `realpath` reads every part of the whole path.
    public func resolvingSymbolicLinks(_ relative: String, under resolvedRoot: String) -> String {
        let joined = WorkspacePath.join(resolvedRoot, relative)
        guard !relative.isEmpty, WorkspacePath.normalize(relative) == relative else { return resolvingSymbolicLinks(joined) }
        // Each part's path is the joined path cut short at the slash after it.
        var path = Array(joined.utf8CString)
        let end = path.count - 1
        for index in (end - relative.utf8.count)...end where path[index] == 0x2F || index == end {
            path[index] = 0
            var status = stat()
            let isPlain = lstat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFLNK
            path[index] = index == end ? 0 : 0x2F
            guard isPlain else { return resolvingSymbolicLinks(joined) }
        }
        return joined
    }

    /// A file marked read-only, or a symbolic link that leads nowhere or round in a loop.
    public func refusalToWrite(_ path: String) -> FileSystemError? {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            guard let target = realpath(path, nil) else {
                return FileSystemError(path: path, reason: .failed(errno == ELOOP ? "its symbolic links lead round in a loop; nothing was written"
                                                                     : "it is a symbolic link to a file that does not exist; nothing was written"))
            }
            defer { free(target) }
            return refusalToWrite(String(cString: target))
        }
        // Renaming over a file works whatever its permissions; a file marked read-only (for
        // its owner, which is also what root sees) is taken to mean "do not change".
        guard stat(path, &status) == 0, status.st_mode & S_IWUSR == 0 else { return nil }
        return FileSystemError(path: path, reason: .failed("the file is read-only; nothing was written"))
    }

    public func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
        if let refusal = refusalToWrite(path) { throw refusal }
        // A symbolic link is written through, as editors do: renamed over, the link would become
        // a file of its own and what it points at would keep the old text.
        var linkStatus = stat()
        if lstat(path, &linkStatus) == 0, linkStatus.st_mode & S_IFMT == S_IFLNK, let target = realpath(path, nil) {
            defer { free(target) }
            return try write(bytes, to: String(cString: target), expecting: expected)
        }
        var status = stat()
        let exists = stat(path, &status) == 0
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        try makeFolders(folder.isEmpty ? "/" : folder)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = "\(folder)/.\(name).gloss-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw error(temporary) }
        var written = 0
        var failure: FileSystemError?
        if exists {
            // The file stays its owner's: run as root (a container over a reviewer's checkout),
            // the new file would be root's, and with mode 600 no longer readable by them. A
            // user who cannot give a file away keeps it, as they already own it.
            _ = fchown(descriptor, status.st_uid, status.st_gid)
            fchmod(descriptor, status.st_mode & 0o7777)
        }
        while written < bytes.count, failure == nil {
            let count = bytes.withUnsafeBytes { POSIX.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno != EINTR { failure = error(temporary) }
            if count > 0 { written += count }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = error(temporary) }
        close(descriptor)
        if failure == nil {
            // Another Gloss run writing in the folder (two `gloss add`s at once) waits here: both
            // would otherwise find the file as they read it, and the second rename would drop
            // the first run's claim.
            let lock = FolderLock(folder.isEmpty ? "/" : folder)
            defer { lock.release() }
            // The last moment to notice a concurrent edit: compare what is there now with what was read.
            let current: [UInt8]? = kind(of: path) == nil ? nil : try? read(path, limit: Int.max)
            if current != expected {
                failure = FileSystemError(path: path, reason: .changedSinceRead)
            } else {
                // A new file is linked so that it never replaces one created in between.
                let placed = expected == nil ? link(temporary, path) == 0 : rename(temporary, path) == 0
                if !placed { failure = errno == EEXIST ? FileSystemError(path: path, reason: .changedSinceRead) : error(path) }
            }
        }
        unlink(temporary)
        if let failure { throw failure }
    }

    private func makeFolders(_ folder: String) throws(FileSystemError) {
        guard kind(of: folder) != .directory else { return }
        if let parent = folder.lastIndex(of: "/").map({ String(folder[..<$0]) }), !parent.isEmpty {
            try makeFolders(parent)
        }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw error(folder) }
    }

    private func error(_ path: String) -> FileSystemError {
        // A listed name that is not UTF-8 comes back with U+FFFD in it, a name no file has.
        if errno == ENOENT, path.contains("\u{FFFD}") {
            return FileSystemError(path: path, reason: .failed(
                "no such file; a name that is not UTF-8 text is shown with \u{FFFD}: rename such a file"))
        }
        if errno == ELOOP { return FileSystemError(path: path, reason: .failed("its symbolic links lead round in a loop")) }
        if errno == ENOENT, isPresent(path) {
            return FileSystemError(path: path, reason: .failed("it is a symbolic link to a file that does not exist"))
        }
        return FileSystemError(path: path, reason: .failed(String(cString: strerror(errno))))
    }

    public func isPresent(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}

/// An exclusive lock on a folder (`flock`) for the moment between comparing a file with what
/// was read and renaming the new text over it, which every Gloss write in the folder takes.
/// A folder that cannot be opened goes unlocked: the comparison still catches all but a write
/// in the same instant.
private struct FolderLock {
    private let descriptor: Int32

    init(_ folder: String) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
