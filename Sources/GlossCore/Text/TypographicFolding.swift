/// How one scalar reads once typography is set aside, so that a quote restyled by an editor
/// (curly for straight quotes, an en dash for a hyphen, a no-break space, full-width forms) is
/// still recognised as the same words. Names are compared the same way, so that "O’Brien" in a
/// note is the registry's "O'Brien".
public enum TypographicFolding {
    public enum Fold: Equatable, Sendable {
        /// The scalar stands for itself, or for this plainer one.
        case scalar(Unicode.Scalar)
        /// Several plain scalars (… is three dots).
        case expansion([Unicode.Scalar])
        /// Any kind of space or line break; runs of them read as one space.
        case space
        /// Invisible formatting (soft hyphen, zero-width space, word joiner): not read at all.
        case drop
    }

    /// The most scalars one scalar folds into (the three dots of …; lowercase mappings have at
    /// most two).
    static let longestFold = 3

    /// What `scalar` is once typography is set aside (curly quotes straight, dashes hyphens,
    /// full-width forms narrow, spaces one space, invisible marks gone), so that a quote typed
    /// one way is found where the article prints it another.
    public static func fold(_ scalar: Unicode.Scalar, foldingCase: Bool) -> Fold {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF:
            return .drop
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4, 0x02BC:
            return .scalar("'")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x300C, 0x300D, 0x300E, 0x300F:
            return .scalar("\"")
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63:
            return .scalar("-")
        case 0x2026:
            return .expansion([".", ".", "."])
        case 0xFF01...0xFF5E:
            // The full-width ASCII block, as NFKC folds it.
            return fold(Unicode.Scalar(scalar.value - 0xFEE0)!, foldingCase: foldingCase)
        case 0x09...0x0D, 0x20:
            return .space
        case 0x00...0x7F:
            // The rest of ASCII, without the Unicode property lookup (most of a document's scalars).
            return foldingCase && (0x41...0x5A).contains(scalar.value) ? .scalar(Unicode.Scalar(scalar.value + 0x20)!) : .scalar(scalar)
        default:
            // No scalar past U+3000 (the ideographic space) is White_Space: the property lookup,
            // slow next to the rest, is left out for CJK, most of a Chinese document.
            if scalar.value <= 0x3000, scalar.properties.isWhitespace { return .space }
            guard foldingCase, scalar.properties.changesWhenLowercased else { return .scalar(scalar) }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? .scalar(lower.first!) : .expansion(Array(lower))
        }
    }
}
