/// How a scalar was written. Kept because meaning can depend on it: a plain `null` is null, a
/// quoted `"null"` is text, and a tool editing the file in place must write the same style back.
public enum YAMLScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    /// A `|` block scalar.
    case literal
    /// A `>` block scalar.
    case folded
}

/// One key and its value in a mapping. The key is a whole node so that its position is known:
/// findings about a field (a duplicate, an unknown key) point at the key, not at its value.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A YAML node with the exact text range libyaml reported for it, so that every finding can point
/// at its source and edits can be made to the text itself instead of re-emitting the file.
///
/// The range is libyaml's, unchanged: it includes a node's anchor and tag, and a quoted scalar's
/// quotes; a block collection ends where the next token starts (after any blank lines and comments
/// that follow it); a block scalar ends after its last line break. A node produced by an alias is a
/// copy of the anchored node, positions included, since that is where its text is.
public struct YAMLNode: Sendable, Hashable {
    /// The node's content. Mappings keep their pairs in file order, which reports and edits preserve.
    public enum Kind: Sendable, Hashable {
        case scalar(String, style: YAMLScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    public var range: TextRange
    /// The explicit tag, as libyaml resolves it (`!!str` becomes `tag:yaml.org,2002:str`); nil when
    /// the node has none, which is the usual case.
    public var tag: String?

    public init(kind: Kind, range: TextRange, tag: String? = nil) {
        self.kind = kind
        self.range = range
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let value, _) = kind { return value }
        return nil
    }

    /// Whether the node is an unquoted scalar, the only kind YAML resolves to numbers, booleans
    /// and null.
    public var isPlainScalar: Bool {
        if case .scalar(_, .plain) = kind { return true }
        return false
    }

    /// Whether the node means null: an untagged plain `~`, `null`, `Null`, `NULL` or nothing at
    /// all (as in `key:`), or anything tagged `!!null`. Optional fields treat it as absent.
    public var isNull: Bool {
        if tag == "tag:yaml.org,2002:null" { return true }
        guard tag == nil, case .scalar(let value, .plain) = kind else { return false }
        // Asked of every optional field of every claim: the length rules out nearly all values.
        switch value.utf8.count {
        case 0: return true
        case 1: return value == "~"
        case 4: return value == "null" || value == "Null" || value == "NULL"
        default: return false
        }
    }

    /// The items, or nil when the node is not a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The pairs in file order, or nil when the node is not a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The pair whose key is the scalar `key`, so a caller has the key's position as well as the
    /// value; nil when the node is not a mapping or has no such key. Keys are unique: the parser
    /// rejects duplicates.
    public func pair(forKey key: String) -> YAMLPair? {
        mapping?.first { $0.key.scalar == key }
    }

    /// The value for the scalar `key`, or nil when the node is not a mapping or has no such key.
    public subscript(key: String) -> YAMLNode? {
        pair(forKey: key)?.value
    }
}
