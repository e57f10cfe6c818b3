/// A check over the loaded workspace. Each rule is one type: its description says what it is for
/// and carries examples that `gloss rules` prints and the tests run, so the documentation cannot
/// drift from the behaviour.
public protocol Rule: Sendable {
    /// The rule's id, default severity, explanation and examples: what `gloss rules` prints,
    /// what `.gloss.yml` and `ignore:` name, and what the tests run.
    static var description: RuleDescription { get }
    /// Everything the rule finds in the workspace. The engine attaches the rule id and the
    /// severity in force, and drops suppressed findings.
    static func check(_ analysis: Analysis) -> [Finding]
    /// The rule as a ``ClaimRule``, when it is one. Given by the protocols a rule conforms to,
    /// so the ``Checker`` need not cast: a first cast to a protocol scans every conformance in the
    /// program, and casting each rule cost a tenth of the startup of a check.
    static var asClaimRule: (any ClaimRule.Type)? { get }
    /// Whether the rule is an ``AuditRule``, given the same way.
    static var isAudit: Bool { get }
    /// Whether a claim's finding can depend on claims of other annotation files (a conflict, a
    /// shared id): a check of some files cannot tell whether an `ignore` entry for the rule
    /// silences something in a file it did not read, so it does not judge such entries.
    static var looksAcrossFiles: Bool { get }
}

extension Rule {
    public static var asClaimRule: (any ClaimRule.Type)? { nil }
    public static var isAudit: Bool { false }
    public static var looksAcrossFiles: Bool { false }
}

/// A rule that judges each claim on its own, needing nothing from other claims.
///
/// The ``Checker`` runs every such rule in one pass over the claims, a chunk of claims at a time
/// on all cores, so each claim is read from memory once rather than once for each rule: in a
/// large workspace the claims fill hundreds of megabytes, and reading them was most of what these
/// rules cost. Their findings come out in the same order as from ``Rule/check(_:)``, which is
/// given: each claim in turn.
public protocol ClaimRule: Rule {
    /// Appends what the rule finds about `claim` to `findings`.
    static func check(_ claim: AnchoredClaim, in analysis: Analysis, into findings: inout [Finding])
}

extension ClaimRule {
    public static var asClaimRule: (any ClaimRule.Type)? { self }

    public static func check(_ analysis: Analysis) -> [Finding] {
        var findings: [Finding] = []
        for claim in analysis.claims { check(claim, in: analysis, into: &findings) }
        return findings
    }
}

/// A rule that judges the other rules' outcome rather than the workspace: the ``Checker`` runs
/// it after every other rule, with ``Analysis/unusedSuppressions`` filled in.
public protocol AuditRule: Rule {}

extension AuditRule {
    public static var isAudit: Bool { true }
}

/// What a rule is: id, default severity, a one-line summary, why it matters, and examples that
/// must trigger it and examples that must not.
public struct RuleDescription: Sendable {
    /// Kebab-case; what `.gloss.yml`'s `rules:`, `ignore:` entries and baselines name, so it
    /// never changes once released.
    public var id: String
    /// The severity unless `.gloss.yml` says otherwise: an error fails the run, a warning fails
    /// it with `--strict`, info never does.
    public var defaultSeverity: Severity
    /// One line for `gloss rules` and SARIF's `shortDescription`.
    public var summary: String
    /// Why the finding matters and how to settle it, for `gloss rules` and SARIF's `fullDescription`.
    public var explanation: String
    /// Workspaces in which the rule must find something; run as tests.
    public var triggeringExamples: [RuleExample]
    /// Workspaces in which the rule must find nothing; run as tests.
    public var nonTriggeringExamples: [RuleExample]

    public init(id: String, defaultSeverity: Severity, summary: String, explanation: String,
                triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.explanation = explanation
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
