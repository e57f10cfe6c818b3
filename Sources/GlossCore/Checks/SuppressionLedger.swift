/// An `ignore` entry that silenced no finding of its rule.
public struct UnusedSuppression: Sendable {
    public var claim: AnchoredClaim
    public var suppression: Suppression
    /// Whether an earlier entry of the claim for the same rule silenced its findings: this one
    /// repeats it, while the rule does report there.
    public var repeatsOneThatSilences = false

    public init(claim: AnchoredClaim, suppression: Suppression) {
        self.claim = claim
        self.suppression = suppression
    }
}

/// Every `ignore` entry of the workspace, by the claim and rule it silences, with whether it has
/// silenced anything yet. When a claim repeats an entry, the first one does the silencing.
struct SuppressionLedger: Sendable {
    private struct Key: Hashable, Sendable {
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

    /// The entries that silence the finding: one on its claim, or on the other claim of the
    /// pair it is about. Asked on all cores at once; ``markUsed(_:)`` then records them.
    func entriesSilencing(_ finding: Finding, ruleID: String) -> [Int] {
        // Most workspaces silence little or nothing; skip hashing for every finding then.
        guard !entries.isEmpty else { return [] }
        let own = finding.claimID.flatMap { firstEntry[Key(path: finding.location.path, claimID: $0, ruleID: ruleID)] }
        let paired = finding.pairedClaim.flatMap { firstEntry[Key(path: $0.path, claimID: $0.id, ruleID: ruleID)] }
        return [own, paired].compactMap { $0 }
    }

    /// Marks entries as having silenced a finding.
    mutating func markUsed(_ silencing: [Int]) {
        used.formUnion(silencing)
    }

    /// The entries that silenced nothing, among those naming a rule that ran: an entry for a rule
    /// switched off in `.gloss.yml`, or for no rule at all, cannot be judged here.
    func unused(judging ruleIDs: Set<String>) -> [UnusedSuppression] {
        entries.indices.filter { !used.contains($0) && ruleIDs.contains(entries[$0].suppression.rule.value) }.map { index in
            var entry = entries[index]
            let key = Key(path: entry.claim.path, claimID: entry.claim.id, ruleID: entry.suppression.rule.value)
            entry.repeatsOneThatSilences = firstEntry[key].map(used.contains) ?? false
            return entry
        }
    }
}
