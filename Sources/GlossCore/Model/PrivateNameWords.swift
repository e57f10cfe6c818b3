/// The names and aliases of private sources as words, to find them in ids and paths, where
/// `-`, `_`, `/` and `.` separate the words, and to keep them out of the ids tools make.
public struct PrivateNameWords: Sendable {
    private let names: [(id: String, words: [Substring], text: String)]

    /// The names and aliases of those of `sources` marked `private: true`.
    public init(_ sources: [Source]) {
        names = sources.filter(\.isPrivate).flatMap { source in
            // Names and aliases, not ids: an id names a source in the registry (`netizen`,
            // `video-poster`), where a name is what identifies the person.
            ((source.name.map { [$0.value] } ?? []) + source.aliases.map(\.value)).map { name in
                let text = Self.folded(name)
                return (source.id.value, text.split(separator: " "), text)
            }
        }.filter { !$0.words.isEmpty }
    }

    var isEmpty: Bool { names.isEmpty }

    /// The id of the first private source whose name `text` holds as whole words (or anywhere,
    /// for a name in a script written without spaces).
    func held(in text: String) -> String? {
        let folded = Self.folded(text)
        let words = folded.split(separator: " ")
        return names.first { name in
            name.text.unicodeScalars.contains(where: \.isWordOfSpacedScript)
                ? words.indices.contains { start in words[start...].starts(with: name.words) }
                : folded.contains(name.text)
        }?.id
    }

    /// `text` with each private name or alias it holds as whole words (anywhere, for a script
    /// written without spaces) replaced by `withheld`, folded; as it is when it holds none. What
    /// an id is made from.
    public func withheld(in text: String) -> String {
        guard held(in: text) != nil else { return text }
        var folded = Self.folded(text)
        for name in names {
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

    /// Typography, case and accents folded: a name the registry writes `Jurgen Muller` is the
    /// article's `Jürgen Müller`, and the id `jurgen-muller-said` made from it.
    private static func folded(_ text: String) -> String {
        TextFolding.fold(LatinFolding.withoutAccents(String(text.map { "/._".contains($0) ? " " : $0 })), joinedWords: true)
    }
}
