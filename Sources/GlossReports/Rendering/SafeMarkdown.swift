import Ink

/// Renders reviewers' Markdown notes to HTML that cannot run code. Ink passes raw HTML through
/// and writes any link target into `href` as given, so the note is HTML-escaped before Ink sees
/// it (Markdown syntax survives; tags and quotes do not), code is left escaped once rather than
/// by both, and afterwards every link whose target is not http, https or mailto loses its target,
/// and every image its source: a report loads nothing from the network.
struct SafeMarkdown {
    private let parser = MarkdownParser()

    func html(_ markdown: String) -> String {
        // Controls and bidirectional overrides are made visible, as everywhere else in a report.
        var escaped = markdown.replacingControlCharacters(keepingLineFeeds: true, keepingCarriageReturns: true).replacingScalars { character in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            // `>` cannot open a tag and stays, so that `> quoted` lines remain quotations.
            default: nil
            }
        }
        // Ink reads a leading `---` block as metadata and drops it; a note is never metadata.
        if escaped.hasPrefix("---") { escaped = "\\" + escaped }
        let read = Self.droppingLinkTitles(Self.keepingUnderscoresInWords(Self.boundingBrackets(escaped)))
        return Self.filteringTargets(Self.unescapingCode(parser.html(from: read)))
    }

    /// Ink makes emphasis of underscores inside a word (`snake_case_name` lost its underscores),
    /// which CommonMark never does: those are written as entities, text Ink does not read.
    static func keepingUnderscoresInWords(_ text: String) -> String {
        guard text.contains("_") else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var previous: Character = " "
        var characters = text.makeIterator()
        var next = characters.next()
        while let character = next {
            next = characters.next()
            let inWord = character == "_" && MarkdownEscaping.isWordCharacter(previous) && next.map(MarkdownEscaping.isWordCharacter) == true
            if inWord { output += "&#95;" } else { output.append(character) }
            previous = character
        }
        return output
    }

    /// Ink does not read a link's title (`[page](https://example.org "Ministry page")`, or in
    /// `'…'` or `(…)`) and wrote it into the link's target: the title is dropped, the link kept.
    static func droppingLinkTitles(_ text: String) -> String {
        guard text.contains("](") else { return text }
        return text.replacing(#/\]\(([^\s()]+)[ \t]+(?:&quot;[^\n]*?&quot;|&#39;[^\n]*?&#39;|\([^()\n]*\))\)/#) { match in "](\(match.1))" }
    }

    /// Ink tries every `[` as the start of a link and, failing, backtracks over the brackets
    /// inside it: time exponential in how deeply they nest (`![![![…`, twelve pairs took seconds,
    /// fifteen twenty) and recursion as deep (thousands crash the stack). A note whose brackets
    /// nest deeper than ``maximumBracketDepth`` or number more than ``maximumBrackets`` has them
    /// written as entities, text Ink does not read: its links show as written, and the report is
    /// made in bounded time.
    static func boundingBrackets(_ text: String) -> String {
        var depth = 0, deepest = 0, count = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "[":
                depth += 1
                count += 1
                deepest = max(deepest, depth)
            case "]":
                depth = max(0, depth - 1)
            default:
                continue
            }
        }
        guard deepest > maximumBracketDepth || count > maximumBrackets else { return text }
        return text.replacing("[", with: "&#91;").replacing("]", with: "&#93;")
    }

    /// How deeply brackets may nest in a note that Ink reads for links: a link's text holds an
    /// image's at most, in any note written for people.
    static let maximumBracketDepth = 3

    /// How many brackets a note that Ink reads for links may hold.
    static let maximumBrackets = 200

    /// Ink escapes `&`, `<` and `>` in code spans and fenced blocks itself, so there the note's
    /// own escaping showed through (`a &amp;lt; b` for `a < b`); between `<code…>` and `</code>`
    /// one level of `&amp;` is taken off again, leaving the note escaped once. Only Ink can have
    /// written those tags: every `<` of the note was escaped before Ink saw it.
    static func unescapingCode(_ html: String) -> String {
        // Most notes hold no code and pass as they are: a pattern search of every note cost a
        // fifth of a large HTML report.
        guard html.containsUTF8("<code") else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = html[...]
        // A fence's language is written unescaped into `class`, `>` and all, but holds no `"`.
        while let open = rest.firstMatch(of: #/<code(?: class="[^"]*")?>/#),
              let close = rest[open.range.upperBound...].firstRange(of: "</code>") {
            output += rest[..<open.range.upperBound]
            output += rest[open.range.upperBound..<close.lowerBound].replacing("&amp;", with: "&")
            rest = rest[close.lowerBound...]
        }
        return output + rest
    }

    /// Removes `href` attributes with a target outside ``LinkPolicy/notes`` and every `src`.
    /// After escaping, every literal `"` in Ink's output delimits an attribute Ink wrote.
    static func filteringTargets(_ html: String) -> String {
        // Most notes hold no link and no image.
        guard html.containsUTF8(" href=\"") || html.containsUTF8(" src=\"") else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let attribute = [rest.firstRange(of: " href=\""), rest.firstRange(of: " src=\"")]
                .compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }),
              let close = rest[attribute.upperBound...].firstIndex(of: "\"") {
            let target = decodingEntities(rest[attribute.upperBound..<close])
            let isLink = rest[attribute].hasPrefix(" href")
            output += rest[..<attribute.lowerBound]
            if isLink, LinkPolicy.allows(target, schemes: LinkPolicy.notes) {
                output += rest[attribute.lowerBound...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    /// The attribute value as a browser reads it, for the entities escaping can produce.
    private static func decodingEntities(_ value: Substring) -> String {
        String(value).replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&#95;", with: "_").replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
