import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GlossCore
import GlossReports
import Testing

/// The JUnit output parsed back with XMLParser: well-formed, with counts that add up.
@Suite struct JUnitTests {
    /// The elements of a parsed document, in order, with their attributes and text.
    final class Elements: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var depth: Int
            var text = ""
        }

        var elements: [Element] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(elements.count)
            elements.append(Element(name: name, attributes: attributes, depth: open.count))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }

        static func parse(_ text: String) throws -> [Element] {
            let parser = XMLParser(data: Data(text.utf8))
            let delegate = Elements()
            parser.delegate = delegate
            #expect(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
            return delegate.elements
        }
    }

    @Test func countsAddUpAndEveryClaimIsATestCase() throws {
        let result = try ReportFixture.result()
        let elements = try Elements.parse(JUnitReporter().report(result))
        let root = try #require(elements.first)
        #expect(root.name == "testsuites")

        var suites: [(suite: Elements.Element, cases: [[Elements.Element]])] = []
        for element in elements.dropFirst() {
            switch element.name {
            case "testsuite": suites.append((element, []))
            case "testcase": suites[suites.count - 1].cases.append([element])
            default: suites[suites.count - 1].cases[suites[suites.count - 1].cases.count - 1].append(element)
            }
        }
        #expect(suites.map { $0.suite.attributes["name"] ?? "" } == [
            "Annotations/article.yaml", "Annotations/broken.yaml", "Annotations/missing.yaml", "Annotations/outside.yaml",
            "Annotations/places.yaml", "Annotations/unreadable.yaml", "Sources-Docs/latin1.md",
        ])
        for (suite, cases) in suites {
            let failed = cases.count { $0.contains { $0.name == "failure" } }
            #expect(suite.attributes["tests"] == "\(cases.count)")
            #expect(suite.attributes["failures"] == "\(failed)")
            #expect(suite.attributes["errors"] == "0" && suite.attributes["skipped"] == "0")
            #expect(cases.allSatisfy { $0[0].attributes["classname"] == suite.attributes["name"] })
        }
        #expect(root.attributes["tests"] == "\(suites.reduce(0) { $0 + $1.cases.count })")
        #expect(root.attributes["failures"] == "\(suites.reduce(0) { total, suite in total + suite.cases.count { $0.contains { $0.name == "failure" } } })")

        let article = try #require(suites.first).cases
        var claimIDs: [String] = []
        for claim in result.analysis.claims where claim.path == "Annotations/article.yaml" && !claimIDs.contains(claim.id) {
            claimIDs.append(claim.id)
        }
        #expect(article.map { $0[0].attributes["name"] ?? "" } == claimIDs + [JUnitReporter.fileCaseName])

        let failures = elements.filter { $0.name == "failure" }
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(failures.map { $0.attributes["type"] ?? "" }.sorted() == errors.map(\.ruleID).sorted(), "one failure per error")
        let orphan = try #require(failures.first { $0.attributes["type"] == "anchor-orphaned" })
        #expect(orphan.attributes["message"] == "the quote “<250> & 100%, more” is not in the document", "escaped and read back")
        #expect(orphan.text.hasPrefix("Annotations/article.yaml:40:21: error: "), "the location is in the body")
    }

    @Test func characterXMLCannotCarryAreReplaced() throws {
        let diagnostic = Diagnostic(ruleID: "schema", severity: .error, finding: Finding(
            message: "a \u{1}control, a \"quote\"\nand a new line", location: Location(path: "Annotations/a.yaml", range: TextRange(at: .start))))
        let result = CheckResult(analysis: try ReportFixture.result().analysis, diagnostics: [diagnostic])
        let failure = try #require(try Elements.parse(JUnitReporter().report(result)).first { $0.name == "failure" })
        #expect(failure.attributes["message"] == "a \u{FFFD}control, a \"quote\"\nand a new line")
    }
}
