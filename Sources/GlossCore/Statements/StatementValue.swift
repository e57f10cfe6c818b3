/// What a statement's `value` says once read: a quantity (a number, a share, a duration or a
/// date, each as the interval of values it allows) or plain text.
public enum StatementValue: Sendable, Hashable {
    case quantity(Quantity)
    /// Text, lowercased with its spacing folded as the parser reads it; the statement index
    /// compares it by the place (with the places it lies within) or source it names, else by
    /// its words (`Peaceful.` and `peaceful`, `the police` and `police` are one answer).
    case text(String)

    /// Whether the two values can be compared at all: the same dimension and compatible units,
    /// or both text.
    public func isComparable(with other: StatementValue) -> Bool {
        switch (self, other) {
        case (.quantity(let a), .quantity(let b)): a.isComparable(with: b)
        case (.text, .text): true
        default: false
        }
    }

    /// Whether both values can be true at once. Only meaningful for comparable values. Texts
    /// hold together when they are the same answer, or name a place and a place within it (the
    /// protest was in Lanzhou, and in Jiuzhou Central Park).
    public func canBothHold(_ other: StatementValue) -> Bool {
        switch (self, other) {
        case (.quantity(let a), .quantity(let b)): a.canBothHold(b)
        case (.text(let a), .text(let b)):
            Self.alternatives(of: a).contains { a in
                Self.alternatives(of: b).contains { b in a == b || Self.isPlace(a, within: b) || Self.isPlace(b, within: a) }
            }
        default: true
        }
    }

    /// How a text key that names several entities starts (a name two places share, `Chaoyang`):
    /// the value could be any of them, and holds with what any of them holds with.
    static let alternativesPrefix = "oneof:"

    /// The keys a text key could stand for: its alternatives, or itself.
    private static func alternatives(of key: String) -> [Substring] {
        guard key.hasPrefix(alternativesPrefix) else { return [key[...]] }
        return key.dropFirst(alternativesPrefix.count).split(separator: "\n")
    }

    /// Whether the place key `inner` (`place:gansu/lanzhou`) lies within the place key `outer`.
    private static func isPlace(_ inner: Substring, within outer: Substring) -> Bool {
        outer.hasPrefix("place:") && inner.hasPrefix(outer + "/")
    }

    /// The single number (or share, in percent) the value states exactly, if it states one.
    public var singleNumber: Double? {
        guard case .quantity(let quantity) = self, quantity.dimension == .number || quantity.dimension == .share,
              quantity.interval.isPoint else { return nil }
        return quantity.interval.lower
    }
}

/// What a quantity measures. Values of different dimensions are never compared.
public enum Dimension: String, Sendable, Hashable {
    /// A count or other plain number.
    case number
    /// A percentage, held in percent: 98.4% is 98.4 here, the share 0.984 in formulas.
    case share
    /// A length of time, held in seconds.
    case duration
    /// A calendar day, held as days since 1970-01-01.
    case date
}

/// A quantity as the interval of base-unit values it allows, with how finely it was written.
public struct Quantity: Sendable, Hashable {
    public var dimension: Dimension
    public var interval: Interval
    /// The written precision, for rounding: nil when the value is not a written number (a date).
    public var precision: Precision?
    /// The unit of a count (`cases`), normalized; nil when none is given.
    public var unit: String?

    public init(dimension: Dimension, interval: Interval, precision: Precision? = nil, unit: String? = nil) {
        self.dimension = dimension
        self.interval = interval
        self.precision = precision
        self.unit = unit
    }

    public func isComparable(with other: Quantity) -> Bool {
        guard dimension == other.dimension else { return false }
        guard let unit, let otherUnit = other.unit else { return true }
        return UnitNames.same(unit, otherUnit)
    }

