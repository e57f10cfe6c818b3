import Foundation

/// Any JSON value, numbers kept apart from booleans and integers from fractions: what the
/// language server's JSON-RPC carries before a handler knows the shape of its parameters, and
/// what tests read JSON output back as.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // A decoder says what a value is only by failing to read it as something else, and each
        // failure is an error made and thrown: the kinds most values are come first (a file of
        // annotations is mostly strings in objects). A number is tried as an integer before a
        // fraction, and neither reads a boolean.
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else {
            self = .bool(try container.decode(Bool.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The member of an object, or nil for anything else.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    /// The element of an array, or nil for anything else or an index out of range.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let elements) = self, elements.indices.contains(index) { elements[index] } else { nil }
    }

    public var stringValue: String? { if case .string(let value) = self { value } else { nil } }
    public var intValue: Int? { if case .int(let value) = self { value } else { nil } }
    public var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    /// An integer or a fraction, as a number.
    public var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// The value untyped, as `JSONSerialization` gives one (`[String: Any]`, `[Any]`, `String`,
    /// `Int`, `Double`, `Bool`, `NSNull`), for a reader that takes JSON of any shape apart with `as?`.
    var untyped: Any {
        switch self {
        case .null: NSNull()
        case .bool(let value): value
        case .int(let value): value
        case .double(let value): value
        case .string(let value): value
        case .array(let elements): elements.map(\.untyped)
        case .object(let members): members.mapValues(\.untyped)
        }
    }

    /// Decodes JSON text; nil when it is not JSON. Half a surrogate pair escaped on its own
    /// (`"\ud800"`), which editors send when a user's text holds one, is read as U+FFFD instead
    /// of making the whole text unreadable.
    public static func parse(_ bytes: [UInt8]) -> JSONValue? {
        if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)) { return value }
        guard let mended = replacingLoneSurrogateEscapes(bytes) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: Data(mended))
    }

    /// `bytes` with each `\uXXXX` escape of a surrogate that is not half of a pair replaced by
    /// `\ufffd`; nil when there is none.
    static func replacingLoneSurrogateEscapes(_ bytes: [UInt8]) -> [UInt8]? {
        func escapedUnit(at index: Int) -> UInt16? {
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
            return UInt16(String(decoding: bytes[index + 2..<index + 6], as: UTF8.self), radix: 16)
        }
        var result: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            guard let unit = escapedUnit(at: index) else {
                // Any other escape is two bytes, an escaped backslash included.
                index += 2
                continue
            }
            if (0xD800...0xDBFF).contains(unit), let next = escapedUnit(at: index + 6), (0xDC00...0xDFFF).contains(next) {
                index += 12
            } else if (0xD800...0xDFFF).contains(unit) {
                result += bytes[copied..<index] + Array("\\ufffd".utf8)
                index += 6
                copied = index
            } else {
                index += 6
            }
        }
        return copied == 0 ? nil : result + bytes[copied...]
    }
}
