/// Why a YAML file could not be turned into a tree, and where. Each kind carries what a report
/// needs as data, so that messages stay free of line numbers and baselines stay stable.
public struct YAMLError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// libyaml rejected the text; `context` is where the construct it was reading began (the
        /// opening quote of an unclosed string, the mapping whose key it expected), when it says.
        case syntax(context: TextPosition?)
        /// The bytes are not UTF-8, the only encoding Gloss reads.
        case invalidUTF8
        /// A character YAML forbids anywhere in a file, such as NUL or another control character.
        case forbiddenCharacter(codePoint: UInt32)
        /// The file is larger than ``YAMLLimits/maxFileBytes``; it was not parsed.
        case tooLarge(bytes: Int, limit: Int)
        /// Collections nest deeper than ``YAMLLimits/maxDepth``.
        case tooDeep(limit: Int)
        /// Aliases expand to more nodes than ``YAMLLimits/maxAliasExpansion``.
        case aliasBudgetExceeded(limit: Int)
        /// The document has more than ``YAMLLimits/maxNodes`` nodes.
        case tooManyNodes(limit: Int)
        /// An alias names no anchor that is complete at that point (a later or enclosing one).
        case undefinedAlias(name: String)
        /// A mapping has the scalar key `key` twice; the error is at the second, `first` is the first.
        case duplicateKey(key: String, first: TextPosition)
        /// The stream holds more than one document; a Gloss file is exactly one.
        case multipleDocuments
    }

    public var kind: Kind
    public var position: TextPosition
    /// A sentence for people, without the position, which is reported separately.
    public var message: String
    /// libyaml's words for what it was reading (`while scanning a simple key`), when it says.
    private var context: String?

    /// An error whose message follows from its kind; `problem` is libyaml's own description,
    /// used by the kinds libyaml detects, and `context` what libyaml was reading.
    init(_ kind: Kind, at position: TextPosition, problem: String = "", context: String? = nil) {
        self.kind = kind
        self.position = position
        self.context = context
        switch kind {
        case .syntax:
            message = context.map { "\(problem) \($0)" } ?? problem
        case .invalidUTF8:
            message = "the file is not valid UTF-8: \(problem)"
        case .forbiddenCharacter(let codePoint):
            message = "the character \(Unicode.Scalar(codePoint).map(\.codePoint) ?? "U+" + String(codePoint, radix: 16, uppercase: true)) is not allowed in YAML"
        case .tooLarge(let bytes, let limit):
            message = "the file has \(bytes) bytes, more than the limit of \(limit)"
        case .tooDeep(let limit):
            message = "collections are nested more than \(limit) deep"
        case .aliasBudgetExceeded(let limit):
            message = "aliases expand to more than \(limit) nodes"
        case .tooManyNodes(let limit):
            message = "the file has more than \(limit) values, lists and mappings"
        case .undefinedAlias(let name):
            message = "alias `*\(name)` refers to no anchor defined before it"
        case .duplicateKey(let key, _):
            message = "duplicate key `\(key)`: the mapping already has this key"
        case .multipleDocuments:
            message = "the file holds more than one YAML document"
        }
    }

    /// Whether a limit of ``YAMLLimits`` was crossed, rather than the text being wrong.
    public var isLimit: Bool {
        switch kind {
        case .tooLarge, .tooDeep, .aliasBudgetExceeded, .tooManyNodes: true
        default: false
        }
    }

    /// A second place the error is about, with what it is: where the construct libyaml was
    /// reading began (a key missing its colon is found only on the line after it; an unclosed
    /// quote only at the end of the file), or where a duplicated key first appeared.
    public var related: (position: TextPosition, message: String)? {
        switch kind {
        case .syntax(let start?) where start != position:
            // `while scanning a quoted scalar` → `the quoted scalar begins here`.
            let words = (context ?? "").split(separator: " ").drop { $0 == "while" || $0 == "scanning" || $0 == "parsing" }
            guard let article = words.first, article == "a" || article == "an" else { return (start, "what was being read begins here") }
            return (start, "the \(words.dropFirst().joined(separator: " ")) begins here")
        case .duplicateKey(let key, let first):
            return (first, "the first `\(key)`")
        default:
            return nil
        }
    }
}
