/// An outlet, account or person claims are attributed to (`Annotations/sources.yaml`).
public struct Source: Sendable, Hashable {
    public var id: Located<String>
    public var name: Located<String>?
    public var aliases: [Located<String>]
    public var kind: Located<SourceKind>?
    public var url: Located<String>?
    public var notes: Located<String>?
    /// A person whose identity must be protected: reports and exports write "withheld".
    public var isPrivate: Bool
    public var range: TextRange

    public init(id: Located<String>, name: Located<String>? = nil, aliases: [Located<String>] = [],
                kind: Located<SourceKind>? = nil, url: Located<String>? = nil,
                notes: Located<String>? = nil, isPrivate: Bool = false, range: TextRange) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.url = url
        self.notes = notes
        self.isPrivate = isPrivate
        self.range = range
    }
}
