/// Claim ids that tools make (`gloss add`, `gloss suggest`, `gloss import`): the first words of
/// the claim's text in kebab-case, so a reviewer can tell claims apart at a glance, numbered
/// (`-2`, `-3`) when taken.
public enum ClaimIDs {
    /// The first `words` words of `text` in ASCII, lowercased and joined by hyphens: Latin
    /// letters lose their accents (`Müller` is `muller`, `Straße` `strasse`, `ﬁnance` `finance`);
    /// empty when the text has no such word (Chinese text, say).
    public static func slug(_ text: String, words: Int = 6) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if isIDCharacter(scalar) {
                folded.append(scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                // An accent written apart from its letter (`u` and U+0308) is dropped with it.
                let letters = asciiLetters(of: scalar)
                folded.append(contentsOf: (letters.isEmpty ? " " : letters).unicodeScalars)
            }
        }
        return folded.split { !isIDCharacter($0) }
            .prefix(words).map { String(String.UnicodeScalarView($0)) }
            .joined(separator: "-")
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// The ASCII a Latin letter stands for without its accents, by its Unicode name (`LATIN
    /// SMALL LETTER U WITH DIAERESIS` is `u`, `LATIN SMALL LIGATURE FI` `fi`, full-width forms
    /// as their letters); empty for anything else.
    private static func asciiLetters(of scalar: Unicode.Scalar) -> String {
        guard !scalar.isASCII, var name = scalar.properties.name else { return "" }
        if name.hasPrefix("FULLWIDTH ") { name.removeFirst("FULLWIDTH ".count) }
        if name.hasPrefix("DIGIT "), let digit = scalar.properties.numericValue, (0...9).contains(digit) { return String(Int(digit)) }
        guard let letter = ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ", "LATIN SMALL LIGATURE ", "LATIN CAPITAL LIGATURE "]
            .first(where: name.hasPrefix).map({ name.dropFirst($0.count) }) else { return "" }
        let base = letter.split(separator: " WITH ").first ?? letter
        if let special = specialLetters[String(base)] { return special }
        guard base.count <= 3, base.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else { return "" }
        return base.lowercased()
    }

    /// Latin letters whose names are no plain letter.
    private static let specialLetters = ["SHARP S": "ss", "DOTLESS I": "i", "ETH": "d", "THORN": "th", "LONG S": "s"]

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
