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
/// The range is libyaml's but for one thing: it includes a node's anchor and tag, and a quoted
/// scalar's quotes; a block scalar ends after its last line break; a block collection ends with
/// its last node (libyaml runs it on to where the next token starts, past the blank lines and
/// comments after it); a value left out is an empty scalar just after its `:` or `-`. A node produced
/// by an alias is a copy of the anchored node, positions included, since that is where its text is.
///
/// A node is a position in its document's flat storage, cheap to copy: reading the children
/// (``items``, ``pairs``) or comparing a scalar (``isScalar(_:)``) allocates nothing, while
/// ``kind``, ``sequence`` and ``mapping`` build arrays for code that wants them whole.
public struct YAMLNode: Sendable, Hashable {
    /// The node's content. Mappings keep their pairs in file order, which reports and edits preserve.
    public enum Kind: Sendable, Hashable {
        case scalar(String, style: YAMLScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    let document: YAMLDocument
    let index: Int

    init(_ document: YAMLDocument, at index: Int) {
        self.document = document
        self.index = index
    }

    private var record: YAMLDocument.Record { document.records[index] }

    public var kind: Kind {
        switch record.kind {
        case .scalar: .scalar(document.string(index), style: record.style)
        case .sequence: .sequence(Array(items))
        case .mapping: .mapping(Array(pairs))
        }
    }

    public var range: TextRange { record.range }

    /// The explicit tag, as libyaml resolves it (`!!str` becomes `tag:yaml.org,2002:str`); nil when
    /// the node has none, which is the usual case.
    public var tag: String? {
        let tag = record.tag
        return tag < 0 ? nil : document.tags[Int(tag)]
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        record.kind == .scalar ? document.string(index) : nil
    }

    /// Calls `body` with a scalar's UTF-8 text where it is stored, or returns nil for a
    /// collection: a value read from the bytes (every anchor's offsets) needs no `String` first.
    func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let record = record
        return record.kind == .scalar ? record.withText(in: document.text, body) : nil
    }

    /// Whether the node is a scalar holding exactly `text`.
    public func isScalar(_ text: String) -> Bool {
        document.scalar(index, equals: text)
    }

    /// Whether the node is a block scalar (`|` or `>`), whose text ends with a line break unless
    /// written with `-`.
    public var isBlockScalar: Bool {
        let record = record
        return record.kind == .scalar && (record.style == .literal || record.style == .folded)
    }

    /// Whether the node is an unquoted scalar, the only kind YAML resolves to numbers, booleans
    /// and null.
    public var isPlainScalar: Bool {
        let record = record
        return record.kind == .scalar && record.style == .plain
    }

    /// Whether the node means null: an untagged plain `~`, `null`, `Null`, `NULL` or nothing at
    /// all (as in `key:`), or anything tagged `!!null`. Optional fields treat it as absent.
    public var isNull: Bool {
        let record = record
        if record.tag >= 0 { return document.tags[Int(record.tag)] == "tag:yaml.org,2002:null" }
        guard record.kind == .scalar, record.style == .plain else { return false }
        // Asked of every optional field of every claim: the length rules out nearly all values.
        switch record.extent {
        case 0: return true
        case 1: return isScalar("~")
        case 4:
            // Read as one word, compared three times: offsets of four digits, most anchors', are this long too.
            let word = record.withText(in: document.text) { $0.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
            return word == 0x6E75_6C6C || word == 0x4E75_6C6C || word == 0x4E55_4C4C // null, Null, NULL
        default: return false
        }
    }

    /// The items, or nil when the node is not a sequence.
    public var sequence: [YAMLNode]? {
        record.kind == .sequence ? Array(items) : nil
    }

    /// The pairs in file order, or nil when the node is not a mapping.
    public var mapping: [YAMLPair]? {
        record.kind == .mapping ? Array(pairs) : nil
    }

    /// Whether the node is a sequence, without making its items.
    public var isSequence: Bool { record.kind == .sequence }

    /// Whether the node is a mapping, without making its pairs.
    public var isMapping: Bool { record.kind == .mapping }

    /// A sequence's items in order; empty for a scalar, and keys and values alternately for a
    /// mapping.
    public var items: Children { Children(document, parent: index) }

    /// A mapping's pairs in file order; empty for anything else.
    public var pairs: Pairs { Pairs(children: record.kind == .mapping ? items : Children(document, parent: index, count: 0)) }

    /// The pair whose key is the scalar `key`, so a caller has the key's position as well as the
    /// value; nil when the node is not a mapping or has no such key. Keys are unique: the parser
    /// rejects duplicates.
    public func pair(forKey key: String) -> YAMLPair? {
        pairs.first { $0.key.isScalar(key) }
    }

    /// The value for the scalar `key`, or nil when the node is not a mapping or has no such key.
    public subscript(key: String) -> YAMLNode? {
        pair(forKey: key)?.value
    }

    /// Nodes compare by content, range and tag, wherever they are stored.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        (lhs.document === rhs.document && lhs.index == rhs.index)
            || (lhs.range == rhs.range && lhs.tag == rhs.tag && lhs.kind == rhs.kind)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(tag)
        hasher.combine(kind)
    }

    /// The nodes a collection holds directly, in order.
    public struct Children: Sequence, Sendable {
        let document: YAMLDocument
        let first: Int
        /// How many nodes.
        public let count: Int

        init(_ document: YAMLDocument, parent: Int, count: Int? = nil) {
            self.document = document
            first = parent + 1
            let record = document.records[parent]
            self.count = count ?? (record.kind == .scalar ? 0 : Int(record.first))
        }

        public var isEmpty: Bool { count == 0 }

        public func makeIterator() -> Iterator { Iterator(document: document, position: first, left: count) }

        public struct Iterator: IteratorProtocol {
            let document: YAMLDocument
            var position: Int
            var left: Int

            public mutating func next() -> YAMLNode? {
                guard left > 0 else { return nil }
                let node = YAMLNode(document, at: position)
                position += document.records[position].subtreeSize
                left -= 1
                return node
            }
        }
    }

    /// A mapping's keys and values, a pair at a time.
    public struct Pairs: Sequence, Sendable {
        let children: Children

        /// How many pairs.
        public var count: Int { children.count / 2 }

        public func makeIterator() -> Iterator { Iterator(children: children.makeIterator()) }

        public struct Iterator: IteratorProtocol {
            var children: Children.Iterator

            public mutating func next() -> YAMLPair? {
                guard let key = children.next(), let value = children.next() else { return nil }
                return YAMLPair(key: key, value: value)
            }
        }
    }
}
