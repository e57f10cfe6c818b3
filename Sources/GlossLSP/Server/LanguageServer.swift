import GlossCore
import GlossReports

/// The Gloss language server: reads JSON-RPC message bodies, answers them, and publishes
/// diagnostics for articles and annotation files.
///
/// It is driven from one thread: ``handle(_:)`` for each message body as it arrives, then
/// ``flush()`` when no more input is waiting, which re-checks what the messages changed and
/// publishes the diagnostics that differ. Edits arriving in a burst are therefore checked once.
/// Nothing is printed: protocol output goes to `send`, and everything else to `log`.
public final class LanguageServer {
    /// Where message bodies go (the transport frames them).
    public typealias Send = ([UInt8]) -> Void

    static let annotateCommand = "gloss.annotate"

    let send: Send
    let log: (String) -> Void
    private let fileSystem: any FileSystem
    private let git: (any GitObjectReader)?
    private let defaultRoot: String

    private enum Phase { case starting, running, shutDown }
    private var phase = Phase.starting
    /// The exit code, once the client has sent `exit`: 0 after `shutdown`, else 1.
    public private(set) var exitCode: Int32?
    public var isShutDown: Bool { phase == .shutDown }

    private(set) var encoding = TextEncodingUnit.utf16
    private(set) var clientCapabilities: ClientCapabilities?
    var live: LiveWorkspace?
    /// Open buffers by workspace-relative path.
    var open: [String: OpenDocument] = [:]
    /// Paths changed since the last check.
    private var changed: Set<String> = []
    /// Whether every file's diagnostics are still to be published (after `initialize`).
    private var publishesEverything = false
    /// The diagnostics last published, by path, and the findings they were made from.
    private var published: [String: [LSPDiagnostic]] = [:]
    private var findingsByPath: [String: [Diagnostic]] = [:]
    private var nextRequestID = 1
    /// The annotation file each `workspace/applyEdit` we sent is about, with its text when the
    /// edit was made: while that text is unchanged the edit has not landed.
    var pendingEdits: [RequestID: PendingEdit] = [:]

    struct PendingEdit {
        var path: String
        /// The annotation file's bytes the edit was made against; nil when it did not exist.
        var original: [UInt8]?
    }
    /// `client/registerCapability` requests not answered yet.
    private var registrations: Set<RequestID> = []
    /// Whether the client reports changes on disk (``watchFiles()``). With one that does not,
    /// what changed on disk is read again whenever a buffer is opened, saved or closed: a `gloss
    /// fix` or a `git pull` in a terminal is then seen at the next save, not never.
    private var watchesFiles = false
    /// The folders the registration watches, when there is one.
    private var foldersWatched: [String]?

    struct OpenDocument {
        var uri: String
        var version: Int
        /// The buffer as UTF-8, as the overlay serves it, and as text for positions.
        var bytes: [UInt8]
        var text: SourceText
        /// Whether the text the client sent starts with the byte order mark, which it then
        /// counts in positions on the first line.
        var clientKeepsMark: Bool

        init(uri: String, version: Int, bytes: [UInt8], clientKeepsMark: Bool) {
            self.uri = uri
            self.version = version
            self.bytes = bytes
            self.clientKeepsMark = clientKeepsMark
            // Bytes made from a Swift string are always UTF-8.
            text = (try? SourceText(decoding: bytes)) ?? SourceText("")
        }
    }

    /// - Parameters:
    ///   - fileSystem: the disk under the editor's buffers (an in-memory one in tests).
    ///   - git: reads older versions of documents, to carry recorded offsets across their edits.
    ///   - root: the workspace root when the client names none.
    ///   - send: takes the body of each message to the client; the transport frames it.
    ///   - log: where the server says what it could not do, for the editor's log.
    public init(fileSystem: any FileSystem = DiskFileSystem(), git: (any GitObjectReader)? = nil, root: String,
                send: @escaping Send, log: @escaping (String) -> Void) {
        self.fileSystem = fileSystem
        self.git = git
        defaultRoot = root
        self.send = send
        self.log = log
    }

    // MARK: Dispatch

