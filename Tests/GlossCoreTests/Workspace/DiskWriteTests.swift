import Foundation
import GlossCore
import Synchronization
import Testing

/// Writing files a person keeps: atomically, and never over someone else's edit.
@Suite struct DiskWriteTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func replacesAFileThatHoldsWhatWasRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        let disk = DiskFileSystem()
        try disk.write(Array("old\n".utf8), to: path, expecting: nil)
        try disk.write(Array("new\n".utf8), to: path, expecting: Array("old\n".utf8))
        #expect(try disk.read(path, limit: 100) == Array("new\n".utf8))
        try disk.write(Array("created\n".utf8), to: folder.appendingPathComponent("b.yaml").path, expecting: nil)
        #expect(try disk.contents(ofDirectory: folder.path) == ["a.yaml", "b.yaml"], "no temporary file is left")
    }

    /// A replaced file keeps its owner and mode: `gloss fix` run as root in a container over a
    /// reviewer's checkout must not leave their files root's (and, at mode 600, unreadable).
    @Test(.enabled(if: getuid() == 0, "giving a file to another user takes root"))
    func aReplacedFileKeepsItsOwnerAndMode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        let disk = DiskFileSystem()
        try disk.write(Array("old\n".utf8), to: path, expecting: nil)
        #expect(chown(path, 1234, 2345) == 0 && chmod(path, 0o600) == 0)
        try disk.write(Array("new\n".utf8), to: path, expecting: Array("old\n".utf8))
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_uid == 1234 && status.st_gid == 2345 && status.st_mode & 0o777 == 0o600)
    }

    /// An annotation file kept elsewhere and linked in is updated where it is; the link stays.
    @Test func writesThroughASymbolicLink() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shared = folder.appendingPathComponent("shared.yaml").path, linked = folder.appendingPathComponent("a.yaml").path
        let disk = DiskFileSystem()
        try disk.write(Array("old\n".utf8), to: shared, expecting: nil)
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: "shared.yaml")
        try disk.write(Array("new\n".utf8), to: linked, expecting: Array("old\n".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: linked) == "shared.yaml")
        #expect(try disk.read(shared, limit: 100) == Array("new\n".utf8))
        #expect(throws: FileSystemError.self) { try disk.write(Array("again\n".utf8), to: linked, expecting: Array("old\n".utf8)) }
    }

    /// An annotation file linked from outside the workspace is read, but never written.
    @Test func anAnnotationFileLinkedFromOutsideIsNotWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("workspace"), outside = folder.appendingPathComponent("outside.yaml").path
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Annotations"), withIntermediateDirectories: true)
        let disk = DiskFileSystem()
        try disk.write(Array("old\n".utf8), to: outside, expecting: nil)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Annotations/a.yaml").path, withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("Annotations/inside.yaml").path,
                                                   withDestinationPath: "a-real.yaml")
        try disk.write(Array("kept\n".utf8), to: root.appendingPathComponent("Annotations/a-real.yaml").path, expecting: nil)
        let workspace = Workspace(root: root.path, fileSystem: DiskFileSystem())
        #expect(throws: FileSystemError.self) { try workspace.write(Array("new\n".utf8), toAnnotationFile: "Annotations/a.yaml", expecting: Array("old\n".utf8)) }
        #expect(try disk.read(outside, limit: 100) == Array("old\n".utf8))
        try workspace.write(Array("new\n".utf8), toAnnotationFile: "Annotations/inside.yaml", expecting: Array("kept\n".utf8))
        #expect(try disk.read(root.appendingPathComponent("Annotations/a-real.yaml").path, limit: 100) == Array("new\n".utf8))
        try workspace.write(Array("created\n".utf8), toAnnotationFile: "Annotations/new.yaml", expecting: nil)
    }

    @Test func refusesWhenTheFileChangedSinceItWasRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        try Data("edited meanwhile\n".utf8).write(to: URL(fileURLWithPath: path))
        let disk = DiskFileSystem()
        #expect(throws: FileSystemError.self) { try disk.write(Array("new\n".utf8), to: path, expecting: Array("old\n".utf8)) }
        #expect(throws: FileSystemError.self) { try disk.write(Array("new\n".utf8), to: path, expecting: nil) }
        #expect(try disk.read(path, limit: 100) == Array("edited meanwhile\n".utf8))
        #expect(try disk.contents(ofDirectory: folder.path) == ["a.yaml"], "no temporary file is left")
    }

    /// Two writes of one file read as the same text (two `gloss add`s at once): one lands and
    /// the other is refused, never both, which would drop the first one's words.
    @Test func ofTwoWritesAtOnceFromTheSameTextOnlyOneLands() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        let disk = DiskFileSystem()
        for round in 0..<100 {
            let old = Array("round \(round)\n".utf8)
            try disk.write(old, to: path, expecting: try? disk.read(path, limit: 100))
            let landed = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: 2) { writer in
                if (try? disk.write(Array("writer \(writer)\n".utf8), to: path, expecting: old)) != nil {
                    landed.withLock { $0 += 1 }
                }
            }
            #expect(landed.withLock { $0 } == 1, "round \(round)")
        }
        #expect(try disk.contents(ofDirectory: folder.path) == ["a.yaml"], "no temporary file is left")
    }

    @Test func refusesWhenTheFileVanishedSinceItWasRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        let disk = DiskFileSystem()
        let error = try #require(throws: FileSystemError.self) {
            try disk.write(Array("new\n".utf8), to: path, expecting: Array("old\n".utf8))
        }
        #expect(error.reason == .changedSinceRead)
        #expect(try disk.contents(ofDirectory: folder.path) == [], "the file is not created again, and no temporary file is left")
    }

    /// Renaming over a read-only file would succeed; Gloss refuses instead, even as root.
    @Test func refusesToReplaceAReadOnlyFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let disk = DiskFileSystem()
        let error = try #require(throws: FileSystemError.self) {
            try disk.write(Array("new\n".utf8), to: path, expecting: Array("old\n".utf8))
        }
        #expect(error.message == "the file is read-only; nothing was written")
        #expect(try disk.read(path, limit: 100) == Array("old\n".utf8))
        #expect(try disk.contents(ofDirectory: folder.path) == ["a.yaml"], "no temporary file is left")
    }
}
