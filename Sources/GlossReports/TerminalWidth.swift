/// How many terminal columns text takes, so that the marker under a finding lines up with the
/// words above it: Chinese, Japanese and Korean characters and emoji take two columns, combining
/// marks and joiners none, where a count of Unicode scalars would give one each.
///
/// The wide ranges are Unicode's East Asian Width classes W and F (UAX #11), which the standard
/// library does not expose; emoji count as wide when they are shown as emoji by default.
enum TerminalWidth {
    static func columns(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + columns(of: $1) }
    }

    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // Variation selectors, and skin tones, which join the emoji before them.
        if (0xFE00...0xFE0F).contains(value) || scalar.properties.isEmojiModifier { return 0 }
        if wide.contains(where: { $0.contains(value) }) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth blocks.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2E80...0x303E,    // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
        0x3400...0x4DBF,    // CJK unified ideographs extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x18AFF,  // ideographic symbols, Tangut
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x3FFFD,  // CJK unified ideographs extensions B and later
    ]
}
