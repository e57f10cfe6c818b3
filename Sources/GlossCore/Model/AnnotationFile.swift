/// One annotation file: the claims a reviewer anchored in one document.
public struct AnnotationFile: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    /// The schema version the decoder understands.
    public static let schemaVersion = 1

    /// Path relative to the workspace root.
    public var path: String
    public var document: Optional<Located<String>>
    public var revision: Optional<Located<String>>
    public var title: Optional<Located<String>>
    public var url: Optional<Located<String>>
    public var published: Optional<Located<ISODate>>
    public var publisher: Optional<Located<String>>
    public var language: Optional<Located<String>>
    public var claims: [Claim]

    public init(path: String, document: Located<String>? = nil, revision: Located<String>? = nil,
                title: Located<String>? = nil, url: Located<String>? = nil,
                published: Located<ISODate>? = nil, publisher: Located<String>? = nil,
                language: Located<String>? = nil, claims: [Claim] = []) {
        self.path = path
        self.document = document
        self.revision = revision
        self.title = title
        self.url = url
        self.published = published
        self.publisher = publisher
        self.language = language
        self.claims = claims
    }
}
