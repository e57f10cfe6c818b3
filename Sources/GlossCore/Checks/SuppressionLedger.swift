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

    /// Whether an entry silences the finding; the entry is then marked used.
    mutating func suppress(_ finding: Finding, ruleID: String) -> Bool {
        // Most workspaces silence little or nothing; skip hashing for every finding then.
        guard !entries.isEmpty, let claimID = finding.claimID,
              let index = firstEntry[Key(path: finding.location.path, claimID: claimID, ruleID: ruleID)] else { return false }
        used.insert(index)
        return true
    }

    /// The entries that silenced nothing, among those naming a rule that ran: an entry for a rule
    /// switched off in `.gloss.yml`, or for no rule at all, cannot be judged here.
    func unused(judging ruleIDs: Set<String>) -> [UnusedSuppression] {
        entries.indices.filter { !used.contains($0) && ruleIDs.contains(entries[$0].suppression.rule.value) }.map { entries[$0] }
    }
}
