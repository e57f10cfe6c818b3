import GlossCore
import GlossReports
import Testing

/// Workflow commands escaped as the Actions toolkit escapes them (`escapeData`, `escapeProperty`).
@Suite struct GitHubReporterTests {
    static func report(_ message: String, path: String = "Annotations/a.yaml", severity: Severity = .info,
                       range: TextRange = TextRange(start: TextPosition(offset: 30, line: 3, column: 5),
                                                    end: TextPosition(offset: 34, line: 3, column: 9))) throws -> String {
        let diagnostic = Diagnostic(ruleID: "document-changed", severity: severity,
                                    finding: Finding(message: message, location: Location(path: path, range: range)))
        return GitHubReporter().report(CheckResult(analysis: try ReportFixture.result().analysis, diagnostics: [diagnostic]))
    }

    @Test func dataAndPropertiesAreEscaped() throws {
        #expect(try Self.report("100% sure\r\nor not: a, b", path: "Annotations/odd: name, 100%.yaml") == """
            ::notice file=Annotations/odd%3A name%2C 100%25.yaml,line=3,col=5,endLine=3,endColumn=9,title=gloss%3A document-changed::100%25 sure%0D%0Aor not: a, b

            """)
    }

    /// GitHub shows ten annotations of each kind a step and drops the rest silently.
    @Test func whatGitHubWillNotShowIsCounted() throws {
        let location = Location(path: "Annotations/a.yaml", range: TextRange(at: .start))
        func result(errors: Int, warnings: Int, notices: Int) throws -> CheckResult {
            let counts: [(Severity, Int)] = [(.error, errors), (.warning, warnings), (.info, notices)]
            return CheckResult(analysis: try ReportFixture.result().analysis, diagnostics: counts.flatMap { severity, count in
                (0..<count).map { _ in Diagnostic(ruleID: "unreviewed", severity: severity, finding: Finding(message: "m", location: location)) }
            })
        }
        let many = GitHubReporter().report(try result(errors: 11, warnings: 38, notices: 10))
        #expect(many.hasSuffix("::m\ngloss: GitHub shows 10 annotations of each kind a step; 1 error, 28 warnings more are only in this log "
                               + "(`--format sarif` with code scanning shows up to 25000, errors first)\n"))
        #expect(!GitHubReporter().report(try result(errors: 10, warnings: 10, notices: 10)).contains("gloss: GitHub shows"))
    }

    /// A span that ends where a line starts (a block scalar ends after its line break) has no
    /// text on that line: GitHub's `endLine`, which counts the line in, is the line before.
    @Test func aSpanEndingAtALinesStartEndsOnTheLineBefore() throws {
        let range = TextRange(start: TextPosition(offset: 30, line: 3, column: 5), end: TextPosition(offset: 60, line: 6, column: 1))
        #expect(try Self.report("m", severity: .error, range: range)
                    == "::error file=Annotations/a.yaml,line=3,endLine=5,title=gloss%3A document-changed::m\n")
    }

    @Test func spansOverSeveralLinesHaveNoColumns() throws {
        let range = TextRange(start: TextPosition(offset: 30, line: 3, column: 5), end: TextPosition(offset: 60, line: 5, column: 2))
        #expect(try Self.report("m", severity: .error, range: range)
                    == "::error file=Annotations/a.yaml,line=3,endLine=5,title=gloss%3A document-changed::m\n")
    }
}
