import Foundation
import Testing

/// `--output` and `--write-baseline` as a user expects of `> file`: never over a file the run
/// reads, and written into what is at the path rather than replacing it with something else.
@Suite struct OutputFileTests {
    static let annotation = GlossRunner.oneClaim

    static func workspace() throws -> URL {
        try GlossRunner.workspace(["Annotations/example.yaml": annotation, ".gloss.yml": "rules:\n  unreviewed: off\n"])
    }

    /// A report written over an annotation file, a registry, the article or the configuration
    /// would replace what reviewers wrote, and the run would still end well.
    @Test(arguments: [
        (["check", "-o"], "Annotations/example.yaml"),
        (["check", "--write-baseline"], "Annotations/example.yaml"),
        (["report", "-o"], "Sources-Docs/example.md"),
        (["export", "--format", "geojson", "-o"], "Annotations/sources.yaml"),
        (["report", "--format", "markdown", "-o"], ".gloss.yml"),
        (["check", "-o"], "./Annotations/../Annotations/example.yaml"),
        // Formats that quote no line of it still read it.
        (["check", "--format", "json", "-o"], "Annotations/example.yaml"),
        (["check", "--format", "sarif", "--write-baseline"], "Annotations/example.yaml"),
    ])
    func neverOverAFileTheRunReads(_ command: [String], _ target: String) throws {
        let folder = try Self.workspace()
        let file = folder.appendingPathComponent(target).standardized
        let before = try Data(contentsOf: file)
        let run = try GlossRunner.run(command + [target], in: folder)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("gloss: refusing to write \(target): it is "), "\(run.error)")
        #expect(run.error.hasSuffix("; choose another file\n"), "\(run.error)")
        #expect(try Data(contentsOf: file) == before)
    }

    /// Not only what was read whole: a document that could not be decoded, the baseline the run
    /// compares with, and an annotation file a check of other paths did not read are reviewers'
    /// work too. A baseline may still be rewritten in place, as it is updated.
    @Test func norOverADocumentItCouldNotReadABaselineOrAnotherAnnotationFile() throws {
        let folder = try GlossRunner.workspace([
            "Annotations/example.yaml": Self.annotation,
            "Annotations/latin.yaml": "gloss: 1\ndocument: notes/latin.md\nclaims: []\n",
        ])
        let latin = folder.appendingPathComponent("notes/latin.md")
        try FileManager.default.createDirectory(at: latin.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: latin)
        let undecodable = try GlossRunner.run(["check", "-o", "notes/latin.md"], in: folder)
        #expect(undecodable.status == 2)
        #expect(undecodable.error == "gloss: refusing to write notes/latin.md: it is a file this run reads; choose another file\n")
        #expect(try Data(contentsOf: latin) == Data([0x43, 0x61, 0x66, 0xE9, 0x0A]))

        #expect(try GlossRunner.run(["check", "--write-baseline", "base.json"], in: folder).status == 1)
        let baseline = try Data(contentsOf: folder.appendingPathComponent("base.json"))
        let overBaseline = try GlossRunner.run(["check", "--baseline", "base.json", "-o", "base.json"], in: folder)
        #expect(overBaseline.status == 2)
        #expect(try Data(contentsOf: folder.appendingPathComponent("base.json")) == baseline)
        let updated = try GlossRunner.run(["check", "--baseline", "base.json", "--write-baseline", "base.json"], in: folder)
        #expect(updated.status == 0, "\(updated.error)")

        let other = try GlossRunner.run(["check", "Annotations/latin.yaml", "-o", "Annotations/example.yaml"], in: folder)
        #expect(other.status == 2)
        #expect(other.error == "gloss: refusing to write Annotations/example.yaml: it is a YAML file in the annotations folder; choose another file\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == Self.annotation)
        let article = folder.appendingPathComponent("Sources-Docs/example.md")
        let before = try Data(contentsOf: article)
        let document = try GlossRunner.run(["check", "Annotations/latin.yaml", "-o", "Sources-Docs/example.md"], in: folder)
        #expect(document.status == 2)
        #expect(document.error == "gloss: refusing to write Sources-Docs/example.md: it is a file in the documents folder; choose another file\n")
        #expect(try Data(contentsOf: article) == before)
        // A document elsewhere is known by the annotation file that names it.
        let moved = try GlossRunner.workspace([
            "Annotations/example.yaml": Self.annotation.replacingOccurrences(of: "Sources-Docs/example.md", with: "articles/example.md"),
            "articles/example.md": "185 people gathered at Central Park.\n",
            "Annotations/other.yaml": "gloss: 1\ndocument: Sources-Docs/example.md\nclaims: []\n",
        ])
        let elsewhere = try GlossRunner.run(["check", "Annotations/other.yaml", "-o", "articles/example.md"], in: moved)
        #expect(elsewhere.error == "gloss: refusing to write articles/example.md: it is the document Annotations/example.yaml annotates; choose another file\n")
        // Whether or not the rest of that file reads, a check selects it, or the document is there yet.
        let broken = moved.appendingPathComponent("Annotations/example.yaml")
        try (String(contentsOf: broken, encoding: .utf8) + "    summary: [unclosed\n").write(to: broken, atomically: true, encoding: .utf8)
        for arguments in [["check", "-o", "articles/example.md"], ["check", "--write-baseline", "articles/example.md"],
                          ["report", "-o", "articles/example.md"], ["check", "-o", "articles/next.md"]] {
            if arguments.last == "articles/next.md" {
                try "gloss: 1\ndocument: articles/next.md\nclaims: []\n".write(to: moved.appendingPathComponent("Annotations/next.yaml"),
                                                                            atomically: true, encoding: .utf8)
                try "exclude: [\"Annotations/next.yaml\"]\n".write(to: moved.appendingPathComponent(".gloss.yml"), atomically: true, encoding: .utf8)
            }
            let refused = try GlossRunner.run(arguments, in: moved)
            #expect(refused.status == 2 && refused.error.contains("refusing to write articles/"), "\(arguments): \(refused.error)")
        }
        #expect(try String(contentsOf: moved.appendingPathComponent("articles/example.md"), encoding: .utf8) == "185 people gathered at Central Park.\n")
        #expect(!FileManager.default.fileExists(atPath: moved.appendingPathComponent("articles/next.md").path))
    }

    /// Nor may a report start a file that every later run would read: an annotation file, the
    /// configuration, an article in the documents folder; nor replace the baseline it is written with.
    @Test(arguments: [
        (["check", "-o", "Annotations/new.yaml"], "a YAML file in the annotations folder"),
        (["check", "--write-baseline", "Annotations/baseline.yml"], "a YAML file in the annotations folder"),
        (["check", "-o", ".gloss.yml"], "the configuration"),
        (["report", "-o", "Sources-Docs/draft.md"], "a file in the documents folder"),
        (["check", "-o", "Sources-Docs/report.html"], "a file in the documents folder"),
    ])
    func norStartAFileLaterRunsRead(_ arguments: [String], _ what: String) throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation])
        let target = arguments.last!
        let run = try GlossRunner.run(arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.error == "gloss: refusing to write \(target): it is \(what); choose another file\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(target).path))
    }

    /// Nor through a link to the annotations or documents folder, into a folder not made yet;
    /// nor the workspace's configuration when `--config` names another.
    @Test func notThroughALinkedFolderNorBesideAnotherConfiguration() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation, "ci/gloss.yml": "rules:\n  unreviewed: off\n"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("al").path, withDestinationPath: "Annotations")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dl").path, withDestinationPath: "Sources-Docs")
        for (target, what) in [("al/new/x.yaml", "a YAML file in the annotations folder"), ("dl/new/r.html", "a file in the documents folder")] {
            let run = try GlossRunner.run(["report", "-o", target], in: folder)
            #expect(run.status == 2 && run.error.contains("it is \(what)"), "\(target): \(run.error)")
        }
        let configured = try GlossRunner.run(["check", "--config", "ci/gloss.yml", "-o", ".gloss.yml"], in: folder)
        #expect(configured.status == 2 && configured.error.contains("it is the configuration"), "\(configured.error)")
        #expect(!manager.fileExists(atPath: folder.appendingPathComponent(".gloss.yml").path))
    }

    @Test func theReportAndTheBaselineGoToTwoFiles() throws {
        let folder = try Self.workspace()
        let run = try GlossRunner.run(["check", "-o", "x.json", "--write-baseline", "./x.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("refusing to write the report and the baseline both to x.json"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.json").path))
        // A device takes both.
        #expect(try GlossRunner.run(["check", "-o", "/dev/null", "--write-baseline", "/dev/null"], in: folder).status == 0)
    }

    /// A link to a baseline not written yet is that baseline; standard output going to a pipe
    /// takes one of them, not both interleaved.
    @Test func notThroughALinkToAFileNotThereYetNorAPipe() throws {
        let folder = try Self.workspace()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path,
                                                   withDestinationPath: "baseline.json")
        let linked = try GlossRunner.run(["check", "--format", "json", "-o", "link.json", "--write-baseline", "baseline.json"], in: folder)
        #expect(linked.status == 2, "\(linked.error)")
        #expect(linked.error.contains("refusing to write the report and the baseline both to link.json"), "\(linked.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("baseline.json").path))
        // The runner reads standard output through a pipe; without `-o` the report goes there too.
        for arguments in [["-o", "/dev/stdout", "--write-baseline", "-"], ["--write-baseline", "/dev/stdout"], ["--write-baseline", "-"]] {
            let piped = try GlossRunner.run(["check", "--format", "json"] + arguments, in: folder)
            #expect(piped.status == 2, "\(arguments): \(piped.error)")
            #expect(piped.output.isEmpty, "\(arguments): \(piped.output)")
        }
    }

    /// `-o -` is standard output, as for most tools, not a file named `-`.
    @Test(arguments: [["check", "--format", "json", "-o", "-"], ["report", "--format", "markdown", "-o", "-"]])
    func aDashIsStandardOutput(_ arguments: [String]) throws {
        let folder = try Self.workspace()
        let run = try GlossRunner.run(arguments, in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.output.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    /// The same file under another name, through a symbolic link, is the same file.
    @Test func notThroughALinkEither() throws {
        let folder = try Self.workspace()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("out.txt").path,
                                                   withDestinationPath: ".gloss.yml")
        let run = try GlossRunner.run(["check", "-o", "out.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.error == "gloss: refusing to write out.txt: it is the configuration; choose another file\n")
        #expect(try String(contentsOf: folder.appendingPathComponent(".gloss.yml"), encoding: .utf8) == "rules:\n  unreviewed: off\n")
    }

    @Test func aLinkIsWrittenThroughAndAFileKeepsItsPermissions() throws {
        let folder = try Self.workspace()
        let manager = FileManager.default
        let target = folder.appendingPathComponent("reports/latest.txt")
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: target)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "reports/latest.txt")
        let run = try GlossRunner.run(["check", "-o", "link.txt"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(try manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path) == "reports/latest.txt")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("1 file, 1 claim"))
        #expect(try manager.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aReadOnlyFileIsLeftAlone() throws {
        let folder = try Self.workspace()
        let target = folder.appendingPathComponent("frozen.txt")
        try Data("keep me\n".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: target.path)
        let run = try GlossRunner.run(["check", "-o", "frozen.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.error == "gloss: cannot write frozen.txt: the file is read-only; nothing was written\n")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
    }

    /// A link that leads nowhere is refused and left as it is: what it would create might be
    /// the configuration, an annotation file or a document.
    @Test func aDanglingLinkIsNotReplaced() throws {
        let folder = try Self.workspace()
        let link = folder.appendingPathComponent("gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "nowhere/report.txt")
        let run = try GlossRunner.run(["check", "-o", "gone.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("symbolic link to a file that does not exist"), "\(run.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "nowhere/report.txt")
        // A folder on the way that is a link to nothing is named as such.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("out").path, withDestinationPath: "missing-folder")
        let throughFolder = try GlossRunner.run(["check", "-o", "out/r.txt"], in: folder)
        #expect(throughFolder.status == 2)
        #expect(throughFolder.error == "gloss: cannot write out/r.txt: out/: it is a symbolic link to a file that does not exist; nothing was written\n",
                "\(throughFolder.error)")
        // A file where a folder of the path should be is named as a file.
        try Data("notes\n".utf8).write(to: folder.appendingPathComponent("plain"))
        let underFile = try GlossRunner.run(["check", "-o", "plain/x/r.txt"], in: folder)
        #expect(underFile.status == 2)
        #expect(underFile.error == "gloss: cannot write plain/x/r.txt: plain is a file, not a folder\n", "\(underFile.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("plain"), encoding: .utf8) == "notes\n")
    }

    /// `-o /dev/stdout` writes to standard output as it is open (here a pipe; after `>>`, the end
    /// of a file), not to a file put in its place.
    @Test func standardOutputByNameIsStandardOutput() throws {
        let folder = try Self.workspace()
        let run = try GlossRunner.run(["check", "-o", "/dev/stdout"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasSuffix("in 1 file, 1 claim\n"), "\(run.output)")
        let log = folder.appendingPathComponent("log.txt")
        try Data("earlier line\n".utf8).write(to: log)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "'\(GlossRunner.binary.path)' check -o /dev/stdout >> log.txt"]
        shell.currentDirectoryURL = folder
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.hasPrefix("earlier line\n") && text.hasSuffix("in 1 file, 1 claim\n"), "\(text)")
    }

    /// Standard output that cannot be written (a full disk, a closed descriptor) ends the run
    /// with exit code 2 and a message, never a crash; standard error that cannot be written
    /// changes nothing about the run.
    @Test func unwritableStandardStreamsAreNoCrash() throws {
        let folder = try Self.workspace()
        func shell(_ redirections: String) throws -> (status: Int32, error: String) {
            try GlossRunner.shell("check \(redirections)", in: folder)
        }
        let full = try shell("> /dev/full")
        #expect(full.status == 2)
        #expect(full.error == "gloss: cannot write the output: No space left on device\n")
        let closed = try shell("--format sarif >&-")
        #expect(closed.status == 2)
        #expect(closed.error == "gloss: cannot write the output: Bad file descriptor\n")
        #expect(try shell("> /dev/null 2> /dev/full").status == 0)
    }

    /// A link to standard output is followed to the pipe it is; links in a loop are named so.
    @Test func linksToAPipeAreFollowedAndLoopsNamed() throws {
        let folder = try Self.workspace()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("out").path, withDestinationPath: "/dev/stdout")
        let run = try GlossRunner.run(["check", "-o", "out"], in: folder)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasSuffix("in 1 file, 1 claim\n"), "\(run.output)")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: "b")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: "a")
        let loop = try GlossRunner.run(["check", "-o", "a"], in: folder)
        #expect(loop.status == 2)
        #expect(loop.error == "gloss: cannot write a: its symbolic links lead round in a loop; nothing was written\n")
    }

    /// A named pipe (and so a device) is written to, not replaced by a file.
    @Test func aPipeIsWrittenTo() throws {
        let folder = try Self.workspace()
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [pipe]
        let received = Pipe()
        reader.standardOutput = received
        try reader.run()
        let run = try GlossRunner.run(["check", "-o", "pipe"], in: folder)
        let text = String(decoding: received.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(run.status == 0, "\(run.error)")
        #expect(text.contains("1 file, 1 claim"), "\(text)")
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    /// A path ending in a slash names a folder, as for a shell's `>`: the file `notes` is not
    /// replaced. An empty path names nothing.
    @Test func aPathEndingInASlashIsNoFile() throws {
        let folder = try Self.workspace()
        let notes = folder.appendingPathComponent("notes")
        try "a reviewer's notes\n".write(to: notes, atomically: true, encoding: .utf8)
        let slash = try GlossRunner.run(["check", "-o", "notes/"], in: folder)
        #expect(slash.status == 2 && slash.error == "gloss: cannot write notes/: a path ending in / names a folder; give a file name\n", "\(slash.error)")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "a reviewer's notes\n")
        let empty = try GlossRunner.run(["check", "-o", ""], in: folder)
        #expect(empty.status == 2 && empty.error == "gloss: cannot write to an empty path; give a file name\n", "\(empty.error)")
    }
}
