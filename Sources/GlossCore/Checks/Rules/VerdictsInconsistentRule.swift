/// Two claims that contradict each other are both marked supported.
public enum VerdictsInconsistentRule: Rule {
    public static let description = RuleDescription(
        id: "verdicts-inconsistent",
        defaultSeverity: .error,
        summary: "Two claims that contradict each other are both `supported`.",
        explanation: """
            Claims contradict each other when their statements conflict (see \
            `statement-conflict`) or when a `contradicts` relation links them (relations are \
            symmetric). Both cannot be true, so at most one can be supported; one of the \
            verdicts needs another look.
            """,
        triggeringExamples: [
            RuleExample(claims: supported("185", "250")),
            RuleExample(claims: supported("185", "185", relation: "contradicts")),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: supported("185", "about 190")),
            RuleExample(claims: supported("185", "185", relation: "supports")),
            RuleExample(claims: supported("185", "250", secondVerdict: "refuted")),
        ]
    )

    /// Two reviewed claims about the crowd, the second optionally related to the first.
    static func supported(_ first: String, _ second: String, relation: String? = nil,
                          secondVerdict: String = "supported") -> String {
        func claim(_ id: String, _ value: String, _ verdict: String) -> String {
            """
            - id: \(id)
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              statement: {subject: central-park, property: crowd-size, value: "\(value)", as_of: 2022-10-02}
              reviews:
                - reviewer: alice
                  verdict: \(verdict)
                  evidence:
                    - url: https://example.org/police-count
                      stance: \(verdict == "supported" ? "supports" : "refutes")
            """
        }
        return claim("crowd", first, "supported") + "\n" + claim("crowd-estimate", second, secondVerdict)
            + (relation.map { "\n  relations:\n    - \($0): crowd" } ?? "")
    }

    public static func check(_ analysis: Analysis) -> [Finding] {
        // Only claims marked supported can be inconsistent; the rest are never looked up.
        var supported: [String: AnchoredClaim] = [:]
        // In workspace order too: when both claims of a pair name the other, the first one's
        // relation is the reason given, on every run.
        var supportedInOrder: [AnchoredClaim] = []
        for file in analysis.files {
            for claim in file.claims where claim.claim.status == .verdict(.supported) && supported[claim.id] == nil {
                supported[claim.id] = claim
                supportedInOrder.append(claim)
            }
        }
        guard !supported.isEmpty else { return [] }
        var reasons: [ClaimPair: String] = [:]
        for pair in supportedConflicts(supportedInOrder, in: analysis.statements) {
            reasons[pair] = "their statements conflict"
        }
        for claim in supportedInOrder {
            for relation in claim.claim.relations where relation.kind == .contradicts && relation.target.value != claim.id {
                let pair = ClaimPair(claim.id, relation.target.value)
                if reasons[pair] == nil { reasons[pair] = "`\(claim.id)` contradicts `\(relation.target.value)`" }
            }
        }
        return reasons.keys.sorted().compactMap { pair in
            guard let a = supported[pair.first], let b = supported[pair.second] else { return nil }
            let related = RelatedLocation(location: a.location(a.claim.verdict?.range ?? a.claim.id.range),
                                          message: "`\(a.id)` is supported too")
            // Either claim of the pair may silence the rule.
            var finding = b.finding("`\(b.id)` and `\(a.id)` are both supported, but \(reasons[pair]!)",
                                    at: b.claim.verdict?.range, related: [related])
            finding.pairedClaim = ClaimReference(path: a.path, id: a.id)
            return finding
        }
    }

    /// The pairs of supported claims whose statements cannot both hold. Compared among the
    /// supported claims themselves, not taken from the conflicts `statement-conflict` lists:
    /// that listing stops at ``StatementIndex/maximumPairsPerFact`` pairs a fact, and two
    /// supported claims past it would go unreported. Bounded the same way: equal values are
    /// compared once, at most ``StatementIndex/maximumValuesPerFact`` of them a fact, and at
    /// most ``StatementIndex/maximumPairsPerFact`` pairs a fact are reported.
    private static func supportedConflicts(_ claims: [AnchoredClaim], in index: StatementIndex) -> [ClaimPair] {
        var facts: [StatementIndex.Key: [StatementValue: [String]]] = [:]
        var order: [StatementIndex.Key: [StatementValue]] = [:]
        for claim in claims {
            guard let entry = index.entry(forClaim: claim.id), case .success(let value)? = entry.value else { continue }
            if facts[entry.key]?[value] == nil { order[entry.key, default: []].append(value) }
            facts[entry.key, default: [:]][value, default: []].append(claim.id)
        }
        var pairs: [ClaimPair] = []
        for (key, values) in order where values.count > 1 {
            let compared = values.prefix(StatementIndex.maximumValuesPerFact)
            var found = 0
            listing: for (i, a) in compared.enumerated() {
                for b in compared[(i + 1)...] where a.isComparable(with: b) && !a.canBothHold(b) {
                    for x in facts[key]![a]! {
                        for y in facts[key]![b]! {
                            guard found < StatementIndex.maximumPairsPerFact else { break listing }
                            pairs.append(ClaimPair(x, y))
                            found += 1
                        }
                    }
                }
            }
        }
        return pairs
    }

    /// Two claim ids in a fixed order, so a relation and its mirror are one pair.
    struct ClaimPair: Hashable, Comparable {
        var first: String
        var second: String

        init(_ a: String, _ b: String) {
            (first, second) = a < b ? (a, b) : (b, a)
        }

        static func < (lhs: ClaimPair, rhs: ClaimPair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }
}
