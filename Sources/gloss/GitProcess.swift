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

    func blob(_ id: String, in folder: String) -> [UInt8]? {
        let key = folder + "\u{0}" + id
        if let bytes = lock.withLock({ found[key] }) { return bytes }
        let bytes = catFile(id, in: folder)
        if let bytes { lock.withLock { found[key] = bytes } }
        return bytes
    }

    private func catFile(_ id: String, in folder: String) -> [UInt8]? {
        guard id.count == 40, id.allSatisfy(\.isHexDigit) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "cat-file", "blob", id]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Array(data) : nil
    }
}
