import Foundation
import GlossCore
import Testing

/// Resolving a document's path under the resolved workspace root, part by part: it must say
/// what resolving the whole path says, since the check that a document stays inside the
/// workspace trusts it.
@Suite struct DiskLinkResolutionTests {
    @Test func agreesWithResolvingTheWholePath() throws {
        let manager = FileManager.default
        let disk = DiskFileSystem()
        let base = manager.temporaryDirectory.appendingPathComponent("gloss-links-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: base) }
        let root = base.appendingPathComponent("workspace")
        let outside = base.appendingPathComponent("outside")
        for folder in [root.appendingPathComponent("docs/deep"), outside] {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for file in [root.appendingPathComponent("docs/a.md"), root.appendingPathComponent("docs/deep/b.md"),
                     outside.appendingPathComponent("secret.md")] {
            try Data("text".utf8).write(to: file)
        }
        func link(_ name: String, to destination: String) throws {
            try manager.createSymbolicLink(atPath: root.appendingPathComponent(name).path, withDestinationPath: destination)
        }
        try link("docs/inside.md", to: "a.md")
        try link("docs/escape.md", to: outside.appendingPathComponent("secret.md").path)
        try link("docs/dangling.md", to: "nowhere.md")
        try link("linked-docs", to: "docs")
        try link("linked-outside", to: outside.path)

        let resolvedRoot = disk.resolvingSymbolicLinks(root.path)
        let paths = ["docs/a.md", "docs/deep/b.md", "docs/inside.md", "docs/escape.md", "docs/dangling.md", "docs/missing.md",
                     "linked-docs/a.md", "linked-docs/deep/b.md", "linked-outside/secret.md", "missing/a.md", "docs", ""]
        for relative in paths {
            #expect(disk.resolvingSymbolicLinks(relative, under: resolvedRoot)
                    == disk.resolvingSymbolicLinks(WorkspacePath.join(resolvedRoot, relative)), "\(relative)")
        }
        // The links that leave the workspace resolve outside it, wherever they sit.
        for relative in ["docs/escape.md", "linked-outside/secret.md"] {
            #expect(WorkspacePath.relative(disk.resolvingSymbolicLinks(relative, under: resolvedRoot), to: resolvedRoot) == nil)
        }
        #expect(disk.resolvingSymbolicLinks("linked-docs/a.md", under: resolvedRoot) == resolvedRoot + "/docs/a.md")
    }
}
