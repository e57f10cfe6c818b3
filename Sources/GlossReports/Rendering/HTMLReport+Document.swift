import GlossCore

extension HTMLWriter {
    /// How many underline layers are drawn apart; deeper nesting shares the lowest.
    static let underlineLayers = 5

    mutating func writeDocument(_ index: Int) {
        let document = report.documents[index]
        // The title and the text are in the document's language; the rest is the report's.
        let language = Self.languageAttributes(document)
        html += "<section class=\"document\" id=\"doc-\(index + 1)\"><h2\(document.title == nil ? "" : language)>"
        text(document.title ?? document.path)
        html += "</h2>\n<p class=\"meta\"><code>"
        text(document.path)
        html += "</code> · annotations in <code>"
        text(document.annotationPath)
        html += "</code>"
        if let url = document.url {
            html += " · "
            webLink(url)
        }
        if let published = document.published { html += " · published \(published)" }
        html += "</p>\n"
        if let problem = document.problem {
            html += "<p class=\"problem\">"
            text(problem)
            html += "</p>\n"
        }
        if !document.segments.isEmpty {
            html += "<div class=\"text\"\(language)>"
            for segment in document.segments { writeSegment(segment) }
            html += "</div>\n"
        }
        html += "<h3>Claims (\(document.cards.count))</h3>\n"
        for card in document.cards { writeCard(card) }
        html += "</section>\n"
    }

    /// A run of text: plain, or a link to the innermost claim covering it, inside one underline
    /// layer per covering claim (outermost lowest), with a numbered marker after each overlapping
    /// claim's last run so that every claim can be reached even where spans nest.
    private mutating func writeSegment(_ segment: TextSegment) {
        guard let innermost = segment.claims.last else {
            text(segment.text)
            return
        }
        let inner = report.cards[innermost]
        html += "<a class=\"hl bg-\(Self.markStyle(inner))\" href=\"#\(inner.anchorID)\" title=\""
        text(segment.claims.map { report.cards[$0].id }.joined(separator: ", "))
        html += "\">"
        for (position, index) in segment.claims.enumerated() {
            let layer = min(segment.claims.count - 1 - position, Self.underlineLayers - 1)
            html += "<span class=\"u l\(layer) st-\(Self.markStyle(report.cards[index]))\">"
        }
        text(segment.text)
        for _ in segment.claims { html += "</span>" }
        html += "</a>"
        for index in segment.closing where report.cards[index].overlaps {
            let card = report.cards[index]
            html += "<a class=\"ref st-\(Self.markStyle(card))\" href=\"#\(card.anchorID)\" title=\""
            text(card.id)
            html += "\">\(card.number)</a>"
        }
    }

    /// The attributes of the document's own words (its title, its text, the quotes on its
    /// cards): its `language:`, for fonts and screen readers, and the direction that language
    /// is written in, so that Arabic reads right to left even where a paragraph opens with
    /// "(AFP)", and English left to right where it opens with a Hebrew word. A language whose
    /// direction Gloss does not know (`und`, a rare one), or no language, leaves the direction
    /// to the words themselves.
    static func languageAttributes(_ document: ReportDocument) -> String {
        guard let tag = document.language else { return " dir=\"auto\"" }
        var attributes = " lang=\""
        attributes.appendEscapingHTML(tag)
        return attributes + "\" dir=\"\(direction(of: tag) ?? "auto")\""
    }

