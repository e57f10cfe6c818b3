#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import GlossCore

/// A file a user names as input to a command (an import, a baseline): a regular file, read as
/// the workspace's files are, or a pipe, a process substitution or `/dev/stdin`, read to its end,
/// never past `limit` bytes.
enum InputFile {
    static func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            return try DiskFileSystem().read(path, limit: limit)
        }
        // Blocking, unlike a workspace read: the writer of a pipe named here is the user's.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure(path) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            guard bytes.count <= limit else { throw FileSystemError(path: path, reason: .tooLarge(size: bytes.count, limit: limit)) }
        }
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// The system's word for why the last call failed ("No such file or directory").
    private static func failure(_ path: String) -> FileSystemError {
        FileSystemError(path: path, reason: .failed(String(cString: strerror(errno))))
    }
}
