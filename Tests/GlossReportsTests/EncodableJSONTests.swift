@testable import GlossReports
import Testing

/// `PrettyJSONWriter.encoded(_:)` must write what ``FoundationJSON`` (Foundation's encoder) writes for
/// the same value, since the large JSON report and export write their elements with it and keep
/// their formats.
@Suite struct EncodableJSONTests {
    struct Inner: Encodable {
        var zeta: String
        var alpha: Int?
        var coordinates: [Double]
    }

    /// Keys out of order, renamed keys, every optional both ways, nesting, a dictionary, and
    /// numbers of every kind.
    struct Sample: Encodable {
        var name: String
        var count: Int
        var flag: Bool
        var ratio: Double
        var missing: String?
        var present: Int?
        var inner: [Inner]
        var empty: [Int]
        var nothing: [String: Int]
        var table: [String: Int]
        var nested: [[String]]
        var wide: UInt64
        var narrow: Int8
        var single: Float

        enum CodingKeys: String, CodingKey {
            case name = "@context", count, flag, ratio, missing, present, inner, empty, nothing, table, nested, wide, narrow, single
        }
    }

    /// Written by hand: nested containers, explicit nulls and a super encoder.
    struct Handwritten: Encodable {
        enum Keys: String, CodingKey { case b, a, list, parent }
        enum InnerKeys: String, CodingKey { case y, x }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeNil(forKey: .b)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .a)
            try inner.encode("why", forKey: .y)
            try inner.encode(true, forKey: .x)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            try list.encodeNil()
            var row = list.nestedUnkeyedContainer()
            try row.encode("in")
            var cell = list.nestedContainer(keyedBy: InnerKeys.self)
            try cell.encode(2, forKey: .x)
            try Inner(zeta: "z", alpha: nil, coordinates: []).encode(to: container.superEncoder(forKey: .parent))
        }
    }

    static let doubles: [Double] = [0, -0.0, 1, 1.5, 0.1, 103.8, 36.06, 1e20, 1e21, 1e-5, 1e-7, 1.2345678901234568e17,
                                    .greatestFiniteMagnitude, .leastNonzeroMagnitude, 3e15, 1e16, 0.000123, -2.5]

    static func sample(_ text: String) -> Sample {
        Sample(name: text, count: -7, flag: false, ratio: 0.984, missing: nil, present: 3,
               inner: [Inner(zeta: "b", alpha: nil, coordinates: doubles), Inner(zeta: "", alpha: 0, coordinates: [])],
               empty: [], nothing: [:], table: ["b": 2, "B": 1, "a10": 3, "a9": 4, "é": 5, "$schema": 6, "_": 7],
               nested: [[], ["x"], [text]], wide: .max, narrow: .min, single: 0.1)
    }

    static func written(_ value: some Encodable) -> String {
        var json = PrettyJSONWriter()
        json.encoded(value)
        return json.finish()
    }

    @Test(arguments: ["plain", PrettyJSONWriterTests.hostile])
    func writesWhatFoundationWrites(_ text: String) {
        #expect(Self.written(Self.sample(text)) == FoundationJSON.encode(Self.sample(text)))
    }

    @Test func handwrittenContainersWriteWhatFoundationWrites() {
        #expect(Self.written(Handwritten()) == FoundationJSON.encode(Handwritten()))
        #expect(Self.written([Handwritten(), Handwritten()]) == FoundationJSON.encode([Handwritten(), Handwritten()]))
    }

    @Test func topLevelScalarsWriteWhatFoundationWrites() {
        #expect(Self.written(42) == FoundationJSON.encode(42))
        #expect(Self.written("text") == FoundationJSON.encode("text"))
        #expect(Self.written(Int?.none) == FoundationJSON.encode(Int?.none))
        #expect(Self.written(Self.doubles) == FoundationJSON.encode(Self.doubles))
    }

    /// JSON has no spelling for them; Foundation refuses the whole document, the writer writes null.
    @Test func nonFiniteNumbersAreNull() {
        #expect(Self.written([Double.nan, .infinity, -.infinity]) == "[\n  null,\n  null,\n  null\n]\n")
    }
}
