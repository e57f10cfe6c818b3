import GlossCore
import Testing

@Suite struct BaselineTests {
    static func diagnostic(_ rule: String, claim: String?, message: String = "m", line: Int = 1) -> Diagnostic {
        let position = TextPosition(offset: line * 10, line: line, column: 1)
        return Diagnostic(ruleID: rule, severity: .warning, finding: Finding(
            message: message, location: Location(path: "Annotations/a.yaml", range: TextRange(at: position)), claimID: claim))
    }

    @Test func findingsAreAMultiset() {
        let old = Self.diagnostic("unreviewed", claim: "crowd")
        let baseline = Baseline([old, old])
        let now = [old, old, old, Self.diagnostic("unreviewed", claim: "police")]
        #expect(baseline.newDiagnostics(now).map(\.claimID) == ["crowd", "police"])
        #expect(baseline.newDiagnostics([old]).isEmpty)
    }

    @Test func theKeyIsPathRuleClaimAndMessageNotTheLine() {
        let baseline = Baseline([Self.diagnostic("unreviewed", claim: "crowd", line: 4)])
        #expect(baseline.newDiagnostics([Self.diagnostic("unreviewed", claim: "crowd", line: 40)]).isEmpty)
        for changed in [Self.diagnostic("missing-attribution", claim: "crowd"), Self.diagnostic("unreviewed", claim: nil),
                        Self.diagnostic("unreviewed", claim: "crowd", message: "other")] {
            #expect(baseline.newDiagnostics([changed]) == [changed])
        }
    }

    /// A "did you mean" suggestion depends on the rest of the workspace (an id added in another
    /// file): the finding stays the one recorded, with or without it, as recorded before or now.
    @Test func aSuggestionIsNotPartOfTheFinding() {
        let suggested = Self.diagnostic("unknown-reference", claim: "crowd", message: "no claim has the id `police-report`; did you mean `police-reports`?")
        let plain = Self.diagnostic("unknown-reference", claim: "crowd", message: "no claim has the id `police-report`")
        #expect(Baseline([plain]).newDiagnostics([suggested]).isEmpty)
        #expect(Baseline([suggested]).newDiagnostics([plain]).isEmpty)
        #expect(FindingKey(suggested).fingerprint(occurrence: 1) == FindingKey(plain).fingerprint(occurrence: 1))
        // A message that only mentions the words keeps them.
        #expect(FindingKey(path: "a", rule: "r", claim: nil, message: "the note says `; did you mean `x`? here").message
                    == "the note says `; did you mean `x`? here")
    }

    /// A check of some files keeps what a baseline recorded for the others, and for the files
    /// it read, the findings of rules across files it could not see (once each).
    @Test func aBaselineOfSomeFilesKeepsTheOthersEntries() {
        let other = FindingKey(path: "Annotations/b.yaml", rule: "unreviewed", claim: "b", message: "m")
        let stale = FindingKey(path: "Annotations/a.yaml", rule: "unreviewed", claim: "gone", message: "m")
        let conflict = FindingKey(path: "Annotations/a.yaml", rule: "statement-conflict", claim: "crowd", message: "m")
        let (merged, kept) = Baseline([Self.diagnostic("unreviewed", claim: "crowd"), Self.diagnostic("statement-conflict", claim: "crowd")])
            .keeping(Baseline(entries: [other, stale, conflict, conflict]), outside: ["Annotations/a.yaml", "Annotations/sources.yaml"]) {
                $0.rule == "statement-conflict"
            }
        #expect(kept == 2)
        #expect(merged.entries.count == 4, "\(merged.entries)")
        #expect(merged.entries.filter { $0.rule == "statement-conflict" }.count == 2)
        #expect(!merged.entries.contains(stale))
    }

    /// A baseline recorded before problems met reading a claim were the claim's has them
    /// without a claim: they are still the findings it recorded.
    @Test func anEntryWithoutAClaimStillMatchesAFindingWithOne() {
        let recorded = FindingKey(path: "Annotations/a.yaml", rule: "schema", claim: nil, message: "unknown key `colour` in a claim")
        let now = Self.diagnostic("schema", claim: "crowd", message: "unknown key `colour` in a claim")
        #expect(Baseline(entries: [recorded]).newDiagnostics([now]).isEmpty)
        #expect(Baseline(entries: [recorded]).newDiagnostics([now, now]).count == 1)
    }

    static let claims = """
        - id: crowd
          kind: number
          anchor: {quote: "185", start: 24, end: 27}
        """

    @Test func linesAddedAboveAnOldFindingLeaveItOld() {
        let before = RuleExample(claims: Self.claims).diagnostics()
        #expect(before.map(\.ruleID) == ["missing-attribution", "unreviewed"])
        let baseline = Baseline(before)
        let after = RuleExample(claims: "# Reviewed in the morning meeting.\n# Sources still open.\n" + Self.claims
                                    + "\n- id: police\n  kind: event\n  anchor: {quote: Police stood by, start: 125, end: 140}\n  attributed_to: unattributed")
            .diagnostics()
        #expect(after.first?.location.range.start.line != before.first?.location.range.start.line, "the old finding moved down")
        #expect(baseline.newDiagnostics(after).map { "\($0.ruleID) \($0.claimID ?? "")" } == ["unreviewed police"])
    }

    @Test func fingerprintsIgnoreLinesAndNumberRepeats() {
        let first = FindingKey.numbered([Self.diagnostic("unreviewed", claim: "crowd", line: 3),
                                         Self.diagnostic("unreviewed", claim: "crowd", line: 9)])
        let moved = FindingKey.numbered([Self.diagnostic("unreviewed", claim: "crowd", line: 30)])
        #expect(first.map(\.occurrence) == [1, 2])
        #expect(first[0].key.fingerprint(occurrence: 1) == moved[0].key.fingerprint(occurrence: 1))
        #expect(first[0].key.fingerprint(occurrence: 1) != first[1].key.fingerprint(occurrence: 2))
        #expect(first[0].key.fingerprint(occurrence: 1).count == 40)
    }
}
