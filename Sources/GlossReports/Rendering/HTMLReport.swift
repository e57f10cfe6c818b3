import GlossCore

/// The review report as one self-contained HTML file: inline CSS, no script, nothing loaded from
/// the network (a Content-Security-Policy forbids both), readable in any browser. First the
/// summary, then each document's text with every claim highlighted and linked to its card.
///
/// Everything taken from documents and annotations is escaped; reviewers' notes are Markdown
/// rendered by `SafeMarkdown`; links go only to http and https (and mailto in notes).
public struct HTMLReport: ReviewRenderer {
    public static let identifier = "html"

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        String(joining: { write(report, to: $0) })
    }

    /// Writes the head and the summary, then the documents a few dozen at a time on all cores,
    /// handing each piece over as it is done: the report of a large workspace holds every article.
    public func write(_ report: ReviewReport, to output: (UnsafeRawBufferPointer) -> Void) {
        var head = HTMLWriter(report: report)
        head.writeHead()
        head.html.write(to: output)
        OrderedPieces.render(count: report.documents.count, size: 32) { range in
            var piece = HTMLWriter(report: report)
            for index in range { piece.writeDocument(index) }
            return piece.html
        } emit: { $0.write(to: output) }
        HTMLWriter.tail.write(to: output)
    }
}

/// Builds one piece of the page: the head and summary, or a run of documents.
struct HTMLWriter {
    let report: ReviewReport
    var html = ""
    let markdown = SafeMarkdown()

    init(report: ReviewReport) {
        self.report = report
    }

    /// Everything before the documents: the head, the list of documents and the summary.
    mutating func writeHead() {
        html += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="gloss \(GlossVersion.current)">
            <title>Gloss review report</title>
            <style>
            \(HTMLStyle.css)
            \(StatusStyle.css)
            </style>
            </head>
            <body>
            <header class="top"><h1>Review report</h1>
            """
        html += "<p>\(counted(report.cards.count, "claim")) in \(counted(report.documentCount, "document"))</p>"
        html += "<nav>"
        for (index, document) in report.documents.enumerated() {
            html += "<a href=\"#doc-\(index + 1)\">"
            html.appendEscapingHTML(document.title ?? document.path)
            html += "</a> "
        }
        html += "</nav></header>\n<main>\n"
        writeSummary()
    }

    /// What closes the page after the documents.
    static let tail = "</main>\n</body>\n</html>\n"

    // MARK: Pieces shared by the summary and the cards

    /// `<a href="#claim-…">` to a card, showing its id.
    mutating func link(to index: Int) {
        let card = report.cards[index]
        html += "<a class=\"claim-link\" href=\"#\(card.anchorID)\"><code>"
        html.appendEscapingHTML(card.id)
        html += "</code></a>"
    }

    mutating func badge(_ status: ClaimStatus) {
        html += "<span class=\"badge st-\(StatusStyle.name(status))\">\(status)</span>"
    }

    mutating func text(_ text: String) {
        html.appendEscapingHTML(text)
    }

    /// An external link when `url` is a web address; otherwise the address as plain text.
    mutating func webLink(_ url: String, label: String? = nil) {
        guard LinkPolicy.allows(url, schemes: LinkPolicy.web) else {
            text(label ?? url)
            return
        }
        html += "<a href=\""
        html.appendEscapingHTML(url)
        html += "\" rel=\"noopener noreferrer\">"
        text(label ?? url)
        html += "</a>"
    }

    /// The source chain, nearest the reader first: "The Paper, citing the city government".
    mutating func attribution(_ attribution: ReportAttribution) {
        switch attribution {
        case .notGiven: html += "<span class=\"muted\">not given</span>"
        case .unattributed: html += "<span class=\"muted\">unattributed</span>"
        case .chain(let sources):
            for (position, source) in sources.enumerated() {
                if position > 0 { html += ", citing " }
                if source.isWithheld {
                    html += "<span class=\"withheld\">\(SourceLabel.withheldName)</span>"
                } else {
                    text(source.name)
                }
            }
        }
    }

    func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
