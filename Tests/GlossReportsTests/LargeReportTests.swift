import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GlossCore
@testable import GlossReports
import Testing

/// Every format on a result too large for one piece: reporters render long outputs in pieces on
/// all cores and hand them over in order, and the joined pieces must be exactly what one pass
/// over the findings would write, in the findings' order.
@Suite struct LargeReportTests {
    static let fileCount = 40

    /// The fixture's findings about its annotation file, copied three times into each of
    /// `fileCount` annotation files with the same text: more findings than one piece holds (1,024)
    /// and more files than one piece of the text report (32). ``OrderedPiecesTests`` crosses
    /// batches of pieces.
    static func largeResult() throws -> CheckResult {
        var result = try ReportFixture.result()
        let counts = Dictionary(grouping: result.diagnostics, by: \.location.path).mapValues(\.count)
        let source = try #require(counts.filter { result.analysis.yamlTexts[$0.key] != nil }.max { $0.value < $1.value }?.key)
        let findings = result.diagnostics.filter { $0.location.path == source }
        var diagnostics: [Diagnostic] = []
        for file in 0..<fileCount {
            let path = "Annotations/bulk-\(String(1000 + file).dropFirst()).yaml"
            result.analysis.yamlTexts[path] = result.analysis.yamlTexts[source]
            for _ in 0..<3 {
                for var finding in findings {
                    finding.location.path = path
                    diagnostics.append(finding)
                }
            }
        }
        result.diagnostics = diagnostics
        return result
    }

    /// Everything a reporter hands its output, joined.
    static func written(_ reporter: some Reporter, _ result: CheckResult) -> String {
        String(joining: { reporter.write(result, to: $0) })
    }

    @Test func theResultSpansSeveralPieces() throws {
        let result = try Self.largeResult()
        #expect(result.diagnostics.count > 1024)
        #expect(Set(result.diagnostics.map(\.location.path)).count == Self.fileCount)
    }

    @Test func textIsEachFindingInOrderWithItsSnippet() throws {
        let result = try Self.largeResult()
        var texts = SourceTexts(result.analysis)
        let expected = TextReporter().format(result.diagnostics, texts: &texts) + result.summaryLine + "\n"
        #expect(Self.written(TextReporter(), result) == expected)
        #expect(TextReporter().report(result) == expected)
    }

    @Test func githubIsOneLineForEachFindingInOrder() throws {
        let result = try Self.largeResult()
        let hidden = try #require(GitHubReporter.hidden(result), "more findings than GitHub shows")
        let expected = result.diagnostics.map(GitHubReporter.line).joined() + hidden + "\n"
        #expect(Self.written(GitHubReporter(), result) == expected)
    }

    @Test(arguments: ["json", "sarif"])
    func jsonFormatsListEveryFindingInOrder(_ format: String) throws {
        let result = try Self.largeResult()
        let reporter = try #require(Reporters.make(format))
        let streamed = Self.written(reporter, result)
        #expect(streamed == reporter.report(result), "streamed and kept pieces must join to the same text")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [String: Any])
        let entries: [[String: Any]]
        let messages: [String]
        if format == "json" {
            entries = try #require(object["diagnostics"] as? [[String: Any]])
            messages = entries.map { $0["message"] as? String ?? "" }
        } else {
            let run = try #require((object["runs"] as? [[String: Any]])?.first)
            entries = try #require(run["results"] as? [[String: Any]])
            messages = entries.map { ($0["message"] as? [String: Any])?["text"] as? String ?? "" }
        }
        #expect(entries.count == result.diagnostics.count)
        #expect(messages == result.diagnostics.map { format == "json" ? $0.message : SARIFReporter.linkedMessage($0) })
    }

