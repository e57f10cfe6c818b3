import Dispatch

/// What several rules derive from the same analysis, worked out once and shared: three rules
/// look claims up by id, five start from the ``StatementIndex`` (building it parses every
/// statement of the workspace), two from the derived values and two from the conflicting pairs.
/// Rules run concurrently, so the first to ask builds and the others wait for it. Each value
/// waits on its own: a rule that needs the claims by id does not wait while the conflicts are
/// being found.
final class AnalysisMemo: Sendable {
    private let claimIDs = Memoized<ClaimIDs>()
    private let index = Memoized<StatementIndex>()
    private let derived = Memoized<DerivedValues>()
    private let conflicts = Memoized<StatementConflicts>()

    /// Where each claim id is first used, and the claims that use an id again.
    struct ClaimIDs: Sendable {
        var firstPosition: [String: Int]
        /// Positions in ``Analysis/claims``, ascending.
        var repeated: [Int]
    }

    func claimIDs(of analysis: Analysis) -> ClaimIDs {
        claimIDs.value {
            // Each id is hashed once; the positions of the claims that repeat one are noted on
            // the way, so that `duplicate-id` need not look all the ids up again.
            var repeated: [Int] = []
            // Room for every id at once: grown as it fills, the table was rehashed a dozen times.
            var firstPosition: [String: Int] = .init(minimumCapacity: analysis.claims.count)
            firstPosition.merge(zip(analysis.claims.lazy.map(\.id), analysis.claims.indices)) { first, again in
                repeated.append(again)
                return first
            }
            return ClaimIDs(firstPosition: firstPosition, repeated: repeated)
        }
    }

    func index(of analysis: Analysis) -> StatementIndex {
        index.value { StatementIndex(analysis) }
    }

    func derivedValues(of analysis: Analysis) -> DerivedValues {
        derived.value { DerivedValues(index(of: analysis), claimIDs: claimIDs(of: analysis).firstPosition.keys) }
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
    public var claimsByID: [String: Int] { memo.claimIDs(of: self).firstPosition }

    /// The positions in ``claims`` of the claims whose id an earlier claim already has, ascending.
    var repeatedClaimIDs: [Int] { memo.claimIDs(of: self).repeated }

    /// Every statement of the workspace, read once for all the rules.
    public var statements: StatementIndex { memo.index(of: self) }

    /// The values of every `derived:` formula, evaluated once for all the rules.
    public var derivedValues: DerivedValues { memo.derivedValues(of: self) }

    /// The pairs of conflicting statements, found once for all the rules.
    public var statementConflicts: StatementConflicts { memo.conflicts(of: self) }
}
