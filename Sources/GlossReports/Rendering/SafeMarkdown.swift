import Ink

/// Renders reviewers' Markdown notes to HTML that cannot run code. Ink passes raw HTML through
/// and writes any link target into `href` as given, so the note is HTML-escaped before Ink sees
/// it (Markdown syntax survives; tags and quotes do not), and afterwards every link whose target
/// is not http, https or mailto loses its target, and every image its source: a report loads
/// nothing from the network.
struct SafeMarkdown {
    private let parser = MarkdownParser()

    func html(_ markdown: String) -> String {
        var escaped = markdown.replacingCharacters { character in
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
        return Self.filteringTargets(parser.html(from: escaped))
    }

    /// Removes `href` attributes with a target outside ``LinkPolicy/notes`` and every `src`.
    /// After escaping, every literal `"` in Ink's output delimits an attribute Ink wrote.
    static func filteringTargets(_ html: String) -> String {
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
        String(value).replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&lt;", with: "<")
            .replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
}
