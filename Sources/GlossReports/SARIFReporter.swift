import GlossCore

/// SARIF 2.1.0, as GitHub code scanning takes it: every rule described in `tool.driver.rules`,
/// each result pointing at its rule by id and index, its primary location relative to
/// `%SRCROOT%` (the repository root when the workspace is), related locations for the article
/// span and the other side of a contradiction, and fingerprints that ignore line numbers so an
/// alert survives edits above it. Columns count Unicode code points and lines end at LF, CRLF
/// or CR, as the run declares.
///
/// Messages are SARIF plain text, in which `[text](id)` is a link: every related location is
/// linked from its result's message, since GitHub shows only the related locations a message
/// links, and brackets and backslashes from annotations are escaped so they link nothing. A run
/// holds at most ``maximumResults`` results, errors first, and says in a notification how many
/// it left out: GitHub rejects a run with more.
public struct SARIFReporter: PlainReporter {
    public static let identifier = "sarif"
    /// The OASIS schema the output conforms to (2.1.0, errata 01).
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `partialFingerprints` key: a digest of the finding's path, rule, claim and message.
    public static let fingerprintKey = "glossFindingKey/v1"
    /// The results GitHub code scanning accepts in one run.
    public static let maximumResults = 25_000
    /// Related locations linked from one message; the rest are listed, not linked.
    static let maximumLinks = 10

    /// The most results a run holds: ``maximumResults``, fewer for tests.
    let resultLimit: Int

    public init() {
        resultLimit = Self.maximumResults
    }

    init(resultLimit: Int) {
        self.resultLimit = resultLimit
    }

    public func report(_ result: CheckResult) -> String {
        PrettyJSONWriter.text { write(result, into: &$0) }
    }

