import GlossCore
import Testing

/// What `anchor-orphaned` tells a reviewer depends on where the words still are: at the place the
/// claim recorded, with other text around them, or only elsewhere.
@Suite struct AnchorOrphanedRuleTests {
    private func orphaned(_ claims: String) -> [Diagnostic] {
        RuleExample(claims: claims).diagnostics().filter { $0.ruleID == AnchorOrphanedRule.description.id }
    }

    @Test func wordsAtTheRecordedPlaceWithOtherContextAreSaidToBeThere() throws {
        // "185" is still at 24..<27, but nothing recorded around it is.
        let found = orphaned("""
            - id: crowd
              kind: number
              anchor: {quote: "185", prefix: "officials in Qinghai reported ", suffix: " new cases on Monday", start: 24, end: 27}
            """)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.message.contains("is still at its recorded place"), "\(finding.message)")
        #expect(finding.message.contains("update `prefix` and `suffix`"))
        #expect(!finding.message.contains("elsewhere"))
        #expect(finding.related.map(\.message).contains("the same words at the recorded place, with other text around them"))
    }

    @Test func wordsOnlyInOtherTextAreSaidToBeThere() throws {
        // The recorded place holds other words; "city" stands twice, neither time in the claim's context.
        let found = orphaned("""
            - id: where
              kind: location
              anchor: {quote: "city", prefix: "the protest spread across the ", suffix: " overnight, police said", start: 0, end: 4}
            """)
        let finding = try #require(found.first)
        #expect(finding.message.contains("is not found with the text recorded around it; its words stand only where that text differs"),
                "\(finding.message)")
        #expect(!finding.message.contains("recorded place"))
        #expect(finding.related.allSatisfy { $0.message == "the same words, with other text around them" })
    }

    @Test func aRangeWrittenBackwardsIsNoRecordedPlace() {
        let found = orphaned("""
            - id: crowd
              kind: number
              anchor: {quote: "185", prefix: "officials in Qinghai reported ", suffix: " new cases on Monday", start: 27, end: 24}
            """)
        #expect(found.allSatisfy { !$0.message.contains("recorded place") })
    }
}
