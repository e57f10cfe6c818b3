import GlossReports

/// Diagnostics, symbols, completion and code actions.

public struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
    public var location: LSPLocation
    public var message: String
}

/// Severity: 1 error, 2 warning, 3 information, 4 hint.
public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var severity: Int
    public var code: String?
    public var source = "gloss"
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?

    public static let error = 1
    public static let warning = 2
    public static let information = 3
    public static let hint = 4
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

public struct DocumentSymbol: Codable, Sendable {
    public var name: String
    public var detail: String?
    /// 15 is `String` in the protocol's SymbolKind, 14 `Constant`.
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
}

/// A symbol as clients without hierarchical symbols read it: where it is, rather than its ranges.
public struct SymbolInformation: Codable, Sendable {
    public var name: String
    public var kind: Int
    public var location: LSPLocation
    public var containerName: String?
}

/// The symbols of a file in the shape the client reads.
public enum DocumentSymbolAnswer: Encodable, Sendable {
    case hierarchical([DocumentSymbol])
    case flat([SymbolInformation])

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .hierarchical(let symbols): try symbols.encode(to: encoder)
        case .flat(let symbols): try symbols.encode(to: encoder)
        }
    }
}

public struct DocumentSymbolParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct CompletionItem: Codable, Hashable, Sendable {
    public var label: String
    /// 12 `Value`, 13 `Enum`, 18 `Reference`, 20 `EnumMember`.
    public var kind: Int
    public var detail: String?
    /// The word being typed, replaced by the label: without it a client replaces what its own
    /// word pattern takes for the word, which for ids with hyphens (`sound-o`) is only a part.
    public var textEdit: LSPTextEdit?
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete = false
    public var items: [CompletionItem]
}

/// The client's diagnostics in the range (`diagnostics`, required by the protocol) are not
/// decoded: the actions do not depend on them, and they may be another server's, without the
/// `severity` and `source` that LSP 3.17 makes optional, which would fail the whole request.
public struct CodeActionContext: Codable, Sendable {
    /// The kinds the client asks for; nil for all.
    public var only: [String]?

    /// Whether an action of a kind is asked for: `only` names it or a kind it belongs to.
    func wants(_ kind: String) -> Bool {
        only?.contains { kind == $0 || kind.hasPrefix($0 + ".") } ?? true
    }
}

public struct CodeActionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: CodeActionContext
}

public struct Command: Codable, Hashable, Sendable {
    public var title: String
    public var command: String
    public var arguments: [JSONValue]?
}

public struct CodeAction: Codable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?
}

/// An entry of a code action answer: a command the client runs through
/// `workspace/executeCommand` (understood by every client), or an action with its edit.
public enum CodeActionItem: Encodable, Sendable {
    case command(Command)
    case action(CodeAction)

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .command(let command): try command.encode(to: encoder)
        case .action(let action): try action.encode(to: encoder)
        }
    }
}

public struct ExecuteCommandParams: Codable, Sendable {
    public var command: String
    public var arguments: [JSONValue]?
}
