/// A claim restated as a checkable fact: subject, property, value and time. Values stay text
/// here; interpreting them is the contradiction analysis's job.
public struct Statement: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var subject: Located<String>
    public var property: Located<String>
    public var value: Optional<Located<String>>
    public var unit: Optional<Located<String>>
    public var asOf: Optional<Located<ISODate>>
    public var from: Optional<Located<ISODate>>
    public var to: Optional<Located<ISODate>>
    public var derived: Optional<Located<String>>
    /// Whether an `as_of`, `from` or `to` is written but is no date (`invalid-value` says why).
    /// Such a statement is dated, only not readably: it is compared with no other, where read
    /// as undated it would conflict with every undated statement of its fact.
    public var hasUnreadableTime: Bool
    public var range: TextRange

    public init(subject: Located<String>, property: Located<String>, value: Located<String>?,
                unit: Located<String>?, asOf: Located<ISODate>?, from: Located<ISODate>?,
                to: Located<ISODate>?, derived: Located<String>?, hasUnreadableTime: Bool = false, range: TextRange) {
        self.subject = subject
        self.property = property
        self.value = value
        self.unit = unit
        self.asOf = asOf
        self.from = from
        self.to = to
        self.derived = derived
        self.hasUnreadableTime = hasUnreadableTime
        self.range = range
    }
}
