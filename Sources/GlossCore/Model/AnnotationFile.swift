/// One annotation file: the claims a reviewer anchored in one document.
public struct AnnotationFile: Sendable, Hashable {
    /// The schema version the decoder understands.
    public static let schemaVersion = 1

    /// Path relative to the workspace root.
    public var path: String
    public var document: Located<String>?
    public var revision: Located<String>?
    public var title: Located<String>?
    public var url: Located<String>?
    public var published: Located<ISODate>?
    public var publisher: Located<String>?
    public var language: Located<String>?
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
