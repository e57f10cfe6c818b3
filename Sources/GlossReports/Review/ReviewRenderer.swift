/// Turns a ``ReviewReport`` into one output format: the formats of `gloss report` (what people
/// read) and of `gloss export` (what other tools read). Renderers are small and pure: they return
/// the text, and the command line decides where it goes.
public protocol ReviewRenderer: Sendable {
    /// The name `--format` takes.
    static var identifier: String { get }
    init()
    func render(_ report: ReviewReport) -> String
}

/// The formats `gloss report` and `gloss export` offer.
public enum ReviewFormats {
    public static let reports: [any ReviewRenderer.Type] = [HTMLReport.self, MarkdownReport.self, JSONReport.self]
    public static let exports: [any ReviewRenderer.Type] = [ClaimReviewExporter.self, WebAnnotationExporter.self,
                                                            GeoJSONExporter.self]

    public static func make(_ identifier: String, from formats: [any ReviewRenderer.Type]) -> (any ReviewRenderer)? {
        formats.first { $0.identifier == identifier }.map { $0.init() }
    }

    /// The names `--format` accepts, for help and errors.
    public static func identifiers(_ formats: [any ReviewRenderer.Type]) -> String {
        formats.map { $0.identifier }.joined(separator: ", ")
    }
}