    /// Whether `value` (in base units) makes this quantity true. A single number holds what
    /// rounds to it at the precision it was written with ("98.4%" holds 98.43), a round figure
    /// no further off than its tolerance ("1 million" holds 1.1 million, not 1.4 million); a
    /// comparison, a range or an approximation holds what lies within its bounds as written ("at
    /// least 98%" does not hold 97.96, nor "about 2 million", ±10 %, 1.6 million).
    public func holds(_ value: Double) -> Bool {
        // A computed value within a rounding error of a bound is on it: 29 / 50 is
        // 57.99999999999999 percent in binary, and "at least 58%" holds it.
        let slack = abs(value) * 1e-12
        let onBound = [interval.lower, interval.upper].first { $0.isFinite && abs(value - $0) <= slack }
        let value = onBound ?? value
        return interval.contains(value) || (interval.isPoint && precision?.holds(value, writtenAs: interval.lower) == true)
    }

    /// Whether both quantities can be true at once: some value lies in both, a single number
    /// standing for everything that rounds to it ("98%" and "98.4%", "98%" and "more than 98%").
    public func canBothHold(_ other: Quantity) -> Bool {
        extent.overlaps(other.extent)
    }

    /// The values the quantity stands for: a single number written with a precision is every
    /// value that rounds to it ("98%" is 97.5 up to 98.5, "1.5 million" 1.45 up to 1.55 million)
    /// within a round figure's tolerance ("1 million" is 0.9 to 1.1 million at 10 %); a whole
    /// count ("20") is that count, while a whole measure ("5 km") is rounded as a share is;
    /// anything else is its interval.
    private var extent: Interval {
        guard interval.isPoint, let precision,
              dimension != .number || precision.decimals > 0 || precision.scale != 1 || unit.map(UnitNames.isMeasure) == true
        else { return interval }
        return precision.extent(of: interval.lower)
    }
}

/// How finely a number was written: its decimals, in a unit `scale` base units wide (3600 for
/// hours, 1 000 000 for "million").
public struct Precision: Sendable, Hashable {
    public var scale: Double
    public var decimals: Int
    /// For a round figure (a number with a scale word: `1 million`, `两千`), how far off itself,
    /// as a share of itself, it may stand at most: the approximation tolerance. Rounding alone
    /// made `1 million` anything from half a million to 1.5 million, looser than "about 1
    /// million"; nil for numbers written out to their last digit.
    public var tolerance: Double?

    public init(scale: Double, decimals: Int, tolerance: Double? = nil) {
        self.scale = scale
        self.decimals = decimals
        self.tolerance = tolerance
    }

    /// The values a number written as `point` this finely stands for: those that round to it
    /// (half open: 98% is 97.5 up to, not including, 98.5), or, where the tolerance is
    /// narrower, those within it (`1 million` is 0.9 to 1.1 million).
    func extent(of point: Double) -> Interval {
        if let tolerance, tolerance * abs(point) < halfUnit {
            return Interval(lower: point - tolerance * abs(point), upper: point + tolerance * abs(point))
        }
        return Interval(lower: point - halfUnit, upper: point + halfUnit, includesLower: true, includesUpper: false)
    }

    /// Whether a number written as `point` this finely holds `value`: it rounds to the number,
    /// and lies within the tolerance of a round figure.
    func holds(_ value: Double, writtenAs point: Double) -> Bool {
        rounded(value) == point && tolerance.map { abs(value - point) <= $0 * abs(point) * (1 + 1e-12) } != false
    }

    /// `value` (base units) rounded to this precision, in base units. A half a binary fraction
    /// short of the next digit still rounds up: 23 / 40 is 57.49999999999999 percent, not 57.
    public func rounded(_ value: Double) -> Double {
        let factor = Self.power(decimals)
        return (value / scale * factor * (1 + 1e-12)).rounded() / factor * scale
    }

    /// Half the last written digit, in base units: how far a value may lie from a number written
    /// this way and still round to it.
    var halfUnit: Double { scale / Self.power(decimals) / 2 }

    static func power(_ decimals: Int) -> Double {
        (0..<max(0, decimals)).reduce(1.0) { value, _ in value * 10 }
    }
}
