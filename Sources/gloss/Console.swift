import ArgumentParser
import Foundation

/// Where the command line writes: reports to standard output or a file, errors to standard error.
enum Console {
    /// Hands a sink UTF-8 text piece by piece: what `output` and `write(to:_:)` write out.
    typealias Producer = ((UnsafeRawBufferPointer) -> Void) -> Void

    /// A producer of one piece: the text, from its own storage.
    static func utf8(_ text: String) -> Producer {
        { sink in
            var text = text
            text.withUTF8 { sink(UnsafeRawBufferPointer($0)) }
        }
    }

    static func output(_ text: String) {
        output(utf8(text))
    }

    /// Writes what `produce` hands its sink to standard output, piece by piece, each from its own
    /// storage: a large report is neither joined nor copied.
    static func output(_ produce: Producer) {
        produce { bytes in
            guard let base = bytes.baseAddress else { return }
            FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
                                                 deallocator: .none))
        }
    }

    /// Whether to colour standard output: only on a terminal, and never when `NO_COLOR` is set
    /// to anything but the empty string (https://no-color.org).
    static var outputIsColorTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Ends the run at once, without freeing `value`: a check of a large workspace holds millions
    /// of small allocations, and releasing them one by one costs longer than producing the
    /// output, while the system reclaims the whole process in one step.
    static func exit(_ code: ExitCode, keeping value: some Any) -> Never {
        withExtendedLifetime(value) { Foundation.exit(code.rawValue) }
    }

    /// The bytes of a file the user named.
    static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Writes a report file atomically: a temporary file beside it, then a rename, so a reader
    /// never sees half a report.
    static func write(_ text: String, to path: String) throws {
        try write(to: path, utf8(text))
    }

    /// Writes what `produce` hands its sink to a file, atomically as above, piece by piece.
    static func write(to path: String, _ produce: Producer) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: folder.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            var failure: (any Error)?
            produce { bytes in
                guard failure == nil, let base = bytes.baseAddress else { return }
                do {
                    try handle.write(contentsOf: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count,
                                                      deallocator: .none))
                } catch {
                    failure = error
                }
            }
            try handle.close()
            if let failure { throw failure }
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

extension Console {
    /// Writes `text` to `path` (atomically) or, without a path, to standard output; a file that
    /// cannot be written ends the run with exit code 2, naming it as the user typed it.
    static func deliver(_ text: String, to path: String?, named name: String?) throws {
        guard let path else {
            output(text)
            return
        }
        do {
            try write(text, to: path)
        } catch {
            Console.error("gloss: cannot write \(name ?? path): \(error.localizedDescription)")
            throw GlossExit.usage
        }
    }
}
