/// A workspace's settings, from `.gloss.yml`. Every field has a default, so a workspace without
/// the file behaves like the example project.
public struct Configuration: Sendable {
    /// The file name looked for in the workspace root.
    public static let fileName = ".gloss.yml"

    /// Folder of the documents under review, relative to the workspace root.
    public var documents = "Sources-Docs"
    /// Folder of the annotation files and the registries, relative to the workspace root.
    public var annotations = "Annotations"
    /// Globs (relative to the workspace root) an annotation file must match to be checked;
    /// empty means all.
    public var include: [String] = []
    /// Globs of annotation files to leave out.
    public var exclude: [String] = []
    /// Severity overrides by rule id; `nil` turns a rule off.
    public var rules: [String: Severity?] = [:]
    public var limits = Limits()
    /// Relative tolerance of approximate values ("about 200").
    public var tolerance = 0.10
    /// A house rating scale: label -> one of the four verdicts.
    public var verdictScale: [String: Verdict] = [:]
    public var publisher: Publisher?

    public init() {}

    /// Workspace-relative path of the sources registry.
    public var sourcesPath: String { WorkspacePath.join(annotations, "sources.yaml") }
    /// Workspace-relative path of the places registry.
    public var placesPath: String { WorkspacePath.join(annotations, "places.yaml") }

    /// The severity a rule reports at, or nil when it is switched off.
    public func severity(of ruleID: String, default defaultSeverity: Severity) -> Severity? {
        if let override = rules[ruleID] { return override }
        return defaultSeverity
    }
}

/// The bounds that keep a hostile or broken file from costing unbounded time or memory.
public struct Limits: Sendable, Hashable {
    public var yaml = YAMLLimits.default
    public var maxClaimsPerFile = 10_000
    /// Documents are read whole; articles are far smaller than this.
    public var maxDocumentBytes = 32 << 20

    public init() {}
}

/// Who publishes the fact-checks (ClaimReview's `author`).
public struct Publisher: Sendable, Hashable {
    public var name: String
    public var url: String?

    public init(name: String, url: String?) {
        self.name = name
        self.url = url
    }
}
