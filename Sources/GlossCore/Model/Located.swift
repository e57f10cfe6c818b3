/// A value read from a YAML file together with where it was written, so that every finding
/// about it can point at the exact place.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: TextRange

    public init(_ value: Value, at range: TextRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
