import Foundation
import GlossCore
import Testing
@testable import GlossLSP
import GlossReports

@Suite struct EditingTests {
    private static let applyEdit: JSONValue = .object(["workspace": .object(["applyEdit": .bool(true)])])
    private static let codeActionLiterals: JSONValue = .object(["textDocument": .object(["codeAction": .object([
        "codeActionLiteralSupport": .object(["codeActionKind": .object(["valueSet": .array([.string("quickfix"), .string("refactor")])])])])])])
    private static let createFiles: JSONValue = .object(["workspace": .object([
        "applyEdit": .bool(true),
        "workspaceEdit": .object(["documentChanges": .bool(true), "resourceOperations": .array([.string("create")])])])])

    /// Applies LSP text edits (in UTF-16) to a text, as the specification says: all positions
    /// refer to the original text, and inserts at one position appear in the order given.
    private func apply(_ edits: [JSONValue], to text: String) throws -> String {
        let mapper = PositionMapper(text: SourceText(text), unit: .utf16)
        var located: [(range: Range<Int>, index: Int, text: String)] = []
        for (index, edit) in edits.enumerated() {
            let range = try #require(edit["range"].flatMap { try? JSONRPCCoding.decode(LSPRange.self, from: $0) })
            located.append((mapper.offsets(range), index, edit["newText"]?.stringValue ?? ""))
        }
        var scalars = Array(text.unicodeScalars)
        for edit in located.sorted(by: { ($0.range.lowerBound, $0.index) > ($1.range.lowerBound, $1.index) }) {
            scalars.replaceSubrange(edit.range, with: edit.text.unicodeScalars)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Asks for the code actions on the first occurrence of `words` in the article and runs the one titled `title`.
    private func annotate(_ client: TestClient, _ path: String, text: String, words: String, title: String) -> JSONValue? {
        let start = Fixture.position(of: words, in: text, encoding: "utf-16")
        let actions = client.request("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(TestClient.uri(path))]),
            "range": TestClient.range((start.line, start.character), (start.line, start.character + words.utf16.count)),
            "context": .object(["diagnostics": .array([])])]))
        #expect(actions?.arrayValue?.count == ClaimKind.allCases.count)
        guard let command = actions?.arrayValue?.first(where: { $0["title"] == .string(title) }) else { return nil }
        return client.send("workspace/executeCommand", .object(["command": command["command"]!, "arguments": command["arguments"]!]))
    }

    /// The notes `gloss add` prints reach the editor as messages.
    @Test func annotatingPartOfAWordSaysSo() throws {
        let client = TestClient(files: Fixture.files())
        client.initialize(capabilities: Self.applyEdit)
        client.open(Fixture.articlePath, Fixture.article)
        _ = annotate(client, Fixture.articlePath, text: Fixture.article, words: "fficials", title: "Annotate as event claim")
        let messages = client.received.filter { $0["method"] == .string("window/showMessage") }.compactMap { $0["params"]?["message"]?.stringValue }
        #expect(messages.contains { $0.hasPrefix("Gloss: the range cuts a word: “fficials”") }, "\(messages)")
    }

    /// While `sources.yaml` is half typed, which sources are private is not known: the id made
    /// from the words could hold a name, so nothing is added, as `gloss add` refuses; once it
    /// reads again, the claim is added.
    @Test func annotatingWaitsForARegistryThatReads() throws {
        let client = TestClient(files: Fixture.files())
        client.initialize(capabilities: Self.applyEdit)
        client.open(Fixture.articlePath, Fixture.article)
        client.open("Annotations/sources.yaml", Fixture.sources + "\n  - id: jane-secret\n    name: \"Jane Secret\n")
        let refused = annotate(client, Fixture.articlePath, text: Fixture.article, words: "七里河", title: "Annotate as location claim")
        #expect(refused?["error"]?["message"]?.stringValue?.contains("Annotations/sources.yaml does not read (") == true, "\(String(describing: refused))")
        #expect(client.serverRequests("workspace/applyEdit").isEmpty)
        client.change("Annotations/sources.yaml", version: 2, range: .object(["start": .object(["line": .int(0), "character": .int(0)]),
                                                                             "end": .object(["line": .int(999), "character": .int(0)])]),
                      text: Fixture.sources)
        let added = annotate(client, Fixture.articlePath, text: Fixture.article, words: "七里河", title: "Annotate as location claim")
        #expect(added?["result"] != nil, "\(String(describing: added))")
        #expect(client.serverRequests("workspace/applyEdit").count == 1)
    }

