import Foundation
import GlossCore
import Testing

/// Inputs built to hurt: each must end in a clear finding, in bounded time, reading nothing it
/// should not. The cases that are only about the finding's place are in ``BadInputTests``.
@Suite struct HostileInputTests {
    /// The workspace's findings and how long the check took.
    static func timedDiagnostics(_ annotation: [UInt8]) -> ([Diagnostic], Duration) {
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure {
            diagnostics = RuleExample(bytes: [RuleExample.annotationPath: annotation]).diagnostics()
        }
        return (diagnostics, elapsed)
    }

    /// The parse stops at `limits.max_nodes` instead of building a million-item tree and leaving
    /// it to the claims limit. 7 nodes come before the items (the root, three keys, two values,
    /// the list), so the 600,001st node is item 599,994, on line 3 + 599,994.
    @Test func aMillionTinyClaimsStopTheParseEarly() throws {
        let annotation = Array((RuleExample.header + "claims:\n" + String(repeating: "- {}\n", count: 1_000_000)).utf8)
        let (diagnostics, elapsed) = Self.timedDiagnostics(annotation)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.ruleID == "yaml-syntax")
        #expect(finding.message == "the file has more than 600000 values, lists and mappings")
        #expect(finding.location.range.start.line == 599_997)
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// An annotation file with a claim for each value, all stating Central Park's crowd on one day.
    static func statementsOfOneFact(_ values: [String], verdict: String? = nil) -> [UInt8] {
        let claims = values.enumerated().map { index, value in
            "  - {id: c\(index), kind: number, anchor: {quote: \"185\"}, attributed_to: unattributed, "
                + "statement: {subject: central-park, property: crowd-size, value: \"\(value)\", as_of: 2022-10-02}"
                + (verdict.map { ", verdict: \($0)}" } ?? "}")
        }
        return Array((RuleExample.header + "claims:\n" + claims.joined(separator: "\n") + "\n").utf8)
    }

    /// 10,000 statements of one fact in two camps are 25 million conflicting pairs: the first 100
    /// are findings, and one more finding counts the rest, instead of a finding for every pair.
    /// A key, value or id longer than any real one gets its finding without a "did you mean"
    /// (the matcher takes patterns under 65,535 scalars; this crashed the run), and thousands of
    /// unknown ids among thousands of known ones cost a moment: the comparisons are budgeted,
    /// and the last ids asked about go without.
    @Test func suggestionsForHostileWordsAreBounded() throws {
        let long = String(repeating: "x", count: 70_000)
        let claim = "- id: crowd\n  kind: \(long)\n  anchor: {quote: \"185\", start: 24, end: 27}\n  ? \(long)y\n  : 1\n"
        let (diagnostics, _) = Self.timedDiagnostics(Array((RuleExample.header + "claims:\n" + claim).utf8))
        #expect(diagnostics.contains { $0.ruleID == "invalid-value" && $0.message.hasPrefix("`kind` must be one of") })
        #expect(diagnostics.contains { $0.ruleID == "schema" && $0.message.hasPrefix("unknown key `xxx") && !$0.message.contains("did you mean") })

        var unknown = RuleExample.header + "claims:\n"
        for index in 0..<3_000 {
            unknown += "- {id: claim-number-\(index), kind: number, anchor: {quote: \"185\", start: 24, end: 27}, "
                + "relations: [{supports: claim-numbr-\(index)x}]}\n"
        }
        let (found, elapsed) = Self.timedDiagnostics(Array(unknown.utf8))
        let references = found.filter { $0.ruleID == "unknown-reference" }
        #expect(references.count == 3_000)
        #expect(references.first?.message == "no claim has the id `claim-numbr-0x`; did you mean `claim-number-0`?")
        #expect(references.last?.message == "no claim has the id `claim-numbr-2999x`")
        #expect(elapsed < .seconds(30), "took \(elapsed)")
        var budgeted = DidYouMean(among: ["alpha", "b"], budget: 1)
        #expect(budgeted.closest(to: "alpah") == "alpha")
        #expect(budgeted.closest(to: "alpah") == nil)
    }

