import ArgumentParser
import GlossReports

/// `gloss export`: the claims for other tools: search engines, annotation tools, maps.
struct ExportCommand: ReviewOutputCommand {
    static let formats = ReviewFormats.exports

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export claims as ClaimReview, Web Annotations or GeoJSON.",
        discussion: "Exit codes: 0 written, 1 written without an annotation file, or parts of one, that did not read (named on standard error), 2 usage, configuration or I/O error."
    )

    @Option(help: ArgumentHelp("Output format: \(ReviewFormats.identifiers(ReviewFormats.exports)).", valueName: "format"))
    var format: String

    @OptionGroup var options: ReviewOutputOptions
}
