import Foundation
import GlossCore
import GlossReports
import Testing

@Suite struct ReporterTests {
    /// A workspace whose article and annotation file both have CJK text and emoji before the
    /// finding, so columns in Unicode scalars are visible in the output.
    static func result() throws -> CheckResult {
        let annotation = """
            gloss: 1
            document: Sources-Docs/example.md
            title: 兰州 😀 report
            claims:
              - {id: 兰州-crowd, kind: number, anchor: {quote: "185"}}
              - {id: crowd, kind: number, anchor: {quote: "250"}, attributed_to: the-daily}

            """
        let example = RuleExample(files: [RuleExample.annotationPath: annotation])
        let fileSystem = InMemoryFileSystem(files: Dictionary(uniqueKeysWithValues: example.workspaceFiles.map {
            (WorkspacePath.join("/w", $0.key), $0.value)
        }))
        return try CheckResult.check(Workspace(root: "/w", fileSystem: fileSystem))
    }

    @Test func textIsCompilerStyleWithAMarkerUnderTheSpan() throws {
        let text = TextReporter().report(try Self.result())
        #expect(text == """
            Annotations/example.yaml:5:10: error: `id` must be lowercase letters and digits in words joined by single hyphens, found `兰州-crowd` [invalid-value]
             5 |   - {id: 兰州-crowd, kind: number, anchor: {quote: "185"}}
               |          ^~~~~~~~~~
            Annotations/example.yaml:6:10: warning: nobody has reviewed this claim [unreviewed]
             6 |   - {id: crowd, kind: number, anchor: {quote: "250"}, attributed_to: the-daily}
               |          ^~~~~
            Annotations/example.yaml:6:47: error: the quote “250” is not in the document [anchor-orphaned]
             6 |   - {id: crowd, kind: number, anchor: {quote: "250"}, attributed_to: the-daily}
               |                                               ^~~~~
            2 errors, 1 warning, 0 infos in 1 file, 1 claim

            """)
    }

    @Test func jsonIsVersionedSortedAndRepeatable() throws {
        let result = try Self.result()
        let json = JSONReporter().report(result)
        #expect(json == JSONReporter().report(result))
        #expect(json.contains("\"version\" : 1"))
        #expect(json.contains("\"rule\" : \"anchor-orphaned\""))
        #expect(json.contains("\"claims\" : 1"))
    }
}

@Suite struct TextColourTests {
    @Test func colourIsOnlyAddedWhenAskedFor() throws {
        let result = try ReporterTests.result()
        let plain = TextReporter().report(result)
        let coloured = TextReporter(color: true).report(result)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1mAnnotations/example.yaml:6:10: \u{1B}[0m\u{1B}[1;33mwarning:\u{1B}[0m \u{1B}[1mnobody has reviewed this claim\u{1B}[0m [unreviewed]\n"))
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain)
    }
}
