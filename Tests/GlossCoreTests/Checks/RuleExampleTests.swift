import GlossCore
import Testing

/// Every rule's documented examples are its first tests: triggering ones must report the rule,
/// non-triggering ones must not.
@Suite struct RuleExampleTests {
    static let ruleIDs = RuleCatalog.all.map { $0.description.id }

    @Test(arguments: ruleIDs)
    func triggeringExamplesReportTheRule(_ id: String) throws {
        let description = try #require(RuleCatalog.rule(withID: id)).description
        #expect(!description.triggeringExamples.isEmpty, "every rule shows at least one case that triggers it")
        for example in description.triggeringExamples {
            let reported = example.diagnostics().filter { $0.ruleID == id }
            #expect(!reported.isEmpty, "expected `\(id)` for:\n\(example.shown)")
            #expect(reported.allSatisfy { $0.severity == description.defaultSeverity })
        }
    }

    @Test(arguments: ruleIDs)
    func nonTriggeringExamplesStayQuiet(_ id: String) throws {
        let description = try #require(RuleCatalog.rule(withID: id)).description
        #expect(!description.nonTriggeringExamples.isEmpty, "every rule shows at least one case that must not trigger it")
        for example in description.nonTriggeringExamples {
            let reported = example.diagnostics().filter { $0.ruleID == id }
            #expect(reported.isEmpty, "unexpected `\(id)`: \(reported.map(\.message)) for:\n\(example.shown)")
        }
    }

    @Test func ruleIDsAreUniqueKebabCaseAndDescribed() {
        #expect(Set(Self.ruleIDs).count == Self.ruleIDs.count)
        for rule in RuleCatalog.all {
            let description = rule.description
            #expect(description.id.allSatisfy { $0.isLowercase || $0 == "-" })
            #expect(!description.summary.isEmpty && !description.explanation.isEmpty)
            #expect(!description.summary.contains("\n"))
        }
    }

    @Test func theSharedExampleWorkspaceIsClean() {
        let clean = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              summary: 185 people gathered at Central Park
              attributed_to: the-daily
              place: central-park
              reviews:
                - reviewer: alice
                  verdict: unverifiable
            """)
        #expect(clean.diagnostics().isEmpty)
    }
}
