import Foundation
import GlossCore
import GlossReports
@testable import GlossLSP
import Testing

@Suite struct LifecycleTests {
    private func errorCode(_ response: JSONValue?) -> Int? { response?["error"]?["code"]?.intValue }

    @Test func requestsBeforeInitializeAreRefused() {
        let client = TestClient(files: Fixture.files())
        client.notify("textDocument/didOpen", .object([:]))
        #expect(errorCode(client.send("textDocument/hover", TestClient.at(Fixture.articlePath, 0, 0))) == ResponseError.serverNotInitializedCode)
        #expect(client.received.count == 1)
        client.initialize()
        #expect(errorCode(client.send("initialize", .object(["capabilities": .object([:])]))) == ResponseError.invalidRequestCode)
    }

    /// Replies that cannot be written (standard output a full disk) fail the run and are said,
    /// even when the client then shuts the server down: an editor's session was silently lost.
    @Test(arguments: ["/dev/full", "/dev/null"])
    func anOutputThatCannotBeWrittenFailsTheRun(_ outputPath: String) throws {
        let messages = [#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
                        #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
                        #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#, #"{"jsonrpc":"2.0","method":"exit"}"#]
        let framed = messages.map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined()
        var pipe: [Int32] = [0, 0]
        #expect(Foundation.pipe(&pipe) == 0)
        _ = framed.utf8CString.withUnsafeBufferPointer { Foundation.write(pipe[1], $0.baseAddress, framed.utf8.count) }
        close(pipe[1])
        let output = open(outputPath, O_WRONLY)
        defer { close(output); close(pipe[0]) }
        var logs: [String] = []
        let code = StdioServer.run(root: "/nonexistent-gloss-root", input: pipe[0], output: output,
                                   fileSystem: InMemoryFileSystem(files: [:]), log: { logs.append($0) })
        if outputPath == "/dev/full" {
            #expect(code == 1)
            #expect(logs.contains { $0.contains("cannot write to standard output") }, "\(logs)")
        } else {
            #expect(code == 0, "\(logs)")
        }
    }

    /// Saves are asked for without their text, which the buffer has: a client that watches no
    /// files has the disk read again then.
    @Test func saveNotificationsAreAskedForWithoutText() {
        let result = TestClient(files: Fixture.files()).initialize()
        #expect(result?["capabilities"]?["textDocumentSync"] == .object(["openClose": .bool(true), "change": .int(2), "save": .bool(true)]))
    }

    @Test func malformedMessagesAreAnsweredNotFatal() {
        let client = TestClient(files: Fixture.files())
        client.initialize()
        client.raw("{not json")
        #expect(client.received.last?["error"]?["code"] == .int(ResponseError.parseErrorCode))
        #expect(client.received.last?["id"] == .null)
        client.raw(#"{"jsonrpc":"1.0","id":7,"method":"shutdown"}"#)
        #expect(client.received.last?["error"]?["code"] == .int(ResponseError.invalidRequestCode))
        #expect(client.received.last?["id"] == .int(7))
        #expect(errorCode(client.send("textDocument/unknown", nil)) == ResponseError.methodNotFoundCode)
        #expect(errorCode(client.send("textDocument/hover", .object(["position": .int(3)]))) == ResponseError.invalidParamsCode)
        // A response to nothing the server asked is logged.
        client.raw(#"{"jsonrpc":"2.0","id":"nobody","result":null}"#)
        #expect(client.logs.contains { $0.contains("no request of ours") })
        // A response with a null id (the client could not read something) is logged, never
        // answered: a reply to a reply could go back and forth forever.
        let answered = client.received.count
        client.raw(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable"}}"#)
        #expect(client.received.count == answered)
        #expect(client.logs.last == "gloss lsp: the client answered a message it could not read: unreadable")
        #expect(client.server.exitCode == nil)
    }

    /// An old client may send `rootPath` relative to where it started the server: the folder
    /// the server runs in (here `/`) makes it absolute, so documents are found.
    @Test func aRelativeRootPathIsTakenFromWhereTheServerRuns() {
        let client = TestClient(files: Fixture.files())
        _ = client.request("initialize", .object(["rootPath": .string("work/elsewhere/../space"), "capabilities": .object([:])]))
        client.notify("initialized", .object([:]))
        let symbols = client.request("textDocument/documentSymbol",
                                     .object(["textDocument": .object(["uri": .string(TestClient.uri(Fixture.articlePath))])]))
        #expect(symbols?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["hungry-quote", "official-cases", "outlet-cases"])
    }

    /// A `.gloss.yml` edited to leave an annotation file out (`exclude:`): its article is
    /// published again without the claims, as `gloss check` no longer reads them.
    @Test func anAnnotationFileTheConfigurationLeavesOutTakesItsFindingsWithIt() {
        let client = TestClient(files: Fixture.files())
        client.initialize()
        #expect(!client.diagnostics(Fixture.articlePath).isEmpty)
        client.open(".gloss.yml", "exclude: [\"\(Fixture.annotationPath)\"]\n")
        #expect(client.diagnostics(Fixture.articlePath).isEmpty)
        #expect(client.diagnostics(Fixture.annotationPath).isEmpty)
    }

    /// A `.gloss.yml` broken in the editor is said at once, as at start-up, and so is its mending:
    /// defaults used silently would read as a clean workspace. Its problems are shown in it, at
    /// their places, until it reads again.
    @Test func aConfigurationBrokenInTheEditorIsShown() {
        let client = TestClient(files: Fixture.files())
        client.initialize()
        func messages() -> [String] {
            client.received.filter { $0["method"] == .string("window/showMessage") }.compactMap { $0["params"]?["message"]?.stringValue }
        }
        client.open(".gloss.yml", "rules:\n  unreviewed: bogus\nlimits: [\n")
        #expect(messages().count == 1)
        #expect(messages().last?.hasPrefix(".gloss.yml has problems, so Gloss uses its defaults: .gloss.yml:") == true, "\(messages())")
        let shown = client.diagnostics(".gloss.yml")
        // The list left open at the end of the file: where libyaml stopped.
        #expect(shown.compactMap { $0["severity"]?.intValue } == [1], "\(shown)")
        #expect(shown.first?["range"]?["start"] == TestClient.position(3, 0), "\(shown)")
        #expect(shown.first?["code"] == .string("yaml-syntax"), "\(shown)")
        // Typing on while it is still broken says nothing more.
        client.change(".gloss.yml", version: 2, range: .object(["start": .object(["line": .int(1), "character": .int(19)]),
                                                               "end": .object(["line": .int(1), "character": .int(19)])]),
                      text: "x")
        #expect(messages().count == 1, "\(messages())")
        client.change(".gloss.yml", version: 3, range: .object(["start": .object(["line": .int(0), "character": .int(0)]),
                                                               "end": .object(["line": .int(3), "character": .int(0)])]),
                      text: "rules:\n  unreviewed: off\n")
        #expect(messages().last == ".gloss.yml reads again; Gloss uses it")
        #expect(client.diagnostics(".gloss.yml").isEmpty)
    }

    /// A folder `.gloss.yml` names that is not there selects nothing: `gloss check` stops on it,
    /// and the editor, which uses the file as written (a claim annotated goes where it says),
    /// shows it there as a warning rather than a workspace that reads as clean.
    @Test func aConfiguredFolderThatIsNotThereIsShownInTheConfiguration() {
        var files = Fixture.files()
        files[".gloss.yml"] = "documents: Sources-Docs\nannotations: Elsewhere\n"
        let client = TestClient(files: files)
        client.initialize()
        let shown = client.diagnostics(".gloss.yml")
        #expect(shown.compactMap { $0["severity"]?.intValue } == [2], "\(shown)")
        #expect(shown.first?["range"]?["start"] == TestClient.position(1, 13), "\(shown)")
        #expect(shown.first?["message"]?.stringValue?.contains("`annotations` names `Elsewhere`, which is not a folder") == true)
        #expect(client.diagnostics(Fixture.annotationPath).isEmpty, "the file as written: Annotations/ is not read")
        client.open(".gloss.yml", "documents: Sources-Docs\nannotations: Annotations\n")
        #expect(client.diagnostics(".gloss.yml").isEmpty)
        #expect(!client.diagnostics(Fixture.annotationPath).isEmpty)
    }

    @Test func exitWithoutShutdownExitsWithOne() {
        let client = TestClient(files: Fixture.files())
        client.initialize()
        client.notify("exit", nil)
        #expect(client.server.exitCode == 1)
    }

    @Test func shutdownThenExitExitsWithZero() {
        let client = TestClient(files: Fixture.files())
        client.initialize()
        #expect(client.send("shutdown", nil)?["result"] == .null)
        #expect(errorCode(client.send("textDocument/hover", TestClient.at(Fixture.articlePath, 0, 0))) == ResponseError.invalidRequestCode)
        client.notify("exit", nil)
        #expect(client.server.exitCode == 0)
    }

    @Test(arguments: [
        (["utf-16"], "utf-16"), ([], "utf-16"), (["utf-8", "utf-16"], "utf-8"), (["utf-16", "utf-32", "utf-8"], "utf-32"),
        (["utf-7"], "utf-16"),
    ])
    func positionEncodingIsNegotiated(offered: [String], chosen: String) {
        let client = TestClient(files: Fixture.files())
        let result = client.initialize(capabilities: .object(["general": .object(["positionEncodings": .array(offered.map(JSONValue.string))])]))
        #expect(result?["capabilities"]?["positionEncoding"] == .string(chosen))
        // Every position the server sends is in that encoding: the span of "185 cases" after 兰州, 🙂 and 😀😀.
        let span = client.diagnostics(Fixture.articlePath).first { $0["code"] == .string("refuted") }
        let expected = Fixture.position(of: "185 cases", in: Fixture.article, encoding: chosen)
        #expect(span?["range"]?["start"] == TestClient.position(expected.line, expected.character))
        let hungry = Fixture.position(of: "hungry-quote", in: Fixture.annotation(), encoding: chosen)
        let yaml = client.diagnostics(Fixture.annotationPath).first { $0["code"] == .string("unreviewed") }
        #expect(yaml?["range"]?["start"] == TestClient.position(hungry.line, hungry.character))
    }

    @Test func unknownDocumentsAndPositionsGetNoAnswerButNull() {
        let client = TestClient(files: Fixture.files())
        client.initialize()
        #expect(client.send("textDocument/hover", .object(["textDocument": .object(["uri": .string("file:///etc/passwd")]),
                                                            "position": TestClient.position(0, 0)]))?["result"] == .null)
        #expect(client.send("textDocument/definition", TestClient.at(Fixture.articlePath, 999, 0))?["result"] == .null)
        #expect(client.send("textDocument/hover", TestClient.at("Sources-Docs/missing.md", 0, 0))?["result"] == .null)
        client.notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string("file:///etc/passwd"), "version": .int(1), "text": .string("root")])]))
        #expect(client.server.open.isEmpty)
        #expect(client.logs.contains { $0.contains("/etc/passwd is not a file in the workspace") })
    }

    /// A client that lets servers register for notifications is asked to report changes on disk
    /// to YAML and document files, and to anything in the documents and annotations folders (an
    /// HTML article, a folder deleted); one that does not is not asked.
    @Test func theClientIsAskedToWatchTheWorkspacesFiles() throws {
        let watching = TestClient(files: Fixture.files())
        watching.initialize(capabilities: .object(["workspace": .object(["didChangeWatchedFiles": .object(["dynamicRegistration": .bool(true)])])]))
        let request = try #require(watching.serverRequests("client/registerCapability").first)
        let registration = try #require(request["params"]?["registrations"]?.arrayValue?.first)
        #expect(registration["method"] == .string("workspace/didChangeWatchedFiles"))
        #expect(registration["registerOptions"]?["watchers"]?.arrayValue?.compactMap { $0["globPattern"]?.stringValue }
                == ["**/*.{yaml,yml}", "**/*.{md,markdown,txt}", "**/Sources-Docs/**", "**/Annotations/**"])
        // The answer is taken without complaint.
        watching.raw(#"{"jsonrpc":"2.0","id":\#(String(decoding: JSONRPCCoding.encode(request["id"]!), as: UTF8.self)),"result":null}"#)
        #expect(!watching.logs.contains { $0.contains("no request of ours") })
        // `.gloss.yml` edited to name other folders: those are watched instead.
        watching.open(".gloss.yml", "documents: articles\n")
        #expect(watching.serverRequests("client/unregisterCapability").count == 1)
        let again = try #require(watching.serverRequests("client/registerCapability").last)
        #expect(again["params"]?["registrations"]?.arrayValue?.first?["registerOptions"]?["watchers"]?.arrayValue?
                    .compactMap { $0["globPattern"]?.stringValue }.contains("**/articles/**") == true, "\(again)")
        watching.change(".gloss.yml", version: 2, range: .object(["start": .object(["line": .int(1), "character": .int(0)]),
                                                                "end": .object(["line": .int(1), "character": .int(0)])]),
                        text: "# a comment\n")
        #expect(watching.serverRequests("client/unregisterCapability").count == 1, "the folders did not change")

        let other = TestClient(files: Fixture.files())
        other.initialize()
        #expect(other.serverRequests("client/registerCapability").isEmpty)
    }
}
