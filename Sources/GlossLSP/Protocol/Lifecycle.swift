/// `initialize`: what the client can do, and what the server offers.

public struct InitializeParams: Codable, Sendable {
    public var rootUri: String?
    public var rootPath: String?
    public var workspaceFolders: [WorkspaceFolder]?
    public var capabilities: ClientCapabilities
}

public struct WorkspaceFolder: Codable, Sendable {
    public var uri: String
    public var name: String?
}

public struct ClientCapabilities: Codable, Sendable {
    public var general: GeneralClientCapabilities?
    public var workspace: WorkspaceClientCapabilities?
    public var textDocument: TextDocumentClientCapabilities?
}

/// The answers a client can read, where the protocol lets older clients take an older shape.
public struct TextDocumentClientCapabilities: Codable, Sendable {
    public var documentSymbol: DocumentSymbolClientCapabilities?
    public var codeAction: CodeActionClientCapabilities?
}

public struct DocumentSymbolClientCapabilities: Codable, Sendable {
    /// Without it a client reads symbols as `SymbolInformation`, each with a `location`.
    public var hierarchicalDocumentSymbolSupport: Bool?
}

public struct CodeActionClientCapabilities: Codable, Sendable {
    /// Present when the client reads `CodeAction` literals; without it, only `Command`s.
    public var codeActionLiteralSupport: CodeActionLiteralSupport?
}

public struct CodeActionLiteralSupport: Codable, Sendable {
    public var codeActionKind: CodeActionKinds?
}

public struct CodeActionKinds: Codable, Sendable {
    public var valueSet: [String]?
}

public struct GeneralClientCapabilities: Codable, Sendable {
    public var positionEncodings: [String]?
}

public struct WorkspaceClientCapabilities: Codable, Sendable {
    public var applyEdit: Bool?
    public var workspaceEdit: WorkspaceEditClientCapabilities?
    public var didChangeWatchedFiles: DynamicRegistrationCapability?
}

/// Whether the client lets the server register for a notification after `initialized`.
public struct DynamicRegistrationCapability: Codable, Sendable {
    public var dynamicRegistration: Bool?
}

public struct WorkspaceEditClientCapabilities: Codable, Sendable {
    public var documentChanges: Bool?
    public var resourceOperations: [String]?
}

public struct InitializeResult: Codable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo
}

public struct ServerInfo: Codable, Sendable {
    public var name: String
    public var version: String?
}

public struct ServerCapabilities: Codable, Sendable {
    public var positionEncoding: String
    public var textDocumentSync: TextDocumentSyncOptions
    public var hoverProvider = true
    public var definitionProvider = true
    public var documentSymbolProvider = true
    public var completionProvider: CompletionOptions
    public var codeActionProvider: CodeActionOptions
    public var executeCommandProvider: ExecuteCommandOptions
}

/// Open, close and incremental changes. Saves are not asked for: an open buffer is checked as
/// it changes, and saving it changes nothing the server shows.
public struct TextDocumentSyncOptions: Codable, Sendable {
    public var openClose = true
    /// 2: incremental.
    public var change = 2
    /// Saves are reported (without the text): with a client that watches no files, what changed
    /// on disk is read again then.
    public var save = true
}

public struct CompletionOptions: Codable, Sendable {
    public var triggerCharacters: [String]
}

public struct CodeActionOptions: Codable, Sendable {
    public var codeActionKinds: [String]
}

public struct ExecuteCommandOptions: Codable, Sendable {
    public var commands: [String]
}
