import GlossCore

extension HTMLWriter {
    mutating func writeSummary() {
        let summary = report.summary
        html += "<section id=\"summary\"><h2>Summary</h2>\n<div class=\"counts\">"
        html += "<table><caption>Claims by status</caption><tbody>"
        for (status, count) in summary.statusCounts {
            html += "<tr><td>"
            badge(status)
            html += "</td><td class=\"n\">\(count)</td></tr>"
        }
        html += "</tbody></table><table><caption>Claims by kind</caption><tbody>"
        for (kind, count) in summary.kindCounts {
            html += "<tr><td>\(kind?.rawValue ?? "kind not given")</td><td class=\"n\">\(count)</td></tr>"
        }
        html += "</tbody></table></div>\n"
        writeUnverified(summary.unverified)
        writeContradictions(summary.contradictions)
        html += "<h3>Statuses by attributed source</h3>\n"
        SourceChart(tallies: summary.sources).write(into: &self)
        html += "</section>\n"
    }

    private mutating func writeUnverified(_ unverified: [Int]) {
        guard heading("unverified", "Unverified claims", count: unverified.count,
                      none: "Every claim has a verdict backed by evidence.") else { return }
        html += "<table class=\"list\"><thead><tr><th>Claim</th><th>Why</th><th>Summary</th><th>Attributed to</th></tr></thead><tbody>"
        // A row a claim, and nearly every claim of a large workspace is unverified: the rows are
        // written a thousand at a time on all cores, where one core wrote them all while the
        // other waited for the documents.
        let report = report
        let batches = stride(from: 0, to: unverified.count, by: 1024).map { $0..<min($0 + 1024, unverified.count) }
        for rows in ConcurrentMap.map(batches, { batch in
            var rows = HTMLWriter(report: report)
            for index in unverified[batch] { rows.writeUnverifiedRow(index) }
            return rows.html
        }) {
            html += rows
        }
        html += "</tbody></table>\n"
    }

    private mutating func writeUnverifiedRow(_ index: Int) {
        // Read in place: a copy of the card retained every string and array in it.
        let status = report.cards[index].status
        html += "<tr><td>"
        link(to: index)
        html += "</td><td>"
        badge(status)
        if let reason = report.cards[index].unverifiedReason, reason != status.description {
            html += " <span class=\"muted\">\(reason)</span>"
        }
        html += "</td><td>"
        text(report.cards[index].headline)
        html += "</td><td>"
        attribution(report.cards[index].attribution)
        html += "</td></tr>\n"
    }

    private mutating func writeContradictions(_ pairs: [ContradictionPair]) {
        guard heading("contradictions", "Contradictions", count: pairs.count,
                      none: "No claims are known to contradict each other.") else { return }
        for pair in pairs {
            html += "<div class=\"pair\">"
            contradictionSide(pair.first)
            html += "<div class=\"versus\" title=\""
            text(pair.reason)
            html += "\">≠</div>"
            contradictionSide(pair.second)
            html += "<p class=\"reason\">"
            text(pair.reason)
            html += "</p></div>\n"
        }
    }

    /// A list's heading with its count; for an empty list, the sentence `none` too. Returns
    /// whether there is anything to list.
    private mutating func heading(_ id: String, _ title: String, count: Int, none: String) -> Bool {
        html += "<h3 id=\"\(id)\">\(title) (\(count))</h3>\n"
        if count == 0 { html += "<p class=\"muted\">\(none)</p>\n" }
        return count > 0
    }

    private mutating func contradictionSide(_ index: Int) {
        let card = report.cards[index]
        html += "<div class=\"side st-\(StatusStyle.name(card.status))\"><p>"
        link(to: index)
        html += " "
        badge(card.status)
        html += "</p><p class=\"summary\" dir=\"auto\">"
        text(card.headline)
        html += "</p><blockquote\(Self.languageAttributes(report.documents[card.document]))>"
        text(card.quote)
        html += "</blockquote><p class=\"muted\">"
        attribution(card.attribution)
        html += " · "
        text(report.documents[card.document].path)
        html += "</p></div>"
    }
}

/// Statuses per attributed source as stacked horizontal bars in inline SVG: readable without
/// script, and printed as drawn.
struct SourceChart {
    /// Rows beyond this are summed into one, so a large corpus still gives a chart one can read.
    static let maximumRows = 20
    static let labelWidth = 230
    static let barWidth = 480
    static let rowHeight = 26

    var rows: [SourceTally]

    init(tallies: [SourceTally]) {
        guard tallies.count > Self.maximumRows else {
            rows = tallies
            return
        }
        let kept = Array(tallies.prefix(Self.maximumRows - 1))
        let rest = tallies.dropFirst(Self.maximumRows - 1)
        let counts = rest.reduce(into: Array(repeating: 0, count: ReviewReport.statusOrder.count)) { sums, tally in
            for (index, count) in tally.counts.enumerated() { sums[index] += count }
        }
        rows = kept + [SourceTally(label: "\(rest.count) other sources", counts: counts)]
    }

    func write(into writer: inout HTMLWriter) {
        guard let largest = rows.map(\.total).max(), largest > 0 else {
            writer.html += "<p class=\"muted\">No claims.</p>\n"
            return
        }
        let legendHeight = 28
        let width = Self.labelWidth + Self.barWidth + 60
        // The legend starts at the left edge: the six statuses need more room than the bars.
        let height = legendHeight + rows.count * Self.rowHeight + 8
        writer.html += "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"chart-title\">Claims per attributed source, by status</title>"
        var x = 8
        for status in ReviewReport.statusOrder {
            writer.html += "<rect x=\"\(x)\" y=\"6\" width=\"12\" height=\"12\" fill=\"\(StatusStyle.color(status))\"/>"
                + "<text x=\"\(x + 16)\" y=\"16\" class=\"legend\">\(status)</text>"
            x += 16 + status.description.count * 7 + 14
        }
        for (row, tally) in rows.enumerated() {
            let y = legendHeight + row * Self.rowHeight
            writer.html += "<text x=\"\(Self.labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">"
            writer.text(Self.shortened(tally.label))
            writer.html += "<title>"
            writer.text(tally.label)
            writer.html += "</title></text>"
            var offset = 0
            for (status, count) in zip(ReviewReport.statusOrder, tally.counts) where count > 0 {
                let start = Self.labelWidth + offset * Self.barWidth / largest
                offset += count
                let end = Self.labelWidth + offset * Self.barWidth / largest
                writer.html += "<rect x=\"\(start)\" y=\"\(y + 4)\" width=\"\(max(end - start, 1))\" height=\"\(Self.rowHeight - 8)\" "
                    + "fill=\"\(StatusStyle.color(status))\"><title>"
                writer.text("\(tally.label): \(count) \(status)")
                writer.html += "</title></rect>"
            }
            writer.html += "<text x=\"\(Self.labelWidth + offset * Self.barWidth / largest + 6)\" y=\"\(y + 17)\" class=\"n\">\(tally.total)</text>"
        }
        writer.html += "</svg>\n"
    }

    /// Labels longer than the label column are cut with an ellipsis; the full one is the tooltip.
    static func shortened(_ label: String) -> String {
        label.count > 32 ? label.prefix(31) + "…" : label
    }
}
