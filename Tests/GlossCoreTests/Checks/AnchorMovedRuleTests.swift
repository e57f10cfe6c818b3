import GlossCore
import Testing

/// What `anchor-moved` tells a reviewer when the quote stayed and the text around it changed.
@Suite struct AnchorMovedRuleTests {
    private func moved(_ claims: String) -> [String] {
        RuleExample(claims: claims).diagnostics().filter { $0.ruleID == AnchorMovedRule.description.id }.map(\.message)
    }

    /// A quote found across a line break is normalized for its spaces, not said to differ in
    /// its accents (the shown excerpts fold the break; the whole texts do not compare equal).
    @Test func aQuoteAcrossALineBreakIsNormalizedForItsSpaces() {
        let messages = RuleExample(files: [
            RuleExample.documentPath: "The city counted\n185 people at the gate.\n",
            RuleExample.annotationPath: RuleExample.header + "claims:\n  - id: count\n    kind: number\n    anchor: {quote: \"counted 185 people\", start: 9, end: 27}\n",
        ]).diagnostics().filter { $0.ruleID == AnchorNormalizedRule.description.id }.map(\.message)
        #expect(messages.count == 1 && messages[0].contains("once quotes, dashes and spaces are normalized"), "\(messages)")
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

    /// A quote recorded at the start of its paragraph, whose paragraph break was taken out, had
    /// "nothing" before it: it had the start of its paragraph.
    @Test func aParagraphMergedBeforeTheQuoteIsNamedSo() {
        let messages = RuleExample(files: [
            RuleExample.documentPath: "Police came. 185 people gathered at the gate.\n",
            RuleExample.annotationPath: RuleExample.header + "claims:\n  - id: count\n    kind: number\n"
                + "    anchor: {quote: \"185 people\", prefix: \"Police came.\\n\\n\", suffix: \" gathered at the gate.\\n\", start: 14, end: 24}\n",
        ]).diagnostics().filter { $0.ruleID == AnchorMovedRule.description.id }.map(\.message)
        #expect(messages.count == 1 && messages[0].contains("(before it, the start of its paragraph is now “Police came”)"), "\(messages)")
    }

    /// Words beside the quote across a line break are named on one line: a message is one line
    /// (a raw break split a GitHub annotation and showed as U+FFFD in a terminal).
    @Test func wordsAcrossALineBreakAreNamedOnOneLine() throws {
        let old = "The mayor said, “We will not back down.” Police then left the square.\n"
        let new = "The mayor said,\nfirmly “We will not back down.” Police then left the square.\n"
        let selector = try AnchorTierTests.recorded("We will not back down.", in: old)
        let quoted = { (text: String?) in YAMLScalarWriter.doubleQuoted(text ?? "") }
        let messages = RuleExample(files: [
            RuleExample.documentPath: new,
            RuleExample.annotationPath: RuleExample.header + "claims:\n  - id: quote\n    kind: quote\n"
                + "    anchor: {quote: \(quoted(selector.quote)), prefix: \(quoted(selector.prefix)), suffix: \(quoted(selector.suffix)), "
                + "start: \(selector.start!), end: \(selector.end!)}\n",
        ]).diagnostics().filter { $0.ruleID == AnchorMovedRule.description.id }.map(\.message)
        #expect(messages.count == 1 && !messages[0].contains("\n") && messages[0].contains("said, firmly"), "\(messages)")
    }
}
