import BenchmarkSupport
import Foundation
import GlossCore
@testable import GlossReports
import Testing

/// A message, a path or a note can hold whatever a document or an annotation file holds:
/// controls and escape sequences, the quotes and delimiters of every format, line and paragraph
/// separators, bidirectional controls, noncharacters, scalars inside characters. Seeded random
/// strings of those go through every format a machine reads and are read back by an independent
/// parser: each output must parse and give the text back as its format promises. The reporters
/// pass a string with nothing to escape through whole, told by its bytes; those shortcuts are
/// checked here against the rule they stand in front of, applied scalar by scalar.
@Suite struct HostileTextTests {
    /// Strings of up to 24 pieces of ``pieces``, the same every run for a seed.
    struct Strings: Sequence, IteratorProtocol {
        static let pieces: [String] = [
            "a", "Z", "0", " ", "-", ".", "/",
            "\"", "\\", "<", ">", "&", "'", "%", ":", ",", "[", "]", "(", ")", "#", "::",
            "\u{0}", "\u{1}", "\t", "\n", "\r", "\r\n", "\u{1B}]0;x\u{7}", "\u{7F}", "\u{85}", "\u{9B}",
            "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}",
            "e\u{301}", "é", "兰州", "😀", "👩\u{200D}👩\u{200D}👧", "\u{10FFFF}",
        ]

        private var random: SeededGenerator
        private var left: Int

        init(seed: UInt64, count: Int = 1_000) {
            random = SeededGenerator(state: seed)
            left = count
        }

        mutating func next() -> String? {
            guard left > 0 else { return nil }
            left -= 1
            var text = ""
            for _ in 0..<random.next(25) { text += Self.pieces[random.next(Self.pieces.count)] }
            return text
        }
    }

    /// `text` with `rule` asked of every scalar: what each escaping means, without its shortcuts.
    static func scalarByScalar(_ text: String, _ rule: (Unicode.Scalar) -> String?) -> String {
        text.unicodeScalars.map { rule($0) ?? String($0) }.joined()
    }

    /// The same scalars: `String`'s `==` calls `e` with a combining accent equal to `é`, and a
    /// reporter that changed one into the other would have changed the text.
    static func same(_ one: String?, _ other: String?) -> Bool {
        one.map { Array($0.unicodeScalars) } == other.map { Array($0.unicodeScalars) }
    }

    static func same(_ one: [String?], _ other: [String]) -> Bool {
        one.count == other.count && zip(one, other).allSatisfy { same($0, $1) }
    }

    /// A failing diagnostic on line `index + 1` of its own file, with a related location on every
    /// other one; its message, path and note are random.
    static func diagnostics(seed: UInt64, count: Int = 400) -> [Diagnostic] {
        var strings = Strings(seed: seed, count: 4 * count)
        return (0..<count).map { index in
            let (message, path, note, notePath) = (strings.next()!, strings.next()!, strings.next()!, strings.next()!)
            let range = TextRange(start: TextPosition(offset: 0, line: index + 1, column: 1),
                                  end: TextPosition(offset: 1, line: index + 1, column: 2))
            let related = index.isMultiple(of: 2) ? [] : [RelatedLocation(location: Location(path: notePath, range: range), message: note)]
            return Diagnostic(ruleID: "schema", severity: .error, finding: Finding(
                message: message, location: Location(path: "Annotations/\(index)-" + path, range: range), related: related))
        }
    }

