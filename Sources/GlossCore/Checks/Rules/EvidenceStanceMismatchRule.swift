/// A verdict says the opposite of every piece of evidence behind it.
public enum EvidenceStanceMismatchRule: ClaimRule {
    public static let description = RuleDescription(
        id: "evidence-stance-mismatch",
        defaultSeverity: .warning,
        summary: "A `supported` verdict rests only on evidence that refutes, or a `refuted` one only on evidence that supports.",
        explanation: """
            Each piece of evidence says whether it `supports` or `refutes` the claim (or gives \
            `context`). A review whose evidence all points the other way from its verdict is \
            most likely a slip — a stance or a verdict recorded backwards. The editor's final \
            `verdict` is checked against the evidence of all reviews. Evidence that is only \
            context, or has no stance, never triggers this.
            """,
        triggeringExamples: [
            RuleExample(claims: reviewed(verdict: "supported", stances: ["refutes"])),
            RuleExample(claims: reviewed(verdict: "refuted", stances: ["supports", "supports"])),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: reviewed(verdict: "supported", stances: ["supports", "refutes"])),
            RuleExample(claims: reviewed(verdict: "refuted", stances: ["refutes"])),
            RuleExample(claims: reviewed(verdict: "supported", stances: ["context"])),
        ]
    )

    static func reviewed(verdict: String, stances: [String]) -> String {
        """
        - id: crowd
          kind: number
          anchor: {quote: "185", start: 24, end: 27}
          reviews:
            - reviewer: alice
              verdict: \(verdict)
              evidence:
        """ + stances.enumerated().map { "\n        - url: https://example.org/source-\($0)\n          stance: \($1)" }.joined()
    }

    public static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding]) {
        for review in claim.claim.reviews {
            if let finding = mismatch(review.verdict, review.evidence, claim: claim, whose: "\(review.reviewer.value)'s verdict") {
                findings.append(finding)
            }
        }
        if let verdict = claim.claim.verdict,
           let finding = mismatch(verdict, claim.claim.reviews.flatMap(\.evidence), claim: claim, whose: "the final verdict") {
            findings.append(finding)
        }
    }

    private static func mismatch(_ verdict: Located<Verdict>, _ evidence: [Evidence], claim: AnchoredClaim, whose: String) -> Finding? {
        let opposite: Stance
        switch verdict.value {
        case .supported: opposite = .refutes
        case .refuted: opposite = .supports
        case .misleading, .unverifiable: return nil
        }
        guard !evidence.isEmpty, evidence.allSatisfy({ $0.stance?.value == opposite }) else { return nil }
        return claim.finding("\(whose) is `\(verdict.value.rawValue)` but all its evidence \(opposite.rawValue) the claim",
                             at: verdict.range)
    }
}
