extension Checker {
    /// The problems met reading the annotation files, as a check reports them: at the severity
    /// the configuration gives their rule, without those it turns off or a claim's `ignore:`
    /// silences. What `report` and `export` judge the files they publish by, so that they pass
    /// and fail where a check does.
    public static func annotationFileProblems(in analysis: Analysis) -> [Diagnostic] {
        let kinds = Set(analysis.files.flatMap { $0.problems.map(\.kind) })
        guard !kinds.isEmpty else { return [] }
        let registries: Set = [analysis.configuration.sourcesPath, analysis.configuration.placesPath]
        let ledger = SuppressionLedger(analysis.claims)
        return kinds.sorted { $0.rawValue < $1.rawValue }.flatMap { kind -> [Diagnostic] in
            let ruleID = kind.rawValue
            let defaultSeverity = RuleCatalog.rule(withID: ruleID)?.description.defaultSeverity ?? .error
            guard let severity = analysis.configuration.severity(of: ruleID, default: defaultSeverity) else { return [] }
            return LoadProblemFindings.of(kind, in: analysis)
                .filter { !registries.contains($0.location.path) && ledger.entriesSilencing($0, ruleID: ruleID).isEmpty }
                .map { Diagnostic(ruleID: ruleID, severity: severity, finding: $0) }
        }.sorted(by: Diagnostic.ordered)
    }
}
