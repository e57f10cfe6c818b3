import GlossCore
import GlossReports

/// Completion in annotation files and registries: while a key is typed, the keys its mapping
/// accepts (less those already written); after a key, its values: kinds, verdicts, stances,
/// source ids, place ids, claim ids and rule ids.
extension LanguageServer {
    func completion(_ params: TextDocumentPositionParams) -> CompletionList {
        guard let (path, offset) = target(params), path.hasSuffix(".yaml") || path.hasSuffix(".yml"),
              let text = live?.text(of: path), let live else { return CompletionList(items: []) }
        let position = text.position(at: offset)
        let line = String(String.UnicodeScalarView(text.line(position.line).unicodeScalars.prefix(position.column - 1)))
        let above = (1..<position.line).reversed().lazy.map { text.line($0) }
        let configuration = live.workspace.configuration
        let schema: (String?) -> [String]? = switch path {
        case configuration.sourcesPath: { SchemaKeys.registry("sources", under: $0) }
        case configuration.placesPath: { SchemaKeys.registry("places", under: $0) }
        default: { live.isAnnotationFile(path) ? SchemaKeys.annotationFile(under: $0) : nil }
        }
        // The id or key being typed, up to the cursor, which the chosen item replaces whole.
        let typed = line.unicodeScalars.reversed().prefix { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" }.count
        let replaced = mapper(for: path)?.range((offset - typed)..<offset)
        func replacing(_ items: [CompletionItem]) -> CompletionList {
            CompletionList(items: items.map { item in
                var item = item
                item.textEdit = replaced.map { LSPTextEdit(range: $0, newText: item.label) }
                return item
            })
        }
        if let keys = Self.keys(typedIn: line, above: above, schema: schema) {
            return replacing(keys.map { CompletionItem(label: $0, kind: Self.propertyKind, detail: "key") })
        }
        guard let key = Self.key(of: line, above: above) else { return CompletionList(items: []) }
        // The claim the cursor is in, whose relations are not offered its own id.
        let own = live.analysis.claims.first { $0.path == path && $0.claim.range.offsets.lowerBound <= offset
            && offset <= $0.claim.range.offsets.upperBound }
        return replacing(candidates(for: key, in: live.analysis, excluding: own?.id))
    }

    /// LSP's `CompletionItemKind.Property`.
    private static let propertyKind = 10

    /// The keys that may be typed where `line` ends, when it ends in a key being typed (a word,
    /// no colon yet): those of the mapping its indentation puts it in, found by the key that
    /// holds that mapping above (nil at the top level), without the keys the mapping has above.
    static func keys(typedIn line: String, above: some Sequence<String>, schema: (String?) -> [String]?) -> [String]? {
        let word = itemContent(line)
        guard word.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
        let column = line.count - word.count
        var present: Set<String> = []
        // A line at the key's own column is a key of the same mapping, until the dash that
        // starts the current list item (or the current line's own dash).
        var inCurrentItem = !line.drop { $0 == " " }.hasPrefix("-")
        var parent: String?
        for previous in above where !isBlankOrComment(previous) {
            let content = itemContent(previous)
            let previousColumn = previous.count - content.count
            let key = content.prefix { $0 != ":" }.trimmingSpaces
            if previousColumn == column, inCurrentItem {
                present.insert(key)
                inCurrentItem = !previous.drop { $0 == " " }.hasPrefix("-")
            } else if previousColumn < column {
                parent = key
                break
            }
        }
        return schema(parent)?.filter { !present.contains($0) && $0.hasPrefix(word) }
    }

    /// The key whose value the cursor is in: on the line (`kind: nu`, `- contradicts: x`,
    /// `attributed_to: [a, b`), or for a list item the key that opens the list above it.
    static func key(of line: String, above: some Sequence<String>) -> String? {
        let content = itemContent(line)
        if let colon = content.firstIndex(of: ":") { return String(content[..<colon]).trimmingSpaces }
        let indent = line.prefix { $0 == " " }.count
        guard content.count < line.count - indent else { return nil }
        for previous in above where !isBlankOrComment(previous) {
            let previousIndent = previous.prefix { $0 == " " }.count
            guard previousIndent <= indent else { continue }
            let trimmed = itemContent(previous).trimmingSpaces
            return trimmed.hasSuffix(":") && previousIndent <= indent ? String(trimmed.dropLast()) : nil
        }
        return nil
    }

    /// Whether a line holds no key: blank, or only a comment, whose indentation says nothing
    /// about the mapping around it (`  # Paragraph 12` above a claim's keys).
    private static func isBlankOrComment(_ line: String) -> Bool {
        let content = line.trimmingSpaces
        return content.isEmpty || content.hasPrefix("#")
    }

    /// A line without its indentation and list dashes.
    private static func itemContent(_ line: String) -> Substring {
        var content = line.drop { $0 == " " }
        while content.hasPrefix("-") { content = content.dropFirst().drop { $0 == " " } }
        return content
    }

    private func candidates(for key: String, in analysis: Analysis, excluding ownID: String?) -> [CompletionItem] {
        let enumMember = 20, reference = 18
        func values<Values: Sequence>(_ values: Values, kind: Int = enumMember) -> [CompletionItem] where Values.Element: RawRepresentable<String> {
            values.map { CompletionItem(label: $0.rawValue, kind: kind, detail: key) }
        }
        let sources = analysis.registry.sources.map {
            CompletionItem(label: $0.id.value, kind: reference, detail: $0.isPrivate ? "source" : $0.name?.value ?? "source")
        }
        let mentions = MentionResolver(analysis.registry)
        let places = analysis.registry.places.map {
            CompletionItem(label: $0.id.value, kind: reference, detail: $0.name.map { mentions.withholdingPrivateNames(in: $0.value) } ?? "place")
        }
        let claims = analysis.claims.filter { $0.id != ownID }.map { claim in
            CompletionItem(label: claim.id, kind: reference,
                           detail: claim.claim.summary.map { mentions.withholdingPrivateNames(in: $0.value) } ?? "claim")
        }
        switch key {
        case "kind": return values(ClaimKind.allCases)
        case "verdict": return values(Verdict.allCases)
        case "stance": return values(Stance.allCases)
        case "attributed_to": return [CompletionItem(label: Attribution.unattributedKeyword, kind: enumMember, detail: key)] + sources
        case "speaker", "publisher": return sources
        case "place", "within": return places
        case "subject": return places + sources
        case "derived", "contradicts", "supports", "same_as": return claims
        case "rule": return RuleCatalog.all.map { CompletionItem(label: $0.description.id, kind: enumMember, detail: $0.description.summary) }
        default: return []
        }
    }
}

private extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
