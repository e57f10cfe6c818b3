/// A place in a workspace file: the path relative to the workspace root and a range in it.
public struct Location: Hashable, Sendable, Comparable {
    public var path: String
    public var range: TextRange

    public init(path: String, range: TextRange) {
        self.path = path
        self.range = range
    }

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.path, lhs.range.start.offset, lhs.range.end.offset)
            < (rhs.path, rhs.range.start.offset, rhs.range.end.offset)
    }
}

/// A second place a finding is about: the article span of a claim, or the other side of a
/// contradiction.
public struct RelatedLocation: Hashable, Sendable {
    public var location: Location
    public var message: String

    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}

/// What a rule reports, before the workspace configuration decides how severe it is.
///
/// Messages never contain line numbers, so that baselines keyed on them survive edits above.
public struct Finding: Hashable, Sendable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var message: String
    public var location: Location
    public var related: [RelatedLocation]
    /// The claim the finding is about, when it is about one; suppressions and baselines use it.
    public var claimID: Optional<String>
    /// The other claim of a pair the finding is about (two statements that conflict): an
    /// `ignore` entry on either claim silences it.
    public var pairedClaim: Optional<ClaimReference>

    public init(message: String, location: Location, related: [RelatedLocation] = [], claimID: String? = nil,
                pairedClaim: ClaimReference? = nil) {
        self.message = message
        self.location = location
        self.related = related
        self.claimID = claimID
        self.pairedClaim = pairedClaim
    }
}

/// A claim by its annotation file and id.
public struct ClaimReference: Hashable, Sendable {
    public var path: String
    public var id: String

    public init(path: String, id: String) {
        self.path = path
        self.id = id
    }
}

/// A finding with the rule that produced it and the severity in force.
public struct Diagnostic: Hashable, Sendable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var ruleID: String
    public var severity: Severity
    public var message: String
    public var location: Location
    public var related: [RelatedLocation]
    public var claimID: Optional<String>

    public init(ruleID: String, severity: Severity, finding: Finding) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = finding.message
        self.location = finding.location
        self.related = finding.related
        self.claimID = finding.claimID
    }

    /// The order every output uses: by file, position, rule, then message, so that runs are
    /// byte-for-byte repeatable.
    public static func ordered(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location.path != rhs.location.path { return lhs.location.path < rhs.location.path }
        return orderedInOneFile(lhs, rhs)
    }

    /// ``ordered(_:_:)`` for two diagnostics in the same file, which the sort of a large
    /// workspace's findings compares by the million: their paths are not compared again.
    static func orderedInOneFile(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let (left, right) = (lhs.location.range, rhs.location.range)
        if left != right { return (left.start.offset, left.end.offset) < (right.start.offset, right.end.offset) }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
