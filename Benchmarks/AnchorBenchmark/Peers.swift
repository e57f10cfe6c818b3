import Foundation

/// Runs `peers.py` (edlib, diff-match-patch, `str.find`) on the benchmark's corpus: the documents
/// and quotes are written to a temporary folder, the script prints its timings and answers as JSON.
enum Peers {
    struct Input: Encodable {
        struct Quote: Encodable { var exact: String, edited: String, hint: Int }
        struct Document: Encodable { var name: String, file: String, quotes: [Quote] }
        var maxErrors: Int
        var repetitions: Int
        /// How many quotes the slow peers (edlib on a `str`) are timed on.
        var slowQuotes: Int
        var documents: [Document]
    }

    struct Output: Decodable {
        struct Result: Decodable {
            var document: String
            var method: String
            var tier: Tier
            var seconds: [Double]
            var answers: [[Place]]
        }
        var results: [Result]
        var versions: [String: String]
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("peers.py")

    /// The peers' figures, or why there are none (no Python, a module not installed).
    static func run(_ documents: [BenchmarkDocument], maxErrors: Int, repetitions: Int,
                    slowQuotes: Int) -> Result<Output, PeerError> {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gloss-anchor-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var input = Input(maxErrors: maxErrors, repetitions: repetitions, slowQuotes: slowQuotes, documents: [])
            for (index, document) in documents.enumerated() {
                let file = "document-\(index).txt"
                try Data(document.string.utf8).write(to: folder.appendingPathComponent(file))
                input.documents.append(Input.Document(name: document.name, file: file, quotes: document.quotes.map {
                    Input.Quote(exact: $0.exact, edited: $0.edited, hint: $0.hint)
                }))
            }
            try JSONEncoder().encode(input).write(to: folder.appendingPathComponent("corpus.json"))

            let errors = folder.appendingPathComponent("stderr.txt")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script.path, folder.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                return .failure(PeerError(message: (try? String(contentsOf: errors, encoding: .utf8)) ?? ""))
            }
            return .success(try JSONDecoder().decode(Output.self, from: data))
        } catch {
            return .failure(PeerError(message: "\(error)"))
        }
    }

    struct PeerError: Error {
        var message: String
    }
}
