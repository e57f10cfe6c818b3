import ArgumentParser
import Foundation
import GlossCore
import GlossReports

/// Where the command line writes: reports to standard output or a file, errors to standard error.
enum Console {
    /// Hands a sink UTF-8 text piece by piece: what `output` and `write(to:_:)` write out.
    typealias Producer = ((UnsafeRawBufferPointer) -> Void) -> Void

    /// A producer of one piece: the text, from its own storage.
    static func utf8(_ text: String) -> Producer {
        { sink in
            text.withUTF8Bytes { sink(UnsafeRawBufferPointer($0)) }
        }
    }

    /// `done`: what the command did before it reports it (`the claim was added to …`), said
    /// when the report cannot be written, so that exit code 2 is not taken for nothing done.
    static func output(_ text: String, done: String? = nil) {
        output(utf8(text), done: done)
    }

    /// Writes what `produce` hands its sink to standard output, piece by piece, each from its own
    /// storage: a large report is neither joined nor copied. Output that cannot be written (a
    /// full disk, a closed descriptor) ends the run with exit code 2 and says why: a report cut
    /// short must not pass for a whole one.
    static func output(_ produce: Producer, done: String? = nil) {
        var failure: SystemError? = standardOutputWasClosed ? SystemError(errno: EBADF) : nil
        produce { bytes in
            if failure == nil { failure = writeAll(bytes, to: STDOUT_FILENO) }
        }
        if let failure {
            error("gloss: cannot write the output: \(failure.localizedDescription)" + (done.map { "; \($0) all the same" } ?? ""))
            Foundation.exit(GlossExit.usage.rawValue)
        }
    }

    /// Whether standard output was closed when the run started (`gloss check >&-`).
    private static let standardOutputWasClosed = fcntl(STDOUT_FILENO, F_GETFD) == -1

