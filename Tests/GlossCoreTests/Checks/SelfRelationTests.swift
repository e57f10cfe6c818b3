import GlossCore
import Testing

/// A claim related to itself is an `invalid-value` whose message reads as a sentence, whatever
/// the relation ("a claim cannot supports itself" was the message).
@Suite struct SelfRelationTests {
    @Test(arguments: ["supports", "contradicts", "same_as"])
    func aClaimRelatedToItselfIsNamedWithTheRelation(_ relation: String) {
        let messages = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              relations:
                - \(relation): crowd
            """).diagnostics().filter { $0.ruleID == "invalid-value" }.map(\.message)
        #expect(messages == ["a claim cannot relate to itself (`\(relation): crowd`)"])
    }
}
