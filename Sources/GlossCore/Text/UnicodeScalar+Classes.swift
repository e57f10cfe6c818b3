extension Unicode.Scalar {
    /// The scalar as Unicode names code points, `U+0000`: for messages about a character that
    /// cannot be shown.
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    /// Unicode properties are looked up only outside ASCII, where they are slow.
    var isLetter: Bool { isASCII ? isASCIILetter : properties.isAlphabetic }
    var isSpace: Bool { isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace }

    /// A letter or digit of a script that separates words with spaces: Chinese and Japanese
    /// text has no word boundaries to keep to, nor Thai, Lao, Burmese or Khmer.
    var isWordOfSpacedScript: Bool {
        if isASCII { return isASCIILetter || isASCIIDigit }
        let properties = properties
        guard properties.isAlphabetic || properties.numericType != nil else { return false }
        return !properties.isIdeographic && !(0x3040...0x30FF).contains(value) && !isOfAlphabetWithoutSpaces
    }

    /// A letter of an alphabet written without spaces between words (Thai, Lao, Burmese, Khmer,
    /// Tai Tham): a name in it is found wherever it occurs (นายสมชาย is Mr. สมชาย).
    public var isOfAlphabetWithoutSpaces: Bool {
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0x1A20...0x1AAF, 0xA9E0...0xA9FF, 0xAA60...0xAA7F: true
        default: false
        }
    }

    /// A scalar of Chinese or Japanese writing (ideographs, kana, their punctuation and
    /// full-width forms), which does not separate words with spaces: a space beside one is
    /// layout, not a word break. Korean spaces its words and is not one of them.
    var isOfUnspacedScript: Bool {
        switch value {
        case 0x2E80...0x2FDF, 0x3001...0x303F, 0x3040...0x312F, 0x3190...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF01...0xFF9F, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// The lowest value of a scalar of an unspaced script (``isOfUnspacedScript``): one
    /// comparison rules out Latin, Greek, Cyrillic and the other scripts that space their words.
    static let lowestOfUnspacedScripts: UInt32 = 0x2E80

    /// A decimal digit, in any script.
    var isDigit: Bool { isASCII ? isASCIIDigit : properties.numericType == .decimal }

    /// Whether the scalar is part of a word, or joins the character before it: a letter or a
    /// digit, a mark, a skin tone or a joiner ("cafe" of "café" is not a word of its own).
    var continuesWord: Bool {
        if isASCII { return isASCIILetter || isASCIIDigit }
        let properties = properties
        return properties.isAlphabetic || properties.numericType != nil || properties.isEmojiModifier || self == "\u{200D}"
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
    }
}
