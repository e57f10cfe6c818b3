import Dispatch

/// What several rules derive from the same analysis, worked out once and shared: three rules
/// look claims up by id, five start from the ``StatementIndex`` (building it parses every
/// statement of the workspace), two from the derived values and two from the conflicting pairs.
/// Rules run concurrently, so the first to ask builds and the others wait for it.
final class AnalysisMemo: @unchecked Sendable {
    // Every stored property is read and written only on `queue`.
    private let queue = DispatchQueue(label: "gloss.analysis-memo")
    private var claimsByID: [String: Int]?
    private var index: StatementIndex?
    private var derived: DerivedValues?
    private var conflicts: StatementConflicts?

    func claimsByID(of analysis: Analysis) -> [String: Int] {
        queue.sync { claimsByIDOnQueue(analysis) }
    }

    func index(of analysis: Analysis) -> StatementIndex {
        queue.sync { indexOnQueue(analysis) }
    }

    func derivedValues(of analysis: Analysis) -> DerivedValues {
        queue.sync {
            if let derived { return derived }
            let built = DerivedValues(indexOnQueue(analysis))
            derived = built
            return built
        }
    }

    func conflicts(of analysis: Analysis) -> StatementConflicts {
        queue.sync {
            if let conflicts { return conflicts }
            let found = indexOnQueue(analysis).conflicts()
            conflicts = found
            return found
        }
    }

    private func claimsByIDOnQueue(_ analysis: Analysis) -> [String: Int] {
        if let claimsByID { return claimsByID }
        var built: [String: Int] = [:]
        built.reserveCapacity(analysis.claims.count)
        for (position, claim) in analysis.claims.enumerated() where built[claim.id] == nil {
            built[claim.id] = position
        }
        claimsByID = built
        return built
    }

    private func indexOnQueue(_ analysis: Analysis) -> StatementIndex {
        if let index { return index }
        let built = StatementIndex(analysis, claimsByID: claimsByIDOnQueue(analysis))
        index = built
        return built
    }
}

extension Analysis {
    /// The position in ``claims`` of the first claim with each id.
    public var claimsByID: [String: Int] { memo.claimsByID(of: self) }

    /// Every statement of the workspace, read once for all the rules.
    public var statements: StatementIndex { memo.index(of: self) }

    /// The values of every `derived:` formula, evaluated once for all the rules.
    public var derivedValues: DerivedValues { memo.derivedValues(of: self) }

    /// The pairs of conflicting statements, found once for all the rules.
    public var statementConflicts: StatementConflicts { memo.conflicts(of: self) }
}
