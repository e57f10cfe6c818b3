import Foundation
import GlossReports

/// A JSON-RPC request id: the protocol allows integers and strings.
public enum RequestID: Hashable, Sendable, Codable {
    case int(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) { self = .int(value) } else { self = .string(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    init?(_ value: JSONValue) {
        switch value {
        case .int(let number): self = .int(number)
        case .string(let text): self = .string(text)
        default: return nil
        }
    }
}

/// A JSON-RPC error object, with the codes JSON-RPC 2.0 and LSP 3.17 define for what Gloss answers.
public struct ResponseError: Error, Hashable, Sendable, Codable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let serverNotInitializedCode = -32002
    public static let requestFailedCode = -32803

    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: invalidParamsCode, message: message) }
    static func requestFailed(_ message: String) -> ResponseError { ResponseError(code: requestFailedCode, message: message) }
}

/// One message from the client, classified by the members it has.
enum IncomingMessage: Equatable {
    case request(id: RequestID, method: String, params: JSONValue?)
    case notification(method: String, params: JSONValue?)
    case response(id: RequestID, result: JSONValue?, error: ResponseError?)
    /// A response with a null id: the client's answer to something of ours it could not read.
    /// Logged, never answered: JSON-RPC forbids replying to a response, and two peers that did
    /// could answer each other forever.
    case responseWithoutID(error: ResponseError?)
    /// Not a message the protocol allows: answered with the error (and the id, when one could be read).
    case invalid(id: RequestID?, ResponseError)

    init(body: [UInt8]) {
        guard let json = JSONValue.parse(body) else {
            self = .invalid(id: nil, ResponseError(code: ResponseError.parseErrorCode, message: "the message is not JSON"))
            return
        }
        guard case .object(let members) = json else {
            self = .invalid(id: nil, ResponseError(code: ResponseError.invalidRequestCode, message: "a message must be a JSON object"))
            return
        }
        let id = members["id"].flatMap(RequestID.init)
        func invalid(_ message: String) -> IncomingMessage {
            .invalid(id: id, ResponseError(code: ResponseError.invalidRequestCode, message: message))
        }
        guard members["jsonrpc"] == .string("2.0") else {
            self = invalid("`jsonrpc` must be \"2.0\"")
            return
        }
        if let rawID = members["id"], rawID != .null, id == nil {
            self = invalid("`id` must be an integer or a string")
            return
        }
        let params = members["params"]
        switch params {
        case nil, .null?, .object?, .array?: break
        default:
            self = invalid("`params` must be an object or an array")
            return
        }
        switch members["method"] {
        case .string(let method)?:
            self = id.map { .request(id: $0, method: method, params: params) } ?? .notification(method: method, params: params)
        case nil where members["result"] != nil || members["error"] != nil:
            let error = members["error"].flatMap { try? JSONRPCCoding.decode(ResponseError.self, from: $0) }
            self = id.map { .response(id: $0, result: members["result"], error: error) } ?? .responseWithoutID(error: error)
        default:
            self = invalid("a message needs a `method` (or, for a response, an `id` and a `result` or `error`)")
        }
    }
}

/// Encoding and decoding between JSON values, typed messages and bytes, in one configuration.
enum JSONRPCCoding {
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        // Every message is built from Codable types whose encoding cannot fail.
        (try? JSONStreamEncoder.encode(value)) ?? Array("null".utf8)
    }
}

/// A response: the result, or an error, to the request with the id (null when it could not be read).
struct OutgoingResponse<Result: Encodable>: Encodable {
    var id: RequestID?
    var result: Result?
    var error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        if let error { try container.encode(error, forKey: .error) } else { try container.encode(result, forKey: .result) }
    }
}

/// A notification or, with an id, a request from the server to the client.
struct OutgoingCall<Params: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID?
    var method: String
    var params: Params
}
