import Foundation
import GlossCore

/// Runs the built `gloss` binary in a folder, as a user would.
struct GlossRunner {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    static var binary: URL {
        let beside = Bundle.main.bundleURL.appendingPathComponent("gloss")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gloss")
    }

    /// The repository this test file is in, for checking the shipped example.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `script` from util-linux, which runs a command in a pseudo-terminal.
    static let script = URL(fileURLWithPath: "/usr/bin/script")

    /// Runs gloss with `NO_COLOR` set, or with `noColor` false unset; with `terminal`, its
    /// standard output is a pseudo-terminal (through `script`), as at a user's prompt; with
    /// `fileSizeLimit` (in 512-byte blocks, `ulimit -f`), writing past it fails as on a full disk.
    static func run(_ arguments: [String], in folder: URL, terminal: Bool = false, noColor: Bool = true,
                    fileSizeLimit: Int? = nil, input: String? = nil) throws -> Run {
        let process = Process()
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        if terminal {
            process.executableURL = script
            process.arguments = ["-qec", command, "/dev/null"]
        } else if let fileSizeLimit {
            // SIGXFSZ would kill the process; ignored, the write fails with EFBIG instead.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit) && exec \(command)"]
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor ? "1" : nil
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let standardInput = input.map { _ in Pipe() }
        if let standardInput { process.standardInput = standardInput }
        try process.run()
        if let standardInput, let input {
            standardInput.fileHandleForWriting.write(Data(input.utf8))
            try standardInput.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   error: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs `gloss` followed by `arguments`, shell words and redirections as written
    /// (`check > /dev/full`), in a shell in `folder`: its exit status and standard error.
    static func shell(_ arguments: String, in folder: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(binary.path)' \(arguments)"]
        process.currentDirectoryURL = folder
        let error = Pipe()
        process.standardError = error
        try process.run()
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// An annotation file with one claim, anchored where "185 people" is in the shared article.
    static let oneClaim = """
        gloss: 1
        document: Sources-Docs/example.md
        claims:
          - id: crowd
            kind: number
            anchor: {quote: "185 people", start: 24, end: 34}

        """

    /// The folder this test process writes its workspaces and outside files in, removed when
    /// the process exits, so test runs do not pile up folders in the temporary directory.
    static let scratch: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-cli-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: GlossRunner.scratch) }
        return folder
    }()

    /// A new path in `scratch`, named `prefix`, a unique part and `suffix`.
    static func scratchPath(_ prefix: String, suffix: String = "") -> URL {
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        return scratch.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }

    /// A temporary workspace: the rule examples' shared article and registries plus `files`.
    static func workspace(_ files: [String: String]) throws -> URL {
        try workspace(bytes: RuleExample.sharedFiles.merging(files.mapValues { Array($0.utf8) }) { $1 })
    }

    /// A new folder holding exactly `files`.
    static func workspace(bytes files: [String: [UInt8]]) throws -> URL {
        let root = scratchPath("workspace")
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }
}
