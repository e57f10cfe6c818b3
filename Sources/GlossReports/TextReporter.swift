import GlossCore

/// Compiler-style output, one finding a block: `path:line:col: severity: message [rule-id]`,
/// the offending line, a marker under the span, and the related locations as notes.
public struct TextReporter: Reporter {
    public static let identifier = "text"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        var texts = SourceTexts(result.analysis)
        return format(result.diagnostics, texts: &texts) + (result.unverified.map(Self.format) ?? "") + result.summaryLine + "\n"
    }

    /// The unverified claims, one a line: `path:line:col: id: status: why`.
    static func format(_ unverified: [UnverifiedClaim]) -> String {
        "\(unverified.count) unverified claim\(unverified.count == 1 ? "" : "s"):\n" + unverified.map {
            "\($0.location.path):\($0.location.range.start): \($0.claimID): \($0.status): \($0.reason)\n"
        }.joined()
    }

    /// The findings alone, without the summary: also used for problems in `.gloss.yml`, which
    /// stop a run before there is a result.
    public func format(_ diagnostics: [Diagnostic], texts: inout SourceTexts) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location
            output += "\(location.path):\(location.range.start): \(diagnostic.severity.rawValue): "
                + "\(diagnostic.message) [\(diagnostic.ruleID)]\n"
            output += texts.snippet(for: location)
            for related in diagnostic.related {
                output += "  note: \(related.location.path):\(related.location.range.start): \(related.message)\n"
            }
        }
        return output
    }
}

/// The texts of the files findings point into, decoded once each and only when needed.
public struct SourceTexts {
    private let bytes: [String: [UInt8]]
    private var cache: [String: SourceText?]

    /// Raw file contents by path, decoded on first use.
    public init(bytes: [String: [UInt8]], decoded: [String: SourceText] = [:]) {
        self.bytes = bytes
        cache = decoded.mapValues { $0 }
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
        let line = text.line(start.line)
        let width = location.range.end.line == start.line
            ? max(1, location.range.end.column - start.column)
            : max(1, line.unicodeScalars.count - start.column + 1)
        let gutter = String(repeating: " ", count: String(start.line).count)
        let padding = String(line.unicodeScalars.prefix(start.column - 1).map { $0 == "\t" ? "\t" : " " })
        return " \(start.line) | \(line)\n \(gutter) | \(padding)^\(String(repeating: "~", count: width - 1))\n"
    }
}
