import GlossCore

/// GitHub Actions workflow commands, one line a finding, which the runner turns into annotations
/// on the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
/// (`::warning`, and `::notice` for info). Values are escaped as the Actions toolkit escapes
/// them, so a message cannot end the command early or forge another one.
///
/// GitHub shows ``annotationsShown`` annotations of each kind a step and drops the rest without
/// a word; past that, a last plain line says how many are only in the log.
public struct GitHubReporter: PlainReporter {
    public static let identifier = "github"
    /// Annotations of one kind (error, warning, notice) GitHub shows for a step.
    public static let annotationsShown = 10

    public init() {}

    public func report(_ result: CheckResult) -> String {
        joinedReport(result)
    }

    /// Writes the lines a thousand at a time on all cores.
    public func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void) {
        let diagnostics = result.diagnostics
        OrderedPieces.render(count: diagnostics.count, size: 1024) { range in
            diagnostics[range].map(Self.line).joined()
        } emit: { $0.write(to: output) }
        Self.hidden(result).map { "\($0)\n" }?.write(to: output)
    }

    /// The line saying how many findings GitHub will not show as annotations; nil when it shows all.
    static func hidden(_ result: CheckResult) -> String? {
        let hidden = Severity.allCases.reversed().compactMap { severity -> String? in
            let over = result.count(severity) - annotationsShown
            return over > 0 ? "\(over) \(command(severity))\(over == 1 ? "" : "s")" : nil
        }
        guard !hidden.isEmpty else { return nil }
        return "gloss: GitHub shows \(annotationsShown) annotations of each kind a step; "
            + hidden.joined(separator: ", ") + " more are only in this log (`--format sarif` with code scanning shows up to \(SARIFReporter.maximumResults), errors first)"
    }

    /// The workflow command for one finding, with its line break: the message, then the notes
    /// of its related locations, a line each. Written into one string, each value escaped as it
    /// is appended: a large check writes a few hundred thousand of these lines.
    static func line(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.location.range
        // GitHub places columns only within one line.
        let oneLine = range.start.line == range.end.line
        var line = "::"
        line.reserveCapacity(256)
        line += command(diagnostic.severity)
        line += " file="
        line.append(diagnostic.location.path, replacingScalars: propertyEscape)
        line += ",line=\(range.start.line)"
        if oneLine { line += ",col=\(range.start.column)" }
        line += ",endLine=\(range.lastLine)"
        if oneLine { line += ",endColumn=\(range.end.column)" }
        line += ",title="
        line.append("gloss: \(diagnostic.ruleID)", replacingScalars: propertyEscape)
        line += "::"
        line.append(diagnostic.message, replacingScalars: dataEscape)
        for related in diagnostic.related {
            line += "%0A"
            line.append(TextReporter.note(related), replacingScalars: dataEscape)
        }
        line += "\n"
        return line
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The toolkit's `escapeData`: `%`, CR and LF; and, as the runner's log is shown in a
    /// terminal emulator, every other control character made visible (``ControlCharacters``),
    /// so an article cannot send escape sequences through a message. (Every scalar of every
    /// line is asked: a `switch`, where looking each up in a dictionary hashed it, a fifth of the
    /// whole run.)
    private static func dataEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "%": "%25"
        case "\r": "%0D"
        case "\n": "%0A"
        default: ControlCharacters.replacement(for: scalar)
        }
    }

    /// The toolkit's `escapeProperty`: as data, and `:` and `,`, which delimit properties, in
    /// the same pass (the data escapes bring in neither).
    private static func propertyEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case ":": "%3A"
        case ",": "%2C"
        default: dataEscape(scalar)
        }
    }
}
