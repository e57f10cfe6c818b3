/// Edits the server asks the client to make: `changes` by URI, or `documentChanges`, which can
/// also create files when the client says it can.
public struct WorkspaceEdit: Codable, Sendable {
    public var changes: [String: [LSPTextEdit]]?
    public var documentChanges: [DocumentChange]?
}

public struct OptionalVersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: String
    /// Null: the edit applies to whatever version the client has.
    public var version: Int?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uri, forKey: .uri)
        try container.encode(version, forKey: .version)
    }
}

public struct TextDocumentEdit: Codable, Sendable {
    public var textDocument: OptionalVersionedTextDocumentIdentifier
    public var edits: [LSPTextEdit]
}

public struct CreateFile: Codable, Sendable {
    public var kind = "create"
    public var uri: String
    /// `ignoreIfExists`, always sent: some clients (Neovim) truncate an existing file when it is
    /// absent, and a file made meanwhile must keep what it holds.
    public var options: Options? = Options(ignoreIfExists: true)

    public struct Options: Codable, Sendable, Equatable {
        public var ignoreIfExists: Bool?
    }
}

/// One entry of `documentChanges`: an edit of a document, or a file to create.
public enum DocumentChange: Codable, Sendable {
    case edit(TextDocumentEdit)
    case create(CreateFile)

    public init(from decoder: any Decoder) throws {
        if let create = try? CreateFile(from: decoder), create.kind == "create" {
            self = .create(create)
        } else {
            self = .edit(try TextDocumentEdit(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .edit(let edit): try edit.encode(to: encoder)
        case .create(let create): try create.encode(to: encoder)
        }
    }
}

public struct ApplyWorkspaceEditParams: Codable, Sendable {
    public var label: String
    public var edit: WorkspaceEdit
}

public struct ApplyWorkspaceEditResult: Codable, Sendable {
    public var applied: Bool
    public var failureReason: String?
}
