/// The real numbers a stated value allows: between two bounds, each open or closed, either
/// possibly unbounded. "More than 98%" is (0.98, ∞); "180-190" is [180, 190]; "185" is [185, 185].
public struct Interval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var includesLower: Bool
    public var includesUpper: Bool

    public init(lower: Double, upper: Double, includesLower: Bool = true, includesUpper: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.includesLower = includesLower && lower.isFinite
        self.includesUpper = includesUpper && upper.isFinite
    }

    public static func point(_ value: Double) -> Interval { Interval(lower: value, upper: value) }

    /// Everything above (or from) `bound`.
    public static func above(_ bound: Double, inclusive: Bool) -> Interval {
        Interval(lower: bound, upper: .infinity, includesLower: inclusive, includesUpper: false)
    }

    /// Everything below (or up to) `bound`.
    public static func below(_ bound: Double, inclusive: Bool) -> Interval {
        Interval(lower: -.infinity, upper: bound, includesLower: false, includesUpper: inclusive)
    }

    public var isPoint: Bool { lower == upper && includesLower && includesUpper }

    public func contains(_ value: Double) -> Bool {
        (lower < value || (includesLower && lower == value)) && (value < upper || (includesUpper && upper == value))
    }

    /// Whether some number lies in both: the two values can both hold.
    public func overlaps(_ other: Interval) -> Bool {
        let (low, lowIncluded) = lower == other.lower ? (lower, includesLower && other.includesLower)
            : lower > other.lower ? (lower, includesLower) : (other.lower, other.includesLower)
        let (high, highIncluded) = upper == other.upper ? (upper, includesUpper && other.includesUpper)
            : upper < other.upper ? (upper, includesUpper) : (other.upper, other.includesUpper)
        return low < high || (low == high && lowIncluded && highIncluded)
    }
}
