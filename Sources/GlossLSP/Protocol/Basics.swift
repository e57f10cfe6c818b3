/// The LSP structures Gloss uses, as small Codable types: only the members it reads or writes.

/// A zero-based line and a `character` counted in the negotiated position encoding.
public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int
}

public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position
}

public struct LSPLocation: Codable, Hashable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct TextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: String
}

public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct MarkupContent: Codable, Hashable, Sendable {
    public var kind = "markdown"
    public var value: String
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
}

public struct LSPTextEdit: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String
}

/// `window/showMessage` and `window/logMessage`: 1 error, 2 warning, 3 info, 4 log.
public struct ShowMessageParams: Codable, Sendable {
    public var type: Int
    public var message: String
}
