/// Two statements about the same subject, property and time whose values cannot both hold.
public struct StatementConflict: Sendable {
    /// The earlier of the two in workspace order (file path, then position).
    public var first: StatementIndex.Entry
    public var second: StatementIndex.Entry
}

/// What the conflict search found: the pairs it lists, and the facts whose statements disagree
/// too much to list whole.
public struct StatementConflicts: Sendable {
    /// In workspace order.
    public var pairs: [StatementConflict] = []
    public var crowdedFacts: [CrowdedFact] = []
}

/// A fact (subject, property and time) with more conflicting pairs than are listed, or more
/// distinct values than are compared. Careless or hostile annotation files would otherwise make
/// a finding of every pair: 10,000 statements in two camps are 25 million pairs.
public struct CrowdedFact: Sendable {
    /// The fact's first statement in workspace order.
    public var first: StatementIndex.Entry
    /// Conflicting pairs found but not listed.
    public var unlistedPairs: Int
    /// Distinct values past the first ``StatementIndex/maximumValuesPerFact``, not compared.
    public var uncomparedValues: Int
}

extension StatementIndex {
    /// At most this many conflicting pairs are listed for one fact; the rest are counted.
    public static let maximumPairsPerFact = 100
    /// At most this many distinct values of one fact are compared with one another.
    public static let maximumValuesPerFact = 1_000

    /// The pairs of holders whose values cannot both hold, for one fact: `values` its distinct
    /// values in workspace order, `holders` who states each (statements, claims). Each value is
    /// compared with the others once, the first ``maximumValuesPerFact`` of them, and the
    /// first ``maximumPairsPerFact`` pairs are listed; the rest are counted, for a finding to
    /// say what was left out.
    static func conflictingPairs<Holder>(among values: [StatementValue], holders: [StatementValue: [Holder]])
        -> (listed: [(Holder, Holder)], unlisted: Int, uncompared: Int) {
        let compared = values.prefix(maximumValuesPerFact)
        var listed: [(Holder, Holder)] = []
        var unlisted = 0
        for (i, a) in compared.enumerated() {
            for b in compared[(i + 1)...] where a.isComparable(with: b) && !a.canBothHold(b) {
                let (sides, others) = (holders[a]!, holders[b]!)
                var remaining = sides.count * others.count
                listing: for x in sides {
                    for y in others {
                        guard listed.count < maximumPairsPerFact else { break listing }
                        listed.append((x, y))
                        remaining -= 1
                    }
                }
                unlisted += remaining
            }
        }
        return (listed, unlisted, values.count - compared.count)
    }

    /// The conflicting pairs, each once, in workspace order. Statements are grouped by key
    /// first, and equal values within a group compared once, so the work grows with the number
    /// of statements, not its square; a fact with many disagreeing statements is bounded by
    /// the two maxima above and reported as crowded.
    public func conflicts() -> StatementConflicts {
        // Room for a group for every statement at once: grown as it filled, the table was
        // rehashed a dozen times.
        var groups: [Key: [Int]] = .init(minimumCapacity: entries.count)
        for (position, entry) in entries.enumerated() {
            if case .success? = entry.value { groups[entry.key, default: []].append(position) }
        }
        var pairs: [(Int, Int)] = []
        var crowded: [CrowdedFact] = []
        for members in groups.values where members.count > 1 {
            // Equal values never conflict with each other; compare each distinct value once.
            var distinct: [StatementValue: [Int]] = .init(minimumCapacity: members.count)
            var order: [StatementValue] = []
            for position in members {
                guard case .success(let value)? = entries[position].value else { continue }
                // A value is new when it adds a holder list: one lookup instead of two.
                let known = distinct.count
                distinct[value, default: []].append(position)
                if distinct.count > known { order.append(value) }
            }
            let found = Self.conflictingPairs(among: order, holders: distinct)
            pairs += found.listed.map { (min($0, $1), max($0, $1)) }
            if found.unlisted > 0 || found.uncompared > 0 {
                crowded.append(CrowdedFact(first: entries[members[0]], unlistedPairs: found.unlisted, uncomparedValues: found.uncompared))
            }
        }
        return StatementConflicts(
            pairs: pairs.sorted { $0 < $1 }.map { StatementConflict(first: entries[$0.0], second: entries[$0.1]) },
            crowdedFacts: crowded.sorted { $0.first.file != $1.first.file ? $0.first.file < $1.first.file : $0.first.claim < $1.first.claim })
    }
}
