/// The outcome of checking a workspace: the sorted diagnostics and what was checked.
public struct CheckResult: Sendable {
    public var analysis: Analysis
    public var diagnostics: [Diagnostic]
    /// The unverified claims, when the listing was asked for (`gloss check --unverified`).
    public var unverified: [UnverifiedClaim]?

    public init(analysis: Analysis, diagnostics: [Diagnostic]) {
        self.analysis = analysis
        self.diagnostics = diagnostics
    }

    /// Loads the annotation files under `paths` (all of them when empty) and runs every rule;
    /// `git`, when given, carries recorded offsets across the documents' edits.
    public static func check(_ workspace: Workspace, paths: [String] = [],
                             git: (any GitObjectReader)? = nil) throws(WorkspaceError) -> CheckResult {
        let analysis = WorkspaceLoader(workspace: workspace, git: git).load(try workspace.annotationFiles(under: paths))
        return CheckResult(analysis: analysis, diagnostics: Checker.diagnostics(for: analysis))
    }

    /// Adds the listing of unverified claims to the result, for reporters to show.
    public mutating func listUnverified() {
        unverified = analysis.unverifiedClaims
    }

    public var fileCount: Int { analysis.files.count }
    public var claimCount: Int { analysis.claimCount }

    public func count(_ severity: Severity) -> Int {
        // By index: a closure over the elements copied each diagnostic, retaining its strings.
        diagnostics.indices.count { diagnostics[$0].severity == severity }
    }

    /// Whether the run fails: any error, or with `strict` any warning. Info never fails.
    public func fails(strict: Bool = false) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}

extension CheckResult {
    /// The same result with only the diagnostics `isIncluded` keeps: for `--baseline` and
    /// `--quiet`, which narrow what is reported.
    public func filtered(_ isIncluded: (Diagnostic) -> Bool) -> CheckResult {
        CheckResult(analysis: analysis, diagnostics: diagnostics.filter(isIncluded))
    }
}
