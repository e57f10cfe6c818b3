import Foundation
import GlossCore

/// Asks git for the text of an older blob: `git -C <root> cat-file blob <id>`. Any failure (no
/// git, no repository, an unknown id) is nil, and anchoring searches without it.
struct GitProcess: GitObjectReader {
    func blob(_ id: String, in folder: String) -> [UInt8]? {
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
