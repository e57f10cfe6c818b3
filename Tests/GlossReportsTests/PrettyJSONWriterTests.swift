@testable import GlossReports
import Testing

/// ``PrettyJSONWriter`` must write the very bytes ``FoundationJSON`` (Foundation's encoder) writes, so
/// the check report keeps its format while skipping the encoder.
@Suite struct PrettyJSONWriterTests {
    /// A JSON value with keys in sorted order, written both ways.
    indirect enum Value: Encodable, Sendable {
        case string(String)
        case integer(Int)
        case array([Value])
        case object([(String, Value)])

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .string(let value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case .integer(let value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case .array(let values):
                var container = encoder.unkeyedContainer()
                for value in values { try container.encode(value) }
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for (key, value) in members { try container.encode(value, forKey: Key(stringValue: key)) }
            }
        }

        func write(to json: inout PrettyJSONWriter) {
            switch self {
            case .string(let value): json.string(value)
            case .integer(let value): json.integer(value)
            case .array(let values): json.array(values) { json, value in value.write(to: &json) }
            case .object(let members):
                json.object { json in
                    for (key, value) in members {
                        json.key(escaping: key)
                        value.write(to: &json)
                    }
                }
            }
        }
    }

    /// Every ASCII character, DEL and the C1 controls, line and paragraph separators, a byte
    /// order mark, CJK text and an emoji with a modifier.
    static let hostile: String = {
        var text = ""
        for value in 0..<0xA0 { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        return text + "\u{2028}\u{2029}\u{FEFF}兰州 👍🏽 /slash/ \\u0000"
    }()

    static let values: [Value] = [
        .object([]),
        .array([]),
        .object([("a", .array([])), ("b", .object([])), ("c", .integer(-3))]),
        .object([
            ("diagnostics", .array([
                .object([("claim", .string(hostile)), ("location", .object([("end", .integer(0)), ("path", .string("a/b.yaml"))])),
                         ("related", .array([.object([("message", .string("\"quoted\" \\ tab\t"))])]))]),
                .object([("related", .array([]))]),
            ])),
            ("summary", .object([("claims", .integer(Int.max)), ("errors", .integer(0))])),
            ("version", .integer(1)),
        ]),
        .array([.string(""), .string(hostile), .integer(Int.min), .array([.array([])])]),
    ]

    /// Pieces written on several cores join into the same bytes, whether kept or handed to an
    /// output as they are done: across piece (1,024) and batch (16 pieces) boundaries, inside an
    /// object, and for no elements at all.
    @Test(arguments: [0, 1, 1024, 1025, 16384, 16385, 40000], [false, true])
    func concurrentArraysWriteWhatFoundationWrites(_ count: Int, streamed: Bool) {
        let elements = (0..<count).map { Value.object([("index", .integer($0)), ("text", .string($0 % 7 == 0 ? Self.hostile : "x"))]) }
        let expected = FoundationJSON.encode(Value.object([("items", .array(elements)), ("total", .integer(count))]))
        func write(into json: inout PrettyJSONWriter) {
            json.object { json in
                json.key("items")
                json.array(concurrently: elements) { json, element in element.write(to: &json) }
                json.key("total")
                json.integer(count)
            }
        }
        guard streamed else {
            var json = PrettyJSONWriter()
            write(into: &json)
            #expect(json.finish() == expected)
            return
        }
        var output: [UInt8] = []
        var handedOverBeforeTheEnd = false
        withoutActuallyEscaping({ (piece: UnsafeRawBufferPointer) in output.append(contentsOf: piece) }) { sink in
            var json = PrettyJSONWriter(output: sink)
            write(into: &json)
            handedOverBeforeTheEnd = !output.isEmpty
            json.finish(into: sink)
        }
        #expect(count < 1024 || handedOverBeforeTheEnd)
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    /// Strings are tested for escapes eight bytes at a time: every character that needs one is
    /// escaped wherever it falls in those steps, and near ones (DEL, space, `!`, `#`, `[`, `]`,
    /// non-ASCII) are not.
    @Test(arguments: ["\u{0}", "\u{1F}", "\"", "\\", "\n", "\u{7F}", " ", "!", "#", "[", "]", "é", "兰"])
    func escapesAreFoundAtEveryOffset(_ special: String) {
        for length in 0..<20 {
            for position in 0...length {
                let text = String(repeating: "a", count: position) + special + String(repeating: "b", count: length - position)
                var json = PrettyJSONWriter()
                json.string(text)
                #expect(json.finish() == FoundationJSON.encode(Value.string(text)), "\(length) \(position)")
            }
        }
    }

    /// Member names written in the program are copied in words, and the starts of lines stored in
    /// words: names of every length up to past two words, at every depth up to past the eight
    /// levels that the first two words of spaces indent, each followed by an array and an empty
    /// object.
    @Test func namesWrittenInTheProgramAtEveryDepth() {
        let names: [StaticString] = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi",
                                     "abcdefghij", "abcdefghijk", "abcdefghijkl", "abcdefghijklm", "abcdefghijklmn",
                                     "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr"]
        func write(_ name: StaticString, levels: Int, into json: inout PrettyJSONWriter) {
            json.object { json in
                json.key(name)
                if levels == 0 { json.integer(-1) } else { write(name, levels: levels - 1, into: &json) }
                json.key("z")
                json.array([1, 22]) { json, number in json.integer(number) }
                json.key("zz")
                json.object { _ in }
            }
        }
        func expected(_ name: StaticString, levels: Int) -> Value {
            .object([(name.description, levels == 0 ? .integer(-1) : expected(name, levels: levels - 1)),
                     ("z", .array([.integer(1), .integer(22)])), ("zz", .object([]))])
        }
        for name in names {
            for levels in 0..<20 {
                var json = PrettyJSONWriter()
                write(name, levels: levels, into: &json)
                #expect(json.finish() == FoundationJSON.encode(expected(name, levels: levels)), "\(name) \(levels)")
            }
        }
    }

    @Test(arguments: values.indices)
    func writesWhatFoundationWrites(_ index: Int) {
        var json = PrettyJSONWriter()
        Self.values[index].write(to: &json)
        #expect(json.finish() == FoundationJSON.encode(Self.values[index]))
    }
}
