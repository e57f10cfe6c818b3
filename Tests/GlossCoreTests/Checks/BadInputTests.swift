import GlossCore
import Testing

/// Broken and hostile annotation files: each must produce a clear finding at the right file,
/// line and column, and never a crash or a hang.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var annotation: [UInt8]
        var document: [UInt8]? = nil
        var rule: String
        var path: String = RuleExample.annotationPath
        var line: Int
        var column: Int
        var mentions: String

        var testDescription: String { name }
    }

    static func yaml(_ text: String) -> [UInt8] { Array(text.utf8) }
    static let header = RuleExample.header

    static let cases: [Case] = [
        Case(name: "malformed YAML", annotation: yaml(header + "title: \"unclosed\nclaims: []\n"),
             rule: "yaml-syntax", line: 5, column: 1, mentions: "unexpected end of stream"),
        Case(name: "tab indentation", annotation: yaml(header + "claims:\n\t- id: crowd\n"),
             rule: "yaml-syntax", line: 4, column: 1, mentions: "cannot start any token"),
        Case(name: "duplicate key", annotation: yaml(header + "document: Sources-Docs/other.md\n"),
             rule: "yaml-syntax", line: 3, column: 1, mentions: "duplicate key `document`"),
        Case(name: "unknown key", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: 24, end: 27}\n    atributed_to: the-daily\n"),
             rule: "schema", line: 7, column: 5, mentions: "did you mean `attributed_to`?"),
        Case(name: "wrong type", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: \"24\", end: 27}\n"),
             rule: "schema", line: 6, column: 35, mentions: "`start` must be an integer, found a string"),
        Case(name: "offset too large for any integer", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: 99999999999999999999, end: 99999999999999999999}\n"),
             rule: "invalid-value", line: 6, column: 35, mentions: "`start` must be at most 2147483647, found 99999999999999999999"),
        Case(name: "offset past the end", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: 24, end: 9999}\n"),
             rule: "invalid-value", line: 6, column: 44, mentions: "past the end of the document"),
        Case(name: "start after end", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: 27, end: 24}\n"),
             rule: "invalid-value", line: 6, column: 35, mentions: "the anchor's `start` is after its `end`"),
        Case(name: "start without end", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", start: 24}\n"),
             rule: "invalid-value", line: 6, column: 13, mentions: "the anchor has a `start` but no `end`"),
        Case(name: "end without start", annotation: yaml(header + "claims:\n  - id: crowd\n    kind: number\n    anchor: {quote: \"185\", end: 27}\n"),
             rule: "invalid-value", line: 6, column: 13, mentions: "the anchor has an `end` but no `start`"),
        Case(name: "document outside the workspace", annotation: yaml("gloss: 1\ndocument: ../../etc/passwd\n"),
             rule: "path-outside-workspace", line: 2, column: 11, mentions: "../../etc/passwd"),
        Case(name: "missing document", annotation: yaml("gloss: 1\ndocument: Sources-Docs/gone.md\n"),
             rule: "document-missing", line: 2, column: 11, mentions: "Sources-Docs/gone.md"),
        Case(name: "invalid UTF-8 in the document", annotation: yaml(header),
             document: Array("ab\ncaf".utf8) + [0xC3, 0x28] + Array(" x\n".utf8),
             rule: "document-unreadable", path: RuleExample.documentPath, line: 2, column: 4, mentions: "byte offset 6"),
        Case(name: "empty file", annotation: [], rule: "schema", line: 1, column: 1, mentions: "empty"),
        Case(name: "1,000-deep nesting", annotation: yaml(header + "title: " + String(repeating: "[", count: 1000) + "\n"),
             rule: "yaml-syntax", line: 3, column: 71, mentions: "64"),
        Case(name: "alias bomb", annotation: yaml(billionLaughs), rule: "yaml-syntax", line: 7, column: 8,
             mentions: "alias"),
        Case(name: "50 MB annotation file", annotation: [UInt8](repeating: UInt8(ascii: "#"), count: 50 << 20),
             rule: "yaml-syntax", line: 1, column: 1, mentions: "over the limit"),
        Case(name: "one claim over the claims limit", annotation: yaml(header + "claims:\n" + String(repeating: "- {}\n", count: 10_001)),
             rule: "invalid-value", line: 3, column: 1, mentions: "10001 claims exceed the limit of 10000"),
        Case(name: "NUL byte", annotation: yaml(header + "title: a\u{0}b\n"),
             rule: "yaml-syntax", line: 3, column: 9, mentions: "U+0000"),
        Case(name: "invalid UTF-8 in the annotation file", annotation: yaml(header + "title: caf") + [0xC3, 0x28] + yaml("\n"),
             rule: "yaml-syntax", line: 3, column: 11, mentions: "not valid UTF-8"),
        Case(name: "UTF-16 annotation file", annotation: [0xFF, 0xFE] + Array("gloss: 1\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
             rule: "yaml-syntax", line: 1, column: 1, mentions: "UTF-8"),
        Case(name: "escaped lone surrogate", annotation: yaml(header + "title: \"\\uD800\"\n"),
             rule: "yaml-syntax", line: 3, column: 11, mentions: "invalid Unicode character escape code"),
        Case(name: "byte order mark and CRLF", annotation: [0xEF, 0xBB, 0xBF] + yaml("gloss: 1\r\ndocument: Sources-Docs/example.md\r\ncolour: red\r\n"),
             rule: "schema", line: 3, column: 1, mentions: "unknown key `colour`"),
        Case(name: "mixed line endings", annotation: yaml("gloss: 1\r\ndocument: Sources-Docs/example.md\rclaims:\n  - id: crowd\r\n    kind: numbr\n"),
             rule: "invalid-value", line: 5, column: 11, mentions: "did you mean `number`?"),
        Case(name: "absolute document path", annotation: yaml("gloss: 1\ndocument: /etc/passwd\n"),
             rule: "path-outside-workspace", line: 2, column: 11, mentions: "/etc/passwd"),
        Case(name: "home-relative document path", annotation: yaml("gloss: 1\ndocument: ~/notes.md\n"),
             rule: "path-outside-workspace", line: 2, column: 11, mentions: "~/notes.md"),
        Case(name: "document path with a NUL", annotation: yaml("gloss: 1\ndocument: \"Sources-Docs/example.md\\0x\"\n"),
             rule: "invalid-value", line: 2, column: 11, mentions: "`document` holds the control character U+0000, which no path holds"),
        Case(name: "document path ending with a slash", annotation: yaml("gloss: 1\ndocument: Sources-Docs/example.md/\n"),
             rule: "invalid-value", line: 2, column: 11, mentions: "`document` ends with `/`, which names a folder"),
        Case(name: "document path ending with a dot part", annotation: yaml("gloss: 1\ndocument: Sources-Docs/example.md/.\n"),
             rule: "invalid-value", line: 2, column: 11, mentions: "`document` ends with `/.`, which names a folder"),
        Case(name: "document naming the workspace's own folder", annotation: yaml("gloss: 1\ndocument: \"Sources-Docs/..\"\n"),
             rule: "document-unreadable", line: 2, column: 11, mentions: "the document `.` cannot be read: it is a folder"),
        Case(name: "document path climbing out through a folder", annotation: yaml("gloss: 1\ndocument: Sources-Docs/../../outside.md\n"),
             rule: "path-outside-workspace", line: 2, column: 11, mentions: "Sources-Docs/../../outside.md"),
    ]

    static let billionLaughs: String = {
        var text = "gloss: 1\ndocument: Sources-Docs/example.md\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        return text
    }()

    @Test(arguments: cases)
    func reportedAtItsPlace(_ input: Case) throws {
        var files = [RuleExample.annotationPath: input.annotation]
        if let document = input.document { files[RuleExample.documentPath] = document }
        let diagnostics = RuleExample(bytes: files).diagnostics()
        let finding = try #require(diagnostics.first { $0.ruleID == input.rule },
                                   "no `\(input.rule)` among \(diagnostics.map { "\($0.ruleID): \($0.message)" })")
        #expect(finding.severity == .error)
        #expect(finding.location.path == input.path)
        #expect(finding.location.range.start.line == input.line)
        #expect(finding.location.range.start.column == input.column)
        #expect(finding.message.contains(input.mentions), "message: \(finding.message)")
    }
}
