import ArgumentParser
import GlossCore
import GlossReports

/// `gloss check`: lint the annotations and report the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check annotation files: schema, anchors, reviews.",
        discussion: "Exit codes: 0 no failing finding, 1 failing findings, 2 usage, configuration or I/O error."
    )

    @Argument(help: "Annotation files or folders to check (default: the annotations folder).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Output format: \(Reporters.identifiers).", valueName: "format"))
    var format = "text"

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(help: "Warnings fail the run too (info never does).")
    var strict = false

    @Flag(help: "Also list every unverified claim: unreviewed, disputed, unverifiable, or a verdict without evidence.")
    var unverified = false

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        guard Reporters.make(format) != nil else {
            throw ValidationError("unknown format `\(format)`; choose one of \(Reporters.identifiers)")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.openWorkspace()
        var result: CheckResult
        do {
            result = try CheckResult.check(workspace, paths: paths.map(workspaceOptions.absolute))
        } catch {
            throw WorkspaceOptions.fail(error)
        }
        if unverified { result.listUnverified() }
        let report = Reporters.make(format)!.report(result)
        if let output {
            do {
                try Console.write(report, to: workspaceOptions.absolute(output))
            } catch {
                Console.error("gloss: cannot write \(output): \(error.localizedDescription)")
                throw GlossExit.usage
            }
        } else {
            Console.output(report)
        }
        if result.fails(strict: strict) { throw GlossExit.findings }
    }
}
