/// Why a file's bytes could not become a ``SourceText``.
public enum SourceTextError: Error, Hashable, Sendable {
    /// The bytes are not UTF-8. `byteOffset` counts bytes from the start of the file (a byte order
    /// mark included), which is what a hex editor shows; `position` is where the undecodable
    /// sequence begins in the text decoded so far, so the finding can point at a line.
    case invalidUTF8(byteOffset: Int, position: TextPosition)

    /// Where in the text the problem lies, for the finding's location.
    public var position: TextPosition {
        switch self {
        case .invalidUTF8(_, let position): position
        }
    }

    /// A sentence for a person, without line numbers (they belong in the diagnostic's location).
    public var message: String {
        switch self {
        case .invalidUTF8(let byteOffset, _):
            "not valid UTF-8: the bytes from byte offset \(byteOffset) do not form a character"
        }
    }
}
