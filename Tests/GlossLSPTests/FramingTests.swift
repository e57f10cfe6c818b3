import Testing
@testable import GlossLSP
@testable import GlossReports

@Suite struct FramingTests {
    private func frames(_ chunks: [String]) -> [MessageFramer.Frame] {
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        for chunk in chunks {
            framer.append(Array(chunk.utf8))
            while let frame = framer.next() { frames.append(frame) }
        }
        return frames
    }

    private func message(_ body: String) -> MessageFramer.Frame { .message(Array(body.utf8)) }

    @Test func bodiesSplitAcrossReadsAndSharingOne() {
        #expect(frames(["Content-Le", "ngth: 2\r\n\r", "\n{}Content-Length: 4\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,2]"])
                == [message("{}"), message("[1,2")])
        #expect(frames(["content-length:3\r\n\r\n1"]) == [])
    }

    @Test func lengthCountsBytesNotCharacters() {
        let body = "{\"t\":\"兰州😀\"}"
        #expect(frames(["Content-Length: \(body.utf8.count)\r\n\r\n\(body)"]) == [message(body)])
    }

    @Test func malformedHeadersAreSkippedToTheNextMessage() {
        let result = frames(["Content-Length: ten\r\n\r\n{}", "Content-Length: 2\r\n\r\n{}",
                             "X-Nothing\r\n\r\n", "Content-Length: 2\r\n\r\n[]",
                             "Content-Type: json\r\n\r\n{}", "Content-Length: 1\r\n\r\n1"])
        #expect(result.filter { if case .malformed = $0 { true } else { false } }.count == 3)
        #expect(result.filter { if case .message = $0 { true } else { false } } == [message("{}"), message("[]"), message("1")])
    }

    @Test func anEndlessHeaderIsDropped() {
        let junk = String(repeating: "x", count: MessageFramer.maximumHeaderBytes + 10)
        let result = frames([junk, "Content-Length: 2\r\n\r\n{}"])
        #expect(result.first.map { if case .malformed = $0 { true } else { false } } == true)
        #expect(result.last == message("{}"))
    }

    /// A body over the limit is reported once and dropped as it arrives, never held; the
    /// message after it is read. Read as headers, its bytes were reported every 8 KB.
    @Test func aBodyOverTheLimitIsSkippedOnce() {
        var framer = MessageFramer()
        var frames: [MessageFramer.Frame] = []
        let length = MessageFramer.maximumBodyBytes + 5
        framer.append(Array("Content-Length: \(length)\r\n\r\n".utf8) + [UInt8](repeating: 32, count: 1_000))
        while let frame = framer.next() { frames.append(frame) }
        let chunk = [UInt8](repeating: 120, count: 1 << 20)
        var sent = 1_000
        while sent < length {
            let piece = chunk.prefix(length - sent)
            framer.append(piece)
            sent += piece.count
            while let frame = framer.next() { frames.append(frame) }
        }
        framer.append(Array("Content-Length: 2\r\n\r\n{}".utf8))
        while let frame = framer.next() { frames.append(frame) }
        #expect(frames == [.malformed("the message is \(length) bytes, over the limit of \(MessageFramer.maximumBodyBytes) bytes; it is skipped"),
                           message("{}")])
    }

    @Test func framingWritesTheByteLength() {
        #expect(MessageFramer.frame(Array("é".utf8)) == Array("Content-Length: 2\r\n\r\né".utf8))
    }

    @Test func messagesAreClassified() {
        func classify(_ text: String) -> IncomingMessage { IncomingMessage(body: Array(text.utf8)) }
        #expect(classify(#"{"jsonrpc":"2.0","id":1,"method":"m","params":{}}"#) == .request(id: .int(1), method: "m", params: .object([:])))
        #expect(classify(#"{"jsonrpc":"2.0","method":"n"}"#) == .notification(method: "n", params: nil))
        #expect(classify(#"{"jsonrpc":"2.0","id":"a","result":null}"#) == .response(id: .string("a"), result: .null, error: nil))
        #expect(classify(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}"#)
                == .responseWithoutID(error: ResponseError(code: -32700, message: "x")))
        func code(_ text: String) -> Int? { if case .invalid(_, let error) = classify(text) { error.code } else { nil } }
        #expect(code("{nope") == ResponseError.parseErrorCode)
        #expect(code("[1]") == ResponseError.invalidRequestCode)
        #expect(code(#"{"id":1,"method":"m"}"#) == ResponseError.invalidRequestCode)
        #expect(code(#"{"jsonrpc":"2.0","id":[1],"method":"m"}"#) == ResponseError.invalidRequestCode)
        #expect(code(#"{"jsonrpc":"2.0","id":1,"method":"m","params":3}"#) == ResponseError.invalidRequestCode)
        #expect(code(#"{"jsonrpc":"2.0","id":1}"#) == ResponseError.invalidRequestCode)
    }

    /// An editor sends half a surrogate pair escaped on its own when the user's text holds one:
    /// it reads as U+FFFD, and the rest of the message (a whole `didOpen`) is not lost.
    @Test func aLoneSurrogateEscapeReadsAsAReplacementCharacter() {
        let text = #"{"a":"x\ud800y","b":"\ud83d\ude00","c":"\\ud800","d":"\udc00"}"#
        #expect(JSONValue.parse(Array(text.utf8)) == .object(["a": .string("x\u{FFFD}y"), "b": .string("😀"), "c": .string("\\ud800"),
                                                             "d": .string("\u{FFFD}")]))
        #expect(JSONValue.replacingLoneSurrogateEscapes(Array(#"{"b":"\ud83d\ude00"}"#.utf8)) == nil)
        #expect(JSONValue.parse(Array(#"{"a":"\ud800"#.utf8)) == nil, "still not JSON")
    }

    @Test func theStreamingEncoderWritesJSONThatParsesBack() {
        let value = JSONValue.object(["text": .string("a\"b\\c\n\u{1}兰😀"), "list": .array([.int(-3), .double(2.5), .bool(true), .null])])
        #expect(JSONValue.parse(JSONRPCCoding.encode(value)) == value)
        let response = OutgoingResponse<JSONValue>(id: nil, result: nil, error: nil)
        #expect(String(decoding: JSONRPCCoding.encode(response), as: UTF8.self) == #"{"jsonrpc":"2.0","id":null,"result":null}"#)
    }
}
