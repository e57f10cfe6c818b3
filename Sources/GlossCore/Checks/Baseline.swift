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

    /// This baseline with the entries of `earlier` about files other than `paths` added: what
    /// a check of some files (`paths`, the files it read) records over a baseline of the whole
    /// workspace, whose other files it did not see. How many it kept comes with it.
    public func keeping(_ earlier: Baseline, outside paths: Set<String>) -> (baseline: Baseline, kept: Int) {
        let kept = earlier.entries.filter { !paths.contains($0.path) }
        return (Baseline(entries: entries + kept), kept.count)
    }

    /// The diagnostics the baseline does not account for, in their order: each recorded entry
    /// accounts for one diagnostic with its key, the earliest first.
    public func newDiagnostics(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var remaining: [FindingKey: Int] = [:]
        for entry in entries { remaining[entry, default: 0] += 1 }
        return diagnostics.filter { diagnostic in
            let key = FindingKey(diagnostic)
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
