import Foundation
import GlossCore
import Testing

/// Listing a folder on disk: the kinds the listing gives must be what `kind(of:)` says, symbolic
/// links followed, since the workspace walk trusts them instead of asking for each file.
@Suite struct DiskListingTests {
    #if os(Linux)
    static let namesMayBeAnyBytes = true
    #else
    static let namesMayBeAnyBytes = false
    #endif

    @Test func entriesHaveTheKindsKindOfGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: folder.appendingPathComponent("a.yaml"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link-to-file").path, withDestinationPath: "a.yaml")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link-to-folder").path, withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
        let disk = DiskFileSystem()
        let entries = try disk.entries(ofDirectory: folder.path)
        #expect(entries.map(\.name) == ["a.yaml", "dangling", "link-to-file", "link-to-folder", "sub"])
        #expect(entries.map(\.kind) == [.file, nil, .file, .directory, .directory])
        for (name, kind) in entries {
            #expect(kind == disk.kind(of: folder.appendingPathComponent(name).path), "\(name)")
        }
        #expect(try disk.contents(ofDirectory: folder.path) == entries.map(\.name))
    }

    /// A file whose name is not UTF-8 is listed with U+FFFD, a name no file has: reading it says
    /// why, instead of only that no such file exists. (APFS refuses such names outright.)
    @Test(.enabled(if: Self.namesMayBeAnyBytes)) func aNameThatIsNotUTF8IsSaidToBeOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-latin1-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = Array("lat".utf8) + [0xE9] + Array(".yaml".utf8) + [0]
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        guard descriptor >= 0 else { Issue.record("cannot create the file"); return }
        close(descriptor)
        let disk = DiskFileSystem()
        let listed = try disk.contents(ofDirectory: folder.path)
        #expect(listed == ["lat\u{FFFD}.yaml"])
        #expect(throws: FileSystemError(path: folder.path + "/lat\u{FFFD}.yaml",
                                        reason: .failed("no such file; a name that is not UTF-8 text is shown with \u{FFFD}: rename such a file"))) {
            try disk.read(folder.path + "/lat\u{FFFD}.yaml", limit: 1 << 20)
        }
    }

    /// A named pipe is refused at once: opening it for reading would wait for a writer forever.
    @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
        let pipe = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-fifo-\(UUID().uuidString)")
        guard mkfifo(pipe.path, 0o600) == 0 else { Issue.record("mkfifo failed"); return }
        defer { try? FileManager.default.removeItem(at: pipe) }
        #expect(throws: FileSystemError(path: pipe.path, reason: .failed("it is not a regular file (a pipe or a device)"))) {
            try DiskFileSystem().read(pipe.path, limit: 1 << 20)
        }
        // A document that is a pipe or a folder is never read; a folder is called one.
        let folder = pipe.deletingLastPathComponent().appendingPathComponent("gloss-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(root: pipe.deletingLastPathComponent().path)
        func message(reading name: String) -> String? {
            do {
                _ = try workspace.readDocument(named: name)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message(reading: pipe.lastPathComponent) == "it is not a regular file (a pipe or a device)")
        #expect(message(reading: folder.lastPathComponent) == "it is a folder, not a file")
    }

    @Test func anUnreadableFolderIsAnError() {
        #expect(throws: FileSystemError.self) { try DiskFileSystem().entries(ofDirectory: "/nonexistent-\(UUID().uuidString)") }
    }
}