    /// Handles one message body.
    public func handle(_ body: [UInt8]) {
        switch IncomingMessage(body: body) {
        case .invalid(let id, let error):
            log("gloss lsp: \(error.message)")
            respond(id, JSONValue?.none, error: error)
        case .response(let id, let result, let error):
            handleResponse(id, result: result, error: error)
        case .responseWithoutID(let error):
            log("gloss lsp: the client answered a message it could not read\(error.map { ": \($0.message)" } ?? "")")
        case .notification(let method, let params):
            handleNotification(method, params: params)
        case .request(let id, let method, let params):
            handleRequest(id, method: method, params: params)
        }
    }

    private func handleRequest(_ id: RequestID, method: String, params: JSONValue?) {
        switch (phase, method) {
        case (.starting, "initialize"): reply(id, params, initialize)
        case (.starting, _):
            respond(id, JSONValue?.none, error: ResponseError(code: ResponseError.serverNotInitializedCode,
                                                               message: "the server is not initialized yet"))
        case (.shutDown, _), (.running, "initialize"):
            respond(id, JSONValue?.none, error: ResponseError(code: ResponseError.invalidRequestCode,
                                                               message: phase == .shutDown ? "the server is shutting down" : "already initialized"))
        case (.running, "shutdown"):
            phase = .shutDown
            respond(id, JSONValue.null)
        case (.running, "textDocument/hover"): reply(id, params) { (params: TextDocumentPositionParams) in hover(params) }
        case (.running, "textDocument/definition"): reply(id, params) { (params: TextDocumentPositionParams) in definition(params) }
        case (.running, "textDocument/documentSymbol"): reply(id, params, documentSymbols)
        case (.running, "textDocument/completion"): reply(id, params, completion)
        case (.running, "textDocument/codeAction"): reply(id, params, codeActions)
        case (.running, "workspace/executeCommand"): reply(id, params, executeCommand)
        default:
            respond(id, JSONValue?.none, error: ResponseError(code: ResponseError.methodNotFoundCode, message: "no method `\(method)`"))
        }
    }

    private func handleNotification(_ method: String, params: JSONValue?) {
        if method == "exit" {
            exitCode = phase == .shutDown ? 0 : 1
            return
        }
        guard phase == .running else {
            if phase == .starting { log("gloss lsp: `\(method)` before initialize, ignored") }
            return
        }
        switch method {
        case "initialized": watchFiles()
        case "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration": break
        case "textDocument/didOpen": notify(method, params, didOpen)
        case "textDocument/didChange": notify(method, params, didChange)
        case "textDocument/didClose": notify(method, params, didClose)
        case "textDocument/didSave": rereadUnlessWatching()
        case "workspace/didChangeWatchedFiles": notify(method, params, didChangeWatchedFiles)
        default: log("gloss lsp: notification `\(method)` not handled")
        }
    }

    /// Asks the client to report changes on disk to the files a workspace is made of, where it
    /// can: annotation files, registries and documents edited by another program (git, a script,
    /// another editor) are then reloaded, and edits are never computed against a stale copy.
    /// Documents of any kind in the documents folder, and folders deleted or renamed under it or
    /// the annotations folder (reported as one event for the folder), are watched there.
    private func watchFiles() {
        guard clientCapabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration == true else { return }
        let folders = watchedFolders
        let watchers: [JSONValue] = (["**/*.{yaml,yml}", "**/*.{md,markdown,txt}"] + folders.map { $0.isEmpty ? "**/*" : "**/\($0)/**" })
            .map { .object(["globPattern": .string($0)]) }
        let registration: JSONValue = .object([
            "id": .string(Self.watchRegistrationID), "method": .string("workspace/didChangeWatchedFiles"),
            "registerOptions": .object(["watchers": .array(watchers)])])
        registrations.insert(request("client/registerCapability", JSONValue.object(["registrations": .array([registration])])))
        watchesFiles = true
        foldersWatched = folders
    }

    private static let watchRegistrationID = "gloss-watched-files"

    /// The documents and annotations folders the configuration names now.
    private var watchedFolders: [String] {
        let configuration = live?.workspace.configuration ?? Configuration()
        return [configuration.documents, configuration.annotations].compactMap(WorkspacePath.normalize)
    }

