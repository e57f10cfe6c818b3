/// A problem found while reading a file, before any rule looks at its meaning: the YAML does not
/// parse, its structure does not match the schema, or a value is not acceptable.
public struct LoadProblem: Sendable, Hashable {
    /// The rule each kind of problem is reported under.
    public enum Kind: String, Sendable, Hashable {
        case yamlSyntax = "yaml-syntax"
        case schema
        case invalidValue = "invalid-value"
        /// A YAML file that resolves, through a symbolic link, outside the workspace: not read.
        case outsideWorkspace = "path-outside-workspace"
    }

    public var kind: Kind
    public var message: String
    public var location: Location
    /// A second place the problem is about, such as where a duplicated key first appeared.
    public var related: [RelatedLocation]

    public init(kind: Kind, message: String, location: Location, related: [RelatedLocation] = []) {
        self.kind = kind
        self.message = message
        self.location = location
        self.related = related
    }

    /// A file that is not YAML, at the place libyaml (or a limit) stopped, with the place the
    /// error also concerns, if any.
    public init(_ error: YAMLError, in path: String) {
        let related = error.related.map { RelatedLocation(location: Location(path: path, range: TextRange(at: $0.position)), message: $0.message) }
        self.init(kind: .yamlSyntax, message: error.message, location: Location(path: path, range: TextRange(at: error.position)),
                  related: related.map { [$0] } ?? [])
    }
}