    @Test func annotatingASelectionSendsTheEditGlossAddMakes() throws {
        let client = TestClient(files: Fixture.files())
        client.initialize(capabilities: Self.applyEdit)
        client.open(Fixture.articlePath, Fixture.article)
        let response = annotate(client, Fixture.articlePath, text: Fixture.article, words: "七里河", title: "Annotate as location claim")
        let request = try #require(client.serverRequests("workspace/applyEdit").last)
        let edits = try #require(request["params"]?["edit"]?["changes"]?[TestClient.uri(Fixture.annotationPath)]?.arrayValue)
        #expect(edits.count == 1)
        // The same bytes `gloss add` writes.
        let workspace = Workspace(root: TestClient.root, fileSystem: InMemoryFileSystem(root: TestClient.root, texts: Fixture.files()))
        let analysis = WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())
        let start = Fixture.article.unicodeScalars.distance(from: Fixture.article.unicodeScalars.startIndex,
                                                            to: Fixture.article.range(of: "七里河")!.lowerBound.samePosition(in: Fixture.article.unicodeScalars)!)
        let addition = try ClaimAdder.add(document: Fixture.articlePath, span: .range(start..<(start + 3)), kind: .location, id: nil,
                                          in: workspace, analysis: analysis)
        #expect(response?["result"] == .string(addition.claimID))
        #expect(try apply(edits, to: Fixture.annotation()) == String(decoding: addition.updated, as: UTF8.self))
        // Applied: the annotation file is checked again (here the disk did not change, so nothing new).
        client.raw(#"{"jsonrpc":"2.0","id":\#(String(decoding: JSONRPCCoding.encode(request["id"]!), as: UTF8.self)),"result":{"applied":true}}"#)
        #expect(client.server.pendingEdits.isEmpty)
    }

    /// Asked twice before the editor applied the first edit, the second would be made against
    /// the same text and both would land; it is refused until the file holds the first.
    @Test func annotatingAgainBeforeTheEditLandsIsRefused() throws {
        let client = TestClient(files: Fixture.files())
        client.initialize(capabilities: Self.applyEdit)
        client.open(Fixture.articlePath, Fixture.article)
        _ = annotate(client, Fixture.articlePath, text: Fixture.article, words: "七里河", title: "Annotate as location claim")
        let again = annotate(client, Fixture.articlePath, text: Fixture.article, words: "七里河", title: "Annotate as location claim")
        #expect(again?["error"] != nil, "\(String(describing: again))")
        #expect(client.serverRequests("workspace/applyEdit").count == 1)
        // The editor applies the first edit to the open annotation file: a claim can be added again.
        let request = try #require(client.serverRequests("workspace/applyEdit").last)
        let edits = try #require(request["params"]?["edit"]?["changes"]?[TestClient.uri(Fixture.annotationPath)]?.arrayValue)
        client.open(Fixture.annotationPath, try apply(edits, to: Fixture.annotation()))
        let third = annotate(client, Fixture.articlePath, text: Fixture.article, words: "Officials", title: "Annotate as event claim")
        #expect(third?["result"] != nil, "\(String(describing: third))")
        #expect(client.serverRequests("workspace/applyEdit").count == 2)
    }

    /// A disk another program writes to while the server runs.
    final class ChangingDisk: FileSystem, @unchecked Sendable {
        private let lock = NSLock()
        private var disk: InMemoryFileSystem

        init(_ files: [String: String]) { disk = InMemoryFileSystem(root: TestClient.root, texts: files) }

        func replace(_ path: String, with text: String) {
            lock.withLock { disk.files[TestClient.root + "/" + path] = Array(text.utf8) }
        }

        func remove(_ path: String) {
            lock.withLock { disk.files[TestClient.root + "/" + path] = nil }
        }

        func read(_ path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
            let disk = lock.withLock { self.disk }
            return try disk.read(path, limit: limit)
        }