    /// Writes the results a thousand at a time on all cores, as the JSON report does.
    public func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void) {
        PrettyJSONWriter.write(to: output) { write(result, into: &$0) }
    }

    /// The log, keys in sorted order as ``JSONText`` sorts them.
    private func write(_ result: CheckResult, into json: inout PrettyJSONWriter) {
        let rules = RuleCatalog.all.map { $0.description }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let numbered = Self.kept(zip(result.diagnostics, FindingKey.numbered(result.diagnostics)).map { ($0, $1) }, limit: resultLimit)
        let leftOut = result.diagnostics.count - numbered.count
        json.object { json in
            json.key("$schema")
            json.string(Self.schema)
            json.key("runs")
            // One run: this check.
            json.array([()]) { json, _ in
                json.object { json in
                    json.key("columnKind")
                    json.string("unicodeCodePoints")
                    if leftOut > 0 {
                        json.key("invocations")
                        json.array([leftOut]) { json, leftOut in Self.write(leftOut: leftOut, limit: resultLimit, to: &json) }
                    }
                    json.key("newlineSequences")
                    json.array(["\r\n", "\n", "\r"]) { json, sequence in json.string(sequence) }
                    json.key("results")
                    json.array(concurrently: numbered) { json, item in
                        Self.write(item.0, key: item.1.key, occurrence: item.1.occurrence,
                                   ruleIndex: ruleIndex[item.0.ruleID], to: &json)
                    }
                    json.key("tool")
                    json.object { json in
                        json.key("driver")
                        Self.write(driverRules: rules, to: &json)
                    }
                }
            }
            json.key("version")
            json.string("2.1.0")
        }
    }

    /// One result: its rule by id and index, its primary and related locations, its fingerprint.
    private static func write(_ diagnostic: Diagnostic, key: FindingKey, occurrence: Int, ruleIndex: Int?,
                              to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("level")
            json.string(level(diagnostic.severity))
            json.key("locations")
            json.array([diagnostic.location]) { json, location in write(location, to: &json) }
            json.key("message")
            write(message: linkedMessage(diagnostic), to: &json)
            json.key("partialFingerprints")
            json.object { json in
                json.key(escaping: fingerprintKey)
                json.string(key.fingerprint(occurrence: occurrence))
            }
            if !diagnostic.related.isEmpty {
                json.key("relatedLocations")
                json.array(diagnostic.related.enumerated()) { json, item in
                    write(item.element.location, id: item.offset + 1, message: item.element.message, to: &json)
                }
            }
            json.key("ruleId")
            json.string(diagnostic.ruleID)
            if let ruleIndex {
                json.key("ruleIndex")
                json.integer(ruleIndex)
            }
        }
    }

    /// A location relative to `%SRCROOT%`; related locations have an id and a message.
    private static func write(_ location: Location, id: Int? = nil, message: String? = nil, to json: inout PrettyJSONWriter) {
        json.object { json in
            if let id {
                json.key("id")
                json.integer(id)
            }
            if let message {
                json.key("message")
                write(message: plainText(message), to: &json)
            }
            json.key("physicalLocation")
            json.object { json in
                json.key("artifactLocation")
                json.object { json in
                    json.key("uri")
                    json.string(uri(location.path))
                    json.key("uriBaseId")
                    json.string("%SRCROOT%")
                }
                // 1-based lines and columns; `endColumn` is the column just after the span.
                json.key("region")
                json.object { json in
                    let range = location.range
                    let members: [(StaticString, Int)] = [("endColumn", range.end.column), ("endLine", range.end.line),
                                                          ("startColumn", range.start.column), ("startLine", range.start.line)]
                    for (key, value) in members {
                        json.key(key)
                        json.integer(value)
                    }
                }
            }
        }
    }

    /// Every rule, so that code scanning can show its explanation beside an alert.
    private static func write(driverRules rules: [RuleDescription], to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("name")
            json.string("gloss")
            json.key("rules")
            json.array(rules) { json, rule in
                json.object { json in
                    json.key("defaultConfiguration")
                    json.object { json in
                        json.key("level")
                        json.string(level(rule.defaultSeverity))
                    }
                    json.key("fullDescription")
                    write(message: rule.explanation, to: &json)
                    json.key("help")
                    write(message: rule.explanation + "\n\nRun `gloss rules \(rule.id)` for examples.", to: &json)
                    json.key("id")
                    json.string(rule.id)
                    json.key("shortDescription")
                    write(message: rule.summary, to: &json)
                }
            }
            json.key("version")
            json.string(GlossVersion.current)
        }
    }

    /// At most `limit` of the results, errors first, then warnings, then the rest, each
    /// severity in the order given.
    static func kept<Item>(_ results: [(Diagnostic, Item)], limit: Int) -> [(Diagnostic, Item)] {
        guard results.count > limit else { return results }
        // One pass a severity, by index: a sort comparing the findings copied two of them at
        // every comparison, a sixth of a check of 190,000 findings.
        var chosen: [Int] = []
        chosen.reserveCapacity(limit)
        for severity in [Severity.error, .warning, .info] where chosen.count < limit {
            for index in results.indices where chosen.count < limit && results[index].0.severity == severity {
                chosen.append(index)
            }
        }
        return chosen.sorted().map { results[$0] }
    }

    /// The run's one invocation, saying what was left out and where to find all of it.
    private static func write(leftOut: Int, limit: Int, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("executionSuccessful")
            json.boolean(true)
            json.key("toolExecutionNotifications")
            json.array([leftOut]) { json, leftOut in
                json.object { json in
                    json.key("level")
                    json.string("warning")
                    json.key("message")
                    write(message: "\(leftOut) more results were left out, the least severe first: GitHub code scanning "
                        + "rejects a run of more than \(limit). `gloss check --format json` lists them all.", to: &json)
                }
            }
        }
    }

    /// The message, with a link to each related location (the article span, the other claim).
    static func linkedMessage(_ diagnostic: Diagnostic) -> String {
        let text = plainText(diagnostic.message)
        guard !diagnostic.related.isEmpty else { return text }
        let links = diagnostic.related.prefix(maximumLinks).enumerated().map { offset, related in
            "[\(plainText(related.message))](\(offset + 1))"
        }
        let more = diagnostic.related.count - links.count
        return text + " (" + links.joined(separator: "; ") + (more > 0 ? "; \(more) more" : "") + ")"
    }

    /// Text in which `[`, `]` and `\` are literal: SARIF reads `[text](id)` in a plain-text
    /// message as a link, and a backslash as escaping the character after it.
    static func plainText(_ text: String) -> String {
        // Looked for in the bytes, as the three are ASCII: walking a message's characters, which
        // finds where each ends, took a tenth of a SARIF check of a large workspace.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "\\") }) else {
            return text
        }
        return text.replacingScalars { $0 == "[" || $0 == "]" || $0 == "\\" ? "\\" + String($0) : nil }
    }

    private static func write(message text: String, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("text")
            json.string(text)
        }
    }

    /// error → error, warning → warning, info → note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A workspace-relative path as a relative URI reference: every byte but the unreserved ones
    /// and `/` percent-encoded, so spaces and non-ASCII names survive.
    static func uri(_ path: String) -> String {
        // Every location is written, and workspace paths are nearly always plain already.
        guard !path.utf8.allSatisfy(isUnreserved) else { return path }
        return path.utf8.map { byte in
            isUnreserved(byte) ? String(UnicodeScalar(byte)) : PercentEncoding.escaped(byte)
        }.joined()
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"): true
        default: false
        }
    }
}
