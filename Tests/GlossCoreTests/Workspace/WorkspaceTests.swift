import Foundation
@testable import GlossCore
import Testing

@Suite struct WorkspaceTests {
    @Test(arguments: [
        ("Sources-Docs/a.md", "Sources-Docs/a.md"),
        ("./Sources-Docs/../Sources-Docs/a.md", "Sources-Docs/a.md"),
        ("../etc/passwd", nil),
        ("Sources-Docs/../../etc/passwd", nil),
        ("/etc/passwd", nil),
        ("~/notes.md", nil),
        ("Sources-Docs//a.md", "Sources-Docs/a.md"),
        ("Sources-Docs/a.md/", "Sources-Docs/a.md"),
        ("Sources-Docs/.drafts/a.md", "Sources-Docs/.drafts/a.md"),
        ("Sources-Docs/a.md/..", "Sources-Docs"),
        ("Sources-Docs/a..md", "Sources-Docs/a..md"),
        ("", ""),
        ("Sources-Docs/a.md\0.txt", nil),
        ("\\\\server\\share\\a.md", nil),
    ] as [(String, String?)])
    func pathsStayInsideTheWorkspace(_ path: String, _ expected: String?) {
        #expect(WorkspacePath.normalize(path) == expected)
    }

    /// Whether a resolved path is the plain join of root and path decides that a file is under
    /// its own name (no link), so it must agree with joining, byte for byte.
    @Test(arguments: [("/w", "a/b.yaml"), ("/w/", "a/b.yaml"), ("/", "b.yaml"), ("/w", "")])
    func isJoinedAgreesWithJoin(root: String, relative: String) {
        let joined = WorkspacePath.join(root, relative)
        #expect(WorkspacePath.isJoined(joined, root: root, relative: relative))
        for other in [joined + "x", String(joined.dropLast()), "/v" + joined, joined.replacingOccurrences(of: "/", with: "_"),
                      "/wa/b.yaml", "/w/a/b.yam", "/w-a/b.yaml"] where other != joined {
            #expect(!WorkspacePath.isJoined(other, root: root, relative: relative), "\(other)")
        }
        // Canonically equivalent is not the same bytes: `é` composed and decomposed.
        #expect(!WorkspacePath.isJoined("/w/caf\u{E9}.yaml", root: "/w", relative: "cafe\u{301}.yaml"))
    }

    /// Names in ASCII are sorted by their bytes: the order must be the one `<` gives.
    @Test func bytesOrderASCIINamesAsStringsDo() {
        // Every name of up to three of these characters, and names as long as files' are.
        var names = [""]
        for _ in 1...3 { names += names.filter { $0.count == names.last!.count }.flatMap { name in ["a", "Z", "0", "-", ".", "\u{7F}"].map { name + $0 } } }
        names += ["a.yaml", "a.yml", "a-b.yaml", "article-00010.yaml", "article-0001.yaml", "article-00001.yaml", "A.yaml",
                  "an annotation file named at length.yaml", "an annotation file named at length.yml"]
        for a in names {
            for b in names {
                #expect(WorkspacePath.bytesPrecede(a, b) == (a < b), "\(a.debugDescription) \(b.debugDescription)")
            }
        }
        #expect(WorkspacePath.sortedByName(names.reversed()) { $0 } == names.sorted())
        // Other characters are ordered by `<`: `é` composed sorts as `e` with its accent, not by its bytes (C3 A9).
        let accented = ["f.yaml", "e\u{301}a.yaml", "\u{E9}b.yaml", "z.yaml", "e.yaml"]
        #expect(WorkspacePath.sortedByName(accented) { $0 } == accented.sorted())
        #expect(WorkspacePath.sortedByName(accented) { $0 } != accented.sorted { WorkspacePath.bytesPrecede($0, $1) })
    }

    @Test(arguments: [("Annotations/a.yaml", "Annotations", "a.yaml"), ("a.yaml", "", "a.yaml"),
                      ("/w/Sources-Docs/x.md", "/w/Sources-Docs", "x.md"), ("/x.md", "", "x.md")])
    func splitsAFilePathIntoFolderAndName(path: String, folder: String, name: String) throws {
        let split = try #require(WorkspacePath.folderAndName(of: path))
        #expect(split.folder == folder && split.name == name)
    }

