/// Runs the rules over a loaded workspace and applies the configuration: severities, rules
/// switched off, and per-claim suppressions. The result is sorted, so output is deterministic.
public enum Checker {
    public static func diagnostics(for analysis: Analysis, rules: [any Rule.Type] = RuleCatalog.all) -> [Diagnostic] {
        let suppressed = Set(analysis.claims.flatMap { claim in
            claim.claim.ignore.map { SuppressionKey(path: claim.path, claimID: claim.id, ruleID: $0.rule.value) }
        })
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let description = rule.description
            guard let severity = analysis.configuration.severity(of: description.id, default: description.defaultSeverity) else {
                continue
            }
            for finding in rule.check(analysis) {
                if let claimID = finding.claimID,
                   suppressed.contains(SuppressionKey(path: finding.location.path, claimID: claimID, ruleID: description.id)) {
                    continue
                }
                diagnostics.append(Diagnostic(ruleID: description.id, severity: severity, finding: finding))
            }
        }
        return diagnostics.sorted(by: Diagnostic.ordered)
    }

    private struct SuppressionKey: Hashable {
        var path: String
        var claimID: String
        var ruleID: String
    }
}
