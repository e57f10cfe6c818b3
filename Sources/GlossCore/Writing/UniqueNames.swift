/// Names kept unique by numbering repeats: `name`, then `name-2`, `name-3`, … Used for claim
/// ids a tool makes and for the fragment ids of a report's cards.
public struct UniqueNames: Sendable, Hashable {
    public private(set) var used: Set<String>
    /// For each name asked for, the number its search resumes from: ten thousand imported
    /// annotations that all make `claim` would otherwise count up from 2 each time.
    private var nextNumber: [String: Int] = [:]

    public init(used: Set<String> = []) {
        self.used = used
    }

    /// `name`, or the first numbered form of it nobody has, now taken.
    public mutating func take(_ name: String) -> String {
        var candidate = name
        var number = nextNumber[name] ?? 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(name)-\(number)"
        }
        nextNumber[name] = number
        used.insert(candidate)
        return candidate
    }

    /// Whether `taken` is a numbered form of `name` (`name-2`, `name-3`, …), as ``take(_:)``
    /// makes when `name` is used: what an import asks to know a claim it renamed.
    public static func isNumbered(_ taken: String, formOf name: String) -> Bool {
        guard taken.hasPrefix(name + "-") else { return false }
        let number = taken.dropFirst(name.count + 1)
        return !number.isEmpty && number.allSatisfy { ("0"..."9").contains($0) }
    }
}
