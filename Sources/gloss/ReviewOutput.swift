import ArgumentParser
import Foundation
import GlossCore
import GlossReports

/// What `gloss report` and `gloss export` share: load the workspace, build the review report
/// with progress on a terminal, render one of `formats`, and write it to a file or standard output.
protocol ReviewOutputCommand: ParsableCommand {
    static var formats: [any ReviewRenderer.Type] { get }
    var format: String { get }
    var options: ReviewOutputOptions { get }
}

extension ReviewOutputCommand {
    func validate() throws {
        guard ReviewFormats.make(format, from: Self.formats) != nil else {
            throw ValidationError("unknown format `\(format)`; choose one of \(ReviewFormats.identifiers(Self.formats))")
        }
    }

    func run() throws {
        let renderer = ReviewFormats.make(format, from: Self.formats)!
        let (paths, output, workspaceOptions) = (options.paths, options.output, options.workspaceOptions)
        let workspace = try workspaceOptions.openWorkspace(requiringSelection: true)
        let files = try workspaceOptions.annotationFiles(in: workspace, under: paths.map { workspaceOptions.input($0, in: workspace) },
                                                         requiringAny: true)
        let progress = TerminalProgress()
        progress.show("loading \(files.count) annotation file\(files.count == 1 ? "" : "s")")
        // With git, as `check` loads: reports place every claim where `check` does.
        let analysis = WorkspaceLoader(workspace: workspace, git: GitProcess()).load(files)
        if !analysis.registryProblems.isEmpty { progress.finish() }
        try WorkspaceOptions.refuseBrokenRegistries(in: analysis)
        let report = ReviewReport(analysis: analysis, contradictions: Contradiction.statementConflicts(in: analysis)) { done, total in
            progress.show("building the report", done, total)
        }
        if let output {
            try ReadFiles.refuseOverwriting(workspaceOptions.absolute(output), named: output, analysis: analysis,
                                            options: workspaceOptions, workspace: workspace)
        }
        progress.show("writing \(type(of: renderer).identifier)")
        do {
            defer { progress.finish() }
            try Console.deliver({ renderer.write(report, to: $0) }, to: output.map(workspaceOptions.absolute), named: output)
        }
        if let caveat = type(of: renderer).caveat(for: report) { Console.error("gloss: warning: \(caveat)") }
        let unread = WorkspaceOptions.reportUnreadFiles(in: analysis)
        let partlyRead = WorkspaceOptions.reportPartlyReadFiles(in: analysis)
        let unloaded = WorkspaceOptions.reportUnloadedDocuments(in: analysis)
        // As `check` ends: the report and the workspace are not freed one card at a time.
        Console.exit(unloaded || partlyRead || unread ? GlossExit.findings : GlossExit.clean, keeping: (analysis, report))
    }
}
