import ArgumentParser
import GlossReports

/// `gloss report`: the review report editors read.
struct ReportCommand: ReviewOutputCommand {
    static let formats = ReviewFormats.reports

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the review report: summary, highlighted documents, claim cards.",
        discussion: "Exit codes: 0 written, 2 usage, configuration or I/O error."
    )

    @Argument(help: "Annotation files, documents or folders to report on (default: the annotations folder).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Output format: \(ReviewFormats.identifiers(ReviewFormats.reports)).", valueName: "format"))
    var format = HTMLReport.identifier

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions
}
