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

    @Test func spansOverSeveralLinesHaveNoColumns() throws {
        let range = TextRange(start: TextPosition(offset: 30, line: 3, column: 5), end: TextPosition(offset: 60, line: 5, column: 2))
        #expect(try Self.report("m", severity: .error, range: range)
                    == "::error file=Annotations/a.yaml,line=3,endLine=5,title=gloss%3A document-changed::m\n")
    }
}