    /// Watches the folders `.gloss.yml` names now, when an edit of it (or its mending) changed
    /// them: the registration made at start-up watches the old ones.
    private func rewatchIfFoldersChanged() {
        guard watchesFiles, let watched = foldersWatched, watched != watchedFolders else { return }
        let unregistration: JSONValue = .object(["id": .string(Self.watchRegistrationID), "method": .string("workspace/didChangeWatchedFiles")])
        // The protocol spells the list `unregisterations`.
        registrations.insert(request("client/unregisterCapability", JSONValue.object(["unregisterations": .array([unregistration])])))
        watchFiles()
    }

    /// Marks what changed on disk since it was read, at the next check, when the client reports
    /// no changes on disk (``watchesFiles``): each file read is compared with what is there.
    private func rereadUnlessWatching() {
        guard !watchesFiles, let live else { return }
        live.changedOnDisk().forEach(markChanged)
    }

    private func handleResponse(_ id: RequestID, result: JSONValue?, error: ResponseError?) {
        if registrations.remove(id) != nil {
            if let error {
                log("gloss lsp: the client refused to watch files: \(error.message)")
                (watchesFiles, foldersWatched) = (false, nil)
            }
            return
        }
        guard let path = pendingEdits.removeValue(forKey: id)?.path else {
            log("gloss lsp: a response to no request of ours")
            return
        }
        let outcome = result.flatMap { try? JSONRPCCoding.decode(ApplyWorkspaceEditResult.self, from: $0) }
        if outcome?.applied == true {
            // The client wrote the file; when it is not open, the disk changed under us.
            markChanged(path)
        } else {
            let reason = error?.message ?? outcome?.failureReason ?? "the editor did not apply it"
            showMessage(2, "Gloss could not add the claim to \(path): \(reason)")
        }
    }

    // MARK: Sending

    func respond<Result: Encodable>(_ id: RequestID?, _ result: Result?, error: ResponseError? = nil) {
        send(JSONRPCCoding.encode(OutgoingResponse(id: id, result: result, error: error)))
    }

    func notifyClient<Params: Encodable>(_ method: String, _ params: Params) {
        send(JSONRPCCoding.encode(OutgoingCall(id: nil, method: method, params: params)))
    }

    /// Sends a request to the client; returns its id.
    func request<Params: Encodable>(_ method: String, _ params: Params) -> RequestID {
        let id = RequestID.string("gloss-\(nextRequestID)")
        nextRequestID += 1
        send(JSONRPCCoding.encode(OutgoingCall(id: id, method: method, params: params)))
        return id
    }

    private func showConfigurationProblem(_ problem: String) {
        showMessage(2, ".gloss.yml has problems, so Gloss uses its defaults: \(problem)")
    }

    func showMessage(_ type: Int, _ message: String) {
        log("gloss lsp: \(message)")
        notifyClient("window/showMessage", ShowMessageParams(type: type, message: message))
    }

    /// Decodes the parameters and answers with the handler's result or error.
    private func reply<Params: Decodable, Result: Encodable>(
        _ id: RequestID, _ params: JSONValue?, _ handler: (Params) throws(ResponseError) -> Result
    ) {
        guard let decoded = decodeParams(Params.self, params) else {
            respond(id, Result?.none, error: .invalidParams("the parameters do not fit the method"))
            return
        }
        do {
            respond(id, try handler(decoded))
        } catch {
            respond(id, Result?.none, error: error)
        }
    }

    private func notify<Params: Decodable>(_ method: String, _ params: JSONValue?, _ handler: (Params) -> Void) {
        guard let decoded = decodeParams(Params.self, params) else {
            log("gloss lsp: `\(method)` with parameters that do not fit it, ignored")
            return
        }
        handler(decoded)
    }

    private func decodeParams<Params: Decodable>(_ type: Params.Type, _ params: JSONValue?) -> Params? {
        try? JSONRPCCoding.decode(Params.self, from: params ?? .null)
    }

    // MARK: Lifecycle

