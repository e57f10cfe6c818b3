import Foundation
import GlossCore
import Testing

/// Resolving a document's path under the resolved workspace root, part by part, and reading a
/// file without following a link: the check that a file stays inside the workspace trusts both.
@Suite struct DiskLinkResolutionTests {
    /// A new temporary folder with `files` (path and text) in it, for the caller to remove.
    private func temporaryFolder(with files: [String: String]) throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-links-\(UUID().uuidString)")
        for (path, text) in files {
            let file = base.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return base
    }

    @Test func agreesWithResolvingTheWholePath() throws {
        let base = try temporaryFolder(with: ["workspace/docs/a.md": "text", "workspace/docs/deep/b.md": "text", "outside/secret.md": "text"])
        defer { try? FileManager.default.removeItem(at: base) }
        let disk = DiskFileSystem()
        let root = base.appendingPathComponent("workspace")
        let outside = base.appendingPathComponent("outside")
        func link(_ name: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(name).path, withDestinationPath: destination)
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

    /// The disk reads a file in a resolved folder without a look at it first, opening it without
    /// following a link: it must refuse every link unread, wherever it leads (inside, outside,
    /// nowhere, round in a loop, to a folder), since the check that a file stays inside the
    /// workspace is skipped for what it reads; the caller resolves a link and checks it.
    @Test func refusesEveryLinkUnread() throws {
        let base = try temporaryFolder(with: ["docs/plain.md": "plain", "docs/sub/other.md": "other", "outside/secret.md": "secret"])
        defer { try? FileManager.default.removeItem(at: base) }
        let (disk, manager) = (DiskFileSystem(), FileManager.default)
        let folder = base.appendingPathComponent("docs")
        let outside = base.appendingPathComponent("outside")
        for (name, destination) in [("inside.md", "plain.md"), ("escape.md", outside.appendingPathComponent("secret.md").path),
                                    ("dangling.md", "nowhere.md"), ("loop.md", "loop.md"), ("folder-link", "sub")] {
            try manager.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: destination)
        }
        let resolvedFolder = disk.resolvingSymbolicLinks(folder.path)
        func outcome(_ name: String) -> String {
            do {
                let bytes = try disk.readUnlessLink(folder.appendingPathComponent(name).path, inResolvedFolder: resolvedFolder, limit: 100)
                return bytes.map { "read " + String(decoding: $0, as: UTF8.self) } ?? "a link"
            } catch {
                return "failed: " + error.message
            }
        }
        let expected = ["plain.md": "read plain", "inside.md": "a link", "escape.md": "a link", "dangling.md": "a link",
                        "loop.md": "a link", "folder-link": "a link", "sub": "failed: it is a folder, not a file",
                        "missing.md": "failed: No such file or directory"]
        for (name, answer) in expected {
            #expect(outcome(name) == answer, "\(name)")
        }
    }
}
