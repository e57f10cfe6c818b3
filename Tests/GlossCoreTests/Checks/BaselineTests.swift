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
