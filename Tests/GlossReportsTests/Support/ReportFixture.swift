import Foundation
import GlossCore

/// The fixture workspace next to these tests, with one finding of every rule, and the golden
/// files every format's output is compared with byte for byte.
enum ReportFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let workspace = folder.appendingPathComponent("workspace")

    static func result() throws -> CheckResult {
        try CheckResult.check(try Workspace.open(root: workspace.path))
    }

    /// The golden file for a format: `Fixtures/golden/check.<format>`.
    static func golden(_ format: String) -> URL {
        folder.appendingPathComponent("golden").appendingPathComponent("check.\(format)")
    }

    /// Set `GLOSS_UPDATE_GOLDENS=1` to rewrite the golden files from the current output.
    static var updating: Bool { ProcessInfo.processInfo.environment["GLOSS_UPDATE_GOLDENS"] == "1" }

    static func schema(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}
