import GlossCore
import GlossReports

/// Completion in annotation files and registries: while a key is typed, the keys its mapping
/// accepts (less those already written); after a key, its values: kinds, verdicts, stances,
/// source ids, place ids, claim ids and rule ids, as the file's schema has them. Not in
/// comments, nor in other YAML files.
extension LanguageServer {
    /// The Gloss files completion serves; other YAML files (a CI workflow, a manifest) get none.
    enum CompletedFile {
        case annotation, sources, places

        /// The keys a mapping accepts, by the key that holds it (nil at the top level).
        func keys(under parent: String?) -> [String]? {
            switch self {
            case .annotation: SchemaKeys.annotationFile(under: parent)
            case .sources: SchemaKeys.registry("sources", under: parent)
            case .places: SchemaKeys.registry("places", under: parent)
            }
        }
    }

    func completion(_ params: TextDocumentPositionParams) -> CompletionList {
        guard let (path, offset) = target(params), path.hasSuffix(".yaml") || path.hasSuffix(".yml"),
              let text = live?.text(of: path), let live else { return CompletionList(items: []) }
        let configuration = live.workspace.configuration
        let file: CompletedFile
        switch path {
        case configuration.sourcesPath: file = .sources
        case configuration.placesPath: file = .places
        default:
            guard live.isAnnotationFile(path) else { return CompletionList(items: []) }
            file = .annotation
        }
        let position = text.position(at: offset)
        let whole = text.line(position.line)
        let line = String(String.UnicodeScalarView(whole.unicodeScalars.prefix(position.column - 1)))
        guard !Self.isInComment(line) else { return CompletionList(items: []) }
        let above = (1..<position.line).reversed().lazy.map { text.line($0) }
        let below = (position.line..<text.lineCount).lazy.map { text.line($0 + 1) }
        // The id or key the cursor is in, before and after it, which the chosen item replaces whole.
        let isIDScalar = { (scalar: Unicode.Scalar) in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-" || scalar == "_"
        }
        let typed = line.unicodeScalars.reversed().prefix(while: isIDScalar).count
        let following = whole.unicodeScalars.dropFirst(position.column - 1).prefix(while: isIDScalar).count
        let replaced = mapper(for: path)?.range((offset - typed)..<(offset + following))
        func replacing(_ items: [CompletionItem]) -> CompletionList {
            CompletionList(items: items.map { item in
                var item = item
                item.textEdit = replaced.map { LSPTextEdit(range: $0, newText: item.label) }
                return item
            })
        }
        if let keys = Self.keys(typedIn: line, above: above, below: below, schema: file.keys(under:)) {
            return replacing(keys.map { CompletionItem(label: $0, kind: Self.propertyKind, detail: "key") })
        }
        guard let key = Self.key(of: line, above: above) else { return CompletionList(items: []) }
        // The claim the cursor is in, whose relations are not offered its own id.
        let own = claim(inAnnotationFile: path, at: offset)
        return replacing(candidates(for: key, in: file, analysis: live.analysis, mentions: live.mentions, excluding: own?.id))
    }

    /// Whether the line up to the cursor ends inside a comment: a `#` at its start or after a
    /// space, outside quoted scalars. A quote opens one only where a value starts (after `: `,
    /// `- `, `[`, `{` or `,`): the apostrophe of `O'Brien` is a letter.
    static func isInComment(_ line: String) -> Bool {
        var quote: Character?
        var previous: Character = " "
        var lastMark: Character = ":"
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'", previous == " " && ":-[{,".contains(lastMark) || "[{,".contains(previous) {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return true
            }
            if character != " " && character != "\t" { lastMark = character }
            previous = character
        }
        return false
    }

    /// LSP's `CompletionItemKind.Property`.
    private static let propertyKind = 10

    /// The keys that may be typed where `line` ends, when it ends in a key being typed (a word,
    /// no colon yet): those of the mapping its indentation puts it in, found by the key that
    /// holds that mapping above (nil at the top level), without the keys the mapping has above
    /// and below: a second one would make the file unreadable.
    static func keys(typedIn line: String, above: some Sequence<String>, below: some Sequence<String> = [String](),
                     schema: (String?) -> [String]?) -> [String]? {
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
        // Below, the mapping's keys run on at the key's column until a line less indented, or
        // a dash that starts the next list item.
        for next in below where !isBlankOrComment(next) {
            let content = itemContent(next)
            let nextColumn = next.count - content.count
            if nextColumn < column || nextColumn == column && next.drop(while: { $0 == " " }).hasPrefix("-") { break }
            if nextColumn == column { present.insert(content.prefix { $0 != ":" }.trimmingSpaces) }
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
        let isItem = line.dropFirst(indent).hasPrefix("-")
        for previous in above where !isBlankOrComment(previous) {
            let previousIndent = previous.prefix { $0 == " " }.count
            guard previousIndent <= indent else { continue }
            // An earlier item of the same list (`- xinhua` above `- `): its key is further up.
            if isItem, previousIndent == indent, previous.dropFirst(previousIndent).hasPrefix("-"), !itemContent(previous).contains(":") {
                continue
            }
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

    private func candidates(for key: String, in file: CompletedFile, analysis: Analysis, mentions: MentionResolver,
                            excluding ownID: String?) -> [CompletionItem] {
        let enumMember = 20, reference = 18
        func values<Values: Sequence>(_ values: Values, kind: Int = enumMember) -> [CompletionItem] where Values.Element: RawRepresentable<String> {
            values.map { CompletionItem(label: $0.rawValue, kind: kind, detail: key) }
        }
        let sources = analysis.registry.sources.map {
            // A private source, as `sources.yaml` last read whole, is only a source here.
            guard case .source(let source) = mentions.resolve($0.id.value), let name = source.name?.value else {
                return CompletionItem(label: $0.id.value, kind: reference, detail: "source")
            }
            return CompletionItem(label: $0.id.value, kind: reference, detail: mentions.withholdingPrivateNames(in: name))
        }
        let places = analysis.registry.places.map {
            CompletionItem(label: $0.id.value, kind: reference, detail: $0.name.map { mentions.withholdingPrivateNames(in: $0.value) } ?? "place")
        }
        let claims = analysis.claims.filter { $0.id != ownID }.map { claim in
            CompletionItem(label: claim.id, kind: reference,
                           detail: claim.claim.summary.map { mentions.withholdingPrivateNames(in: $0.value) } ?? "claim")
        }
        switch (file, key) {
        case (.sources, "kind"): return values(SourceKind.allCases)
        case (.places, "within"): return places
        case (.sources, _), (.places, _): return []
        default: break
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
