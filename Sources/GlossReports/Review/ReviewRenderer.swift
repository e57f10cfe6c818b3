/// Turns a ``ReviewReport`` into one output format: the formats of `gloss report` (what people
/// read) and of `gloss export` (what other tools read). Renderers are small and pure: they return
/// the text, and the command line decides where it goes.
public protocol ReviewRenderer: Sendable {
    /// The name `--format` takes.
    static var identifier: String { get }
    init()
    /// The whole output as one string, for tests and for callers that keep it; the command
    /// line writes through ``write(_:to:)``.
    func render(_ report: ReviewReport) -> String
    /// Hands the output to `output` as UTF-8, in pieces, in order. The formats that grow with the
    /// workspace (the HTML and JSON reports and the Web Annotation export run to a hundred and
    /// fifty megabytes for ten thousand articles) pass it on as they write it; Markdown (cut
    /// short for a pull-request comment), ClaimReview and GeoJSON pass their text whole.
    func write(_ report: ReviewReport, to output: (UnsafeRawBufferPointer) -> Void)
    /// What the output will lack that its consumers need, for the command to warn about; nil
    /// when nothing is missing.
    static func caveat(for report: ReviewReport) -> String?
}

extension ReviewRenderer {
    public static func caveat(for report: ReviewReport) -> String? { nil }

    public func write(_ report: ReviewReport, to output: (UnsafeRawBufferPointer) -> Void) {
        render(report).write(to: output)
    }
}

/// The formats `gloss report` and `gloss export` offer.
public enum ReviewFormats {
    public static let reports: [any ReviewRenderer.Type] = [HTMLReport.self, MarkdownReport.self, JSONReport.self]
    public static let exports: [any ReviewRenderer.Type] = [ClaimReviewExporter.self, WebAnnotationExporter.self,
                                                            GeoJSONExporter.self]

    /// The renderer `--format` names among `formats`; nil for a name none has.
    public static func make(_ identifier: String, from formats: [any ReviewRenderer.Type]) -> (any ReviewRenderer)? {
        formats.first { $0.identifier == identifier }.map { $0.init() }
    }

    /// The names `--format` accepts, for help and errors.
    public static func identifiers(_ formats: [any ReviewRenderer.Type]) -> String {
        formats.map { $0.identifier }.joined(separator: ", ")
    }
}
