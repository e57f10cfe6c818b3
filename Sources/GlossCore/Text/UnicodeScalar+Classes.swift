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

    /// A decimal digit, in any script.
    var isDigit: Bool { isASCII ? isASCIIDigit : properties.numericType == .decimal }
}
