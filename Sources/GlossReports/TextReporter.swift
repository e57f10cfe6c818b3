import GlossCore

/// Compiler-style output, one finding a block: `path:line:col: severity: message [rule-id]`,
/// the offending line, a marker under the span, and the related locations as notes.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let quotesFileLines = true

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
        // A finding takes about 250 bytes: room for a few at once spares most regrowths.
        output.reserveCapacity(diagnostics.underestimatedCount * 256)
        for diagnostic in diagnostics {
            output += headline(diagnostic)
            output += "\n"
            output += texts.snippet(for: diagnostic.location)
            for related in diagnostic.related {
                output += "  "
                output += Self.note(related)
                output += "\n"
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

/// The lines of the files findings point into, found once a file and only when needed.
public struct SourceTexts: Sendable {
    private let bytes: [String: [UInt8]]
    /// Texts decoded before, shared by every copy.
    private let decoded: [String: SourceText]
    /// Files this copy found the lines of; dropped with it.
    private var cache: [String: ByteLines] = [:]
    /// The line shown last, and its scalars once a snippet needed them: findings come sorted by
    /// file and place, so the next is often on the same line.
    private var lastLine: (path: String, number: Int, text: String, scalars: [Unicode.Scalar]?)?

    /// Raw file contents by path, whose lines are found on first use.
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

    /// Line `number` of the file at `path`, without its line break; nil when the file is not at
    /// hand, has no such line, or the line is not valid UTF-8.
    mutating func line(_ number: Int, of path: String) -> String? {
        if let text = decoded[path] { return number >= 1 && number <= text.lineCount ? text.line(number) : nil }
        if let lines = cache[path] { return lines.line(number) }
        guard let bytes = bytes[path] else { return nil }
        let lines = ByteLines(bytes)
        cache[path] = lines
        return lines.line(number)
    }

    /// The line of the location with a marker under its span (to the end of the line when the
    /// span runs on), or nothing when the line is not at hand. A line longer than
    /// ``shownScalars`` is shown in part, around the span, with `…` where it goes on: a file
    /// written on one line (flow YAML, a minified export) would otherwise be printed whole for
    /// each of its findings, gigabytes for a thousand.
    mutating func snippet(for location: Location) -> String {
        let start = location.range.start
        guard let line = cachedLine(start.line, of: location.path) else { return "" }
        // Measured in terminal columns, so the marker stays under CJK text and emoji; tabs are
        // copied, as a terminal expands them the same way above and below.
        let end = location.range.end.line == start.line ? location.range.end.column : Int.max
        if let snippet = Self.plainSnippet(line, start: start, end: end) { return snippet }
        let scalars = lineScalars()
        let from = scalars.count > Self.shownScalars
            ? max(0, min(start.column - 1 - Self.shownScalars / 3, scalars.count - Self.shownScalars)) : 0
        let to = min(scalars.count, from + Self.shownScalars)
        // The line of an article can hold anything; U+FFFD takes the one column a control was counted.
        let shown = (from > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[from..<to])).replacingControlCharacters()
            + (to < scalars.count ? "…" : "")
        // A leading `…` stands in the column before the first one shown.
        var padding = ""
        var spaces = 0
        var width = 0
        for (column, scalar) in zip((from > 0 ? from : 1)..., shown.unicodeScalars) {
            if column >= end { break }
            guard column < start.column else {
                width += TerminalWidth.columns(of: scalar)
                continue
            }
            guard scalar == "\t" else {
                spaces += TerminalWidth.columns(of: scalar)
                continue
            }
            padding += String(repeating: " ", count: spaces) + "\t"
            spaces = 0
        }
        padding += String(repeating: " ", count: spaces)
        let gutter = String(repeating: " ", count: String(start.line).count)
        return " \(start.line) | \(shown)\n \(gutter) | \(padding)^\(String(repeating: "~", count: max(1, width) - 1))\n"
    }

    /// The snippet of a line that is shown whole and as it is, where a column is a byte: one of
    /// printable ASCII and tabs, as nearly every line of a YAML file is. Its bytes are copied and
    /// the marker's line is written a byte a column, with the line's tabs kept: a text report
    /// shows a line for each finding, and measuring each scalar's width, then padding with
    /// `String(repeating:count:)`, took a tenth of a large check. Nil for any other line.
    private static func plainSnippet(_ line: String, start: TextPosition, end: Int) -> String? {
        line.withUTF8Bytes { bytes -> String? in
            guard bytes.count <= shownScalars, bytes.allSatisfy({ (0x20..<0x7F).contains($0) || $0 == 0x09 }) else { return nil }
            let number = String(start.line).utf8
            let before = bytes.prefix(max(0, min(start.column, end) - 1))
            let width = max(0, min(end, bytes.count + 1) - start.column)
            var snippet: [UInt8] = []
            snippet.reserveCapacity(2 * (number.count + 4) + bytes.count + before.count + width + 2)
            snippet.append(0x20)
            snippet += number
            snippet += " | ".utf8
            snippet += bytes
            snippet += "\n ".utf8
            snippet += repeatElement(0x20, count: number.count)
            snippet += " | ".utf8
            snippet += before.lazy.map { $0 == 0x09 ? 0x09 : 0x20 }
            snippet.append(UInt8(ascii: "^"))
            snippet += repeatElement(UInt8(ascii: "~"), count: max(1, width) - 1)
            snippet.append(0x0A)
            return String(decoding: snippet, as: UTF8.self)
        }
    }

    /// Line `number` of `path` (``line(_:of:)``), looked up once for the findings on it.
    private mutating func cachedLine(_ number: Int, of path: String) -> String? {
        if let lastLine, lastLine.number == number, lastLine.path == path { return lastLine.text }
        guard let text = line(number, of: path) else { return nil }
        lastLine = (path, number, text, nil)
        return text
    }

    /// The scalars of the line ``cachedLine(_:of:)`` found last, decoded once for the findings on
    /// it: a file written on one line holds all of its findings on it.
    private mutating func lineScalars() -> [Unicode.Scalar] {
        guard let lastLine else { return [] }
        if let scalars = lastLine.scalars { return scalars }
        let scalars = Array(lastLine.text.unicodeScalars)
        self.lastLine?.scalars = scalars
        return scalars
    }

    /// How many scalars of a line a snippet shows, at most.
    static let shownScalars = 200
}

/// The lines of a file, found in its UTF-8 bytes: a text report shows one line of a YAML file
/// for each finding, and decoding the whole of each file cost a fifth of the report.
struct ByteLines: Sendable {
    private let bytes: [UInt8]
    /// Where each line starts, in bytes, after any byte order mark. Lines end at LF, CRLF or a
    /// lone CR, as they do in ``SourceText`` and in the positions the YAML parser reports.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [bytes.starts(with: SourceText.byteOrderMarkBytes) ? 3 : 0]
        bytes.withUnsafeBufferPointer { bytes in
            var index = starts[0]
            while index < bytes.count {
                // Eight bytes at a time while none of them is below 0x0E, which LF and CR are.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let low: UInt64 = 0x0E0E_0E0E_0E0E_0E0E
                    if (word &- low) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                index += 1
                guard byte == 0x0A || byte == 0x0D else { continue }
                if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Line `number`, 1-based, without its line break; nil when there is no such line or its
    /// bytes are not UTF-8.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        // A CR right before an LF is part of its CRLF, never a line of its own.
        if number < starts.count, end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if number < starts.count, end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}
