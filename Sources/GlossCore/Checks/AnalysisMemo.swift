import Dispatch

/// What several rules derive from the same analysis, worked out once and shared: three rules
/// look claims up by id, five start from the ``StatementIndex`` (building it parses every
/// statement of the workspace), two from the derived values and two from the conflicting pairs.
/// Rules run concurrently, so the first to ask builds and the others wait for it. Each value
/// waits on its own: a rule that needs the claims by id does not wait while the conflicts are
/// being found.
final class AnalysisMemo: Sendable {
    private let claimsByID = Memoized<[String: Int]>()
    private let index = Memoized<StatementIndex>()
    private let derived = Memoized<DerivedValues>()
    private let conflicts = Memoized<StatementConflicts>()

    func claimsByID(of analysis: Analysis) -> [String: Int] {
        claimsByID.value {
            var built: [String: Int] = [:]
            built.reserveCapacity(analysis.claims.count)
            for (position, claim) in analysis.claims.enumerated() where built[claim.id] == nil {
                built[claim.id] = position
            }
            return built
        }
    }

    func index(of analysis: Analysis) -> StatementIndex {
        index.value { StatementIndex(analysis) }
    }

    func derivedValues(of analysis: Analysis) -> DerivedValues {
        derived.value { DerivedValues(index(of: analysis), claimIDs: claimsByID(of: analysis).keys) }
    }

    func conflicts(of analysis: Analysis) -> StatementConflicts {
        conflicts.value { index(of: analysis).conflicts() }
    }
}

/// A value made by the first caller that asks for it; later callers get the same value, and
/// callers that ask while it is being made wait for it.
private final class Memoized<Value: Sendable>: @unchecked Sendable {
    // `stored` is read and written only on `queue`.
    private let queue = DispatchQueue(label: "gloss.analysis-memo")
    private var stored: Value?

    func value(_ make: () -> Value) -> Value {
        queue.sync {
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
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