    /// A `rootPath` as a client may send it, relative to the folder the server runs in, made
    /// absolute: documents are found by their absolute paths.
    private func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : WorkspacePath.join(defaultRoot, path)
        return "/" + (WorkspacePath.normalize(String(joined.drop { $0 == "/" })) ?? "")
    }

    private func initialize(_ params: InitializeParams) throws(ResponseError) -> InitializeResult {
        let root = [params.rootUri, params.workspaceFolders?.first?.uri].compactMap { $0 }.compactMap(DocumentURI.path).first
            ?? params.rootPath.map(absolute) ?? defaultRoot
        clientCapabilities = params.capabilities
        let offered = params.capabilities.general?.positionEncodings ?? []
        encoding = [TextEncodingUnit.utf32, .utf8].first { offered.contains($0.rawValue) } ?? .utf16
        let workspace = LiveWorkspace(root: root, fileSystem: fileSystem, git: git)
        live = workspace
        publishesEverything = true
        phase = .running
        if let problem = workspace.configurationProblem { showConfigurationProblem(problem) }
        log("gloss lsp: workspace \(root), \(workspace.analysis.claimCount) claims, positions in \(encoding.rawValue)")
        return InitializeResult(
            capabilities: ServerCapabilities(
                positionEncoding: encoding.rawValue, textDocumentSync: TextDocumentSyncOptions(),
                completionProvider: CompletionOptions(triggerCharacters: [":", " ", "[", ","]),
                codeActionProvider: CodeActionOptions(codeActionKinds: [Self.quickFix, Self.annotateKind]),
                executeCommandProvider: ExecuteCommandOptions(commands: [Self.annotateCommand])),
            serverInfo: ServerInfo(name: "gloss", version: nil))
    }

    static let quickFix = "quickfix"
    static let annotateKind = "refactor.gloss.annotate"

    // MARK: Buffers

    /// The workspace-relative path of a document URI inside the workspace; nil otherwise (logged).
    func path(of uri: String) -> String? {
        guard let absolute = DocumentURI.path(of: uri), let path = live?.relativePath(absolute) else {
            log("gloss lsp: \(uri) is not a file in the workspace; ignored")
            return nil
        }
        return path
    }

    private func didOpen(_ params: DidOpenTextDocumentParams) {
        let item = params.textDocument
        guard let path = path(of: item.uri) else { return }
        // Editors leave the saved file's byte order mark out of the text they send: offsets never
        // count it, but the file's git blob does.
        let text = Array(item.text.utf8)
        let kept = text.starts(with: SourceText.byteOrderMarkBytes)
        let marked = !kept && live?.savedFileHasByteOrderMark(path) == true
        let document = OpenDocument(uri: item.uri, version: item.version, bytes: marked ? SourceText.byteOrderMarkBytes + text : text,
                                    clientKeepsMark: kept)
        open[path] = document
        live?.setBuffer(document.bytes, at: path)
        markChanged(path)
        rereadUnlessWatching()
    }

    private func didChange(_ params: DidChangeTextDocumentParams) {
        guard let path = path(of: params.textDocument.uri), var document = open[path] else { return }
        var bytes = document.bytes
        var kept = document.clientKeepsMark
        for change in params.contentChanges {
            if let range = change.range {
                let offsets = PositionMapper(text: document.text, unit: encoding, markCounted: kept).offsets(range)
                // Spliced as bytes: the scalar offsets become UTF-8 offsets (after a byte order mark).
                let mark = document.text.hadByteOrderMark ? 3 : 0
                let start = mark + document.text.codeUnitOffset(at: offsets.lowerBound, in: .utf8)
                let end = mark + document.text.codeUnitOffset(at: offsets.upperBound, in: .utf8)
                bytes.replaceSubrange(start..<end, with: change.text.utf8)
            } else {
                // Replaced whole, the buffer keeps the mark it had (see `didOpen`).
                let text = Array(change.text.utf8)
                kept = text.starts(with: SourceText.byteOrderMarkBytes)
                bytes = document.text.hadByteOrderMark && !kept ? SourceText.byteOrderMarkBytes + text : text
            }
            document = OpenDocument(uri: document.uri, version: document.version, bytes: bytes, clientKeepsMark: kept)
        }
        document.version = params.textDocument.version ?? document.version
        open[path] = document
        live?.setBuffer(document.bytes, at: path)
        markChanged(path)
    }

    private func didClose(_ params: DidCloseTextDocumentParams) {
        guard let path = path(of: params.textDocument.uri), open.removeValue(forKey: path) != nil else { return }
        live?.setBuffer(nil, at: path)
        markChanged(path)
        rereadUnlessWatching()
    }

    private func didChangeWatchedFiles(_ params: DidChangeWatchedFilesParams) {
        for change in params.changes {
            if let path = path(of: change.uri), open[path] == nil { markChanged(path) }
        }
    }

    func markChanged(_ path: String) {
        changed.insert(path)
    }

    // MARK: Checking and publishing

    /// Re-checks what changed since the last call and publishes the diagnostics that differ.
    public func flush() {
        guard var live, publishesEverything || !changed.isEmpty else { return }
        let problem = live.configurationProblem
        var touched = changed.isEmpty ? [] : live.refresh(changed: changed)
        self.live = live
        // An edit that breaks `.gloss.yml` is said at once, as `initialize` says it; `gloss
        // check` would stop on it, and defaults used silently would read as a clean workspace.
        // Said once, not again at each keystroke while it stays broken.
        rewatchIfFoldersChanged()
        if problem == nil, let broken = live.configurationProblem {
            showConfigurationProblem(broken)
        } else if problem != nil, live.configurationProblem == nil {
            showMessage(3, ".gloss.yml reads again; Gloss uses it")
        }
        changed = []
        if publishesEverything {
            touched.formUnion(live.documents.keys)
            touched.formUnion(live.diagnostics.map(\.location.path))
            publishesEverything = false
        }
        publish(touching: touched)
    }

    /// Publishes the diagnostics of the given paths, of every path whose findings changed, and of
    /// the articles of annotation files among them, where they differ from what was published.
    private func publish(touching paths: Set<String>) {
        guard let live else { return }
        let findings = Dictionary(grouping: live.diagnostics, by: \.location.path)
        var dirty = paths
        for path in Set(findings.keys).union(findingsByPath.keys) where findings[path] != findingsByPath[path] {
            dirty.insert(path)
        }
        findingsByPath = findings
        for path in dirty {
            if case .loaded(let document)? = live.annotationFile(path)?.document { dirty.insert(document.path) }
        }
        for path in dirty.sorted() {
            let diagnostics = (findings[path] ?? []).compactMap(lspDiagnostic) + articleDiagnostics(path)
            guard diagnostics != (published[path] ?? []) else { continue }
            published[path] = diagnostics.isEmpty ? nil : diagnostics
            let uri = open[path]?.uri ?? DocumentURI.uri(ofPath: live.absolutePath(path))
            notifyClient("textDocument/publishDiagnostics",
                         PublishDiagnosticsParams(uri: uri, version: open[path]?.version, diagnostics: diagnostics))
        }
    }

    /// Makes sure requests see the buffers as they are now, not as of the last check.
    func checkPendingChanges() {
        if !changed.isEmpty { flush() }
    }

    // MARK: Positions

    func mapper(for path: String) -> PositionMapper? {
        live?.text(of: path).map { PositionMapper(text: $0, unit: encoding, markCounted: open[path]?.clientKeepsMark == true) }
    }

    func lspLocation(_ location: Location) -> LSPLocation? {
        guard let live, let mapper = mapper(for: location.path) else { return nil }
        let uri = open[location.path]?.uri ?? DocumentURI.uri(ofPath: live.absolutePath(location.path))
        return LSPLocation(uri: uri, range: mapper.range(location.range))
    }

    /// The document a request names and the scalar offset of its position; nil for a document
    /// outside the workspace.
    func target(_ params: TextDocumentPositionParams) -> (path: String, offset: Int)? {
        checkPendingChanges()
        guard let path = path(of: params.textDocument.uri), let mapper = mapper(for: path) else { return nil }
        return (path, mapper.offset(params.position))
    }
}