        func kind(of path: String) -> FileKind? { lock.withLock { disk.kind(of: path) } }

        func contents(ofDirectory path: String) throws(FileSystemError) -> [String] {
            let disk = lock.withLock { self.disk }
            return try disk.contents(ofDirectory: path)
        }

        func resolvingSymbolicLinks(_ path: String) -> String { path }

        func write(_ bytes: [UInt8], to path: String, expecting expected: [UInt8]?) throws(FileSystemError) {
            var disk = lock.withLock { self.disk }
            try disk.write(bytes, to: path, expecting: expected)
            lock.withLock { self.disk = disk }
        }
    }

    /// An annotation file deleted on disk (`git checkout`, `git mv`) takes its findings and its
    /// claims' marks in the article with it; no error about a file that is gone stays behind.
    @Test func aDeletedAnnotationFileTakesItsFindingsWithIt() throws {
        let disk = ChangingDisk(Fixture.files())
        let client = TestClient(fileSystem: disk)
        client.initialize()
        client.server.flush()
        #expect(!client.diagnostics(Fixture.annotationPath).isEmpty)
        #expect(!client.diagnostics(Fixture.articlePath).isEmpty)
        disk.remove(Fixture.annotationPath)
        client.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([
            .object(["uri": .string(TestClient.uri(Fixture.annotationPath)), "type": .int(3)])])]))
        client.server.flush()
        #expect(client.diagnostics(Fixture.annotationPath).isEmpty, "\(client.diagnostics(Fixture.annotationPath))")
        #expect(client.diagnostics(Fixture.articlePath).isEmpty, "\(client.diagnostics(Fixture.articlePath))")
        let hover = client.request("textDocument/hover", TestClient.at(Fixture.articlePath, 0, 1))
        #expect(hover == nil || hover == .null)
    }

    /// A folder deleted (or renamed away) is reported as one event for the folder: the
    /// annotation files in it go, with their findings and their claims' marks in the article.
    @Test func aDeletedFolderTakesItsAnnotationFilesWithIt() throws {
        var files = Fixture.files()
        let nested = "Annotations/desk/report.yaml"
        files[nested] = files.removeValue(forKey: Fixture.annotationPath)
        let disk = ChangingDisk(files)
        let client = TestClient(fileSystem: disk)
        client.initialize()
        #expect(!client.diagnostics(nested).isEmpty)
        #expect(!client.diagnostics(Fixture.articlePath).isEmpty)
        disk.remove(nested)
        client.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([
            .object(["uri": .string(TestClient.uri("Annotations/desk")), "type": .int(3)])])]))
        client.server.flush()
        #expect(client.diagnostics(nested).isEmpty, "\(client.diagnostics(nested))")
        #expect(client.diagnostics(Fixture.articlePath).isEmpty, "\(client.diagnostics(Fixture.articlePath))")
        // Renamed back in, as a folder: its files are read.
        disk.replace("Annotations/desk2/report.yaml", with: Fixture.annotation())
        client.notify("workspace/didChangeWatchedFiles", .object(["changes": .array([
            .object(["uri": .string(TestClient.uri("Annotations/desk2")), "type": .int(1)])])]))
        client.server.flush()
        #expect(!client.diagnostics("Annotations/desk2/report.yaml").isEmpty)
        #expect(!client.diagnostics(Fixture.articlePath).isEmpty)
    }

    /// A client that reports no changes on disk: what another program wrote (`gloss fix`, `git
    /// pull`) is read when a buffer is opened or saved, not never.
    @Test(arguments: ["textDocument/didOpen", "textDocument/didSave"])
    func withoutWatchingTheDiskIsReadAgainOnOpenAndSave(_ method: String) throws {
        let disk = ChangingDisk(Fixture.files())
        let client = TestClient(fileSystem: disk)
        client.initialize()
        #expect(!client.diagnostics(Fixture.articlePath).isEmpty)
        disk.replace(Fixture.annotationPath, with: "gloss: 1\ndocument: \(Fixture.articlePath)\nclaims: []\n")
        let document: JSONValue = method == "textDocument/didOpen"
            ? .object(["uri": .string(TestClient.uri(Fixture.articlePath)), "languageId": .string("markdown"), "version": .int(1),
                       "text": .string(Fixture.article)])
            : .object(["uri": .string(TestClient.uri(Fixture.articlePath))])
        client.notify(method, .object(["textDocument": document]))
        client.server.flush()
        #expect(client.diagnostics(Fixture.articlePath).isEmpty, "\(client.diagnostics(Fixture.articlePath))")
        #expect(client.diagnostics(Fixture.annotationPath).isEmpty, "\(client.diagnostics(Fixture.annotationPath))")
    }

    /// What an editor that reports no changes has read again is only what changed on disk:
    /// each file read is compared with what is there, so an open or a save in a large workspace
    /// does not anchor and check every file again.
    @Test func onlyWhatChangedOnDiskIsReadAgain() throws {
        let disk = ChangingDisk(Fixture.files())
        var live = LiveWorkspace(root: TestClient.root, fileSystem: disk)
        #expect(live.changedOnDisk().isEmpty)
        disk.replace(Fixture.articlePath, with: Fixture.article + "\nA line added.\n")
        #expect(live.changedOnDisk() == [Fixture.articlePath])
        disk.replace("Annotations/second.yaml", with: "gloss: 1\ndocument: \(Fixture.articlePath)\nclaims: []\n")
        disk.replace("Annotations/sources.yaml", with: Fixture.sources + "\n  - {id: more, name: More, kind: media}\n")
        #expect(live.changedOnDisk() == [Fixture.articlePath, "Annotations/second.yaml", "Annotations/sources.yaml"])
        _ = live.refresh(changed: live.changedOnDisk())
        #expect(live.changedOnDisk().isEmpty)
        disk.replace(".gloss.yml", with: "rules: {unreviewed: off}\n")
        #expect(live.changedOnDisk() == [".gloss.yml"])
        // A document that was missing is read once it is there.
        disk.remove(".gloss.yml")
        disk.replace("Annotations/later.yaml", with: "gloss: 1\ndocument: Sources-Docs/later.md\nclaims: []\n")
        _ = live.refresh(changed: live.changedOnDisk())
        #expect(live.changedOnDisk().isEmpty, "still missing: nothing to read again")
        disk.replace("Sources-Docs/later.md", with: "Written at last.\n")
        #expect(live.changedOnDisk() == ["Sources-Docs/later.md"])
    }

    /// The annotation file changed on disk while closed in the editor (the server watches no
    /// files): the claim is added to what is there now, not to what the server read at the start.
    @Test func annotatingWritesAgainstTheAnnotationFileAsItIsNow() throws {
        let disk = ChangingDisk(Fixture.files())
        let client = TestClient(fileSystem: disk)
        client.initialize(capabilities: Self.applyEdit)
        client.open(Fixture.articlePath, Fixture.article)
        let edited = "# a reviewer's note, added meanwhile\n# and another\n" + Fixture.annotation()
        disk.replace(Fixture.annotationPath, with: edited)
        _ = annotate(client, Fixture.articlePath, text: Fixture.article, words: "七里河", title: "Annotate as location claim")
        let request = try #require(client.serverRequests("workspace/applyEdit").last)
        let edits = try #require(request["params"]?["edit"]?["changes"]?[TestClient.uri(Fixture.annotationPath)]?.arrayValue)
        let applied = try apply(edits, to: edited)
        #expect(applied.hasPrefix(edited.dropLast()), "the file as it is now, with the claim after it")
        #expect(try YAMLParser.parse(Array(applied.utf8)) != nil)
    }

    /// Annotating is for documents: the words of an annotation file are not a claim.
    @Test func anAnnotationFileIsNotAnnotated() throws {
        let client = TestClient(files: Fixture.files())
        client.initialize(capabilities: Self.applyEdit)
        let response = client.send("workspace/executeCommand", .object(["command": .string(LanguageServer.annotateCommand),
            "arguments": .array([.string(TestClient.uri(Fixture.annotationPath)), .null, .int(0), .int(5), .string("number")])]))
        #expect(response?["error"]?["message"]?.stringValue?.contains("is an annotation file") == true)
        #expect(client.serverRequests("workspace/applyEdit").isEmpty)
    }

    @Test func aNewAnnotationFileIsCreatedOnlyWhereTheClientCan() throws {
        let article = "Protesters gathered at Lanzhou station on Monday.\n"
        let client = TestClient(files: Fixture.files().merging(["Sources-Docs/station.md": article]) { $1 })
        client.initialize(capabilities: Self.createFiles)
        client.open("Sources-Docs/station.md", article)
        let response = annotate(client, "Sources-Docs/station.md", text: article, words: "Lanzhou station", title: "Annotate as location claim")
        #expect(response?["result"] == .string("lanzhou-station"))
        let changes = try #require(client.serverRequests("workspace/applyEdit").last?["params"]?["edit"]?["documentChanges"]?.arrayValue)
        #expect(changes.first?["kind"] == .string("create"))
        #expect(changes.first?["options"]?["ignoreIfExists"] == .bool(true), "a file made meanwhile keeps what it holds")
        #expect(changes.first?["uri"] == .string(TestClient.uri("Annotations/station.yaml")))
        let created = changes.last?["edits"]?[0]?["newText"]?.stringValue ?? ""
        #expect(created.hasPrefix("gloss: 1\ndocument: Sources-Docs/station.md\n"))
        #expect(created.contains("quote: Lanzhou station"))

        let refusing = TestClient(files: Fixture.files().merging(["Sources-Docs/station.md": article]) { $1 })
        refusing.initialize(capabilities: Self.applyEdit)
        let refused = annotate(refusing, "Sources-Docs/station.md", text: article, words: "Lanzhou station", title: "Annotate as location claim")
        #expect(refused?["error"]?["code"] == .int(ResponseError.requestFailedCode))
        #expect(refusing.received.contains { $0["method"] == .string("window/showMessage") })
        #expect(refusing.serverRequests("workspace/applyEdit").isEmpty)
    }

    /// An article no annotation file names yet is edited after a first request read it: the
    /// next selection is mapped with the text as it is now, not as it was then.
    @Test func anArticleWithoutClaimsIsAnnotatedAsItIsNow() throws {
        let article = "Police said 200 people gathered.\n"
        let client = TestClient(files: Fixture.files().merging(["Sources-Docs/station.md": article]) { $1 })
        client.initialize(capabilities: Self.createFiles)
        client.open("Sources-Docs/station.md", article)
        _ = client.request("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(TestClient.uri("Sources-Docs/station.md"))]),
            "range": TestClient.range((0, 0), (0, 6)), "context": .object(["diagnostics": .array([])])]))
        let prefix = "Yesterday evening, "
        client.change("Sources-Docs/station.md", version: 2, range: TestClient.range((0, 0), (0, 0)), text: prefix)
        let response = annotate(client, "Sources-Docs/station.md", text: prefix + article, words: "200 people", title: "Annotate as number claim")
        #expect(response?["result"] == .string("200-people"), "\(String(describing: response))")
        let changes = try #require(client.serverRequests("workspace/applyEdit").last?["params"]?["edit"]?["documentChanges"]?.arrayValue)
        let created = changes.last?["edits"]?[0]?["newText"]?.stringValue ?? ""
        #expect(created.contains("quote: 200 people") && created.contains("start: 31") && created.contains("end: 41"), "\(created)")
    }

    /// An annotation file that stops naming an article (its `document:` changed, or it does not
    /// parse for a moment) takes its claims' marks off the article.
    @Test(arguments: ["document: Sources-Docs/other.md", "document: \"Sources-Docs/report.md"])
    func anArticleNoLongerNamedLosesItsMarks(_ line: String) throws {
        let client = TestClient(files: Fixture.files().merging(["Sources-Docs/other.md": "Nothing here.\n"]) { $1 })
        client.initialize()
        client.server.flush()
        #expect(!client.diagnostics(Fixture.articlePath).isEmpty)
        let annotation = Fixture.annotation().replacingOccurrences(of: "document: Sources-Docs/report.md", with: line)
        client.open(Fixture.annotationPath, annotation)
        #expect(client.diagnostics(Fixture.articlePath).isEmpty, "\(client.diagnostics(Fixture.articlePath))")
    }

    /// Git stands behind the editor as behind `gloss check`: the version an annotation's
    /// `revision` names carries the recorded offsets to the right one of two equal sentences.
    @Test func theRevisionGitHasCarriesOffsetsAcrossEditsToTheDocument() throws {
        struct FakeGit: GitObjectReader {
            let blobs: [String: [UInt8]]
            func blob(_ id: String, in folder: String, limit: Int) -> [UInt8]? { blobs[id].flatMap { $0.count <= limit ? $0 : nil } }
        }
        let old = "The mayor said 185 people came.\nThe mayor said 185 people came.\n"
        let new = "An update.\n" + old
        let revision = GitBlobID.of(Array(old.utf8))
        // The second sentence, with no context to tell it from the first.
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            revision: \(revision)
            claims:
              - {id: claim, kind: number, anchor: {quote: "The mayor said 185 people came", start: 32, end: 62}}

            """
        func tiers(git: FakeGit?) -> [String] {
            let client = TestClient(files: ["Annotations/a.yaml": annotation, "Sources-Docs/a.md": new], git: git)
            client.initialize()
            return client.diagnostics("Annotations/a.yaml").compactMap { $0["code"]?.stringValue }.filter { $0.hasPrefix("anchor-") }
        }
        #expect(tiers(git: nil) == ["anchor-ambiguous"])
        #expect(tiers(git: FakeGit(blobs: [revision: Array(old.utf8)])) == ["anchor-moved"])

        // Opened in the editor, the saved file is not the version the offsets count in (that is
        // `revision`): they are still carried from the one git has, as `gloss check` does.
        let client = TestClient(files: ["Annotations/a.yaml": annotation, "Sources-Docs/a.md": new],
                                git: FakeGit(blobs: [revision: Array(old.utf8)]))
        client.initialize()
        client.open("Sources-Docs/a.md", new)
        let opened = client.diagnostics("Annotations/a.yaml").compactMap { $0["code"]?.stringValue }.filter { $0.hasPrefix("anchor-") }
        #expect(opened == ["anchor-moved"])
    }

    /// The code actions a client is offered at `position` of the annotation file.
    private func codeActions(_ client: TestClient, at position: (line: Int, character: Int), only: [String]? = nil) -> JSONValue? {
        var context: [String: JSONValue] = ["diagnostics": .array([])]
        if let only { context["only"] = .array(only.map { .string($0) }) }
        return client.request("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(TestClient.uri(Fixture.annotationPath))]),
            "range": TestClient.range((position.line, position.character), (position.line, position.character)),
            "context": .object(context)]))
    }

    @Test func aMovedAnchorHasTheQuickFixGlossFixMakes() throws {
        let client = TestClient(files: Fixture.files(positions: false))
        client.initialize(capabilities: Self.codeActionLiterals)
        let yaml = Fixture.annotation(positions: false)
        let anchor = Fixture.position(of: "{quote: \"185 cases\"}", in: yaml, encoding: "utf-16")
        let actions = try #require(codeActions(client, at: anchor)?.arrayValue)
        #expect(actions.map { $0["title"]?.stringValue ?? "" } == ["Re-anchor `official-cases` where its quote is now",
                                                                    "Re-anchor every claim in this file (gloss fix)"])
        #expect(actions.allSatisfy { $0["kind"] == .string("quickfix") })
        let workspace = Workspace(root: TestClient.root, fileSystem: InMemoryFileSystem(root: TestClient.root, texts: Fixture.files(positions: false)))
        let fix = try #require(AnchorFixer.fixes(for: WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())).first)
        let all = try #require(actions.last?["edit"]?["changes"]?[TestClient.uri(Fixture.annotationPath)]?.arrayValue)
        #expect(try apply(all, to: yaml) == String(decoding: fix.fixed, as: UTF8.self))
        let one = try apply(try #require(actions.first?["edit"]?["changes"]?[TestClient.uri(Fixture.annotationPath)]?.arrayValue), to: yaml)
        #expect(one.contains("anchor: {quote: \"185 cases\", prefix:"))
        #expect(one.contains("anchor: {quote: \"250 cases\"}"))
        let refactorsOnly = codeActions(client, at: anchor, only: ["refactor"])
        #expect(refactorsOnly == .array([]))
    }

    /// An anchor written as a block whose last line ends in a comment or spaces: `start:` and
    /// `end:` go after the line, and the claim's own quick fix is still offered.
    @Test(arguments: ["  # the count", "   "])
    func aBlockAnchorEndingInACommentHasItsQuickFix(_ lineEnd: String) throws {
        let yaml = "gloss: 1\ndocument: \(Fixture.articlePath)\nclaims:\n  - id: official-cases\n    kind: number\n"
            + "    attributed_to: unattributed\n    anchor:\n      quote: \"185 cases\"\(lineEnd)\n  - id: other\n    kind: number\n"
            + "    attributed_to: unattributed\n    anchor: {quote: \"250 cases\"}\n"
        var files = Fixture.files(positions: false)
        files[Fixture.annotationPath] = yaml
        let client = TestClient(files: files)
        client.initialize(capabilities: Self.codeActionLiterals)
        let quote = Fixture.position(of: "quote: \"185 cases\"", in: yaml, encoding: "utf-16")
        let actions = try #require(codeActions(client, at: quote)?.arrayValue)
        #expect(actions.map { $0["title"]?.stringValue ?? "" } == ["Re-anchor `official-cases` where its quote is now",
                                                                    "Re-anchor every claim in this file (gloss fix)"])
        let one = try apply(try #require(actions.first?["edit"]?["changes"]?[TestClient.uri(Fixture.annotationPath)]?.arrayValue), to: yaml)
        #expect(one.contains("      quote: \"185 cases\"\(lineEnd)\n      prefix:"), "\(one)")
        #expect(one.contains("anchor: {quote: \"250 cases\"}\n"), "the other claim is left alone")
    }

    /// A client that reads only `Command`s in a code action answer (it does not declare
    /// `codeActionLiteralSupport`) is offered no quick fix, rather than literals it would misread.
    @Test func aClientWithoutCodeActionLiteralsGetsNoQuickFix() throws {
        let client = TestClient(files: Fixture.files(positions: false))
        client.initialize()
        let anchor = Fixture.position(of: "{quote: \"185 cases\"}", in: Fixture.annotation(positions: false), encoding: "utf-16")
        let actions = codeActions(client, at: anchor)
        #expect(actions == .array([]))
    }

    /// Where the client takes document changes, a quick fix names the version of the buffer it
    /// was made for, so the editor refuses it once the buffer moved on.
    @Test func quickFixesNameTheVersionTheyWereMadeFor() throws {
        let client = TestClient(files: Fixture.files(positions: false))
        client.initialize(capabilities: .object(["workspace": .object(["workspaceEdit": .object(["documentChanges": .bool(true)])]),
                                                 "textDocument": Self.codeActionLiterals["textDocument"]!]))
        let yaml = Fixture.annotation(positions: false)
        client.open(Fixture.annotationPath, yaml)
        let anchor = Fixture.position(of: "{quote: \"185 cases\"}", in: yaml, encoding: "utf-16")
        let actions = try #require(codeActions(client, at: anchor)?.arrayValue)
        let change = try #require(actions.first?["edit"]?["documentChanges"]?.arrayValue?.first)
        #expect(change["textDocument"]?["uri"] == .string(TestClient.uri(Fixture.annotationPath)))
        #expect(change["textDocument"]?["version"] == .int(1))
        #expect(actions.first?["edit"]?["changes"] == nil)
    }

    /// A client sends the diagnostics in range, any server's: LSP 3.17 makes `severity` and
    /// `source` optional, and such a diagnostic must not fail the request.
    @Test func codeActionsAcceptDiagnosticsWithoutSeverityOrSource() throws {
        let client = TestClient(files: Fixture.files(positions: false))
        client.initialize(capabilities: Self.codeActionLiterals)
        let anchor = Fixture.position(of: "{quote: \"185 cases\"}", in: Fixture.annotation(positions: false), encoding: "utf-16")
        let range = TestClient.range((anchor.line, anchor.character), (anchor.line, anchor.character))
        let response = client.send("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(TestClient.uri(Fixture.annotationPath))]),
            "range": range,
            "context": .object(["diagnostics": .array([.object(["range": range, "message": .string("from another server")])])])]))
        #expect(response?["error"] == nil, "\(String(describing: response))")
        #expect(response?["result"]?.arrayValue?.count == 2)
    }
}
