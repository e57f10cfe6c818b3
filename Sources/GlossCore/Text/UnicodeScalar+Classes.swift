extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    /// Unicode properties are looked up only outside ASCII, where they are slow.
    var isLetter: Bool { isASCII ? isASCIILetter : properties.isAlphabetic }
    var isSpace: Bool { isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace }
}
