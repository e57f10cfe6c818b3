import GlossCore

/// Turns a check's result into one output format. Reporters are small and pure: they return the
/// text, and the command line decides where it goes.
public protocol Reporter: Sendable {
    /// The name `--format` takes.
    static var identifier: String { get }
    /// Whether the output quotes lines of the annotation files, which the check then keeps
    /// (``WorkspaceLoader/keepsYAMLTexts``); the others are written from the findings alone.
    static var quotesFileLines: Bool { get }
    /// A reporter for `--format`; `color` is asked for when the output is a terminal, and the
    /// formats that are not read on one ignore it.
    init(color: Bool)
    /// The whole output as one string, for tests and for callers that keep it; `gloss check`
    /// writes through ``write(_:to:)`` instead, which a large workspace needs.
    func report(_ result: CheckResult) -> String
    /// Hands the report to `output` as UTF-8, in pieces, in order. A report built in pieces (the
    /// JSON of a large workspace runs to a hundred megabytes) is passed on without being joined
    /// into one string first; the others pass their text whole.
    func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void)
}

/// A reporter without colours: it is made the same way whatever the output is.
public protocol PlainReporter: Reporter {
    init()
}

extension PlainReporter {
    public init(color: Bool) { self.init() }
}

extension Reporter {
    public static var quotesFileLines: Bool { false }

    /// The report whole, for the formats that stay small.
    public func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void) {
        report(result).write(to: output)
    }
}

extension Reporter {
    /// The pieces ``write(_:to:)`` hands over, joined: `report` for a reporter that writes in pieces.
    func joinedReport(_ result: CheckResult) -> String {
        String(joining: { write(result, to: $0) })
    }
}

/// The reporters `gloss check --format` offers.
public enum Reporters {
    public static let all: [any Reporter.Type] = [TextReporter.self, JSONReporter.self, SARIFReporter.self,
                                                  GitHubReporter.self, JUnitReporter.self]

    /// The names `--format` accepts.
    public static var identifiers: String { all.map { $0.identifier }.joined(separator: ", ") }

    /// The reporter for a `--format` name; `color` is for the formats read on a terminal.
    public static func make(_ identifier: String, color: Bool = false) -> (any Reporter)? {
        all.first { $0.identifier == identifier }.map { $0.init(color: color) }
    }
}

extension CheckResult {
    /// "2 errors, 38 warnings, 0 infos in 1 file, 38 claims": the last line of every text report.
    public var summaryLine: String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return "\(counted(count(.error), "error")), \(counted(count(.warning), "warning")), "
            + "\(counted(count(.info), "info")) in \(counted(fileCount, "file")), \(counted(claimCount, "claim"))"
    }
}
