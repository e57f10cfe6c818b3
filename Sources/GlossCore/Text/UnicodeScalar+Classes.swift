extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    /// Unicode properties are looked up only outside ASCII, where they are slow.
    var isLetter: Bool { isASCII ? isASCIILetter : properties.isAlphabetic }
    var isSpace: Bool { isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace }

    /// A letter or digit of a script that separates words with spaces: Chinese and Japanese
    /// text has no word boundaries to keep to.
    var isWordOfSpacedScript: Bool {
        if isASCII { return isASCIILetter || isASCIIDigit }
        let properties = properties
        guard properties.isAlphabetic || properties.numericType != nil else { return false }
        return !properties.isIdeographic && !(0x3040...0x30FF).contains(value)
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
}
