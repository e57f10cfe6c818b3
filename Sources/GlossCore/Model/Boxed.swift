/// A value held out of line, behind one reference. A claim keeps its rare, large parts this
/// way (a statement is 392 bytes; most claims have none), so that the hundreds of thousands of
/// claims of a large workspace take less memory and copy faster.
public final class Boxed<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
