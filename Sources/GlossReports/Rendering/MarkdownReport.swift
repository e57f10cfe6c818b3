import GlossCore

/// The review report as GitHub-flavoured Markdown, short enough for a pull-request comment:
/// counts, then the unverified and contradicting claims, then every claim folded in
/// `<details>`. Past ``characterBudget`` rows are left out and counted, so a large workspace
/// still gives a comment GitHub accepts (65,536 characters).
public struct MarkdownReport: ReviewRenderer {
    public static let identifier = "markdown"
    public static let characterBudget = 60_000

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        var writer = MarkdownWriter(report: report, budget: Self.characterBudget)
        writer.write()
        // A comment or a terminal shows the report: control characters from annotations become
        // visible (``ControlCharacters``) instead of acting.
        return writer.text.replacingControlCharacters(keepingLineFeeds: true)
    }
}

private struct MarkdownWriter {
    let report: ReviewReport
    let budget: Int
    var text = ""
    /// What the closing lines will need, kept free while rows are added.
    private let reserve = 2_000

    init(report: ReviewReport, budget: Int) {
        self.report = report
        self.budget = budget
        text.reserveCapacity(budget + reserve)
    }

    mutating func write() {
        let report = report
        let summary = report.summary
        text += "## Gloss review report\n\n"
        let statuses = summary.statusCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.status)" }
        text += "**\(report.cards.count) claim\(report.cards.count == 1 ? "" : "s")** in \(report.documentCount) document\(report.documentCount == 1 ? "" : "s")"
        text += statuses.isEmpty ? "\n\n" : ": " + statuses.joined(separator: ", ") + "\n\n"
        // A verdict on words the document no longer has may not hold: said, as the HTML report
        // says it on each claim, and on each row below.
        let unanchored = report.cards.filter { Self.anchorFlag($0) != nil }.count
        if unanchored > 0 {
            text += "**\(unanchored) claim\(unanchored == 1 ? "'s" : "s'") quoted words** changed, are no longer in the document, "
                + "or stand in several places: \(unanchored == 1 ? "its verdict" : "their verdicts") may not hold as shown "
                + "(`gloss check` says where).\n\n"
        }

        // Only when there are any: a file that could not be read has no claims in the tables
        // below, and a comment that did not say so would read as a clean review.
        let problems = report.documents.filter { $0.problem != nil }
        if !problems.isEmpty {
            text += "### Files with problems (\(problems.count))\n\n"
            table(["Annotation file", "Document", "Problem"], rows: problems) { document in
                // A file that could not be read names no document: its own path stands in for one.
                [Self.cell(document.annotationPath), document.path == document.annotationPath ? "—" : Self.cell(document.path),
                 Self.cell(document.problem ?? "")]
            }
        }

        text += "### Unverified claims (\(summary.unverified.count))\n\n"
        // Half of what is left at most, when contradictions follow: they are errors, and a long
        // list of unverified claims left no room for one.
        let unverifiedEnd = summary.contradictions.isEmpty ? budget : text.utf8.count + (budget - reserve - text.utf8.count) / 2 + reserve
        table(["Claim", "Status", "Summary", "Attributed to"], rows: summary.unverified.map { report.cards[$0] }, until: unverifiedEnd) { card in
            [Self.code(card.id), card.unverifiedReason.map(Self.cell) ?? "", Self.cell(card.headline), Self.attribution(card.attribution)]
        }

        text += "### Contradictions (\(summary.contradictions.count))\n\n"
        table(["Claim", "Says", "Contradicts", "Says", "Why"], rows: summary.contradictions) { pair in
            let (first, second) = (report.cards[pair.first], report.cards[pair.second])
            return [Self.code(first.id), Self.cell(first.headline), Self.code(second.id), Self.cell(second.headline), Self.cell(pair.reason)]
        }

        text += "<details><summary>All claims (\(report.cards.count))</summary>\n\n"
        table(["#", "Claim", "Kind", "Status", "Summary", "Document"], rows: report.cards) { card in
            ["\(card.number)", Self.code(card.id), card.kind?.rawValue ?? "", "\(card.status)" + (Self.anchorFlag(card).map { " (\($0))" } ?? ""),
             Self.cell(card.headline),
             Self.cell(report.documents[card.document].path)]
        }
        text += "</details>\n"
    }

    /// What a claim's row says of its quote when the document no longer has its words as quoted.
    private static func anchorFlag(_ card: ClaimCard) -> String? {
        switch card.tier {
        case .fuzzy: "words changed"
        case .orphaned: "quote not found"
        case .ambiguous: "quote in several places"
        case .exact, .moved, .normalized, nil: nil
        }
    }

    /// A table of one row per item, or "None." for no items; rows that would take the text past
    /// `end` (by default the budget), less what the closing lines need, are counted instead of
    /// written.
    private mutating func table<Items: Collection>(_ headings: [String], rows items: Items, until end: Int? = nil,
                                                   _ cells: (Items.Element) -> [String]) {
        guard !items.isEmpty else {
            text += "None.\n\n"
            return
        }
        text += "| " + headings.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: headings.count) + "\n"
        var left = 0
        for item in items {
            let row = "| " + cells(item).joined(separator: " | ") + " |\n"
            if left > 0 || text.utf8.count + row.utf8.count > (end ?? budget) - reserve {
                left += 1
            } else {
                text += row
            }
        }
        if left > 0 { text += "\n… and \(left) more, left out to keep this comment short: see the HTML report.\n" }
        text += "\n"
    }

    static func code(_ id: String) -> String { "`\(id)`" }

    /// Text for a table cell: HTML and Markdown syntax escaped, on one line, so that nothing from
    /// an annotation becomes markup, a link or an image.
    static func cell(_ value: String) -> String {
        unlinkingReferences(MarkdownEscaping.escaped(value, lineBreaks: " "))
    }

    /// GitHub turns `@name` in a comment into a mention that notifies that account, and `#12`,
    /// `owner/repo#12` and `GH-12` into links to issues, which also mark those issues: a summary
    /// quoting a Twitter handle would page a stranger. It also makes a link of an address
    /// written out (`https://…`, `www.…`): a summary's or a note's would be a link the report
    /// vouches for. A zero-width space (`&#8203;`, as Dependabot and Renovate write) after the
    /// sign, before `://` or after `www` leaves the text reading the same and links nothing. An
    /// `@` after a letter or digit (`tips@example.org`) starts no mention and is left.
    static func unlinkingReferences(_ text: String) -> String {
        var result = ""
        var (beforePrevious, previous): (Character?, Character?) = (nil, nil)
        for (index, character) in zip(text.indices, text) {
            let mention = previous == "@" && MarkdownEscaping.isWordCharacter(character) && !(beforePrevious.map(MarkdownEscaping.isWordCharacter) ?? false)
            let issue = (previous == "#" || (previous == "-" && result.suffix(3).uppercased() == "GH-"))
                && character.isASCII && character.isNumber
            let address = character == ":" && text[index...].hasPrefix("://")
                || character == "." && result.suffix(3).lowercased() == "www"
                    && !(result.dropLast(3).last.map { $0.isLetter || $0.isNumber } ?? false)
            if mention || issue || address { result += "&#8203;" }
            result.append(character)
            (beforePrevious, previous) = (previous, character)
        }
        return result
    }

    static func attribution(_ attribution: ReportAttribution) -> String {
        switch attribution {
        case .notGiven: "not given"
        case .unattributed: "unattributed"
        case .chain(let sources): sources.map { $0.isWithheld ? "_withheld_" : cell($0.name) }.joined(separator: ", citing ")
        }
    }
}
