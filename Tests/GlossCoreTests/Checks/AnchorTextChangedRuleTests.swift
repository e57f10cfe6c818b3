import GlossCore
import Testing

/// What `anchor-text-changed` tells a reviewer: which words changed, and, for a figure whose
/// words stayed, the scale it lost.
@Suite struct AnchorTextChangedRuleTests {
    private func changed(_ claims: String) -> [String] {
        RuleExample(claims: claims).diagnostics().filter { $0.ruleID == AnchorTextChangedRule.description.id }.map(\.message)
    }

    @Test func changedWordsAreQuotedAsRecordedAndAsTheyAreNow() {
        #expect(changed("""
            - id: crowd
              kind: number
              anchor: {quote: "185 peeple gathered at Central Park", start: 24, end: 59}
            """) == ["the quoted words changed: the quote reads “185 peeple gathered at Central Park” "
                     + "but the article now has “185 people gathered at Central Park”"])
    }

    /// The figure's own words are unchanged, so naming them twice would say nothing: the scale
    /// recorded after it is what the article lost.
    @Test func aFigureThatLostItsScaleIsSaidToHaveLostIt() {
        #expect(changed("""
            - id: crowd
              kind: number
              anchor: {quote: "185", prefix: "According to The Daily, ", suffix: " million people gathered", start: 24, end: 27}
            """) == ["the figure changed: the quote “185” was followed by “million”, which the article no longer has after it"])
    }

    /// A quote whose figure changed is changed words, even where its recorded context had a
    /// scale after it: the scale is said only when the quote's words are still there.
    @Test func aChangedFigureWithAScaleRecordedIsChangedWords() {
        let messages = changed("""
            - id: crowd
              kind: number
              anchor: {quote: "The Daily, 186", prefix: "According to ", suffix: " million people gathered", start: 13, end: 27}
            """)
        #expect(messages.count == 1 && messages[0].hasPrefix("the quoted words changed:"), "\(messages)")
    }
}
