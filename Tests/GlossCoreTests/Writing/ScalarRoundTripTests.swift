import BenchmarkSupport
import GlossCore
import Testing

/// Whatever `gloss fix`, `add`, `import` or `suggest --write` writes into an annotation file
/// (context taken from an article, a reviewer's note) must read back as the very same text, in
/// every style a file may already use and inside flow collections too. Seeded random values of
/// YAML's indicators, words it resolves, line breaks, controls, noncharacters and the rest.
@Suite struct ScalarRoundTripTests {
    static let pieces: [String] = [
        "a", "Z", "0", " ", "  ", "-", "- ", "--- ", "...", "?", "? ", ":", ": ", ",", "[", "]", "{", "}", "#", " #", "&", "*",
        "!", "|", ">", "'", "\"", "%", "@", "`", "\\", "=", "<<", "~", "true", "null", "no", "1e3", "0x1", "2022-10-03", "12:30",
        "\u{0}", "\u{1}", "\t", "\n", "\r", "\r\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{202E}",
        "\u{200F}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "e\u{301}", "兰州", "😀", "\u{10FFFF}", "\u{3000}",
    ]

    /// `count` values of up to five pieces each, the same every run.
    static func values(count: Int) -> [String] {
        var random = SeededGenerator(state: 0x5EED)
        return (0..<count).map { _ in (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined() }
    }

    /// All the values in one document (each parse of a debug build has a fixed cost of several
    /// milliseconds), as `k<n>: value`, or inside `[…]`, where `,` and `]` end a plain scalar.
    @Test(arguments: [nil, YAMLScalarStyle.plain, .singleQuoted, .doubleQuoted], [false, true])
    func everyValueReadsBackAsWritten(style: YAMLScalarStyle?, inFlow: Bool) throws {
        let values = Self.values(count: 3_000)
        let lines = values.enumerated().map { index, value in
            let written = YAMLScalarWriter.render(value, style: style, inFlow: inFlow)
            return "k\(index): " + (inFlow ? "[\(written)]" : written)
        }
        let root = try #require(try YAMLParser.parse(Array((lines.joined(separator: "\n") + "\n").utf8)))
        #expect(root.pairs.count == values.count)
        for (pair, (value, line)) in zip(root.pairs, zip(values, lines)) {
            let node = inFlow ? pair.value.sequence?.first : pair.value
            #expect(node?.scalar.map { Array($0.unicodeScalars) } == Array(value.unicodeScalars), "\(value.debugDescription) as \(line.debugDescription)")
            #expect(node?.isNull == false, "written as null: \(line.debugDescription)")
        }
    }
}