    /// Opens `/dev/null` in place of any of standard input, output and error that the run was
    /// started without, before anything else is opened: a file read would otherwise take that
    /// descriptor, and the report would be written into it.
    static func holdStandardDescriptors() {
        _ = standardOutputWasClosed
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Whether to colour standard output: only on a terminal, and never when `NO_COLOR` is set
    /// to anything but the empty string (https://no-color.org).
    static var outputIsColorTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Writes a message, ending its line. Messages name files, ids, addresses and words taken
    /// from the workspace and imported files, so their control characters are made visible
    /// first (``ControlCharacters``); line feeds stay, between the message's lines.
    static func error(_ text: String) {
        let text = text.replacingControlCharacters(keepingLineFeeds: true)
        progress(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes to standard error as it is. A message that cannot be written there has nowhere
    /// else to go, and the run's outcome does not depend on it.
    static func progress(_ text: String) {
        text.withUTF8Bytes { _ = writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }

    /// Writes all of `bytes` to `descriptor`, resuming after interruptions; the failure that
    /// stopped it, if any.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> SystemError? {
        var written = 0
        while written < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return SystemError(errno: errno)
            }
            written += count
        }
        return nil
    }

    /// Ends the run at once, without freeing `value`: a check of a large workspace holds millions
    /// of small allocations, and releasing them one by one costs longer than producing the
    /// output, while the system reclaims the whole process in one step.
    static func exit(_ code: ExitCode, keeping value: some Any) -> Never {
        withExtendedLifetime(value) { Foundation.exit(code.rawValue) }
    }

    /// Writes what `produce` hands its sink to a file atomically, piece by piece: a temporary
    /// file beside it, then a rename, so a reader never sees half a report. What is at the path
    /// is written the way a user expects of `> path`, never replaced by something else: a
    /// symbolic link is written through to its file, a device or a pipe (`/dev/stdout`, a FIFO)
    /// is written to as it is, and a file keeps its permissions. A file marked read-only is
    /// taken to mean "do not change" and is refused, as ``DiskFileSystem`` refuses it.
    static func write(to path: String, _ produce: Producer) throws {
        if let descriptor = ownDescriptor(path) {
            // `-o /dev/stdout >> log` must append to the log, as the shell opened it.
            let copy = dup(descriptor)
            guard copy >= 0 else { throw SystemError(errno: errno) }
            return try finish(copy, produce)
        }
        var status = stat()
        // Followed through any links first: a link to a pipe or a device (`/dev/stdout` when it
        // is a pipe) is written into like the pipe itself.
        let exists = stat(path, &status) == 0
        if exists, ![S_IFREG, S_IFDIR].contains(status.st_mode & S_IFMT) {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw SystemError(errno: errno) }
            return try finish(descriptor, produce)
        }
        // A link that leads nowhere or round in a loop, and a file marked read-only, are
        // refused as they are for annotation files: what a link to nothing would create is not
        // known to be none of the reviewers' files.
        if let refusal = DiskFileSystem().refusalToWrite(path) { throw OutputError(refusal.message) }
        var link = stat()
        if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, let target = realpath(path, nil) {
            defer { free(target) }
            return try write(to: String(cString: target), produce)
        }
        if exists, status.st_mode & S_IFMT != S_IFREG { throw SystemError(errno: EISDIR) }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            // A folder on the way that is a link to nothing, or a file: said as such, not as
            // "a file with the same name already exists".
            var ancestor = folder
            while ancestor.path != "/" {
                if let refusal = DiskFileSystem().refusalToWrite(ancestor.path) {
                    throw OutputError("\(ancestor.lastPathComponent)/: \(refusal.message)")
                }
                if DiskFileSystem().kind(of: ancestor.path) == .file {
                    throw OutputError("\(ancestor.lastPathComponent) is a file, not a folder")
                }
                ancestor = ancestor.deletingLastPathComponent()
            }
            throw error
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { throw SystemError(errno: errno) }
        do {
            if exists {
                // Replaced, the file keeps its owner, as `> path` would (see DiskFileSystem).
                _ = fchown(descriptor, status.st_uid, status.st_gid)
                fchmod(descriptor, status.st_mode & 0o7777)
            }
            try finish(descriptor, produce)
            guard rename(temporary.path, url.path) == 0 else { throw SystemError(errno: errno) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The descriptor of this process that `path` names (`/dev/stdout`, `/dev/stderr`,
    /// `/dev/fd/N`, `/proc/self/fd/N`), if it names one: written to as it is open, never
    /// replaced, and never reopened at its start.
    private static func ownDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdin": return 0
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            let prefix = ["/dev/fd/", "/proc/self/fd/"].first { path.hasPrefix($0) }
            return prefix.flatMap { Int32(path.dropFirst($0.count)) }
        }
    }

    /// Writes every piece `produce` hands over to `descriptor`, then closes it.
    private static func finish(_ descriptor: Int32, _ produce: Producer) throws {
        var failure: SystemError?
        produce { bytes in
            if failure == nil { failure = writeAll(bytes, to: descriptor) }
        }
        let closed = close(descriptor) == 0 ? nil : SystemError(errno: errno)
        if let failure = failure ?? closed { throw failure }
    }
}

extension Console {
    /// Writes what `produce` hands over to `path` (atomically) or, without a path, to standard
    /// output; a file that cannot be written ends the run with exit code 2, naming it as the user
    /// typed it.
    static func deliver(_ produce: Producer, to path: String?, named name: String?) throws {
        // `-` is standard output, as for most tools that take an output file.
        guard let path, name != Self.standardOutputName else {
            output(produce)
            return
        }
        // As a shell's `> notes/` does, a path that ends in a slash names a folder, never the file `notes`.
        if let name, name.isEmpty || name.hasSuffix("/") {
            Console.error(name.isEmpty ? "gloss: cannot write to an empty path; give a file name"
                                       : "gloss: cannot write \(name): a path ending in / names a folder; give a file name")
            throw GlossExit.usage
        }
        do {
            try write(to: path, produce)
        } catch {
            Console.error("gloss: cannot write \(name ?? path): \(error.localizedDescription)")
            throw GlossExit.usage
        }
    }
}

extension Console {
    /// The output file name that means standard output.
    static let standardOutputName = "-"
}

/// Why an output file was not written, besides a failed system call: what
/// ``DiskFileSystem/refusalToWrite(_:)`` says of it.
private struct OutputError: LocalizedError {
    let errorDescription: String?

    init(_ message: String) {
        errorDescription = message
    }
}

/// A failed system call, described as the system describes it ("Is a directory").
private struct SystemError: LocalizedError {
    let errno: Int32

    var errorDescription: String? { String(cString: strerror(errno)) }
}