    @Test func sarifFingerprintsCountRepeatedFindingsAcrossPieces() throws {
        let result = try Self.largeResult()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Self.written(SARIFReporter(), result).utf8)) as? [String: Any])
        let results = try #require(((object["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        #expect(fingerprints.count == result.diagnostics.count)
        #expect(Set(fingerprints).count == fingerprints.count, "a repeated finding is told apart by its occurrence")
    }

    @Test func junitHasOneSuiteForEachFileWithTheSameCases() throws {
        let result = try Self.largeResult()
        let xml = Self.written(JUnitReporter(), result)
        // Written in pieces, it still reads as one XML document.
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        let suites = xml.components(separatedBy: "  <testsuite ").dropFirst()
        let bulk = suites.filter { $0.hasPrefix("name=\"Annotations/bulk-") }
        #expect(bulk.count == Self.fileCount)
        let names = suites.map { $0.prefix { $0 != " " } }
        #expect(names == names.sorted(), "suites are in path order")
        // The files hold the same findings, so their suites differ only in the path.
        let shapes = Set(bulk.map { $0.replacingOccurrences(of: #"bulk-\d{3}"#, with: "bulk", options: .regularExpression) })
        #expect(shapes.count == 1)
        #expect(xml.hasSuffix("  </testsuite>\n</testsuites>\n"))
    }
}

@Suite struct OrderedPiecesTests {
    @Test(arguments: [0, 1, 3, 4, 5, 47, 48, 49, 100])
    func piecesComeInInputOrder(_ count: Int) {
        var emitted: [Range<Int>] = []
        // Pieces of 3, 4 at a time: 48 elements fill exactly four batches.
        OrderedPieces.render(count: count, size: 3, batch: 4) { $0 } emit: { emitted.append($0) }
        #expect(emitted.flatMap { Array($0) } == Array(0..<count))
        #expect(emitted.allSatisfy { !$0.isEmpty && $0.count <= 3 })
    }

    @Test func runsGroupEqualNeighbours() {
        #expect(OrderedPieces.runs(of: [String](), by: { $0 }).isEmpty)
        #expect(OrderedPieces.runs(of: ["a", "a", "b", "c", "c", "c"], by: { $0 }) == [0..<2, 2..<3, 3..<6])
        #expect(OrderedPieces.runs(of: [1], by: { $0 }) == [0..<1])
    }
}

/// The JSON formats of `gloss report` and `gloss export` on more claims than one piece holds.
@Suite struct LargeReviewOutputTests {
    static let claimCount = 1100

    /// The review fixture with one more annotation file of `claimCount` claims on its article.
    static func report() throws -> ReviewReport {
        var files = ReviewFixture.files
        files["Annotations/bulk.yaml"] = "gloss: 1\ndocument: \(ReviewFixture.documentPath)\nclaims:\n"
            + (0..<claimCount).map { "  - {id: bulk-\($0), kind: number, anchor: {quote: \"185 people\"}}\n" }.joined()
        return ReviewReport(analysis: try ReviewFixture.analysis(files))
    }

    static func written(_ renderer: some ReviewRenderer, _ report: ReviewReport) -> String {
        String(joining: { renderer.write(report, to: $0) })
    }

    @Test func webAnnotationsListEveryClaimInOrder() throws {
        let report = try Self.report()
        let streamed = Self.written(WebAnnotationExporter(), report)
        #expect(streamed == WebAnnotationExporter().render(report))
        let collection = try #require(JSONValue.parse(Array(streamed.utf8)))
        let ids = collection["first"]?["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
        #expect(ids == report.cards.map { WebAnnotationExporter.idPrefix + $0.id })
        #expect(collection["total"]?.intValue == report.cards.count)
        #expect(report.cards.count > 1024)
    }

    /// The review fixture's annotation file copied `count` times under other names, so that the
    /// report has more documents than one piece of the HTML report holds (32), with their cards
    /// numbered across the batches the report is built in.
    static func manyDocuments(_ count: Int) throws -> ReviewReport {
        var files = ReviewFixture.files
        for copy in 0..<count {
            files["Annotations/copy-\(String(1000 + copy).dropFirst()).yaml"] = ReviewFixture.annotation
                .replacingOccurrences(of: "- id: ", with: "- id: c\(copy)-")
        }
        return ReviewReport(analysis: try ReviewFixture.analysis(files))
    }

    @Test func htmlWritesEveryDocumentOnceInOrder() throws {
        let report = try Self.manyDocuments(40)
        let html = HTMLReport().render(report)
        let sections = html.components(separatedBy: "<section class=\"document\" id=\"doc-").dropFirst()
            .map { $0.prefix { $0 != "\"" } }
        #expect(sections == (1...report.documents.count).map { Substring(String($0)) })
        #expect(report.documents.count > 40)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</main>\n</body>\n</html>\n"))
        // Cards are numbered in file order, and each card's anchor appears on the page.
        #expect(report.cards.map(\.number) == Array(1...report.cards.count))
        #expect(report.cards.allSatisfy { html.contains("id=\"\($0.anchorID)\"") })
        #expect(Set(report.cards.map(\.anchorID)).count == report.cards.count)
        // Each document's text marks its own cards, and every card of it that landed.
        for document in report.documents {
            let marked = Set(document.segments.flatMap(\.claims))
            #expect(marked.isSubset(of: Set(document.cards)))
            #expect(marked == Set(document.cards.filter { report.cards[$0].span != nil }))
        }
    }

    @Test func jsonReportListsEveryClaimOfEveryDocument() throws {
        let report = try Self.report()
        let streamed = Self.written(JSONReport(), report)
        #expect(streamed == JSONReport().render(report))
        let document = try #require(JSONValue.parse(Array(streamed.utf8)))
        let claims = document["documents"]?.arrayValue?.flatMap { $0["claims"]?.arrayValue ?? [] }.compactMap { $0["id"]?.stringValue }
        #expect(claims?.count == report.cards.count)
        #expect(Set(claims ?? []).count == report.cards.count)
    }
}
