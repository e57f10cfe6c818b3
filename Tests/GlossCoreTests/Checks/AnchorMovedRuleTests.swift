import GlossCore
import Testing

/// What `anchor-moved` tells a reviewer when the quote stayed and the text around it changed.
@Suite struct AnchorMovedRuleTests {
    private func moved(_ claims: String) -> [String] {
        RuleExample(claims: claims).diagnostics().filter { $0.ruleID == AnchorMovedRule.description.id }.map(\.message)
    }

    /// The words right beside the quote that changed are named, as they were and as they are:
    /// what the reviewer must judge before `gloss fix` records them.
    @Test func wordsChangedBesideTheQuoteAreNamed() {
        #expect(moved("""
            - id: crowd
              kind: number
              anchor: {quote: "185", prefix: "According to The Herald, ", suffix: " people gathered", start: 24, end: 27}
            """) == ["the text around the quote changed (before it, “to The Herald” is now “to The Daily”); check it is still "
                     + "the claim's passage, then `gloss fix` records the new context"])
        #expect(moved("""
            - id: crowd
              kind: number
              anchor: {quote: "185", prefix: "According to The Daily, ", suffix: " hundred people gathered", start: 24, end: 27}
            """) == ["the text around the quote changed (after it, “hundred people” is now “people gathered”); check it is "
                     + "still the claim's passage, then `gloss fix` records the new context"])
    }
}
