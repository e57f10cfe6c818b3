/// Claim ids that tools make (`gloss add`, `gloss suggest`, `gloss import`): the first words of
/// the claim's text in kebab-case, so a reviewer can tell claims apart at a glance, numbered
/// (`-2`, `-3`) when taken.
public enum ClaimIDs {
    /// The first `words` words of `text` in ASCII, lowercased and joined by hyphens: Latin
    /// letters lose their accents (`Müller` is `muller`, `Straße` `strasse`, `ﬁnance` `finance`);
    /// empty when the text has no such word (Chinese text, say).
    public static func slug(_ text: String, words: Int = 6) -> String {
        LatinFolding.withoutAccents(text).lowercased().unicodeScalars
            .split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            .prefix(words).map { String(String.UnicodeScalarView($0)) }
            .joined(separator: "-")
    }

    /// An id for a claim about `text`, after `stem` when given (the kind, for suggestions), with
    /// `fallback` standing in for the words when the text has none; unique among `names`. The
    /// names of the `private` sources in the text are `withheld` in the id, which reports and
    /// exports print as it is.
    public static func make(from text: String, stem: String? = nil, fallback: String = "claim", words: Int = 6,
                     withholding privateNames: PrivateNameWords, names: inout UniqueNames) -> String {
        let slug = slug(privateNames.withheld(in: text), words: words)
        let parts = [stem, slug.isEmpty ? fallback : slug].compactMap { $0 }
        return names.take(parts.joined(separator: "-"))
    }
}
