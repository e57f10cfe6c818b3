#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file system tools can write through: replacing a file whole, never in place.
public protocol WritableFileSystem: FileSystem {
    /// Replaces the file at `path` with `bytes` if it still holds `expected` (`nil`: if it still
    /// does not exist), so that an edit made since it was read is never overwritten. The bytes go
    /// to a temporary file in the same folder, which is then renamed over the file: a reader sees
    /// the old file or the new one, never half of one.
    func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]?) throws(FileSystemError)
}

extension DiskFileSystem: WritableFileSystem {
    public func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]?) throws(FileSystemError) {
        try checkUnchanged(path, expected: expected)
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder)/.\(name).gloss-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(folder) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let error = failure(path)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += count
        }
        // New files from mkstemp are private (0600); an annotation file is as readable as its folder allows.
        fchmod(descriptor, 0o644)
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        do {
            try checkUnchanged(path, expected: expected)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private func checkUnchanged(_ path: String, expected: [UInt8]?) throws(FileSystemError) {
        let current: [UInt8]? = kind(of: path) == nil ? nil : try read(path, limit: Int.max)
        guard current == expected else {
            throw FileSystemError(path: path, reason: .failed("the file changed since it was read; run again"))
        }
    }

    private func failure(_ path: String) -> FileSystemError {
        FileSystemError(path: path, reason: .failed(String(cString: strerror(errno))))
    }
}
