import ArgumentParser
import GlossReports

/// `gloss report`: the review report editors read.
struct ReportCommand: ReviewOutputCommand {
    static let formats = ReviewFormats.reports

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the review report: summary, highlighted documents, claim cards.",
        discussion: "Exit codes: 0 written, 1 written without an annotation file, or parts of one, that did not read (named on standard error), 2 usage, configuration or I/O error."
    )

    @Option(help: ArgumentHelp("Output format: \(ReviewFormats.identifiers(ReviewFormats.reports)).", valueName: "format"))
    var format = HTMLReport.identifier

    @OptionGroup var options: ReviewOutputOptions
}
