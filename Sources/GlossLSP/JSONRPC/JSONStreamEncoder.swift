/// Writes an `Encodable` value as JSON text in one pass, members in the order the type encodes
/// them. Foundation's `JSONEncoder` first builds a tree of every value, which made publishing a
/// thousand diagnostics cost more than checking them; this writes the bytes directly.
///
/// It supports what synthesized `Encodable` conformances and the standard library's types use:
/// one keyed, unkeyed or single-value container per value. Coding paths are not tracked.
enum JSONStreamEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let output = JSONOutput()
        try output.write(value)
        return output.bytes
    }
}

final class JSONOutput {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(4096) }

    /// Writes a value through its `encode(to:)`, closing the container it opened.
    func write<T: Encodable>(_ value: T) throws {
        let encoder = StreamingEncoder(output: self)
        try value.encode(to: encoder)
        switch encoder.state.opened {
        case .keyed: bytes.append(UInt8(ascii: "}"))
        case .unkeyed: bytes.append(UInt8(ascii: "]"))
        case .single: break
        case nil: append("{}")
        }
    }

    func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    func write(_ bool: Bool) { append(bool ? "true" : "false") }

    func write(_ int: Int) { append(String(int)) }

    func write(_ number: Double) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: [], debugDescription: "JSON has no \(number)"))
        }
        append(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
    }

    func write(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        let utf8 = string.utf8
        // Most strings need no escaping: copied whole.
        guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0..<0x20: append("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
            default: bytes.append(byte)
            }
        }
    }

    /// A value handed to a single-value container: the standard library's numbers and strings
    /// arrive here through the generic entry, everything else is encoded as usual.
    func writeSingle<T: Encodable>(_ value: T) throws {
        switch value {
        case let string as String: write(string)
        case let bool as Bool: write(bool)
        case let int as Int: write(int)
        case let double as Double: try write(double)
        case let float as Float: try write(Double(float))
        case let integer as any BinaryInteger: append("\(integer)")
        default: try write(value)
        }
    }
}

/// Which container a value opened, so its closing bracket is written once it is encoded.
final class ContainerState {
    enum Kind { case keyed, unkeyed, single }
    var opened: Kind?
}

struct StreamingEncoder: Encoder {
    let output: JSONOutput
    let state = ContainerState()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.keyed, "{")
        return KeyedEncodingContainer(KeyedWriter<Key>(output: output))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.unkeyed, "[")
        return UnkeyedWriter(output: output)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        open(.single, "")
        return SingleValueWriter(output: output)
    }

    private func open(_ kind: ContainerState.Kind, _ bracket: String) {
        precondition(state.opened == nil, "a value may open one container")
        state.opened = kind
        output.append(bracket)
    }
}

private let nestingUnsupported = "the streaming JSON encoder supports no nested containers or super encoders"

struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }
    private var isFirst = true

    init(output: JSONOutput) { self.output = output }

    private mutating func key(_ key: Key) {
        if !isFirst { output.bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        output.write(key.stringValue)
        output.bytes.append(UInt8(ascii: ":"))
    }

    mutating func encodeNil(forKey key: Key) throws {
        self.key(key)
        output.append("null")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        self.key(key)
        output.write(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        self.key(key)
        output.write(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        self.key(key)
        output.write(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try output.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(nestingUnsupported)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { preconditionFailure(nestingUnsupported) }
    mutating func superEncoder() -> any Encoder { preconditionFailure(nestingUnsupported) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure(nestingUnsupported) }
}

struct UnkeyedWriter: UnkeyedEncodingContainer {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(output: JSONOutput) { self.output = output }

    private mutating func separate() {
        if count > 0 { output.bytes.append(UInt8(ascii: ",")) }
        count += 1
    }

    mutating func encodeNil() throws {
        separate()
        output.append("null")
    }

    mutating func encode(_ value: String) throws {
        separate()
        output.write(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        separate()
        try output.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(nestingUnsupported)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure(nestingUnsupported) }
    mutating func superEncoder() -> any Encoder { preconditionFailure(nestingUnsupported) }
}

struct SingleValueWriter: SingleValueEncodingContainer {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { output.append("null") }

    mutating func encode(_ value: String) throws { output.write(value) }

    mutating func encode(_ value: Int) throws { output.write(value) }

    mutating func encode(_ value: Bool) throws { output.write(value) }

    mutating func encode<T: Encodable>(_ value: T) throws { try output.writeSingle(value) }
}
