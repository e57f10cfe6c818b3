/// What a statement's `value` says once read: a quantity (a number, a share, a duration or a
/// date, each as the interval of values it allows) or plain text.
public enum StatementValue: Sendable, Hashable {
    case quantity(Quantity)
    /// Text compared as written, ignoring case and spacing.
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

    /// Whether both values can be true at once. Only meaningful for comparable values.
    public func canBothHold(_ other: StatementValue) -> Bool {
        switch (self, other) {
        case (.quantity(let a), .quantity(let b)): a.canBothHold(b)
        case (.text(let a), .text(let b)): a == b
        default: true
        }
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
        dimension == other.dimension && (unit == nil || other.unit == nil || unit == other.unit)
    }

    /// Whether `value` (in base units) makes this quantity true, directly or once rounded to the
    /// precision the quantity was written with: "98.4%" holds 98.43, "at least 98%" holds 97.96.
    public func holds(_ value: Double) -> Bool {
        interval.contains(value) || precision.map { interval.contains($0.rounded(value)) } == true
    }

    /// Whether both quantities can be true at once: their intervals overlap, or one is a single
    /// value the other holds once rounded ("98%" and "98.4%").
    public func canBothHold(_ other: Quantity) -> Bool {
        interval.overlaps(other.interval)
            || (other.interval.isPoint && holds(other.interval.lower))
            || (interval.isPoint && other.holds(interval.lower))
    }
}

/// How finely a number was written: its decimals, in a unit `scale` base units wide (3600 for
/// hours, 1 000 000 for "million").
public struct Precision: Sendable, Hashable {
    public var scale: Double
    public var decimals: Int

    public init(scale: Double, decimals: Int) {
        self.scale = scale
        self.decimals = decimals
    }

    /// `value` (base units) rounded to this precision, in base units.
    public func rounded(_ value: Double) -> Double {
        let factor = Self.power(decimals)
        return (value / scale * factor).rounded() / factor * scale
    }

    static func power(_ decimals: Int) -> Double {
        (0..<max(0, decimals)).reduce(1.0) { value, _ in value * 10 }
    }
}
