import Foundation
import GlossCore
import GlossReports
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
