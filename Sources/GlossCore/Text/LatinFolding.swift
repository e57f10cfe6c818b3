/// Latin letters without their accents, by their Unicode names (`LATIN SMALL LETTER U WITH
/// DIAERESIS` is `u`), without Foundation's transliteration: the ids tools make are ASCII, and
/// a private name written `Jurgen Muller` in the registry is the article's `Jürgen Müller`.
public enum LatinFolding {
    /// `text` with every Latin letter that has an ASCII base written as that base, accents
    /// written apart (`u` and U+0308) dropped, and everything else as it is.
    public static func withoutAccents(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(scalar)
            } else if !isAccent(scalar) {
                let letters = asciiLetters(of: scalar)
                if letters.isEmpty { folded.append(scalar) } else { folded.append(contentsOf: letters.unicodeScalars) }
            }
        }
        return String(folded)
    }

    /// `text` as German and the Nordic languages are typed without their letters ("Müller" as
    /// "Mueller", "Ørsted" as "Oersted", "Åsa" as "Aasa"), other accents left out.
    public static func transliterated(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var spelled = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let letters = transliterations[scalar] {
                spelled.append(contentsOf: letters.unicodeScalars)
            } else if scalar == "\u{308}", let vowel = spelled.last, "aouAOU".unicodeScalars.contains(vowel) {
                spelled.append("e")
            } else if scalar == "\u{30A}", let vowel = spelled.last, vowel == "a" || vowel == "A" {
                spelled.append("a")
            } else {
                spelled.append(scalar)
            }
        }
        return withoutAccents(String(spelled))
    }

    private static let transliterations: [Unicode.Scalar: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe",
    ]

    /// The ASCII a letter stands for without its accents (`LATIN SMALL LIGATURE FI` is `fi`,
    /// full-width forms are their letters and digits); empty for anything else.
    public static func asciiLetters(of scalar: Unicode.Scalar) -> String {
        // Names are asked only in the blocks that hold Latin letters: a Chinese article's
        // characters are not looked up one by one.
        guard !scalar.isASCII, latinBlocks.contains(where: { $0.contains(scalar.value) }),
              var name = scalar.properties.name else { return "" }
        if name.hasPrefix("FULLWIDTH ") { name.removeFirst("FULLWIDTH ".count) }
        if name.hasPrefix("DIGIT "), let digit = scalar.properties.numericValue, (0...9).contains(digit) { return String(Int(digit)) }
        let uppercase = name.hasPrefix("LATIN CAPITAL ")
        guard let letter = ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ", "LATIN SMALL LIGATURE ", "LATIN CAPITAL LIGATURE ",
                            "LATIN LETTER SMALL CAPITAL "]
            .first(where: name.hasPrefix).map({ name.dropFirst($0.count) }) else { return "" }
        // A title-case digraph (`ǅ`, LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON) is
        // both its letters.
        let parts = letter.split(separator: " WITH ")
        if parts.count > 1, parts[1].hasPrefix("SMALL LETTER "), let second = parts[1].split(separator: " ").last, second.count == 1 {
            return String(parts[0]) + second.lowercased()
        }
        let base = String(parts.first ?? letter)
        let ascii: String
        if let special = specialLetters[base] {
            ascii = special
        } else if base.count == 1 || ligatures.contains(base), base.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
            ascii = base.lowercased()
        } else {
            return ""
        }
        return uppercase ? ascii.uppercased() : ascii
    }

    /// Whether a scalar is an accent written apart from its letter: the combining marks of the
    /// Latin, Greek and Cyrillic alphabets, not the vowel signs of Indic scripts or Thai, which
    /// are letters of their words.
    public static func isAccent(_ scalar: Unicode.Scalar) -> Bool {
        accents.contains { $0.contains(scalar.value) }
    }

    /// Latin-1 and Latin Extended A and B, IPA, Latin Extended Additional, the ligatures and the
    /// full-width forms.
    private static let latinBlocks: [ClosedRange<UInt32>] = [0x00C0...0x02AF, 0x1E00...0x1EFF, 0xFB00...0xFB06, 0xFF10...0xFF5A]

    private static let accents: [ClosedRange<UInt32>] = [0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F]

    /// Letters of two or three that are written as those letters.
    private static let ligatures: Set = ["AE", "OE", "IJ", "DZ", "LJ", "NJ", "FF", "FI", "FL", "FFI", "FFL", "ST"]

    /// Latin letters whose names are no plain letter, as they are usually written in ASCII.
    private static let specialLetters = [
        "SHARP S": "ss", "DOTLESS I": "i", "ETH": "d", "THORN": "th", "LONG S": "s", "ENG": "ng", "SCHWA": "a",
        "OPEN O": "o", "OPEN E": "e", "EZH": "z", "ESH": "sh", "KRA": "k", "TURNED A": "a", "ALPHA": "a", "GAMMA": "g",
        "UPSILON": "u", "IOTA": "i", "TURNED V": "v", "TURNED R": "r", "TURNED M": "m", "REVERSED E": "e", "BARRED O": "o",
    ]
}
