import ArgumentParser
import Foundation
import GlossCore
import GlossReports

/// `gloss check`: lint the annotations and report the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check annotation files: schema, anchors, reviews.",
        discussion: "Exit codes: 0 no failing finding, 1 failing findings, 2 usage, configuration or I/O error."
    )

    @Argument(help: "Annotation files, documents (by path or by name in the documents folder) or folders to check (default: the annotations folder).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Output format: \(Reporters.identifiers).", valueName: "format"))
    var format = "text"

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output (`-` is standard output; never over an annotation file, a document or the configuration).")
    var output: String?

    @Flag(help: "Warnings fail the run too (info never does).")
    var strict = false

    @Flag(help: "Report only the findings that fail the run: errors, and warnings too with --strict.")
    var quiet = false

    @Option(help: ArgumentHelp("Report only the findings this baseline file has not recorded.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"),
            help: ArgumentHelp("Record this run's findings in a baseline file for --baseline.", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "Also list every unverified claim: unreviewed, disputed, unverifiable, or a verdict without evidence (text and json formats only).")
    var unverified = false

    /// The formats with a place for unverified claims. The others carry findings only, and a CI
    /// job asking one of them for the list is told so rather than given nothing.
    private static let unverifiedFormats = [TextReporter.identifier, JSONReporter.identifier]

    @OptionGroup var workspaceOptions: WorkspaceOptions

    /// How many annotation files make a check long enough to show that it is running (about a
    /// quarter of a second on two cores).
    static let filesWorthProgress = 1_000

    func validate() throws {
        guard Reporters.make(format) != nil else {
            throw ValidationError("unknown format `\(format)`; choose one of \(Reporters.identifiers)")
        }
        if unverified, !Self.unverifiedFormats.contains(format) {
            throw ValidationError("--unverified lists claims in the \(Self.unverifiedFormats.joined(separator: " and ")) formats only, not in \(format)")
        }
    }

    func run() throws {
        let toTerminal = (output == nil || output == Console.standardOutputName) && Console.outputIsColorTerminal
        let reporter = Reporters.make(format, color: toTerminal)!
        let workspace = try workspaceOptions.openWorkspace(requiringSelection: true) { findings in
            reportConfigurationFindings(findings, with: reporter)
        }
        let recorded = try baseline.map(readBaseline)
        let files = try workspaceOptions.annotationFiles(in: workspace, under: paths.map { workspaceOptions.input($0, in: workspace) },
                                                         requiringAny: true)
        // A newsroom's corpus takes seconds: said on a terminal while it is checked. A check of
        // fewer files ends before the line could be read, and leaves the terminal as it was.
        let progress = TerminalProgress(worthShowing: files.count >= Self.filesWorthProgress)
        progress.show("checking \(files.count) annotation files")
        var result = CheckResult.check(workspace, files: files, git: GitProcess(), keepingYAMLTexts: type(of: reporter).quotesFileLines,
                                       everyFile: paths.isEmpty)
        progress.finish()
        // A baseline may be written over itself, as it is updated; a report may not replace it.
        try ReadFiles.refuseSameFile(output: output, baseline: writeBaseline, options: workspaceOptions)
        for (path, baseline) in [(writeBaseline, nil), (output, baseline)] {
            guard let path else { continue }
            try ReadFiles.refuseOverwriting(workspaceOptions.absolute(path), named: path, analysis: result.analysis, baseline: baseline,
                                            options: workspaceOptions, workspace: workspace)
        }
        if let writeBaseline {
            var written = Baseline(result.diagnostics)
            // A check of some files updates their findings in a baseline of the whole workspace
            // and keeps the others', which it did not see.
            let absolute = workspaceOptions.absolute(writeBaseline)
            if result.analysis.isPartial, FileManager.default.fileExists(atPath: absolute) {
                // What it cannot judge of the files it read: the rules across files, and the audit
                // of their entries (``Analysis/isPartial``).
                let across = Set(RuleCatalog.all.filter { $0.looksAcrossFiles }.map { $0.description.id })
                let (merged, kept) = written.keeping(try readBaseline(writeBaseline), outside: result.analysis.yamlPaths) { entry in
                    across.contains(entry.rule) || (entry.rule == UnusedSuppressionRule.description.id
                                                     && UnusedSuppressionRule.rule(named: entry.message).map(across.contains) == true)
                }
                written = merged
                if kept > 0 {
                    Console.error("gloss: kept \(kept) finding\(kept == 1 ? "" : "s") recorded in \(writeBaseline) that a check of some files "
                                  + "cannot see (in the other files, or across files)")
                }
            }
            try Console.deliver(Console.utf8(BaselineFile.encode(written)), to: absolute, named: writeBaseline)
        }
        if let recorded, let path = baseline {
            let before = result.diagnostics.count
            result = result.excluding(recorded)
            // The summary counts what is shown; what the baseline hides is said, so a clean
            // run is not mistaken for a workspace without findings.
            let hidden = before - result.diagnostics.count
            if hidden > 0 { Console.error("gloss: \(hidden) finding\(hidden == 1 ? "" : "s") recorded in \(path) not shown") }
        }
        result.strict = strict
        let fails = result.fails
        if quiet { result = result.filtered { result.isFailure($0) } }
        if unverified { result.listUnverified() }
        try Console.deliver({ reporter.write(result, to: $0) }, to: output.map(workspaceOptions.absolute), named: output)
        Console.exit(fails ? GlossExit.findings : GlossExit.clean, keeping: result)
    }

    /// The configuration's errors, in a format other than text (which has them on standard
    /// error), as the report: CI uploads the SARIF file or reads the annotations whatever the
    /// exit code, and a missing file would hide where `.gloss.yml` went wrong. Which files are
    /// reviewers' is not known while the configuration does not read (its folders, its
    /// patterns): the report goes to standard output, a device, or a file not there yet, never
    /// a YAML file, and never where a run with the default configuration would refuse.
    private func reportConfigurationFindings(_ findings: [Diagnostic], with reporter: any Reporter) {
        guard format != TextReporter.identifier else { return }
        let workspace = Workspace(root: workspaceOptions.root)
        let analysis = Analysis(configuration: workspace.configuration, registry: Registry(), files: [], registryProblems: [], yamlTexts: [:])
        if let output, output != Console.standardOutputName {
            let path = workspaceOptions.absolute(output)
            guard !ReadFiles.holdsSomething(path), !(output.hasSuffix(".yaml") || output.hasSuffix(".yml")),
                  (try? ReadFiles.refuseOverwriting(path, named: output, analysis: analysis, baseline: baseline,
                                                    options: workspaceOptions, workspace: workspace)) != nil else {
                Console.error("gloss: \(output) not written: while the configuration has errors, the report goes only to a new file "
                              + "that is not YAML, or to standard output")
                return
            }
        }
        let result = CheckResult(analysis: analysis, diagnostics: findings)
        try? Console.deliver({ reporter.write(result, to: $0) }, to: output.map(workspaceOptions.absolute), named: output)
    }

    /// A baseline of a few hundred thousand findings is tens of megabytes; past this, the file
    /// is not one.
    private static let maxBaselineBytes = 256 << 20

    private func readBaseline(_ path: String) throws -> Baseline {
        do {
            return try BaselineFile.decode(try InputFile.read(workspaceOptions.absolute(path), limit: Self.maxBaselineBytes))
        } catch let error as BaselineFileError {
            Console.error("gloss: \(path): \(error.message)")
        } catch {
            Console.error("gloss: cannot read \(path): \((error as? FileSystemError)?.message ?? "\(error)")")
        }
        throw GlossExit.usage
    }
}
