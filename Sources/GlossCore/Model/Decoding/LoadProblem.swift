/// A problem found while reading a file, before any rule looks at its meaning: the YAML does not
/// parse, its structure does not match the schema, or a value is not acceptable.
public struct LoadProblem: Sendable, Hashable {
    /// The rule each kind of problem is reported under.
    public enum Kind: String, Sendable, Hashable {
        case yamlSyntax = "yaml-syntax"
        case schema
        case invalidValue = "invalid-value"
    }

    public var kind: Kind
    public var message: String
    public var location: Location

    public init(kind: Kind, message: String, location: Location) {
        self.kind = kind
        self.message = message
        self.location = location
    }
}
