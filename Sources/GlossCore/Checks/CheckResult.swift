/// The outcome of checking a workspace: the sorted diagnostics and what was checked.
public struct CheckResult: Sendable {
    /// What was loaded, kept for the reporters that quote the files (snippets, SARIF's regions).
    public var analysis: Analysis
    /// The findings, sorted as every output lists them (``Diagnostic/ordered(_:_:)``).
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
        check(workspace, files: try workspace.annotationFiles(under: paths), git: git, everyFile: paths.isEmpty)
    }

    /// Checks the given annotation files (workspace-relative, as ``Workspace/annotationFiles(under:)``
    /// lists them) and the registries.
    /// Claims of the files not checked that references name are known to exist, so that they
    /// are not reported as unknown. `keepingYAMLTexts: false` when no reporter quotes the
    /// annotation files' lines (``WorkspaceLoader/keepsYAMLTexts``). `everyFile: true` says that
    /// `files` is the whole listing (``Workspace/annotationFiles(under:)`` with no paths), so
    /// the workspace is not listed again, on one core, to find the files left out.
    public static func check(_ workspace: Workspace, files: [String], git: (any GitObjectReader)? = nil,
                             keepingYAMLTexts: Bool = true, everyFile: Bool = false) -> CheckResult {
        let loader = WorkspaceLoader(workspace: workspace, git: git, keepingYAMLTexts: keepingYAMLTexts)
        var analysis = loader.load(files)
        // The other files are listed first: finding the unresolved references builds the claims
        // by id and the statement index on one core, which a check of every file (the usual
        // case) leaves to the rules, which build them while other rules run.
        let others = everyFile ? [] : (try? workspace.annotationFiles()).map { Set($0).subtracting(files) } ?? []
        analysis.isPartial = !others.isEmpty
        if !others.isEmpty, !analysis.unresolvedClaimReferences.isEmpty {
            analysis.claimIDsElsewhere = loader.claimIDs(in: others.sorted())
        }
        return CheckResult(analysis: analysis, diagnostics: Checker.diagnostics(for: analysis))
    }

    /// Adds the listing of unverified claims to the result, for reporters to show.
    public mutating func listUnverified() {
        unverified = analysis.unverifiedClaims
    }

    public var fileCount: Int { analysis.files.count }
    public var claimCount: Int { analysis.claimCount }

    /// How many findings have `severity`, for the summary line and the exit code.
    public func count(_ severity: Severity) -> Int {
        // By index: a closure over the elements copied each diagnostic, retaining its strings.
        diagnostics.indices.count { diagnostics[$0].severity == severity }
    }

    /// Whether warnings fail the run as errors do (`--strict`), so that a report that says pass
    /// or fail (JUnit) marks as failures the findings the exit code counts.
    public var strict = false

    /// Whether `diagnostic` fails the run: an error, or with ``strict`` a warning. Info never does.
    public func isFailure(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error || (strict && diagnostic.severity == .warning)
    }

    /// Whether the run fails: some finding ``isFailure(_:)``.
    public var fails: Bool { diagnostics.contains { isFailure($0) } }
}

extension CheckResult {
    /// The same result with only the diagnostics `isIncluded` keeps: for `--baseline` and
    /// `--quiet`, which narrow what is reported.
    public func filtered(_ isIncluded: (Diagnostic) -> Bool) -> CheckResult {
        var filtered = self
        filtered.diagnostics = diagnostics.filter(isIncluded)
        return filtered
    }
}
