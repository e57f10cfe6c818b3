/// The names and aliases of a registry, for finding them in text and for resolving the words a
/// pattern captured to a source or place id.
struct RegistryNames: Sendable {
    /// Every place name and alias as written, for `{places}`.
    let placeNames: [String]
    /// Every source name and alias as written, for `{sources}`.
    let sourceNames: [String]
    private let placeIDs: [String: String]
    /// Lowercased source names, also without a parenthesis (“Martin (Twitter account)”) and without
    /// a leading article (“A netizen”), longest first.
    private let sourceKeys: [(key: [Unicode.Scalar], id: String)]
    private let parents: [String: String]

    init(_ registry: Registry) {
        var placeNames: [String] = []
        var placeIDs: [String: String] = [:]
        var parents: [String: String] = [:]
        for place in registry.places {
            let names = (place.name.map { [$0.value] } ?? []) + place.aliases.map(\.value)
            placeNames += names
            for name in names where placeIDs[name.lowercased()] == nil { placeIDs[name.lowercased()] = place.id.value }
            parents[place.id.value] = place.within?.value
        }
        var sourceNames: [String] = []
        var keys: [(key: [Unicode.Scalar], id: String)] = []
        for source in registry.sources {
            let names = (source.name.map { [$0.value] } ?? []) + source.aliases.map(\.value)
            sourceNames += names
            for name in names {
                for variant in Self.variants(of: name.lowercased()) where !variant.isEmpty {
                    keys.append((Array(variant.unicodeScalars), source.id.value))
                }
            }
        }
        self.placeNames = placeNames
        self.sourceNames = sourceNames
        self.placeIDs = placeIDs
        self.parents = parents
        sourceKeys = keys.sorted { $0.key.count > $1.key.count }
    }

    private static func variants(of name: String) -> [String] {
        var withoutParenthesis = name
        if let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
            withoutParenthesis = (String(name[..<open]) + String(name[name.index(after: close)...])).trimmed
        }
        var variants = [name, withoutParenthesis]
        for article in ["a ", "an ", "the "] where withoutParenthesis.hasPrefix(article) {
            variants.append(String(withoutParenthesis.dropFirst(article.count)))
        }
        return variants
    }

    /// The place a name or alias names, ignoring case.
    func place(named name: String) -> String? {
        placeIDs[name.lowercased()]
    }

    /// Whether `ancestor` contains `place`, through `within`.
    func place(_ place: String, isWithin ancestor: String) -> Bool {
        var current = parents[place]
        var seen: Set<String> = []
        while let id = current, seen.insert(id).inserted {
            if id == ancestor { return true }
            current = parents[id]
        }
        return false
    }

    /// The source whose longest name or alias the phrase contains as whole words (“Some netizen”
    /// contains “netizen” of “A netizen”).
    func source(in phrase: String) -> String? {
        let text = Array(phrase.lowercased().unicodeScalars)
        for (key, id) in sourceKeys {
            for range in text.occurrences(of: key) where Self.isWholeWords(range, in: text) {
                return id
            }
        }
        return nil
    }

    /// Latin names must not start or end inside a word; Chinese has no spaces to check.
    private static func isWholeWords(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        let before = range.lowerBound > 0 ? text[range.lowerBound - 1] : nil
        let after = range.upperBound < text.count ? text[range.upperBound] : nil
        return !(before.map(isLatinLetter) ?? false) && !(after.map(isLatinLetter) ?? false)
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && scalar.value < 0x0250
    }
}