    static func result(_ diagnostics: [Diagnostic]) -> CheckResult {
        CheckResult(analysis: Analysis(configuration: Configuration(), registry: Registry(sources: [], places: []), files: [],
                                       registryProblems: [], yamlTexts: [:]),
                    diagnostics: diagnostics)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func escapingReplacesScalarsAsTheRuleSays(seed: UInt64) {
        let rules: [@Sendable (Unicode.Scalar) -> String?] = [
            { $0 == "%" ? "%25" : $0 == "\n" ? "%0A" : $0 == "\r" ? "%0D" : nil },
            { $0.isASCII ? nil : "?" },
            { $0 == "\u{301}" || $0 == "\u{200D}" ? "" : nil },
        ]
        for text in Strings(seed: seed) {
            for rule in rules {
                let expected = Self.scalarByScalar(text, rule)
                #expect(Self.same(text.replacingScalars(rule), expected), "\(text.debugDescription)")
                var line = "x=\r"
                line.append(text, replacingScalars: rule)
                #expect(Self.same(line, "x=\r" + expected), "\(text.debugDescription)")
            }
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func controlCharactersFoundByTheirBytesAreThoseFoundByTheirScalars(keepingLineFeeds: Bool, keepingCarriageReturns: Bool) {
        for text in Strings(seed: 4) {
            let expected = Self.scalarByScalar(text) {
                ControlCharacters.replacement(for: $0, keepingLineFeeds: keepingLineFeeds, keepingCarriageReturns: keepingCarriageReturns)
            }
            let replaced = text.replacingControlCharacters(keepingLineFeeds: keepingLineFeeds, keepingCarriageReturns: keepingCarriageReturns)
            #expect(Self.same(replaced, expected), "\(text.debugDescription)")
        }
    }

    /// JSON carries any string: every message, path and note comes back exactly. (Read back with
    /// `JSONDecoder`: Foundation's `JSONSerialization` here drops a U+FEFF that opens a string.)
    @Test func jsonGivesEveryTextBack() throws {
        let diagnostics = Self.diagnostics(seed: 5)
        let output = try #require(JSONValue.parse(Array(JSONReporter().report(Self.result(diagnostics)).utf8)))
        let written = try #require(output["diagnostics"]?.arrayValue)
        #expect(written.count == diagnostics.count)
        for (diagnostic, object) in zip(diagnostics, written) {
            #expect(Self.same(object["message"]?.stringValue, diagnostic.message))
            #expect(Self.same(object["location"]?["path"]?.stringValue, diagnostic.location.path))
            let related = object["related"]?.arrayValue ?? []
            #expect(Self.same(related.map { $0["message"]?.stringValue }, diagnostic.related.map(\.message)))
            #expect(Self.same(related.map { $0["location"]?["path"]?.stringValue }, diagnostic.related.map(\.location.path)))
        }
    }

    /// SARIF reads `[text](id)` in a message as a link and `\` as escaping what follows, so those
    /// three are escaped and nothing else; a path is a URI with every other byte percent-encoded.
    @Test func sarifGivesEveryTextBackEscapedForItsMessages() throws {
        let diagnostics = Self.diagnostics(seed: 6)
        let output = try #require(JSONValue.parse(Array(SARIFReporter().report(Self.result(diagnostics)).utf8)))
        let results = try #require(output["runs"]?[0]?["results"]?.arrayValue)
        #expect(results.count == diagnostics.count)
        func escaped(_ text: String) -> String { Self.scalarByScalar(text) { "[]\\".unicodeScalars.contains($0) ? "\\\($0)" : nil } }
        func uri(_ location: JSONValue?) -> String? { location?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue }
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/%".unicodeScalars)
        for result in results {
            let location = result["locations"]?[0]
            let line = try #require(location?["physicalLocation"]?["region"]?["startLine"]?.intValue)
            let diagnostic = diagnostics[line - 1]
            let links = diagnostic.related.map { " ([\(escaped($0.message))](1))" }.joined()
            #expect(Self.same(result["message"]?["text"]?.stringValue, escaped(diagnostic.message) + links))
            let written = try #require(uri(location))
            #expect(written.unicodeScalars.allSatisfy(unreserved.contains) && Self.same(PercentEncoding.decoded(written), diagnostic.location.path))
            let related = result["relatedLocations"]?.arrayValue ?? []
            #expect(Self.same(related.map { $0["message"]?["text"]?.stringValue }, diagnostic.related.map { escaped($0.message) }))
            #expect(Self.same(related.map { uri($0).map(PercentEncoding.decoded) }, diagnostic.related.map(\.location.path)))
        }
    }

    /// XML 1.0 cannot carry most C0 controls, U+FFFE or U+FFFF: they become U+FFFD, as do the
    /// controls made visible everywhere; line breaks and tabs survive as character references.
    @Test func junitIsWellFormedAndGivesTextsBackAsShown() throws {
        let diagnostics = Self.diagnostics(seed: 7)
        let elements = try JUnitTests.Elements.parse(JUnitReporter().report(Self.result(diagnostics)))
        func shown(_ text: String) -> String {
            Self.scalarByScalar(text) {
                $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : ControlCharacters.replacement(for: $0, keepingLineFeeds: true)
            }
        }
        var messages: [String: String] = [:]
        var suite = ""
        for element in elements {
            if element.name == "testsuite" { suite = element.attributes["name"] ?? "" }
            if element.name == "failure" { messages[suite] = element.attributes["message"] }
        }
        #expect(messages.count == diagnostics.count)
        for diagnostic in diagnostics {
            #expect(Self.same(messages[shown(diagnostic.location.path)], shown(diagnostic.message)), "\(diagnostic.message.debugDescription)")
        }
    }

    /// One workflow command a line, whatever the message holds; its data and properties read
    /// back as the Actions toolkit escapes them (every `%` begins an escape), with controls made
    /// visible. Read as scalars: a combining accent after `::` or `=` makes one character with it.
    @Test func githubWritesOneCommandALineThatReadsBack() throws {
        let diagnostics = Self.diagnostics(seed: 8)
        func shown(_ text: String) -> String {
            Self.scalarByScalar(text) { $0 == "\n" || $0 == "\r" ? nil : ControlCharacters.replacement(for: $0) }
        }
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
        let (separator, file) = (Array("::".unicodeScalars), Array("error file=".unicodeScalars))
        for diagnostic in diagnostics {
            var line = Array(GitHubReporter.line(diagnostic).unicodeScalars)
            #expect(line.last == "\n" && !line.dropLast().contains { $0 == "\n" || $0 == "\r" })
            line.removeLast()
            try #require(line.starts(with: separator + file))
            let properties = try #require(line[2...].firstRange(of: separator))
            let fileEnd = try #require(line[..<properties.lowerBound].firstIndex(of: ","))
            #expect(Self.same(PercentEncoding.decoded(text(line[(2 + file.count)..<fileEnd])), shown(diagnostic.location.path)))
            // The message, then a line for each note.
            let notes = diagnostic.related.map { "\n" + shown(TextReporter.note($0)) }.joined()
            #expect(Self.same(PercentEncoding.decoded(text(line[properties.upperBound...])), shown(diagnostic.message) + notes),
                    "\(diagnostic.message.debugDescription)")
        }
    }

    /// In a report's HTML, text opens no tag, ends no attribute and starts no entity of its own:
    /// `<`, `>`, `"` and `'` are written only as entities, and `&` only to begin one; read back,
    /// the entities give the text with its controls made visible.
    @Test func htmlEscapingLeavesOnlyTextAndItsEntities() throws {
        let entities: [String: Unicode.Scalar] = ["&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&amp;": "&"]
        for text in Strings(seed: 10) {
            var html = ""
            html.appendEscapingHTML(text)
            var read = String.UnicodeScalarView()
            var scalars = html.unicodeScalars[...]
            while let scalar = scalars.popFirst() {
                #expect(!"<>\"'".unicodeScalars.contains(scalar), "\(html.debugDescription)")
                guard scalar == "&" else { read.append(scalar); continue }
                let name = "&" + String(String.UnicodeScalarView(scalars.prefix { $0 != ";" })) + ";"
                let entity = try #require(entities[name], "\(html.debugDescription)")
                read.append(entity)
                scalars = scalars.dropFirst(name.unicodeScalars.count - 1)
            }
            let shown = Self.scalarByScalar(text) { ControlCharacters.replacement(for: $0, keepingLineFeeds: true, keepingCarriageReturns: true) }
            #expect(Self.same(String(read), shown), "\(text.debugDescription)")
        }
    }

    /// What a terminal shows: no control character but line feed and tab, nothing that reorders a line.
    @Test func textShowsNoControlCharacter() {
        let diagnostics = Self.diagnostics(seed: 9)
        let output = TextReporter().report(Self.result(diagnostics))
        let shownControls = output.unicodeScalars.filter { ControlCharacters.replacement(for: $0, keepingLineFeeds: true) != nil }
        #expect(shownControls.isEmpty, "\(shownControls.map { "U+" + String($0.value, radix: 16) })")
        // Looked for as scalars: a message that opens with a combining accent makes one character
        // with the space before it.
        let scalars = Array(output.unicodeScalars)
        for diagnostic in diagnostics {
            let headline = "error: " + Self.scalarByScalar(diagnostic.message) { ControlCharacters.replacement(for: $0) } + " [schema]\n"
            #expect(scalars.firstRange(of: Array(headline.unicodeScalars)) != nil, "\(diagnostic.message.debugDescription)")
        }
    }
}
