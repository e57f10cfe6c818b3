import Dispatch

/// What several rules derive from the same statements, worked out once per ``Analysis`` and
/// shared: five rules start from the ``StatementIndex`` (building it parses every statement of
/// the workspace), two from the derived values and two from the conflicting pairs. Rules run
/// concurrently, so the first to ask builds and the others wait for it.
final class StatementMemo: @unchecked Sendable {
    // Every stored property is read and written only on `queue`.
    private let queue = DispatchQueue(label: "gloss.statement-memo")
    private var index: StatementIndex?
    private var derived: DerivedValues?
    private var conflicts: [StatementConflict]?

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

    func conflicts(of analysis: Analysis) -> [StatementConflict] {
        queue.sync {
            if let conflicts { return conflicts }
            let found = indexOnQueue(analysis).conflicts()
            conflicts = found
            return found
        }
    }

    private func indexOnQueue(_ analysis: Analysis) -> StatementIndex {
        if let index { return index }
        let built = StatementIndex(analysis)
        index = built
        return built
    }
}

extension Analysis {
    /// Every statement of the workspace, read once for all the rules.
    public var statements: StatementIndex { statementMemo.index(of: self) }

    /// The values of every `derived:` formula, evaluated once for all the rules.
    public var derivedValues: DerivedValues { statementMemo.derivedValues(of: self) }

    /// Every pair of conflicting statements, found once for all the rules.
    public var statementConflicts: [StatementConflict] { statementMemo.conflicts(of: self) }
}