    /// `rtl` or `ltr` for a BCP 47 tag whose script (`az-Arab`) or language (`ar`, `fa`, `en`,
    /// `zh`) Gloss knows the direction of; nil otherwise. Extensions (`ar-u-nu-latn`) and
    /// private use are not the script.
    static func direction(of tag: String) -> String? {
        let subtags = tag.lowercased().split(separator: "-").prefix { $0.count > 1 }
        if let script = subtags.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            if rightToLeftScripts.contains(String(script)) { return "rtl" }
            return leftToRightScripts.contains(String(script)) ? "ltr" : nil
        }
        guard let language = subtags.first.map({ String($0) }) else { return nil }
        if rightToLeftLanguages.contains(language) { return "rtl" }
        return leftToRightLanguages.contains(language) ? "ltr" : nil
    }

    private static let rightToLeftScripts: Set<String> = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg", "mand", "samr"]
    private static let leftToRightScripts: Set<String> = ["latn", "cyrl", "grek", "hans", "hant", "hani", "jpan", "kore", "hang", "hira",
                                                          "kana", "deva", "beng", "taml", "telu", "thai", "geor", "armn", "ethi", "khmr", "mymr"]
    /// Languages written in Arabic, Hebrew, Syriac or Thaana script unless a script subtag says otherwise.
    private static let rightToLeftLanguages: Set<String> = ["ar", "arz", "apc", "ajp", "acm", "ary", "aeb", "arq", "ayl", "he", "iw", "fa",
                                                            "prs", "pes", "ur", "yi", "ps", "pbt", "sd", "ug", "dv", "ckb", "pnb", "ks", "mzn",
                                                            "glk", "lrc", "bal", "azb", "sdh", "syr", "arc", "bqi", "skr", "ota", "khw"]
    /// Common languages written left to right.
    private static let leftToRightLanguages: Set<String> = ["en", "zh", "yue", "wuu", "nan", "hak", "ja", "ko", "fr", "de", "es", "pt", "it",
                                                            "ru", "uk", "be", "vi", "id", "ms", "th", "tr", "pl", "nl", "sv", "no", "nb", "nn",
                                                            "da", "fi", "cs", "sk", "hu", "ro", "bg", "el", "hi", "bn", "ta", "te", "mr", "gu",
                                                            "kn", "ml", "ca", "hr", "sr", "bs", "sl", "lt", "lv", "et", "tl", "fil", "sw", "mn",
                                                            "km", "lo", "my", "ka", "hy", "kk", "ky", "uz", "tg", "am", "is", "ga", "cy", "eu",
                                                            "gl", "mk", "sq", "af", "zu", "xh", "ha", "yo", "ig", "bo"]

    /// How a claim's words are marked in the text: in its status's colour, unless the words
    /// there changed since it was quoted (`fuzzy`), which carry no verdict.
    private static func markStyle(_ card: ClaimCard) -> String {
        card.tier == .fuzzy ? StatusStyle.changedWords : StatusStyle.name(card.status)
    }

    private mutating func writeCard(_ index: Int) {
        let card = report.cards[index]
        html += "<article class=\"card st-\(StatusStyle.name(card.status))\" id=\"\(card.anchorID)\">\n<header>"
        html += "<span class=\"number\">\(card.number)</span> <code>"
        text(card.id)
        html += "</code> "
        badge(card.status)
        html += " <span class=\"kind\">\(card.kind?.rawValue ?? "kind not given")</span></header>\n"
        if let summary = card.summary {
            // A reviewer's words, in whatever language: their direction is theirs.
            html += "<p class=\"summary\" dir=\"auto\">"
            text(summary)
            html += "</p>\n"
        }
        // Changed words show the quote the reviews judged, and then what the article says now.
        html += "<blockquote\(Self.languageAttributes(report.documents[card.document]))>"
        text(card.tier == .fuzzy ? card.quote : card.span?.exact ?? card.quote)
        html += "</blockquote>\n"
        if let note = Self.anchorNote(card) {
            html += "<p class=\"problem\">\(note)"
            if card.tier == .fuzzy, let now = card.span?.exact {
                html += " It now reads: <q\(Self.languageAttributes(report.documents[card.document]))>"
                text(now)
                html += "</q>"
            }
            html += "</p>\n"
        }
        html += "<dl>"
        html += "<dt>Attributed to</dt><dd>"
        attribution(card.attribution)
        html += "</dd>"
        definition("Speaker", card.speaker)
        definition("Place", card.place?.name)
        definition("Statement", card.statement)
        if let reason = card.unverifiedReason, reason != card.status.description { definition("Unverified", reason) }
        if !card.relations.isEmpty {
            html += "<dt>Related</dt><dd>"
            for (position, relation) in card.relations.enumerated() {
                if position > 0 { html += "; " }
                html += relation.kind.rawValue.replacing("_", with: " ") + " "
                if let target = relation.card {
                    link(to: target)
                } else {
                    html += "<code>"
                    text(relation.target)
                    html += "</code> <span class=\"muted\">(not in this report)</span>"
                }
            }
            html += "</dd>"
        }
        html += "</dl>\n"
        for review in card.reviews { writeReview(review) }
        if let verdict = card.finalVerdict {
            html += "<p class=\"final\">Final verdict: "
            badge(.verdict(verdict))
            html += "</p>\n"
        }
        html += "</article>\n"
    }

    /// Why the highlighted words differ from the quote, or are not highlighted at all.
    private static func anchorNote(_ card: ClaimCard) -> String? {
        switch card.tier {
        case nil: "The document's text is not available, so the quote is shown as written."
        case .ambiguous: "The quote occurs in several places; it is not highlighted until the anchor says which."
        case .orphaned: "The quote is no longer in the document."
        case .normalized: "The document's typography or spacing differs from the quote's; the words shown are the document's."
        case .fuzzy: "The document's words here changed since the claim was quoted: its verdict is not shown on them."
        case .exact, .moved: nil
        }
    }

    private mutating func definition(_ term: String, _ value: String?) {
        guard let value else { return }
        html += "<dt>\(term)</dt><dd>"
        text(value)
        html += "</dd>"
    }

    private mutating func writeReview(_ review: ReviewEntry) {
        html += "<div class=\"review\"><p>"
        badge(.verdict(review.verdict))
        html += " by "
        text(review.reviewer)
        if let date = review.date { html += " on \(date)" }
        html += "</p>"
        if !review.evidence.isEmpty {
            html += "<ul class=\"evidence\">"
            for evidence in review.evidence {
                html += "<li>"
                webLink(evidence.url)
                if let stance = evidence.stance { html += " <span class=\"stance\">\(stance.rawValue)</span>" }
                if let archive = evidence.archive {
                    html += " · "
                    webLink(archive, label: "archived copy")
                }
                if let accessed = evidence.accessed { html += " · accessed \(accessed)" }
                if let note = evidence.note {
                    html += " — "
                    text(note)
                }
                html += "</li>"
            }
            html += "</ul>"
        }
        if let note = review.note {
            html += "<div class=\"note\">\(markdown.html(note))</div>"
        }
        html += "</div>\n"
    }
}