    /// A path whose last part names no file (a folder by its ending, itself, its parent) is not split.
    @Test(arguments: ["", "Annotations/", "Annotations/.", "Annotations/..", ".", ".."])
    func doesNotSplitAPathThatNamesNoFile(_ path: String) {
        #expect(WorkspacePath.folderAndName(of: path) == nil)
    }

    @Test(arguments: [
        ("Annotations/*.yaml", "Annotations/a.yaml", true),
        ("Annotations/*.yaml", "Annotations/drafts/a.yaml", false),
        ("Annotations/**/*.yaml", "Annotations/drafts/a.yaml", true),
        ("Annotations/**/*.yaml", "Annotations/a.yaml", true),
        ("**/drafts/**", "Annotations/drafts/old/a.yaml", true),
        ("Annotations/?.yaml", "Annotations/ab.yaml", false),
        // A pattern that names a folder takes what is in it, as in `.gitignore`.
        ("*", "a/b", true),
        ("*.yaml", "a/b", false),
        ("Annotations/drafts", "Annotations/drafts/b.yaml", true),
        ("Annotations/drafts/", "Annotations/drafts/old/b.yaml", true),
        ("./Annotations/drafts/**", "Annotations/drafts/b.yaml", true),
        ("/Annotations/drafts/", "Annotations/drafts/b.yaml", true),
        ("Annotations//drafts", "Annotations/drafts/b.yaml", true),
        ("Annotations/./drafts", "Annotations/drafts/b.yaml", true),
        ("./", "Annotations/b.yaml", true),
        ("Annotations/drafts", "Annotations/drafts-2024/b.yaml", false),
        ("**", "a/b", true),
        // After `**/`, a whole folder's or file's name: `old` is not in `bold`.
        ("**/old/**", "Annotations/bold/x.yaml", false),
        ("**/test.yaml", "Annotations/latest.yaml", false),
        ("**/test.yaml", "test.yaml", true),
        ("Annotations/**/a.yaml", "Annotations/data.yaml", false),
        ("Annotations/**/a.yaml", "Annotations/x/a.yaml", true),
        ("a/**/b/*.yaml", "a/x/b/y/b/c.yaml", true),
        ("a/**/b/*.yaml", "a/x/b/y/b/c/d.yaml", false),
        ("*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false),
    ])
    func globs(_ pattern: String, _ path: String, _ matches: Bool) {
        #expect(Glob.matches(pattern, path) == matches)
    }

    /// A pattern from `.gloss.yml` that backtracking alone takes exponential time over: each pair
    /// of positions is tried once, so this returns at once. Backtracking did not return at all
    /// (nine groups took half a minute, each more four times as long).
    @Test func aPathologicalPatternStillReturns() {
        let pattern = String(repeating: "**?", count: 30) + "X"
        let path = "Annotations/" + String(repeating: "abcdefgh/", count: 12) + "claims.yaml"
        #expect(!Glob.matches(pattern, path))
        #expect(Glob.matches(pattern, path.replacingOccurrences(of: "claims.yaml", with: "aX")))
    }

    static func workspace(_ files: [String: String]) -> InMemoryFileSystem {
        InMemoryFileSystem(root: "/w", texts: files)
    }

    /// The problems `.gloss.yml` holding `text` is refused with, each as "line:column message";
    /// nil when the workspace opens.
    static func configurationProblems(_ text: String) -> [String]? {
        do {
            _ = try Workspace.open(root: "/w", fileSystem: workspace([".gloss.yml": text, "Annotations/a.yaml": ""]))
            return nil
        } catch {
            guard case .configuration(let problems, _) = error else { return ["\(error)"] }
            return problems.map { "\($0.location.range.start) \($0.message)" }
        }
    }

    @Test func listsAnnotationFilesButNotRegistriesHonouringExclude() throws {
        let fileSystem = Self.workspace([
            ".gloss.yml": "exclude: [\"Annotations/drafts/**\"]\n",
            "Annotations/sources.yaml": "sources: []\n",
            "Annotations/places.yaml": "places: []\n",
            "Annotations/b.yaml": "",
            "Annotations/a.yml": "",
            "Annotations/drafts/c.yaml": "",
            "Annotations/notes.txt": "",
        ])
        let workspace = try Workspace.open(root: "/w", fileSystem: fileSystem)
        #expect(try workspace.annotationFiles() == ["Annotations/a.yml", "Annotations/b.yaml"])
        #expect(try workspace.annotationFiles(under: ["/w/Annotations/drafts/c.yaml"]) == ["Annotations/drafts/c.yaml"])
        #expect(throws: WorkspaceError.self) { try workspace.annotationFiles(under: ["/elsewhere/a.yaml"]) }
        // What a shell makes of `Annotations/*.yaml`: the registries are still left out.
        #expect(try workspace.annotationFiles(under: ["Annotations/b.yaml", "Annotations/places.yaml", "Annotations/sources.yaml"])
            == ["Annotations/b.yaml"])
        // A file named twice, alone and in its folder, and paths in no order: each file once, sorted.
        #expect(try workspace.annotationFiles(under: ["Annotations/b.yaml", "Annotations", "Annotations/a.yml", "Annotations/b.yaml"])
            == ["Annotations/a.yml", "Annotations/b.yaml"])
    }

    /// Naming the whole workspace checks its annotation files, not every YAML file in it.
    @Test func theWholeWorkspaceMeansTheAnnotationsFolder() throws {
        let workspace = try Workspace.open(root: "/w", fileSystem: Self.workspace([
            "Annotations/a.yaml": "", "Annotations/sources.yaml": "sources: []\n",
            "Sources-Docs/a.md": "text", "Tests/Fixtures/Annotations/x.yaml": "", "Fuzz/corpus/y.yaml": "",
        ]))
        #expect(try workspace.annotationFiles(under: ["."]) == ["Annotations/a.yaml"])
        #expect(try workspace.annotationFiles(under: ["Tests/Fixtures/Annotations/x.yaml"]) == ["Tests/Fixtures/Annotations/x.yaml"])
    }

    @Test func configurationErrorsHaveLinesAndColumns() throws {
        let fileSystem = Self.workspace([".gloss.yml": "annotations: Annotations\nrules:\n  unreviewd: off\n  anchor-moved: loud\n  unreviewed: ~\n"])
        do {
            _ = try Workspace.open(root: "/w", fileSystem: fileSystem)
            Issue.record("a broken configuration must not open")
        } catch {
            guard case .configuration(let problems, _) = error else { Issue.record("\(error)"); return }
            let positions = problems.map { "\($0.location.range.start) \($0.message)" }
            #expect(positions.contains { $0.hasPrefix("3:3 ") && $0.contains("did you mean `unreviewed`?") }, "\(positions)")
            #expect(positions.contains { $0.hasPrefix("4:17 ") && $0.contains("found `loud`") }, "\(positions)")
            // Said nothing, a severity would keep its default unnoticed.
            #expect(positions.contains { $0 == "5:15 rule `unreviewed` takes info, warning, error, off, found nothing" }, "\(positions)")
        }
    }

    /// A misspelt folder or a pattern that selects nothing would let a check pass without reading
    /// a single annotation file. The registries and excluded files are not selected.
    @Test(arguments: [
        ("annotations: Anotations\n", "1:14 `annotations` names `Anotations`, which is not a folder of the workspace"),
        ("documents: Sources-Doc\n", "1:12 `documents` names `Sources-Doc`, which is not a folder of the workspace"),
        ("include: [\"Annotations/**/*.yml\", \"Annotations/**/*.yaml\"]\n",
         "1:11 `include` pattern `Annotations/**/*.yml` selects none of the annotation files under Annotations/"),
        ("include: [Annotations/sources.yaml]\n",
         "1:11 `include` pattern `Annotations/sources.yaml` selects none of the annotation files under Annotations/"),
        ("include: [\"Annotations/2023/*\"]\nexclude: [\"**/b.yaml\"]\n",
         "1:11 `include` pattern `Annotations/2023/*` selects none of the annotation files under Annotations/"),
        // An exclude that leaves nothing makes the same run that reads nothing.
        ("include: [\"Annotations/2022/*\"]\nexclude: [\"**/a.yaml\"]\n",
         "2:11 `exclude` leaves none of the annotation files under Annotations/"),
        ("exclude: [\"Annotations/**\"]\n", "1:11 `exclude` leaves none of the annotation files under Annotations/"),
    ])
    func foldersAndPatternsThatSelectNothingAreConfigurationErrors(_ configuration: String, _ problem: String) throws {
        let fileSystem = Self.workspace([".gloss.yml": configuration, "Annotations/2022/a.yaml": "", "Sources-Docs/a.md": "text",
                                         "Annotations/sources.yaml": "sources: []\n"])
        #expect {
            try Workspace.open(root: "/w", fileSystem: fileSystem, requiringSelection: true)
        } throws: { error in
            guard case WorkspaceError.configuration(let problems, _) = error else { return false }
            return problems.map { "\($0.location.range.start) \($0.message)" } == [problem]
        }
        // `gloss add` may create the first annotation file, in a folder not made yet.
        _ = try Workspace.open(root: "/w", fileSystem: fileSystem)
    }

    /// A configuration that says nothing, however it says it, is the defaults.
    @Test(arguments: ["", "# nothing yet\n", "---\n", "~\n", "--- # later\n...\n"])
    func anEmptyConfigurationIsTheDefaults(_ text: String) throws {
        let workspace = try Workspace.open(root: "/w", fileSystem: Self.workspace([".gloss.yml": text, "Annotations/a.yaml": ""]))
        #expect(workspace.configuration.annotations == Configuration().annotations)
    }

    /// `tolerance: 10%` was refused as "a string": a percentage is the fraction it says.
    @Test(arguments: [("tolerance: 10%\n", 0.10), ("tolerance: \"2.5 %\"\n", 0.025), ("tolerance: 0.2\n", 0.2), ("tolerance: 100%\n", 1)])
    func toleranceIsAFractionOrAPercentage(_ text: String, _ expected: Double) throws {
        let workspace = try Workspace.open(root: "/w", fileSystem: Self.workspace([".gloss.yml": text, "Annotations/a.yaml": ""]))
        #expect(abs(workspace.configuration.tolerance - expected) < 1e-12)
    }

    @Test(arguments: [("tolerance: 150%\n", "`tolerance` is a fraction between 0 and 1 (or a percentage up to 100%), found 150%"),
                      ("tolerance: -5%\n", "`tolerance` is a fraction between 0 and 1 (or a percentage up to 100%), found -5%"),
                      ("tolerance: ten%\n", "`tolerance` must be a number or a percentage, found `ten%`"),
                      ("tolerance: lots\n", "`tolerance` must be a number, found a string"),
                      // Too large for any number: it said "must be a number, found a number".
                      ("tolerance: 1e400\n", "`tolerance` must be a finite number, found `1e400`")])
    func toleranceOutOfBoundsOrUnreadableIsAnError(_ text: String, _ message: String) {
        #expect(Self.configurationProblems(text)?.map { $0.drop { $0 != " " }.dropFirst() } == [message[...]])
    }

    /// A house label is what ClaimReview publishes as the rating's name: one without words is an
    /// error at its place, and the labels with words still read.
    @Test func aVerdictLabelWithoutWordsIsAnError() {
        let text = "verdicts:\n  \"\": supported\n  \"  \": refuted\n  \"True\": supported\n  \"\u{200B}\": misleading\n"
        #expect(Self.configurationProblems(text)
                    == ["2:3 a label in `verdicts` must have words, found ``", "3:3 a label in `verdicts` must have words, found `  `",
                        "5:3 a label in `verdicts` must have words, found `\u{200B}`"])
        let fine = try? Workspace.open(root: "/w", fileSystem: Self.workspace([".gloss.yml": "verdicts:\n  \"True\": supported\n",
                                                                             "Annotations/a.yaml": ""]))
        #expect(fine?.configuration.verdictScale == ["True": .supported])
    }

    /// A label that is another verdict's name would publish that verdict's name for a claim of
    /// this one: refused at its place. One that names its own verdict, in any case, is fine.
    @Test func aVerdictLabelThatNamesAnotherVerdictIsAnError() {
        let text = "verdicts:\n  supported: refuted\n  Refuted: refuted\n  \"Misleading \": supported\n  \"Supported.\": misleading\n"
        #expect(Self.configurationProblems(text) == ["2:3 the label `supported` names the verdict `supported` and cannot stand for `refuted`",
                                                     "4:3 the label `Misleading ` names the verdict `misleading` and cannot stand for `supported`",
                                                     "5:3 the label `Supported.` names the verdict `supported` and cannot stand for `misleading`"])
    }

    /// The publisher's name is ClaimReview's `author`: a blank one would be published as such.
    @Test(arguments: ["\"\"", "\"   \""])
    func aPublisherWithoutANameIsAnError(blank: String) {
        #expect(Self.configurationProblems("publisher:\n  name: \(blank)\n  url: https://x.example.org\n")
                    == ["2:9 `name` must have words, found `\(blank.dropFirst().dropLast())`"])
    }

    /// A `.gloss.yml` that is a folder is a mistake, not an absence: its settings would be dropped.
    @Test func aConfigurationThatIsAFolderIsAnError() {
        let fileSystem = Self.workspace([".gloss.yml/x": "", "Annotations/a.yaml": ""])
        #expect {
            try Workspace.open(root: "/w", fileSystem: fileSystem)
        } throws: { error in
            guard case WorkspaceError.unreadable(let failure) = error else { return false }
            return failure.message == "it is a folder, not a file"
        }
    }

    /// The workspace's own `.gloss.yml` that links out of it is refused unread: its "errors"
    /// would quote the file it leads to into a CI log. A file chosen with `--config` is read.
    @Test func aConfigurationLinkedOutsideIsNeverRead() throws {
        let (outside, secret) = try HostileInputTests.secretOutside(named: "secret.yml")
        let root = try DiskWriteTests.folder()
        defer {
            try? FileManager.default.removeItem(at: outside)
            try? FileManager.default.removeItem(at: root)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(".gloss.yml").path, withDestinationPath: secret.path)
        let reads = ReadLog()
        #expect {
            try Workspace.open(root: root.path, fileSystem: RecordingFileSystem(log: reads))
        } throws: { error in
            guard case WorkspaceError.unreadable(let failure) = error else { return false }
            return failure.message == "it is a symbolic link that leads outside the workspace; it is not read"
        }
        #expect(reads.paths.isEmpty, "read \(reads.paths)")
        #expect {
            try Workspace.open(root: root.path, configurationFile: secret.path, fileSystem: RecordingFileSystem(log: reads))
        } throws: { error in
            guard case WorkspaceError.configuration(let problems, _) = error else { return false }
            return problems.map(\.message).first?.hasPrefix("unknown key `password`") == true
        }
        #expect(reads.paths == [secret.path])
    }

    /// A `.gloss.yml` linked to a file since renamed, or to itself, still holds the workspace's
    /// settings: dropped without a word, its rules and excludes would be lost and CI pass.
    @Test(arguments: ["config/renamed.yml", ".gloss.yml"])
    func aConfigurationLinkThatLeadsNowhereIsAnError(target: String) throws {
        let root = try DiskWriteTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Annotations"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(".gloss.yml").path, withDestinationPath: target)
        #expect {
            try Workspace.open(root: root.path)
        } throws: { error in
            guard case WorkspaceError.unreadable(let failure) = error else { return false }
            return failure.message == "it is a symbolic link that leads nowhere"
        }
    }

    /// Limits raised past what a run can afford are refused: a hundred million levels of nesting
    /// would take hours, and nine quintillion alias nodes all memory.
    @Test(arguments: [("max_depth: 100000000", "`max_depth` must be at most 1000"),
                      ("max_nodes: 9000000000000000000", "`max_nodes` must be at most 10000000"),
                      ("max_alias_expansion: 9000000000000000000", "`max_alias_expansion` must be at most 10000000")])
    func limitsHaveCeilings(_ limit: String, _ message: String) {
        let fileSystem = Self.workspace([".gloss.yml": "limits:\n  \(limit)\n", "Annotations/a.yaml": ""])
        #expect {
            try Workspace.open(root: "/w", fileSystem: fileSystem)
        } throws: { error in
            guard case WorkspaceError.configuration(let problems, _) = error else { return false }
            return problems.map(\.message).contains { $0.hasPrefix(message) }
        }
    }

    @Test func foldersAndPatternsThatSelectFilesOpen() throws {
        let fileSystem = Self.workspace([
            ".gloss.yml": "documents: Sources-Docs\nannotations: Annotations\ninclude: [\"Annotations/**/*.yaml\"]\n",
            "Annotations/2022/a.yaml": "", "Sources-Docs/a.md": "text",
        ])
        #expect(try Workspace.open(root: "/w", fileSystem: fileSystem, requiringSelection: true).annotationFiles()
                == ["Annotations/2022/a.yaml"])
    }

    @Test func limitsAreSetInTheConfiguration() throws {
        let fileSystem = Self.workspace([".gloss.yml": """
            limits: {max_file_bytes: 1000, max_depth: 5, max_alias_expansion: 0, max_nodes: 300, max_claims_per_file: 20}

            """])
        let limits = try Workspace.open(root: "/w", fileSystem: fileSystem).configuration.limits
        #expect(limits.yaml == YAMLLimits(maxFileBytes: 1000, maxDepth: 5, maxAliasExpansion: 0, maxNodes: 300))
        #expect(limits.maxClaimsPerFile == 20)
    }

    @Test func severitiesCanBeChangedOrTurnedOff() throws {
        let files = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
            """).workspaceFiles.merging([".gloss.yml": Array("rules:\n  unreviewed: error\n  missing-attribution: off\n".utf8)]) { $1 }
        let fileSystem = InMemoryFileSystem(files: Dictionary(uniqueKeysWithValues: files.map { ("/w/" + $0.key, $0.value) }))
        let result = try CheckResult.check(try Workspace.open(root: "/w", fileSystem: fileSystem))
        #expect(result.diagnostics.map(\.ruleID) == ["unreviewed"])
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.fails)
    }

    @Test func suppressionsSilenceOneRuleForOneClaim() {
        let diagnostics = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              ignore:
                - {rule: missing-attribution, reason: The article names no source for this figure.}
            """).diagnostics()
        #expect(diagnostics.map(\.ruleID) == ["unreviewed"])
    }

    @Test func documentsAreLoadedOnceAndDiagnosticsSorted() throws {
        let example = RuleExample(bytes: [
            "Annotations/a.yaml": Array((RuleExample.header + "claims:\n  - {id: b, kind: number, anchor: {quote: \"185\"}}\n").utf8),
            "Annotations/b.yaml": Array((RuleExample.header + "claims:\n  - {id: a, kind: number, anchor: {quote: \"185\"}}\n").utf8),
        ])
        let diagnostics = example.diagnostics()
        #expect(diagnostics == diagnostics.sorted(by: Diagnostic.ordered))
        #expect(diagnostics.first?.location.path == "Annotations/a.yaml")
        #expect(diagnostics.filter { $0.ruleID == "anchor-moved" }.count == 2)
    }

    /// Files that name one document share one copy of it: held once a file, a few dozen files
    /// about one long article took gigabytes.
    @Test func filesNamingOneDocumentShareIt() throws {
        let fileSystem = Self.workspace([
            "Annotations/a.yaml": "gloss: 1\ndocument: Sources-Docs/long.md\nclaims: [{id: a, kind: number, anchor: {quote: \"185\"}}]\n",
            "Annotations/b.yaml": "gloss: 1\ndocument: Sources-Docs/long.md\nclaims: [{id: b, kind: number, anchor: {quote: \"185\"}}]\n",
            "Sources-Docs/long.md": "The crowd was 185 people.\n",
        ])
        let workspace = try Workspace.open(root: "/w", fileSystem: fileSystem)
        let analysis = WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())
        let documents = analysis.files.compactMap { file -> LoadedDocument? in
            if case .loaded(let document) = file.document { document } else { nil }
        }
        #expect(documents.count == 2)
        #expect(documents.first === documents.last)
        #expect(analysis.claims.map { $0.anchoring?.range } == [14..<17, 14..<17])
    }

    /// A check whose output quotes no line keeps the bytes only of what the analysis reads
    /// again: the registries and the annotation files that did not decode. What was read is
    /// still known, so that no report is written over it.
    @Test(arguments: [true, false])
    func theBytesOfDecodedFilesAreKeptOnlyWhenAskedFor(_ keeping: Bool) throws {
        let fileSystem = Self.workspace([
            "Annotations/a.yaml": "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: [{id: a, kind: number, anchor: {quote: \"185\"}}]\n",
            "Annotations/broken.yaml": "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: [unclosed\n",
            "Annotations/sources.yaml": "- {id: xinhua, name: Xinhua, kind: media}\n",
            "Sources-Docs/a.md": "The crowd was 185 people.\n",
        ])
        let workspace = try Workspace.open(root: "/w", fileSystem: fileSystem)
        let analysis = WorkspaceLoader(workspace: workspace, keepingYAMLTexts: keeping).load(try workspace.annotationFiles())
        let kept = ["Annotations/broken.yaml", "Annotations/sources.yaml"] + (keeping ? ["Annotations/a.yaml"] : [])
        #expect(Set(analysis.yamlTexts.keys) == Set(kept))
        #expect(analysis.yamlPaths == ["Annotations/a.yaml", "Annotations/broken.yaml", "Annotations/sources.yaml"])
        #expect(analysis.unreadAnnotationFiles == ["Annotations/broken.yaml"])
        #expect(analysis.annotationFilesByDocument.files(annotating: "Sources-Docs/a.md", namedAfterIt: "Annotations/none.yaml")
                == ["Annotations/a.yaml", "Annotations/broken.yaml"])
    }
}

