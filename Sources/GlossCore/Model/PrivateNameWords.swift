/// The names and aliases of private sources as words, to find them in ids and paths, where
/// `-`, `_`, `/` and `.` separate the words, and to keep them out of the ids tools make.
public struct PrivateNameWords: Sendable {
    /// How a name or a text is spelled before they are compared.
    private enum Spelling: CaseIterable {
        /// The words of a text written in capitals without their accents, its other words
        /// made unlike any name (``CapitalWords``): `YILMAZ`, `WEISS` are `Yılmaz`, `Weiß`.
        /// First, while the text still has its capitals.
        case inCapitals
        case asWritten, withoutAccents, transliterated

        /// What a text becomes before names spelled so are looked for in it.
        func apply(_ text: String) -> String {
            switch self {
            case .asWritten: text
            case .withoutAccents: LatinFolding.withoutAccents(text)
            case .transliterated: LatinFolding.transliterated(text)
            case .inCapitals:
                CapitalWords.runs(text).map { run in
                    switch run.kind {
                    case .inCapitals: LatinFolding.withoutAccents(String(run.text))
                    case .otherWord: Spelling.otherWord + run.text
                    case .between: String(run.text)
                    }
                }.joined()
            }
        }

        /// How a name of `words` words is spelled to be looked for in a text spelled so: a
        /// name of one word only as written, and in capitals, since without its accents in
        /// lowercase it is too often a word ("Schön" and "schon").
        func spellings(of name: String, words: Int) -> [String] {
            switch self {
            case .asWritten: [name]
            case .withoutAccents, .transliterated: words > 1 ? [apply(name)] : []
            case .inCapitals: CapitalWords.spellings(of: name)
            }
        }

        /// What starts a word not written in capitals in a text spelled ``inCapitals``: a
        /// character of private use, which no name holds and folding keeps.
        static let otherWord = "\u{E000}"
    }

    /// Each name as written, and a name of several words also without its accents ("Jurgen
    /// Muller" for "Jürgen Müller") and as German and Nordic letters are typed without them
    /// ("Juergen Mueller"); every name as written in capitals (``Spelling/inCapitals``).
    private let names: [(id: String, words: [Substring], text: String, spelling: Spelling)]

    /// The names and aliases of those of `sources` marked `private: true`.
    public init(_ sources: [Source]) {
        var seen: Set<String> = []
        let names: [(id: String, words: [Substring], text: String, spelling: Spelling)] = sources.filter(\.isPrivate).flatMap { source in
            // Names and aliases, not ids: an id names a source in the registry (`netizen`,
            // `video-poster`), where a name is what identifies the person.
            ((source.name.map { [$0.value] } ?? []) + source.aliases.map(\.value)).flatMap { name in
                let wordCount = Self.folded(name).split(separator: " ").count
                return Spelling.allCases.flatMap { spelling in
                    spelling.spellings(of: name, words: wordCount).compactMap { spelled -> (id: String, words: [Substring], text: String, spelling: Spelling)? in
                        let text = Self.folded(spelled)
                        let words = text.split(separator: " ")
                        guard !words.isEmpty, seen.insert("\(spelling)|\(source.id.value)|\(text)").inserted else { return nil }
                        return (source.id.value, words, text, spelling)
                    }
                }
            }
        }.sorted { $0.text.count > $1.text.count }
        self.names = names
        spellings = Spelling.allCases.filter { spelling in names.contains { $0.spelling == spelling } }
    }

    /// The spellings some name is looked for in, in the order of ``Spelling``: a text is spelled
    /// no other way.
    private let spellings: [Spelling]

    var isEmpty: Bool { names.isEmpty }

    /// The id of the first private source whose name `text` holds as whole words (or anywhere,
    /// for a name in a script written without spaces).
    func held(in text: String) -> String? {
        guard !names.isEmpty else { return nil }
        let text = ShownMarkdown.text(text)
        for spelling in spellings {
            let folded = Self.folded(spelling.apply(text))
            if let id = held(inFolded: folded, spelling: spelling) { return id }
        }
        return nil
    }

    private func held(inFolded folded: String, spelling: Spelling) -> String? {
        let words = folded.split(separator: " ")
        return names.first { name in
            guard name.spelling == spelling else { return false }
            return name.text.unicodeScalars.contains(where: \.isWordOfSpacedScript)
                ? words.indices.contains { start in words[start...].starts(with: name.words) }
                : folded.contains(name.text)
        }?.id
    }

    /// `text` with each private name or alias it holds as whole words (anywhere, for a script
    /// written without spaces) replaced by `withheld`, folded (and spelled as the names were
    /// found); as it is when it holds none. What an id is made from.
    public func withheld(in text: String) -> String {
        // Each spelling in turn, on what the last left: a text may hold one name as written
        // and another typed without its accents. The text as Markdown shows it: a link's
        // address, a tag or a character reference splits no name (`[Jane](…) Secret`).
        guard !names.isEmpty else { return text }
        var current = ShownMarkdown.text(text)
        var found = false
        for spelling in spellings {
            let folded = Self.folded(spelling.apply(current))
            guard held(inFolded: folded, spelling: spelling) != nil else { continue }
            current = withheld(inFolded: folded, spelling: spelling).replacingAll(Spelling.otherWord, with: "")
            found = true
        }
        return found ? current : text
    }

    /// A folded text with the names of `spelling` in it replaced, the longest first (``names``
    /// is kept so): `Anna Schmidt` before `Schmidt`, which would leave "anna" of it.
    private func withheld(inFolded text: String, spelling: Spelling) -> String {
        var folded = text
        for name in names where name.spelling == spelling {
            if name.text.unicodeScalars.contains(where: \.isWordOfSpacedScript) {
                var words = folded.split(separator: " ")
                var start = 0
                while start < words.count {
                    if words[start...].starts(with: name.words) {
                        words.replaceSubrange(start..<(start + name.words.count), with: ["withheld"])
                    }
                    start += 1
                }
                folded = words.joined(separator: " ")
            } else {
                folded = folded.replacingAll(name.text, with: " withheld ")
            }
        }
        return folded
    }

    /// Typography and case folded, punctuation, Markdown's marks and what is never shown (a
    /// zero-width space, which an id's words are split at) as spaces (`Schmidt's`, `**Anna**`,
    /// `“Anna`); a Greek word's final sigma is its sigma.
    private static func folded(_ text: String) -> String {
        var shown = String.UnicodeScalarView()
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            shown = text.unicodeScalars
        } else {
            shown.append(contentsOf: text.unicodeScalars.lazy.map { $0.properties.isDefaultIgnorableCodePoint ? " " : $0 })
        }
        return TextFolding.fold(String(String(shown).map { $0.isPunctuation || $0.isSymbol ? " " : $0 == "ς" ? "σ" : $0 }),
                                joinedWords: true)
    }
}
