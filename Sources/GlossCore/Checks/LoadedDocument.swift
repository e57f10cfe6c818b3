/// What became of the document an annotation file names.
public enum DocumentState: Sendable {
    case loaded(LoadedDocument)
    case missing(path: String)
    case outsideWorkspace(path: String)
    case unreadable(path: String, message: String, position: TextPosition?)
}

/// A document read and decoded, with its git blob id.
///
/// A class, immutable once loaded: every claim of the document holds it, and every finding
/// about a claim's span reads it, which for a value of five arrays and strings meant five
/// retains each time.
public final class LoadedDocument: Sendable {
    /// Path relative to the workspace root.
    public let path: String
    public let text: SourceText
    public let blobID: String

    public init(path: String, text: SourceText, blobID: String) {
        self.path = path
        self.text = text
        self.blobID = blobID
    }

    /// The location of a span of the document, for related locations.
    public func location(of offsets: Range<Int>) -> Location {
        Location(path: path, range: text.range(of: offsets))
    }
}
