import GlossCore

/// JUnit XML, for CI systems that show test results: one `<testsuite>` per annotation file, one
/// `<testcase>` per claim (`classname` the file, `name` the claim id) and one named `(file)` for
/// findings about the file rather than a claim. Each finding that fails the run (an error, or with
/// `--strict` a warning) is a `<failure>` (`type` the rule id, the location in the body); the
/// others are listed in `<system-out>`, so the file passes or fails as the run does. `failures`
/// counts the test cases with a failure; `errors` and `skipped` are always 0, as Gloss neither
/// crashes in a test nor skips one.
public struct JUnitReporter: PlainReporter {
    public static let identifier = "junit"
    /// The test case for findings that are about no claim. Claim ids cannot contain parentheses.
    public static let fileCaseName = "(file)"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        joinedReport(result)
    }

    /// Plans every suite first, since the totals come before them, then writes the suites a few
    /// dozen at a time on all cores.
    public func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void) {
        let byPath = Dictionary(grouping: result.diagnostics, by: \.location.path)
        let claimsByPath = Dictionary(grouping: result.analysis.claims.lazy.map { ($0.path, $0.id) }, by: \.0)
        let paths = Set(result.analysis.files.map(\.path)).union(byPath.keys).sorted()
        let suites = ConcurrentMap.map(paths) { path in
            Suite(path, claims: claimsByPath[path]?.map(\.1) ?? [], diagnostics: byPath[path] ?? [], fails: { result.isFailure($0) })
        }
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failures }
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"gloss\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n").write(to: output)
        OrderedPieces.render(count: suites.count, size: 32) { range in
            suites[range].map(\.xml).joined()
        } emit: { $0.write(to: output) }
        "</testsuites>\n".write(to: output)
    }

    /// One annotation file: a test case per claim, in file order, then any other claim ids
    /// findings name, then the `(file)` case.
    private struct Suite: Sendable {
        var path: String
        var cases: [(name: String, diagnostics: [Diagnostic])]
        var failures: Int
        /// Whether a finding fails the run (an error, or with `--strict` a warning).
        var fails: @Sendable (Diagnostic) -> Bool

        init(_ path: String, claims: [String], diagnostics: [Diagnostic], fails: @escaping @Sendable (Diagnostic) -> Bool) {
            self.path = path
            let byClaim = Dictionary(grouping: diagnostics) { $0.claimID ?? "" }
            var seen: Set<String> = []
            let names = (claims + byClaim.keys.filter { !$0.isEmpty }.sorted()).filter { seen.insert($0).inserted }
            cases = names.map { ($0, byClaim[$0] ?? []) } + [(JUnitReporter.fileCaseName, byClaim[""] ?? [])]
            self.fails = fails
            failures = cases.count { $0.diagnostics.contains(where: fails) }
        }

        var xml: String {
            var xml = "  <testsuite name=\(XML.attribute(path)) tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            for (name, diagnostics) in cases {
                xml += "    <testcase classname=\(XML.attribute(path)) name=\(XML.attribute(name))"
                guard !diagnostics.isEmpty else {
                    xml += "/>\n"
                    continue
                }
                xml += ">\n"
                for diagnostic in diagnostics where fails(diagnostic) {
                    xml += "      <failure type=\(XML.attribute(diagnostic.ruleID)) message=\(XML.attribute(diagnostic.message))>"
                        + XML.text(JUnitReporter.describe(diagnostic)) + "</failure>\n"
                }
                let others = diagnostics.filter { !fails($0) }
                if !others.isEmpty {
                    xml += "      <system-out>" + XML.text(others.map(JUnitReporter.describe).joined()) + "</system-out>\n"
                }
                xml += "    </testcase>\n"
            }
            return xml + "  </testsuite>\n"
        }
    }

    /// The text report's headline and notes, without the snippet.
    private static func describe(_ diagnostic: Diagnostic) -> String {
        TextReporter().headline(diagnostic) + "\n" + diagnostic.related.map { "  " + TextReporter.note($0) + "\n" }.joined()
    }
}

/// XML 1.0 escaping for text and attribute values. Characters XML 1.0 cannot carry at all (most
/// C0 controls) become U+FFFD, so a stray control character in a document cannot break a report.
enum XML {
    static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// A quoted attribute value; line breaks and tabs are kept as character references, which
    /// attribute normalization would otherwise turn into spaces. Test viewers and CI logs show
    /// attributes (a message, a file's path) as they show the failure's text, so control and
    /// bidirectional characters are made visible here too (``ControlCharacters``).
    static func attribute(_ value: String) -> String {
        "\"" + escape(value.replacingControlCharacters(keepingLineFeeds: true), inAttribute: true) + "\""
    }

    private static func attributeEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": "&quot;"
        case "'": "&apos;"
        case "\n": "&#10;"
        case "\r": "&#13;"
        case "\t": "&#9;"
        default: nil
        }
    }

    /// The attribute escapes first, in an attribute; every scalar is asked, so both are
    /// `switch`es rather than lookups.
    private static func escape(_ value: String, inAttribute: Bool) -> String {
        // Nearly every value needs nothing, and its bytes say so sooner than its scalars: asking
        // each scalar of each finding was 8 % of the instructions of a JUnit check. Every escaped
        // scalar but two is ASCII; U+FFFE and U+FFFF start with the byte EF.
        let plain = value.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: false
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): !inAttribute
            case ..<0x20: false
            default: true
            }
        }
        guard !plain else { return value }
        return value.replacingScalars { scalar in
            if inAttribute, let replacement = attributeEscape(scalar) { return replacement }
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\t", "\n", "\r": return nil
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: return "\u{FFFD}"
            default: return nil
            }
        }
    }
}