    @Test func statementsThatAllDisagreeGiveBoundedFindings() throws {
        let (diagnostics, elapsed) = Self.timedDiagnostics(Self.statementsOfOneFact((0..<10_000).map { $0 % 2 == 0 ? "100" : "200" }))
        let conflicts = diagnostics.filter { $0.ruleID == "statement-conflict" }
        #expect(conflicts.count == StatementIndex.maximumPairsPerFact + 1)
        #expect(conflicts.contains { $0.claimID == "c0" && $0.message
            == "central-park's crowd-size as of 2022-10-02: more pairs of statements conflict than the 100 listed" })
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// Supported claims of one fact in two camps are listed as the conflicting statements are:
    /// the first 100 pairs, and one more finding counts the rest.
    @Test func supportedClaimsThatAllDisagreeGiveBoundedFindings() throws {
        let (diagnostics, _) = Self.timedDiagnostics(Self.statementsOfOneFact((0..<1_000).map { $0 % 2 == 0 ? "100" : "200" },
                                                                              verdict: "supported"))
        let inconsistent = diagnostics.filter { $0.ruleID == "verdicts-inconsistent" }
        #expect(inconsistent.count == StatementIndex.maximumPairsPerFact + 1)
        #expect(inconsistent.contains { $0.claimID == "c0" && $0.message
            == "central-park's crowd-size as of 2022-10-02: more pairs of supported claims conflict than the 100 listed" })
    }

    /// A fact stated with more distinct values than are compared says so.
    @Test func manyDistinctValuesOfOneFactAreComparedUpToTheLimit() throws {
        let (diagnostics, _) = Self.timedDiagnostics(Self.statementsOfOneFact((0..<1_200).map { "\(1_000 + $0)-\(1_000_000 + $0)" }))
        #expect(diagnostics.filter { $0.ruleID == "statement-conflict" }.map(\.message)
            == ["central-park's crowd-size as of 2022-10-02: distinct values past the first 1000 were not compared"])
    }

    @Test func aHugeScalarIsReadInBoundedTime() throws {
        let title = String(repeating: "lockdown ", count: 7 << 17)  // 8.8 MB is over the limit; this is 7.3 MB
        let annotation = Array((RuleExample.header + "title: \"" + title + "\"\nclaims: []\n").utf8)
        let (diagnostics, elapsed) = Self.timedDiagnostics(annotation)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// Offsets no document can have are refused where they are written; before, ranking the two
    /// occurrences of the quote by their distance from such a start overflowed and crashed.
    @Test func offsetsPastAnyDocumentAreRefused() {
        let (diagnostics, _) = Self.timedDiagnostics(RuleExample(claims: """
            - id: city
              kind: location
              anchor: {quote: the city, start: 5000000000000000000, end: 5000000000000000008}
            """).files[RuleExample.annotationPath]!)
        #expect(diagnostics.filter { $0.ruleID == "invalid-value" }.map(\.message) == [
            "`start` must be at most 2147483647, found 5000000000000000000",
            "`end` must be at most 2147483647, found 5000000000000000008",
        ])
        // One offset refused: one finding, not a second that the other is alone.
        let (one, _) = Self.timedDiagnostics(RuleExample(claims: """
            - id: city
              kind: location
              anchor: {quote: the city, start: 2147483647, end: 2147483648}
            """).files[RuleExample.annotationPath]!)
        #expect(one.filter { $0.ruleID == "invalid-value" }.map(\.message) == ["`end` must be at most 2147483647, found 2147483648"])
    }

    /// `1 + 1 + … + 1` nests one level an operator: reading, evaluating and releasing it recursed
    /// 200,000 deep and overflowed the stack.
    @Test func aFormulaOfAHundredThousandTermsIsRefused() {
        let formula = Array(repeating: "1", count: 200_000).joined(separator: " + ")
        let (diagnostics, elapsed) = Self.timedDiagnostics(RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              statement: {subject: central-park, property: crowd-size, derived: \(formula)}
            """).files[RuleExample.annotationPath]!)
        #expect(diagnostics.filter { $0.ruleID == "invalid-value" }.map(\.message)
            == ["`derived`: the formula has 199999 operators, more than the 256 allowed"])
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// A quote and context of 70,000 distinct characters: the approximate matcher numbered them
    /// in 16 bits (a trap past 65,535) and would have held gigabytes. The quote is searched for
    /// exactly only, and the context is cut to what scoring compares.
    @Test func aQuoteOfSeventyThousandDistinctCharactersIsNotSearchedApproximately() {
        let scalars = Array(0x4E00..<0x9FFF) + Array(0xAC00..<0xD7A4) + Array(0x2_0000..<0x2_A6DF)
        let text = String(String.UnicodeScalarView(scalars.prefix(70_000).map { Unicode.Scalar($0)! }))
        let (diagnostics, elapsed) = Self.timedDiagnostics(RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "\(text)", prefix: "\(text)", suffix: "\(text)"}
            """).files[RuleExample.annotationPath]!)
        #expect(diagnostics.filter { $0.ruleID == "invalid-value" }.map(\.message) == [
            "the anchor's quote is too long to search for approximately (70000 characters, at most 4096); "
                + "it is found only where it is exact",
        ])
        #expect(diagnostics.contains { $0.ruleID == "anchor-orphaned" })
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// A document that is a symbolic link out of the workspace is refused before it is read.
    @Test(arguments: ["/etc/passwd", "secret"])
    func aDocumentLinkedOutsideIsNeverRead(_ target: String) throws {
        let (outside, secret) = try Self.secretOutside(named: "secret")
        let root = try Self.diskWorkspace(without: RuleExample.documentPath)
        defer {
            try? FileManager.default.removeItem(at: outside)
            try? FileManager.default.removeItem(at: root)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources-Docs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(RuleExample.documentPath).path,
                                                   withDestinationPath: target == "secret" ? secret.path : target)
        let reads = ReadLog()
        let workspace = Workspace(root: root.path, fileSystem: RecordingFileSystem(log: reads))
        let diagnostics = try CheckResult.check(workspace).diagnostics
        let finding = try #require(diagnostics.first { $0.ruleID == "path-outside-workspace" }, "\(diagnostics.map(\.message))")
        #expect(finding.location.path == RuleExample.annotationPath)
        #expect(finding.location.range.start.line == 2)
        #expect(reads.paths.contains { $0.hasSuffix(RuleExample.annotationPath) })
        #expect(!reads.paths.contains { $0.hasSuffix(RuleExample.documentPath) || $0 == secret.path || $0 == "/etc/passwd" },
                "read \(reads.paths)")
    }

    /// An annotation file or a registry that is a symbolic link out of the workspace is refused
    /// before it is read: its "YAML errors" would quote the file it leads to into a CI log.
    @Test(arguments: [RuleExample.annotationPath, "Annotations/sources.yaml"])
    func aYAMLFileLinkedOutsideIsNeverRead(_ linked: String) throws {
        let (outside, secret) = try Self.secretOutside(named: "secret.yaml")
        let root = try Self.diskWorkspace(without: linked)
        defer {
            try? FileManager.default.removeItem(at: outside)
            try? FileManager.default.removeItem(at: root)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(linked).path, withDestinationPath: secret.path)
        let reads = ReadLog()
        let workspace = Workspace(root: root.path, fileSystem: RecordingFileSystem(log: reads))
        let diagnostics = try CheckResult.check(workspace).diagnostics
        let finding = try #require(diagnostics.first { $0.ruleID == "path-outside-workspace" }, "\(diagnostics.map(\.message))")
        #expect(finding.location.path == linked)
        #expect(finding.message == "the file is a symbolic link that leads outside the workspace; it is not read")
        #expect(finding.severity == .error)
        #expect(!diagnostics.contains { $0.message.contains("password") })
        #expect(!reads.paths.contains { $0 == secret.path || $0.hasSuffix(linked) }, "read \(reads.paths)")
    }

    /// The annotations folder itself linked out of the workspace: its files are refused unread,
    /// and the finding says the link is the folder, not the file.
    @Test func anAnnotationsFolderLinkedOutsideIsNamedAsTheLink() throws {
        let (root, outside) = try Self.diskWorkspace(linking: "Annotations")
        defer { Self.remove(root, outside) }
        let diagnostics = try CheckResult.check(Workspace(root: root.path)).diagnostics
        let finding = try #require(diagnostics.first { $0.location.path == RuleExample.annotationPath }, "\(diagnostics.map(\.message))")
        #expect(finding.ruleID == "path-outside-workspace")
        #expect(finding.message == "the file is in a folder that is a symbolic link leading outside the workspace; it is not read")
    }

    /// The documents folder linked out of the workspace: its documents are refused unread, and a
    /// folder linked within it is read through. A check resolves a documents folder once and then
    /// opens each document without a look at it first, so the folder's answer must hold for all.
    @Test(arguments: [false, true])
    func aDocumentsFolderLinkedOutsideIsNeverRead(linkStaysInside: Bool) throws {
        let (root, elsewhere) = try Self.diskWorkspace(linking: "Sources-Docs", inside: linkStaysInside)
        defer { Self.remove(root, elsewhere) }
        let reads = ReadLog()
        let diagnostics = try CheckResult.check(Workspace(root: root.path, fileSystem: RecordingFileSystem(log: reads))).diagnostics
        let outside = diagnostics.filter { $0.ruleID == "path-outside-workspace" }
        let readDocument = reads.paths.contains { $0.hasSuffix(RuleExample.documentPath) }
        if linkStaysInside {
            #expect(outside.isEmpty, "\(outside.map(\.message))")
            #expect(readDocument)
        } else {
            #expect(outside.map(\.location.path) == [RuleExample.annotationPath])
            #expect(!readDocument, "read \(reads.paths)")
        }
    }

    /// A documents folder is resolved once for the whole load, not once for each document, also
    /// when it leads outside the workspace and every document in it is refused.
    @Test func aDocumentsFolderIsResolvedOncePerLoad() throws {
        let (root, elsewhere) = try Self.diskWorkspace(linking: "Sources-Docs")
        defer { Self.remove(root, elsewhere) }
        let files = 32
        for index in 0..<files {
            try Data("gloss: 1\ndocument: Sources-Docs/d\(index).md\nclaims: []\n".utf8)
                .write(to: root.appendingPathComponent("Annotations/d\(index).yaml"))
            try Data("An article.\n".utf8).write(to: elsewhere.appendingPathComponent("d\(index).md"))
        }
        let asked = ReadLog()
        let result = try CheckResult.check(Workspace(root: root.path, fileSystem: FolderCounting(asked: asked)))
        #expect(result.diagnostics.filter { $0.ruleID == "path-outside-workspace" }.count == files + 1)
        // Files loaded at the same moment may both resolve it; never once a document.
        let resolutions = asked.paths.filter { $0 == "Sources-Docs" }.count
        #expect((1..<files / 2).contains(resolutions), "resolved \(resolutions) times")
    }

    /// The disk, with every folder-relative resolution logged.
    private struct FolderCounting: FileSystem {
        let disk = DiskFileSystem()
        let asked: ReadLog

        func resolvingSymbolicLinks(_ relative: String, under resolvedRoot: String) -> String {
            asked.record(relative)
            return disk.resolvingSymbolicLinks(relative, under: resolvedRoot)
        }

        func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] { try disk.read(path, limit: limit) }
        func kind(of path: String) -> FileKind? { disk.kind(of: path) }
        func contents(ofDirectory path: String) throws(FileSystemError) -> [String] { try disk.contents(ofDirectory: path) }
        func resolvingSymbolicLinks(_ path: String) -> String { disk.resolvingSymbolicLinks(path) }
        mutating func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError) {}
    }

    /// A quote of one letter in a document of a hundred thousand such letters is one finding
    /// that lists ten of the places, not a finding of a hundred thousand related locations
    /// (gigabytes of JSON, one editor message of 80 MB).
    @Test func aQuoteFoundEverywhereListsTenPlaces() throws {
        var files = RuleExample.sharedFiles
        files[RuleExample.documentPath] = Array(String(repeating: "a ", count: 100_000).utf8)
        files[RuleExample.annotationPath] = Array((RuleExample.header + """
            claims:
              - {id: a, kind: quote, anchor: {quote: "a"}, attributed_to: unattributed}
              - {id: b, kind: quote, anchor: {quote: "a", prefix: "nothing like it ", start: 5, end: 6}, attributed_to: unattributed}
            """).utf8)
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { diagnostics = RuleExample(bytes: files).diagnostics() }
        let ambiguous = try #require(diagnostics.first { $0.ruleID == "anchor-ambiguous" })
        #expect(ambiguous.message == "the quote “a” occurs 100000 times and its context cannot tell which one is meant (the first 10 are listed)")
        #expect(ambiguous.related.count == 10)
        for finding in diagnostics { #expect(finding.related.count <= 10, "\(finding.ruleID): \(finding.related.count)") }
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// The example workspace on disk, with `claims: []` in its annotation file, less the file
    /// at `left` when given.
    static func diskWorkspace(without left: String? = nil) throws -> URL {
        let root = try DiskWriteTests.folder()
        var files = RuleExample.sharedFiles
        files[RuleExample.annotationPath] = Array((RuleExample.header + "claims: []\n").utf8)
        for (path, bytes) in files where path != left {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    /// A workspace on disk whose folder `relative` is a symbolic link: to a folder of its own
    /// outside the workspace (returned, for the caller to remove with the workspace), or, when
    /// `inside`, to `kept-<relative>` in the workspace.
    static func diskWorkspace(linking relative: String, inside: Bool = false) throws -> (root: URL, elsewhere: URL) {
        let (root, elsewhere) = (try diskWorkspace(), try DiskWriteTests.folder())
        let (folder, target) = (root.appendingPathComponent(relative), inside ? root.appendingPathComponent("kept-" + relative) : elsewhere)
        // In place of the empty folder made for outside.
        if !inside { try FileManager.default.removeItem(at: target) }
        try FileManager.default.moveItem(at: folder, to: target)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: target.path)
        return (root, elsewhere)
    }

    static func remove(_ folders: URL...) {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    /// A folder of its own holding a file `name` that a check must never read, and that file.
    static func secretOutside(named name: String) throws -> (folder: URL, secret: URL) {
        let folder = try DiskWriteTests.folder()
        let secret = folder.appendingPathComponent(name)
        try Data("password: hunter2\n".utf8).write(to: secret)
        return (folder, secret)
    }

    /// Links to folders above them would list the same files under ever longer names until the
    /// system's limit on links, branching at each: every folder is listed once, under its own
    /// name before a link's.
    @Test func folderLinksThatLeadBackAreListedOnce() throws {
        let root = try Self.diskWorkspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let annotations = root.appendingPathComponent("Annotations")
        for name in ["a", "b"] { try FileManager.default.createSymbolicLink(atPath: annotations.appendingPathComponent(name).path, withDestinationPath: ".") }
        try FileManager.default.createDirectory(at: annotations.appendingPathComponent("real"), withIntermediateDirectories: true)
        try Data((RuleExample.header + "claims: []\n").utf8).write(to: annotations.appendingPathComponent("real/other.yaml"))
        try FileManager.default.createSymbolicLink(atPath: annotations.appendingPathComponent("0-link").path, withDestinationPath: "real")
        var files: [String] = []
        let elapsed = try ContinuousClock().measure { files = try Workspace(root: root.path).annotationFiles() }
        #expect(files == [RuleExample.annotationPath, "Annotations/real/other.yaml"])
        #expect(elapsed < .seconds(10))
    }

    /// Folders nested a thousand deep are listed by looking at each folder once: resolved from
    /// the root each time, the listing cost the cube of the depth (two minutes at 1,500).
    @Test func deeplyNestedFoldersAreListedInBoundedTime() throws {
        let root = try Self.diskWorkspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var folder = root.appendingPathComponent("Annotations")
        for _ in 0..<1_000 { folder = folder.appendingPathComponent("d") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((RuleExample.header + "claims: []\n").utf8).write(to: folder.appendingPathComponent("deep.yaml"))
        var files: [String] = []
        let elapsed = try ContinuousClock().measure { files = try Workspace(root: root.path).annotationFiles() }
        #expect(files.count == 2 && files.contains { $0.hasSuffix("/d/d/deep.yaml") }, "\(files.count)")
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }

    /// A YAML file in the annotations folder that is no regular file (a link to nothing, links
    /// in a loop, a pipe) is reported where it is, not passed over: a check that skipped it
    /// would pass with an annotation file turned into a broken link. Nothing blocks on the pipe.
    @Test func yamlEntriesThatAreNoFileAreReported() throws {
        let root = try Self.diskWorkspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let annotations = root.appendingPathComponent("Annotations")
        try FileManager.default.createSymbolicLink(atPath: annotations.appendingPathComponent("dangling.yaml").path, withDestinationPath: "nowhere.yaml")
        try FileManager.default.createSymbolicLink(atPath: annotations.appendingPathComponent("loop.yaml").path, withDestinationPath: "loop.yaml")
        #expect(mkfifo(annotations.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        let diagnostics = try CheckResult.check(Workspace(root: root.path)).diagnostics
        let messages = Dictionary(diagnostics.map { ($0.location.path, $0.message) }, uniquingKeysWith: { first, _ in first })
        #expect(messages["Annotations/dangling.yaml"] == "cannot read the file: it is a symbolic link to a file that does not exist")
        #expect(messages["Annotations/loop.yaml"] == "cannot read the file: its symbolic links lead round in a loop")
        #expect(messages["Annotations/pipe.yaml"] == "cannot read the file: it is not a regular file (a pipe or a device)")
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location.range.start == .start })
    }

    /// A registry that is a link to nothing cannot be read, which is not the same as having
    /// none: reports refuse a broken registry, and would print private ids without it.
    @Test func aRegistryLinkedToNothingIsUnreadable() throws {
        let root = try Self.diskWorkspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let sources = root.appendingPathComponent("Annotations/sources.yaml")
        try FileManager.default.removeItem(at: sources)
        try FileManager.default.createSymbolicLink(atPath: sources.path, withDestinationPath: "gone.yaml")
        let workspace = Workspace(root: root.path)
        let analysis = WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())
        #expect(analysis.registryProblems.map(\.message) == ["cannot read the file: it is a symbolic link to a file that does not exist"])
    }

    /// A link that stays inside the workspace is read as the file it leads to.
    @Test func aYAMLFileLinkedInsideIsRead() throws {
        let root = try DiskWriteTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        var files = RuleExample.sharedFiles
        files["shared/example.yaml"] = Array((RuleExample.header + "claims: []\n").utf8)
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(RuleExample.annotationPath).path,
                                                   withDestinationPath: "../shared/example.yaml")
        let diagnostics = try CheckResult.check(Workspace(root: root.path)).diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    }

    /// Two names for one annotation file (a renamed file kept working through a link, either
    /// way round) are one file: read once, under its own name, its claims are no duplicates of
    /// themselves and `fix` writes it once.
    @Test(arguments: [("Annotations/old-name.yaml", "example.yaml"), ("Annotations/a-link.yaml", "example.yaml")])
    func anAnnotationFileUnderTwoNamesIsReadOnce(link: String, target: String) throws {
        let root = try DiskWriteTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let example = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              reviews: [{reviewer: alice, verdict: unverifiable}]
            """)
        for (path, bytes) in example.workspaceFiles {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(link).path, withDestinationPath: target)
        let result = try CheckResult.check(Workspace(root: root.path))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.analysis.files.map(\.path) == [RuleExample.annotationPath])
    }
}

/// The paths a check reads, from all its threads.
final class ReadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    func record(_ path: String) { lock.withLock { recorded.append(path) } }
    var paths: [String] { lock.withLock { recorded } }
}

/// The disk, with every read logged.
struct RecordingFileSystem: FileSystem {
    var disk = DiskFileSystem()
    let log: ReadLog

    func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        log.record(path)
        return try disk.read(path, limit: limit)
    }

    /// Logged when the disk reads, or fails to, and not when it refuses a link unopened.
    func readUnlessLink(_ path: String, inResolvedFolder resolvedFolder: String, limit: Int) throws(FileSystemError) -> [UInt8]? {
        do {
            let bytes = try disk.readUnlessLink(path, inResolvedFolder: resolvedFolder, limit: limit)
            if bytes != nil { log.record(path) }
            return bytes
        } catch {
            log.record(path)
            throw error
        }
    }

    func kind(of path: String) -> FileKind? { disk.kind(of: path) }
    func isPresent(_ path: String) -> Bool { disk.isPresent(path) }
    func contents(ofDirectory path: String) throws(FileSystemError) -> [String] { try disk.contents(ofDirectory: path) }
    func resolvingSymbolicLinks(_ path: String) -> String { disk.resolvingSymbolicLinks(path) }

    mutating func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
        try disk.write(bytes, to: path, expecting: expected)
    }
}
