/// The findings a workspace had when the baseline was recorded, so that a team adopting Gloss
/// can fail only on findings that are new. A multiset of ``FindingKey``s: with two identical
/// findings recorded and three found now, one is new.
public struct Baseline: Hashable, Sendable {
    /// The recorded keys, sorted; a key appears once for each finding it stood for.
    public private(set) var entries: [FindingKey]

    public init(entries: [FindingKey]) {
        self.entries = entries.sorted()
    }

    /// Records a check's findings.
    public init(_ diagnostics: [Diagnostic]) {
        self.init(entries: diagnostics.map(FindingKey.init))
    }

    /// This baseline with the entries of `earlier` it could not have seen added: what a check
    /// of some files (`paths`, the files it read) records over a baseline of the whole
    /// workspace. Those are the entries about the other files, and about the files read, those
    /// `unjudged` (the findings of rules across files, and the audit of their `ignore` entries)
    /// that this baseline does not have already. How many it kept comes with it.
    public func keeping(_ earlier: Baseline, outside paths: Set<String>,
                        unjudged: (FindingKey) -> Bool = { _ in false }) -> (baseline: Baseline, kept: Int) {
        var present: [FindingKey: Int] = [:]
        for entry in entries { present[entry, default: 0] += 1 }
        let kept = earlier.entries.filter { entry in
            if !paths.contains(entry.path) { return true }
            guard unjudged(entry) else { return false }
            guard let count = present[entry], count > 0 else { return true }
            present[entry] = count - 1
            return false
        }
        return (Baseline(entries: entries + kept), kept.count)
    }

    /// The diagnostics the baseline does not account for, in their order: each recorded entry
    /// accounts for one diagnostic with its key, the earliest first.
    public func newDiagnostics(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var remaining: [FindingKey: Int] = [:]
        for entry in entries { remaining[entry, default: 0] += 1 }
        return diagnostics.filter { diagnostic in
            var key = FindingKey(diagnostic)
            // A baseline recorded before problems met reading a claim were that claim's has
            // them without a claim.
            if remaining[key, default: 0] == 0, key.claim != nil {
                var bare = key
                bare.claim = nil
                if remaining[bare, default: 0] > 0 { key = bare }
            }
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }
}

extension CheckResult {
    /// The result with only the findings `baseline` has not recorded.
    public func excluding(_ baseline: Baseline) -> CheckResult {
        var kept = self
        kept.diagnostics = baseline.newDiagnostics(diagnostics)
        return kept
    }
}
