import GlossCore
import GlossReports

/// The Markdown an editor shows on hover: a claim's card over its span in the article, and the
/// anchored words in their context over the claim in its annotation file. Everything taken from
/// annotations and documents is escaped, so nothing in them becomes markup or a link.
enum ClaimMarkdown {
    /// Summary, status, attribution, statement, reviews with their evidence, and the final verdict.
    /// Sources, speakers, subjects and places go through `mentions`, so a private source is
    /// withheld however it is named, and so is a mention of one in a summary or a note.
    static func card(_ anchored: AnchoredClaim, registry: Registry, mentions: MentionResolver) -> String {
        let claim = anchored.claim
        var lines = ["**`\(code(anchored.id))`** · \(claim.kind?.value.rawValue ?? "claim") · **\(claim.status)**", ""]
        if let summary = claim.summary?.value { lines += [escaped(mentions.withholdingPrivateNames(in: summary)), ""] }
        if let reason = claim.unverifiedReason { lines += ["_Unverified: \(escaped(reason.description))._", ""] }
        var facts: [String] = []
        if let attribution = claim.attributedTo?.value {
            let names = attribution.sourceIDs.map { mentions.resolve(sourceID: $0.value).name.map(escaped) ?? "_withheld_" }
            facts.append("Attributed to: " + (names.isEmpty ? "unattributed" : names.joined(separator: ", citing ")))
        }
        if let speaker = claim.speaker?.value { facts.append("Speaker: " + name(of: speaker, mentions: mentions)) }
        if let place = claim.place?.value {
            // A place named by what a private source is called is withheld like the source.
            let name = if case .withheld = mentions.resolve(place) {
                "_withheld_"
            } else {
                escaped(mentions.withholdingPrivateNames(in: registry.place(place)?.name?.value ?? place))
            }
            facts.append("Place: " + name)
        }
        if let statement = claim.statement, let value = statement.value?.value {
            let subject = name(of: statement.subject.value, mentions: mentions)
            let said = mentions.withholdingPrivateNames(in: "\(statement.property.value) = \(value)")
            facts.append("Statement: \(subject) · \(escaped(said))")
        }
        if !facts.isEmpty { lines += facts.map { "- " + $0 } + [""] }
        if claim.reviews.isEmpty {
            lines.append("No reviews yet.")
        } else {
            lines.append("Reviews:")
            for review in claim.reviews {
                let date = review.date.map { ", \($0.value)" } ?? ""
                // On the review's line: a note's line breaks would start Markdown blocks there.
                let note = review.note.map { ": " + MarkdownEscaping.escaped(mentions.withholdingPrivateNames(in: $0.value), lineBreaks: " ") } ?? ""
                lines.append("- \(escaped(mentions.withholdingPrivateNames(in: review.reviewer.value)))\(date) — **\(review.verdict.value.rawValue)**\(note)")
                for evidence in review.evidence {
                    let stance = evidence.stance.map { "\($0.value.rawValue): " } ?? ""
                    let note = evidence.note.map { " — " + MarkdownEscaping.escaped(mentions.withholdingPrivateNames(in: $0.value), lineBreaks: " ") } ?? ""
                    lines.append("  - \(stance)\(link(evidence.url.value, mentions: mentions))\(note)")
                }
            }
        }
        if let verdict = claim.verdict?.value { lines += ["", "Final verdict: **\(verdict.rawValue)**"] }
        return lines.joined(separator: "\n")
    }

    /// The words a claim is anchored to, bold in their context, and how the anchor was found.
    static func anchoredWords(_ anchored: AnchoredClaim) -> String {
        let header = "**`\(code(anchored.id))`** in `\(code(anchored.document?.path ?? "its document"))`"
        guard let document = anchored.document, let anchoring = anchored.anchoring else {
            return header + "\n\n" + (anchored.claim.anchor == nil ? "The claim has no anchor." : "The document could not be read.")
        }
        guard let range = anchoring.range else {
            let count = anchoring.candidateCount
            return header + "\n\n" + (anchoring.tier == .ambiguous
                ? "The quote fits \(count) places; nothing tells them apart."
                : "The quote is not in the document.")
        }
        let context = Anchorer.context(around: range, in: document.text, length: 80)
        let words = document.text.text(in: range) ?? ""
        let line = document.text.position(at: range.lowerBound).line
        let quote = "> …" + escaped(context.prefix) + "**" + escaped(words) + "**" + escaped(context.suffix) + "…"
        return header + " (line \(line), anchored \(anchoring.tier.rawValue))\n\n"
            + quote.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n> ")
    }

    /// A source, speaker or subject as Markdown: its name, escaped, or an italic _withheld_.
    private static func name(of reference: String, mentions: MentionResolver) -> String {
        mentions.resolve(reference).name.map(escaped) ?? "_withheld_"
    }

    /// An evidence address as a link, or _withheld_ when it leads to or names a private source,
    /// as the reports withhold it.
    private static func link(_ url: String, mentions: MentionResolver) -> String {
        let shown = mentions.withholdingPrivateLink(url)
        return shown == url ? autolink(url) : "_withheld_"
    }

    /// An evidence address as a CommonMark autolink. Nothing is processed inside one, backslash
    /// escapes included (`\_` would reach the address), so the address goes in as it is: the
    /// decoder admits none of what would end an autolink or spoil it (`<`, `>`, spaces, control
    /// characters).
    private static func autolink(_ url: String) -> String { "<" + url + ">" }

    /// Text with Markdown and HTML syntax escaped.
    static func escaped(_ text: String) -> String { MarkdownEscaping.escaped(text) }

    /// Text inside a code span, which cannot hold a backquote.
    private static func code(_ text: String) -> String { text.replacingScalars { $0 == "`" ? "'" : nil } }
}
