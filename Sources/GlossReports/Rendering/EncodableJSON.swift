/// Writes `Encodable` values with ``PrettyJSONWriter``, keys sorted as Foundation's encoder sorts them, so
/// that a large report can be written piece by piece on all cores: each element of a long array
/// is encoded on its own, into a tree only as large as the element, and the tree is written at
/// once. Foundation's encoder holds the whole document as a tree and then again as text, several
/// times the size of the output.
///
/// Numbers are spelled as Foundation spells them: integers of any width in digits, a finite
/// floating-point number as its shortest description without a trailing `.0` (`103.8`, `1e-05`,
/// `3000000000000000`). A non-finite one, which JSON cannot carry, is written as `null`. The
/// encoder itself never fails; a value whose own `encode(to:)` throws is a programming error,
/// stopped by an assertion in debug builds and written as `null` in release builds.
extension PrettyJSONWriter {
    mutating func encoded(_ value: some Encodable) {
        let root = EncodedNode()
        do {
            try value.encode(to: TreeEncoder(node: root, codingPath: []))
        } catch {
            assertionFailure("cannot write \(type(of: value)) as JSON: \(error)")
            root.kind = .null
        }
        write(root)
    }

    private mutating func write(_ node: EncodedNode) {
        switch node.kind {
        case .array: array(node.elements) { json, element in json.write(element) }
        case .object:
            object { json in
                for key in node.members.keys.sorted() {
                    json.key(escaping: key)
                    json.write(node.members[key]!)
                }
            }
        case let scalar: write(scalar)
        }
    }

    private mutating func write(_ child: EncodedNode.Child) {
        switch child {
        case .scalar(let kind): write(kind)
        case .node(let node): write(node)
        }
    }

    /// A scalar kind; a container kind here would be a node without its contents.
    private mutating func write(_ kind: EncodedNode.Kind) {
        switch kind {
        case .null, .array, .object: null()
        case .bool(let value): boolean(value)
        case .integer(let value): integer(value)
        case .number(let text): number(text)
        case .string(let value): string(value)
        }
    }
}

/// One value under construction. Containers hand out references to their members, which may
/// still be filled in after the container is returned, so nodes are objects.
private final class EncodedNode {
    enum Kind {
        case null
        case bool(Bool)
        case integer(Int)
        /// Any other number, as written.
        case number(String)
        case string(String)
        case array
        case object
    }

    /// A member or element: a scalar is kept in place, and only a value that may still be
    /// filled in (a nested container, or a value encoding itself) gets a node of its own.
    enum Child {
        case scalar(Kind)
        case node(EncodedNode)
    }

    /// Null until something is encoded: what an encoder that was asked for nothing writes.
    var kind = Kind.null
    var elements: [Child] = []
    var members: [String: Child] = [:]

    func makeArray() {
        if case .array = kind { return }
        kind = .array
    }

    func makeObject() {
        if case .object = kind { return }
        kind = .object
    }

    /// The node for `key`, replacing what was encoded for it before, as Foundation does.
    func member(_ key: String) -> EncodedNode {
        let node = EncodedNode()
        set(key, .node(node))
        return node
    }

    func set(_ key: String, _ child: Child) {
        makeObject()
        members[key] = child
    }

    func appended() -> EncodedNode {
        let node = EncodedNode()
        append(.node(node))
        return node
    }

    func append(_ child: Child) {
        makeArray()
        elements.append(child)
    }
}

private struct TreeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath)
    }
}

/// How scalars become nodes: integers that fit an `Int` as such, wider ones and floating-point
/// numbers as their text.
private protocol ScalarEncoding {
    var node: EncodedNode { get }
}

extension ScalarEncoding {
    func set(_ kind: EncodedNode.Kind) {
        node.kind = kind
    }

    func set(integer value: some BinaryInteger) {
        node.kind = Int(exactly: value).map(EncodedNode.Kind.integer) ?? .number(String(value))
    }

    func set(floatingPoint value: some BinaryFloatingPoint & LosslessStringConvertible) {
        guard value.isFinite else { return node.kind = .null }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        node.kind = .number(text)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer, ScalarEncoding {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(floatingPoint: value) }
    mutating func encode(_ value: Float) throws { set(floatingPoint: value) }
    mutating func encode(_ value: Int) throws { set(.integer(value)) }
    mutating func encode(_ value: Int8) throws { set(integer: value) }
    mutating func encode(_ value: Int16) throws { set(integer: value) }
    mutating func encode(_ value: Int32) throws { set(integer: value) }
    mutating func encode(_ value: Int64) throws { set(integer: value) }
    mutating func encode(_ value: UInt) throws { set(integer: value) }
    mutating func encode(_ value: UInt8) throws { set(integer: value) }
    mutating func encode(_ value: UInt16) throws { set(integer: value) }
    mutating func encode(_ value: UInt32) throws { set(integer: value) }
    mutating func encode(_ value: UInt64) throws { set(integer: value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(node: node, codingPath: codingPath))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        node.set(key.stringValue, .scalar(.null))
    }

    // Most members are strings and integers: they are set directly, without an encoder and a
    // coding path for each.
    mutating func encode(_ value: String, forKey key: Key) throws {
        node.set(key.stringValue, .scalar(.string(value)))
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        node.set(key.stringValue, .scalar(.integer(value)))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        node.set(key.stringValue, .scalar(.bool(value)))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    mutating func encodeNil() throws {
        node.append(.scalar(.null))
    }

    mutating func encode(_ value: String) throws {
        node.append(.scalar(.string(value)))
    }

    mutating func encode(_ value: Int) throws {
        node.append(.scalar(.integer(value)))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(node: node.appended(), codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.appended(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.appended(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.appended(), codingPath: codingPath)
    }
}
