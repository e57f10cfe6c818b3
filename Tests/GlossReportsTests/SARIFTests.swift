import Foundation
import GlossCore
@testable import GlossReports
import Testing

/// The SARIF output against the official SARIF 2.1.0 schema (a copy in Fixtures), and the parts
/// GitHub code scanning relies on that the schema leaves optional.
@Suite struct SARIFTests {
    static func validator() throws -> JSONSchemaValidator {
        JSONSchemaValidator(root: try JSONValue.parse(try ReportFixture.schema("sarif-schema-2.1.0.json")))
    }

    static func sarif() throws -> JSONValue {
        try JSONValue.parse(Data(SARIFReporter().report(try ReportFixture.result()).utf8))
    }

    @Test func theValidatorChecksEveryKeywordTheSchemaUses() throws {
        #expect(try Self.validator().unknownKeywords().isEmpty)
    }

    @Test func theOutputIsValidSARIF() throws {
        #expect(try Self.validator().problems(try Self.sarif()) == [])
    }

    /// Broken documents the validator must refuse, so that a pass above means something.
    @Test(arguments: [
        ("version", #"{"$schema": "https://example.org/s", "runs": []}"#, "$: missing required `version`"),
        ("enum", #"{"version": "2.0.0", "runs": []}"#, "$.version: \"2.0.0\" is not one of [\"2.1.0\"]"),
        ("type", #"{"version": "2.1.0", "runs": {}}"#, "$.runs: expected one of [\"array\", \"null\"]"),
        ("additionalProperties", #"{"version": "2.1.0", "runs": [], "extra": 1}"#, "$: unexpected property `extra`"),
        ("required in a definition", #"{"version": "2.1.0", "runs": [{"results": []}]}"#, "$.runs[0]: missing required `tool`"),
        ("minimum", #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "g"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"}, "region": {"startLine": 0}}}]}]}]}"#, "startLine: 0 is below the minimum 1"),
        ("anyOf", #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "g"}}, "results": [{"message": {}}]}]}"#, "$.runs[0].results[0].message: 0 of the anyOf options match"),
        ("level", #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "g"}}, "results": [{"level": "fatal", "message": {"text": "m"}}]}]}"#, "$.runs[0].results[0].level: \"fatal\" is not one of"),
        ("uniqueItems", #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "g"}}, "results": [{"message": {"text": "m"}, "relatedLocations": [{"id": 1}, {"id": 1}]}]}]}"#, "results[0].relatedLocations: items are not unique"),
        ("format", #"{"$schema": "not a uri", "version": "2.1.0", "runs": []}"#, "$.$schema: `not a uri` is not a uri"),
    ])
    func theValidatorRefusesBrokenDocuments(_ keyword: String, _ document: String, _ expected: String) throws {
        let problems = try Self.validator().problems(try JSONValue.parse(Data(document.utf8)))
        #expect(problems.contains { $0.contains(expected) }, "\(keyword): \(problems)")
    }

    @Test func resultsCarryWhatGitHubUses() throws {
        let sarif = try Self.sarif()
        let run = try #require(sarif["runs"].flatMap { if case .array(let runs) = $0 { runs.first } else { nil } })
        #expect(run["columnKind"] == .string("unicodeCodePoints"))
        #expect(run["tool"]?["driver"]?["informationUri"] == nil, "omitted while Gloss has no home page")
        guard case .array(let rules)? = run["tool"]?["driver"]?["rules"], case .array(let results)? = run["results"] else {
            Issue.record("rules and results are arrays")
            return
        }
        #expect(rules.count == RuleCatalog.all.count)
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] { #expect(rule[key]?["text"] != nil) }
            #expect(rule["defaultConfiguration"]?["level"] != nil)
        }
        var fingerprints: Set<JSONValue> = []
        for result in results {
            guard let index = result["ruleIndex"]?.number else { Issue.record("ruleIndex"); continue }
            #expect(rules[Int(index)]["id"] == result["ruleId"], "ruleIndex points at the result's rule")
            let location = result["locations"].flatMap { if case .array(let all) = $0 { all.first } else { nil } }?["physicalLocation"]
            #expect(location?["artifactLocation"]?["uriBaseId"] == .string("%SRCROOT%"))
            for key in ["startLine", "startColumn", "endLine", "endColumn"] { #expect(location?["region"]?[key] != nil) }
            if let fingerprint = result["partialFingerprints"]?[SARIFReporter.fingerprintKey] { fingerprints.insert(fingerprint) }
        }
        #expect(fingerprints.count == results.count, "every result has its own fingerprint")
    }

    @Test func relatedLocationsAreNumberedAndLevelsMapped() throws {
        let text = SARIFReporter().report(try ReportFixture.result())
        #expect(text.contains(#""id" : 2"#) && text.contains(#""text" : "bob's verdict""#))
        #expect(!text.contains(#""level" : "info""#))
        let info = CheckResult(analysis: try ReportFixture.result().analysis, diagnostics: [Diagnostic(
            ruleID: "a-retired-rule", severity: .info,
            finding: Finding(message: "m", location: Location(path: "Annotations/a b/兰州.yaml", range: TextRange(at: .start))))])
        let sarif = SARIFReporter().report(info)
        #expect(sarif.contains(#""level" : "note""#))
        #expect(sarif.contains(#""uri" : "Annotations/a%20b/%E5%85%B0%E5%B7%9E.yaml""#))
        #expect(!sarif.contains("ruleIndex"), "a rule Gloss does not describe gets no index")
    }

    static func result(_ diagnostics: [Diagnostic]) -> CheckResult {
        CheckResult(analysis: Analysis(configuration: Configuration(), registry: Registry(sources: [], places: []),
                                       files: [], registryProblems: [], yamlTexts: [:]), diagnostics: diagnostics)
    }

    static func diagnostic(_ message: String, severity: Severity = .error, related: [String] = []) -> Diagnostic {
        let location = Location(path: "Annotations/a.yaml", range: TextRange(at: .start))
        return Diagnostic(ruleID: "anchor-ambiguous", severity: severity, finding: Finding(
            message: message, location: location, related: related.map { RelatedLocation(location: location, message: $0) }))
    }

    /// SARIF reads `[text](id)` in a message as a link; GitHub shows only related locations a
    /// message links.
    @Test func messagesLinkRelatedLocationsAndNothingElse() throws {
        let quoted = Self.diagnostic(#"the quote “see [here](2) now \ then” occurs 2 times"#,
                                     related: ["one of the [candidates]", "one of the [candidates]"])
        let text = SARIFReporter().report(Self.result([quoted]))
        #expect(text.contains(#""text" : "the quote “see \\[here\\](2) now \\\\ then” occurs 2 times ([one of the \\[candidates\\]](1); [one of the \\[candidates\\]](2))""#),
                "\(text)")
        #expect(text.contains(#""text" : "one of the \\[candidates\\]""#), "related messages are plain text too")
        let many = Self.diagnostic("ambiguous", related: (1...12).map { "candidate \($0)" })
        #expect(SARIFReporter.linkedMessage(many).hasSuffix("[candidate 10](10); 2 more)"))
        #expect(SARIFReporter.linkedMessage(Self.diagnostic("alone")) == "alone")
    }

    @Test func aRunHoldsWhatGitHubAcceptsErrorsFirst() throws {
        #expect(SARIFReporter.maximumResults == 25_000, "GitHub code scanning's limit for a run")
        let reporter = SARIFReporter(resultLimit: 10)
        let diagnostics = (0..<13).map { Self.diagnostic("finding \($0)", severity: $0 < 5 ? .warning : .error) }
        let text = reporter.report(Self.result(diagnostics))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let messages = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        // The eight errors and the first two of the five warnings, in the order given.
        #expect(messages == ["finding 0", "finding 1"] + (5..<13).map { "finding \($0)" })
        let notification = try #require(((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect((notification["message"] as? [String: Any])?["text"] as? String
            == "3 more results were left out, the least severe first: GitHub code scanning rejects a run of more than 10. "
            + "`gloss check --format json` lists them all.")
        #expect(try Self.validator().problems(try JSONValue.parse(Data(text.utf8))) == [], "the notification is valid SARIF")
        // Within the limit, nothing is left out and nothing is said.
        #expect(!reporter.report(Self.result(Array(diagnostics.prefix(10)))).contains("invocations"))
    }

    @Test func fingerprintsDoNotDependOnLines() throws {
        func fingerprint(line: Int) -> String {
            let position = TextPosition(offset: line * 20, line: line, column: 3)
            let result = CheckResult(analysis: Analysis(configuration: Configuration(), registry: Registry(sources: [], places: []),
                                                        files: [], registryProblems: [], yamlTexts: [:]),
                                     diagnostics: [Diagnostic(ruleID: "unreviewed", severity: .warning, finding: Finding(
                                         message: "nobody has reviewed this claim",
                                         location: Location(path: "Annotations/a.yaml", range: TextRange(at: position)), claimID: "crowd"))])
            return SARIFReporter().report(result).split(separator: "\n").first { $0.contains(SARIFReporter.fingerprintKey) }.map(String.init) ?? ""
        }
        #expect(!fingerprint(line: 4).isEmpty)
        #expect(fingerprint(line: 4) == fingerprint(line: 40))
    }
}
