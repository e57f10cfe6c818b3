import Foundation
import GlossCore

/// Asks git for the text of an older blob: `git -C <root> cat-file blob <id>`. Any failure (no
/// git, no repository, an unknown id) is nil, and anchoring searches without it.
///
/// A blob's bytes never change, so each one found is kept: the language server re-anchors on
/// every edit, and would otherwise start git each time. A blob not found is asked for again, as
/// it may be committed meanwhile.
final class GitProcess: GitObjectReader, @unchecked Sendable {
    // `found` is only touched under `lock`.
    private let lock = NSLock()
    private var found: [String: [UInt8]] = [:]

    func blob(_ id: String, in folder: String, limit: Int) -> [UInt8]? {
        let key = folder + "\u{0}" + id
        if let bytes = lock.withLock({ found[key] }) { return bytes.count <= limit ? bytes : nil }
        let bytes = catFile(id, in: folder, limit: limit)
        if let bytes { lock.withLock { found[key] = bytes } }
        return bytes
    }

    /// The blob, read a piece at a time and given up on (git stopped) once it passes `limit`.
    private func catFile(_ id: String, in folder: String, limit: Int) -> [UInt8]? {
        guard id.count == 40, id.allSatisfy(\.isHexDigit) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "cat-file", "blob", id]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        var bytes: [UInt8] = []
        while let piece = try? output.fileHandleForReading.read(upToCount: 1 << 16), !piece.isEmpty {
            bytes += piece
            guard bytes.count <= limit else {
                process.terminate()
                process.waitUntilExit()
                return nil
            }
        }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? bytes : nil
    }
}
