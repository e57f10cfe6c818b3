import Foundation
import GlossCore
@testable import GlossLSP
import GlossReports

/// An in-process client: sends message bodies straight to a ``LanguageServer`` over an in-memory
/// workspace and keeps everything the server sends back.
final class TestClient {
    static let root = "/work/space"
    private(set) var server: LanguageServer!
    /// Every message the server sent, in order.
    private(set) var received: [JSONValue] = []
    private(set) var logs: [String] = []
    private var nextID = 1

    convenience init(files: [String: String], git: (any GitObjectReader)? = nil) {
        self.init(fileSystem: InMemoryFileSystem(root: Self.root, texts: files), git: git)
    }

    init(fileSystem: any FileSystem, git: (any GitObjectReader)? = nil) {
        server = LanguageServer(fileSystem: fileSystem, git: git, root: "/",
                                send: { [unowned self] body in
            received.append(JSONValue.parse(body) ?? .string("unparsable: \(String(decoding: body, as: UTF8.self))"))
        }, log: { [unowned self] in logs.append($0) })
    }

    static func uri(_ path: String) -> String { "file://\(root)/\(path)" }

    /// Starts a session: `initialize` (with the given client capabilities) and `initialized`.
    @discardableResult
    func initialize(capabilities: JSONValue = .object([:])) -> JSONValue? {
        let result = request("initialize", .object(["rootUri": .string("file://\(Self.root)"), "capabilities": capabilities]))
        notify("initialized", .object([:]))
        server.flush()
        return result
    }

    /// Sends a request and returns its response (the whole message).
    func send(_ method: String, _ params: JSONValue?) -> JSONValue? {
        let id = nextID
        nextID += 1
        var message: [String: JSONValue] = ["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method)]
        message["params"] = params
        server.handle(JSONRPCCoding.encode(JSONValue.object(message)))
        return received.last { $0["id"] == .int(id) && $0["method"] == nil }
    }

    /// Sends a request and returns its result.
    func request(_ method: String, _ params: JSONValue?) -> JSONValue? {
        send(method, params)?["result"]
    }

    func notify(_ method: String, _ params: JSONValue?) {
        var message: [String: JSONValue] = ["jsonrpc": .string("2.0"), "method": .string(method)]
        message["params"] = params
        server.handle(JSONRPCCoding.encode(JSONValue.object(message)))
    }

    func raw(_ text: String) {
        server.handle(Array(text.utf8))
    }

    func open(_ path: String, _ text: String) {
        notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(Self.uri(path)), "languageId": .string("markdown"), "version": .int(1), "text": .string(text)])]))
        server.flush()
    }

    func change(_ path: String, version: Int, range: JSONValue, text: String) {
        notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(Self.uri(path)), "version": .int(version)]),
            "contentChanges": .array([.object(["range": range, "text": .string(text)])])]))
        server.flush()
    }

    /// The diagnostics most recently published for a file.
    func diagnostics(_ path: String) -> [JSONValue] {
        received.last { $0["method"] == .string("textDocument/publishDiagnostics") && $0["params"]?["uri"] == .string(Self.uri(path)) }?["params"]?["diagnostics"]?.arrayValue ?? []
    }

    /// The requests the server sent to the client with a method.
    func serverRequests(_ method: String) -> [JSONValue] {
        received.filter { $0["method"] == .string(method) && $0["id"] != nil }
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object(["line": .int(line), "character": .int(character)])
    }

    static func range(_ start: (Int, Int), _ end: (Int, Int)) -> JSONValue {
        .object(["start": position(start.0, start.1), "end": position(end.0, end.1)])
    }

    static func at(_ path: String, _ line: Int, _ character: Int) -> JSONValue {
        .object(["textDocument": .object(["uri": .string(uri(path))]), "position": position(line, character)])
    }
}

extension JSONValue {
    /// Builds JSON from literals in tests.
    static func from(_ object: Any) -> JSONValue {
        JSONValue.parse(Array(try! JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed]))) ?? .null
    }
}
