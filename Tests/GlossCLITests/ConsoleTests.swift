import Foundation
@testable import gloss
import Testing

/// Writing files a person keeps: atomically, and never over someone else's edit.
@Suite struct ConsoleTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func replacesAFileThatHoldsWhatWasRead() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("a.yaml").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        try Console.replace(path, expected: Array("old\n".utf8), with: "new\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        try Console.replace(folder.appendingPathComponent("b.yaml").path, expected: nil, with: "created\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.yaml", "b.yaml"])
    }

    @Test func refusesWhenTheFileChangedSinceItWasRead() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("a.yaml").path
        try Data("edited meanwhile\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: Console.ChangedSinceRead.self) {
            try Console.replace(path, expected: Array("old\n".utf8), with: "new\n")
        }
        #expect(throws: Console.ChangedSinceRead.self) {
            try Console.replace(path, expected: nil, with: "new\n")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited meanwhile\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.yaml"], "no temporary file is left")
    }
}
