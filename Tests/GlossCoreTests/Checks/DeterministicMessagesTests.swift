import Testing

@testable import GlossCore

/// Messages are part of what CI compares (baselines key on them), so they must not depend on the
/// order a dictionary hands its entries out in, which changes from run to run.
@Suite struct DeterministicMessagesTests {
    @Test func aSuggestionTieGoesToTheFirstNameInOrder() {
        #expect(DidYouMean.closest(to: "ab", among: ["ac", "aa"]) == "aa")
        #expect(DidYouMean.closest(to: "ab", among: ["aa", "ac"]) == "aa")
    }

    /// Both claims name the other: the reason given is the relation of the one written first,
    /// and the finding is on the later claim.
    @Test func mutuallyContradictingSupportedClaimsGiveTheFirstClaimsRelation() {
        let messages = RuleExample(claims: """
            - id: park
              kind: location
              anchor: {quote: Central Park, start: 47, end: 59}
              verdict: supported
              relations:
                - contradicts: crowd
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              verdict: supported
              relations:
                - contradicts: park
            """).diagnostics().filter { $0.ruleID == "verdicts-inconsistent" }.map(\.message)
        #expect(messages == ["`crowd` and `park` are both supported, but `park` contradicts `crowd`"])
    }
}