extension WorkspaceTests {
    @Test func aDocumentStandsForItsAnnotationFile() throws {
        let workspace = Workspace(root: "/w", fileSystem: Self.workspace([
            "Sources-Docs/a.md": "text", "Sources-Docs/b.md": "text", "Annotations/a.yaml": "",
        ]))
        #expect(try workspace.annotationFiles(under: ["Sources-Docs/a.md"]) == ["Annotations/a.yaml"])
        #expect(try workspace.annotationFiles(under: ["Sources-Docs"]) == ["Annotations/a.yaml"])
        #expect(throws: WorkspaceError.self) { try workspace.annotationFiles(under: ["Sources-Docs/b.md"]) }
    }

    /// Files of other names stand for the document their `document:` names, even when the YAML
    /// goes wrong further on (the check then says where); one that goes wrong before it does not.
    @Test func filesOfOtherNamesThatNameTheDocumentStandForIt() throws {
        let workspace = Workspace(root: "/w", fileSystem: Self.workspace([
            "Sources-Docs/a.md": "text", "Sources-Docs/b.md": "text",
            "Annotations/first.yaml": "gloss: 1\ndocument: Sources-Docs/b.md\nclaims: []\n",
            "Annotations/broken-after.yaml": "gloss: 1\ndocument: ./Sources-Docs/b.md\nclaims: [unclosed\n",
            "Annotations/broken-before.yaml": "gloss: [unclosed\ndocument: Sources-Docs/b.md\n",
            "Annotations/other.yaml": "gloss: 1\ndocument: Sources-Docs/a.md\nclaims: []\n",
        ]))
        #expect(try workspace.annotationFiles(under: ["Sources-Docs/b.md"]) == ["Annotations/broken-after.yaml", "Annotations/first.yaml"])
    }
}
