import GlossCore

/// Compiler-style output, one finding a block: `path:line:col: severity: message [rule-id]`,
/// the offending line, a marker under the span, and the related locations as notes.
public struct TextReporter: Reporter {
    public static let identifier = "text"

    /// Whether to colour the output with ANSI escapes. The command line turns it on only when
    /// standard output is a terminal and `NO_COLOR` is not set; reporters never ask.
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func report(_ result: CheckResult) -> String {
        joinedReport(result)
    }

    /// Writes the findings a few files at a time on all cores, each file's text decoded only
    /// while its findings are written: held whole, the texts of a large workspace took most of a
    /// gigabyte.
    public func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void) {
        let diagnostics = result.diagnostics
        let files = OrderedPieces.runs(of: diagnostics) { $0.location.path }
        let texts = SourceTexts(result.analysis)
        OrderedPieces.render(count: files.count, size: Self.filesAtOnce) { range in
            var pieceTexts = texts
            return files[range].map { format(diagnostics[$0], texts: &pieceTexts) }.joined()
        } emit: { $0.write(to: output) }
        ((result.unverified.map(Self.format) ?? "") + result.summaryLine + "\n").write(to: output)
    }

    private static let filesAtOnce = 32

    /// The unverified claims, one a line: `path:line:col: id: status: why`.
    static func format(_ unverified: [UnverifiedClaim]) -> String {
        "\(unverified.count) unverified claim\(unverified.count == 1 ? "" : "s"):\n" + unverified.map {
            "\($0.location.path):\($0.location.range.start): \($0.claimID): \($0.status): \($0.reason)"
                .replacingControlCharacters() + "\n"
        }.joined()
    }

    /// The findings alone, without the summary: also used for problems in `.gloss.yml`, which
    /// stop a run before there is a result.
    public func format(_ diagnostics: some Sequence<Diagnostic>, texts: inout SourceTexts) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += headline(diagnostic) + "\n"
            output += texts.snippet(for: diagnostic.location)
            for related in diagnostic.related {
                output += "  " + Self.note(related) + "\n"
            }
        }
        return output
    }

    /// `path:line:col: severity: message [rule-id]`: location and message bold, the severity in
    /// its colour, when colour is on. Paths and messages carry text from files, whose control
    /// characters are made visible before any colour is added.
    public func headline(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        return paint("\(location.path):\(location.range.start): ".replacingControlCharacters(), "1")
            + paint("\(diagnostic.severity.rawValue):", Self.colorCode(diagnostic.severity))
            + " " + paint(diagnostic.message.replacingControlCharacters(), "1") + " [\(diagnostic.ruleID)]"
    }

    /// `note: path:line:col: message`, for a related location, its control characters visible.
    public static func note(_ related: RelatedLocation) -> String {
        "note: \(related.location.path):\(related.location.range.start): \(related.message)".replacingControlCharacters()
    }

    /// Bold red, bold yellow, bold cyan: the colours compilers use.
    private static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// The texts of the files findings point into, decoded once each and only when needed.
public struct SourceTexts: Sendable {
    private let bytes: [String: [UInt8]]
    /// Texts decoded before, shared by every copy.
    private let decoded: [String: SourceText]
    /// Texts this copy decoded; dropped with it.
    private var cache: [String: SourceText?] = [:]

    /// Raw file contents by path, decoded on first use.
    public init(bytes: [String: [UInt8]], decoded: [String: SourceText] = [:]) {
        self.bytes = bytes
        self.decoded = decoded
    }

    /// The YAML files and documents a check read.
    public init(_ analysis: Analysis) {
        var documents: [String: SourceText] = [:]
        for file in analysis.files {
            if case .loaded(let document) = file.document { documents[document.path] = document.text }
        }
        self.init(bytes: analysis.yamlTexts, decoded: documents)
    }

    mutating func text(of path: String) -> SourceText? {
        if let text = decoded[path] { return text }
        if let cached = cache[path] { return cached }
        let text = bytes[path].flatMap { try? SourceText(decoding: $0) }
        cache[path] = text
        return text
    }

    /// The line of the location with a marker under its span (to the end of the line when the
    /// span runs on), or nothing when the file's text is not at hand.
    mutating func snippet(for location: Location) -> String {
        let start = location.range.start
        guard let text = text(of: location.path), start.line <= text.lineCount else { return "" }
        // The line of an article can hold anything; U+FFFD takes the one column a control was counted.
        let shown = text.line(start.line).replacingControlCharacters()
        let line = Array(shown.unicodeScalars)
        let before = line.prefix(max(0, start.column - 1))
        let span = location.range.end.line == start.line
            ? line.dropFirst(before.count).prefix(max(0, location.range.end.column - start.column))
            : line.dropFirst(before.count)
        // Measured in terminal columns, so the marker stays under CJK text and emoji; tabs are
        // copied, as a terminal expands them the same way above and below.
        let width = max(1, TerminalWidth.columns(of: span))
        let gutter = String(repeating: " ", count: String(start.line).count)
        let padding = before.map { $0 == "\t" ? "\t" : String(repeating: " ", count: TerminalWidth.columns(of: $0)) }.joined()
        return " \(start.line) | \(shown)\n \(gutter) | \(padding)^\(String(repeating: "~", count: width - 1))\n"
    }
}
