#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GlossCore

/// Runs the language server over file descriptors (stdin and stdout for `gloss lsp`): frames
/// are read as they arrive, and once no more input is waiting the server checks what changed and
/// publishes, so a burst of edits is checked once. Only protocol messages are written to
/// `output`; everything else goes to `log`.
public enum StdioServer {
    /// Serves until the client sends `exit` or closes the input; returns the exit code: 0 after
    /// `shutdown`, 1 without it.
    /// `git` reads the versions of documents that annotations' `revision`s name, as for
    /// `gloss check`; nil to anchor from quotes and context alone.
    public static func run(root: String, input: Int32 = 0, output: Int32 = 1,
                           fileSystem: any FileSystem = DiskFileSystem(), git: (any GitObjectReader)? = nil,
                           log: @escaping (String) -> Void) -> Int32 {
        // Why standard output could not be written, once it could not.
        var writeFailure: Int32?
        let server = LanguageServer(fileSystem: fileSystem, git: git, root: root, send: { body in
            if writeFailure == nil { writeFailure = writeAll(MessageFramer.frame(body), to: output) }
        }, log: log)
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while writeFailure == nil {
            while let frame = framer.next() {
                switch frame {
                case .message(let body): server.handle(body)
                case .malformed(let reason): log("gloss lsp: skipped a malformed message: \(reason)")
                }
                // Replies that could not be written are lost: said, and the run fails, even
                // when the client goes on to `shutdown` and `exit`.
                if writeFailure != nil { break }
                if let code = server.exitCode { return code }
            }
            if !inputWaiting(input) { server.flush() }
            if writeFailure != nil { break }
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                log("gloss lsp: the input closed\(server.isShutDown ? "" : " without shutdown")")
                return server.isShutDown ? 0 : 1
            }
            framer.append(buffer[..<count])
        }
        log("gloss lsp: cannot write to standard output (\(String(cString: strerror(writeFailure ?? EIO)))); replies were lost")
        return 1
    }

    /// Whether bytes can be read without blocking.
    private static func inputWaiting(_ descriptor: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    /// Writes all of `bytes`; nil when it did, else why not (an `errno`).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count < 0 ? errno : EIO }
            written += count
        }
        return nil
    }
}
