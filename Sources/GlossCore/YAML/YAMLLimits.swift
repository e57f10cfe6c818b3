/// Bounds on the work one YAML file may cause. Annotation files come from pull requests, so a
/// file must not be able to exhaust memory, time or the stack of the tool checking it.
public struct YAMLLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes; checked before any parsing.
    public var maxFileBytes: Int
    /// How many collections may be nested inside one another, counting the outermost as 1 and
    /// counting collections that aliases bring in. Code that walks the tree recursively relies on
    /// this bound, so raise it with care.
    public var maxDepth: Int
    /// How many nodes aliases may produce in one document, counting the whole anchored subtree for
    /// each alias. It stops "billion laughs" alias bombs, which are tiny on disk but expand
    /// exponentially.
    public var maxAliasExpansion: Int
    /// How many nodes (scalars, lists and mappings, aliases expanded) one document may have. The
    /// tree is built before the schema is read, so this is what stops a file of a million tiny
    /// items (`- {}`) early, before `max_claims_per_file` could; a claim takes 10 to 60 nodes,
    /// so the default leaves room for 10,000 detailed claims.
    public var maxNodes: Int

    public init(maxFileBytes: Int = 8 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 10_000, maxNodes: Int = 600_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxNodes = maxNodes
    }

    /// The most `maxFileBytes` may be raised to: positions are stored in 32 bits.
    public static let largestFileBytes = 1 << 30
    /// The most `maxDepth` may be raised to: code walks the tree recursively, and work on a
    /// deeply nested file grows with the square of its depth.
    public static let largestDepth = 1_000
    /// The most `maxNodes` and `maxAliasExpansion` may be raised to: ten million nodes are a few
    /// hundred megabytes, however few bytes of aliases made them.
    public static let largestNodes = 10_000_000

    /// Generous for hand-written annotation files, small enough to check thousands of them at once.
    public static let `default` = YAMLLimits()
}
