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

    public static let looksAcrossFiles = true

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
        let conflicts = supportedConflicts(supportedInOrder, in: analysis.statements)
        var reasons: [ClaimPair: String] = [:]
        for pair in conflicts.pairs {
            reasons[pair] = "their statements conflict"
        }
        for claim in supportedInOrder {
            for relation in claim.claim.relations where relation.kind == .contradicts && relation.target.value != claim.id {
                let pair = ClaimPair(claim.id, relation.target.value)
                if reasons[pair] == nil { reasons[pair] = "`\(claim.id)` contradicts `\(relation.target.value)`" }
            }
        }
        // The finding is on the later claim of the pair, in workspace order, as for `statement-conflict`.
        var position: [String: Int] = [:]
        for (index, claim) in supportedInOrder.enumerated() where position[claim.id] == nil { position[claim.id] = index }
        return reasons.keys.sorted().compactMap { pair in
            guard let first = supported[pair.first], let second = supported[pair.second] else { return nil }
            let (a, b) = position[pair.first]! < position[pair.second]! ? (first, second) : (second, first)
            let related = RelatedLocation(location: a.location(a.claim.verdict?.range ?? a.claim.id.range),
                                          message: "`\(a.id)` is supported too")
            // Either claim of the pair may silence the rule.
            var finding = b.finding("`\(b.id)` and `\(a.id)` are both supported, but \(reasons[pair]!)",
                                    at: b.claim.verdict?.range, related: [related])
            finding.pairedClaim = ClaimReference(path: a.path, id: a.id)
            return finding
        } + conflicts.crowded.map { fact in
            // What the listing left out is said once a fact, at its first supported claim.
            let claim = supported[fact.first]!
            let statement = analysis.statements.entry(forClaim: claim.id).map(analysis.statements.statement)!
            return claim.finding(StatementConflictRule.leftOut(of: statement, pairsOf: "supported claims", unlisted: fact.unlisted,
                                                               uncompared: fact.uncompared), at: claim.claim.verdict?.range)
        }
    }

    /// A fact whose supported claims conflict more than is listed: its first supported claim,
    /// the pairs left out, and the distinct values not compared.
    private struct CrowdedFact {
        var first: String
        var unlisted: Int
        var uncompared: Int
    }

    /// The pairs of supported claims whose statements cannot both hold. Compared among the
    /// supported claims themselves, not taken from the conflicts `statement-conflict` lists:
    /// that listing stops at ``StatementIndex/maximumPairsPerFact`` pairs a fact, and two
    /// supported claims past it would go unreported. Bounded the same way, and what is left out
    /// is counted.
    private static func supportedConflicts(_ claims: [AnchoredClaim], in index: StatementIndex)
        -> (pairs: [ClaimPair], crowded: [CrowdedFact]) {
        var facts: [StatementIndex.Key: [StatementValue: [String]]] = [:]
        var order: [StatementIndex.Key: [StatementValue]] = [:]
        var keys: [StatementIndex.Key] = []
        for claim in claims {
            guard let entry = index.entry(forClaim: claim.id), case .success(let value)? = entry.value else { continue }
            if order[entry.key] == nil { keys.append(entry.key) }
            if facts[entry.key]?[value] == nil { order[entry.key, default: []].append(value) }
            facts[entry.key, default: [:]][value, default: []].append(claim.id)
        }
        var pairs: [ClaimPair] = []
        var crowded: [CrowdedFact] = []
        // In workspace order, so that the findings about crowded facts are the same on every run.
        for key in keys where order[key]!.count > 1 {
            let found = StatementIndex.conflictingPairs(among: order[key]!, holders: facts[key]!)
            pairs += found.listed.map { ClaimPair($0, $1) }
            if found.unlisted > 0 || found.uncompared > 0 {
                crowded.append(CrowdedFact(first: facts[key]![order[key]![0]]![0], unlisted: found.unlisted, uncompared: found.uncompared))
            }
        }
        return (pairs, crowded)
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
