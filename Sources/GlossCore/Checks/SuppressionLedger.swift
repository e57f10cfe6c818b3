/// An `ignore` entry that silenced no finding of its rule.
public struct UnusedSuppression: Sendable {
    public var claim: AnchoredClaim
    public var suppression: Suppression

    public init(claim: AnchoredClaim, suppression: Suppression) {
        self.claim = claim
        self.suppression = suppression
    }
}

/// Every `ignore` entry of the workspace, by the claim and rule it silences, with whether it has
/// silenced anything yet. When a claim repeats an entry, the first one does the silencing.
struct SuppressionLedger {
    private struct Key: Hashable {
        var path: String
        var claimID: String
        var ruleID: String
    }

    private var entries: [UnusedSuppression] = []
    private var firstEntry: [Key: Int] = [:]
    private var used: Set<Int> = []

    init(_ claims: [AnchoredClaim]) {
        for claim in claims {
            for suppression in claim.claim.ignore {
                let key = Key(path: claim.path, claimID: claim.id, ruleID: suppression.rule.value)
                if firstEntry[key] == nil { firstEntry[key] = entries.count }
                entries.append(UnusedSuppression(claim: claim, suppression: suppression))
            }
        }
    }

    /// Whether an entry silences the finding: one on its claim, or on the other claim of the pair
    /// it is about. Every entry that does is then marked used.
    mutating func suppress(_ finding: Finding, ruleID: String) -> Bool {
        // Most workspaces silence little or nothing; skip hashing for every finding then.
        guard !entries.isEmpty else { return false }
        let own = finding.claimID.flatMap { firstEntry[Key(path: finding.location.path, claimID: $0, ruleID: ruleID)] }
        let paired = finding.pairedClaim.flatMap { firstEntry[Key(path: $0.path, claimID: $0.id, ruleID: ruleID)] }
        let silencing = [own, paired].compactMap { $0 }
        used.formUnion(silencing)
        return !silencing.isEmpty
    }

    /// The entries that silenced nothing, among those naming a rule that ran: an entry for a rule
    /// switched off in `.gloss.yml`, or for no rule at all, cannot be judged here.
    func unused(judging ruleIDs: Set<String>) -> [UnusedSuppression] {
        entries.indices.filter { !used.contains($0) && ruleIDs.contains(entries[$0].suppression.rule.value) }.map { entries[$0] }
    }
}
