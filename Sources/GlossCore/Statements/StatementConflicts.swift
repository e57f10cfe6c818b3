/// Two statements about the same subject, property and time whose values cannot both hold.
public struct StatementConflict: Sendable {
    /// The earlier of the two in workspace order (file path, then position).
    public var first: StatementIndex.Entry
    public var second: StatementIndex.Entry
}

extension StatementIndex {
    /// Every conflicting pair, each once, in workspace order. Statements are grouped by key
    /// first, and equal values within a group compared once, so the work grows with the number
    /// of statements, not its square (unless many disagree about one thing).
    public func conflicts() -> [StatementConflict] {
        var groups: [Key: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            if case .success? = entry.value { groups[entry.key, default: []].append(position) }
        }
        var pairs: [(Int, Int)] = []
        for members in groups.values where members.count > 1 {
            // Equal values never conflict with each other; compare each distinct value once.
            var distinct: [StatementValue: [Int]] = [:]
            var order: [StatementValue] = []
            for position in members {
                guard case .success(let value)? = entries[position].value else { continue }
                if distinct[value] == nil { order.append(value) }
                distinct[value, default: []].append(position)
            }
            for (i, a) in order.enumerated() {
                for b in order[(i + 1)...] where a.isComparable(with: b) && !a.canBothHold(b) {
                    for x in distinct[a]! {
                        for y in distinct[b]! { pairs.append((min(x, y), max(x, y))) }
                    }
                }
            }
        }
        return pairs.sorted { $0 < $1 }.map { StatementConflict(first: entries[$0.0], second: entries[$0.1]) }
    }
}
