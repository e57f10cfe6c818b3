/// The scale written after a figure, which multiplies it: "million" in "185 million", "185
/// millions", "185m" or "185 Mio.", 万 in "185万". Read across what stands between a figure and
/// its scale in an article (spaces of any width, the line break of a re-wrapped paragraph,
/// Markdown's emphasis or a link's bracket, a hyphen) and named canonically, so that a scale
/// written another way ("185m" now "185 million", 萬 now 万) is the same scale, and one added,
/// removed or changed is a different figure.
struct FigureScale: Sendable {
    /// What the scale multiplies by, whichever way it is written: "million" for "Millions",
    /// "mn" and an attached "m"; the Chinese characters with traditional forms simplified.
    let name: String
    /// Where the scale is written.
    let written: Range<Int>

    /// The scale after a figure that ends at `end` in `text` (an offset of `text`, whose indices
    /// may start anywhere); nil when none follows it.
    init?(after end: Int, in text: ArraySlice<Unicode.Scalar>) {
        guard end >= text.startIndex else { return nil }
        var index = end
        var lineBreaks = 0
        while index < text.endIndex, text[index].properties.isWhitespace || Self.markup.contains(text[index]) {
            if text[index] == "\n" || text[index] == "\r" {
                // A paragraph ends at a blank line: what follows it is not this figure's.
                if text[index] == "\r", index + 1 < text.endIndex, text[index + 1] == "\n" { index += 1 }
                lineBreaks += 1
                guard lineBreaks <= 1 else { return nil }
            }
            index += 1
        }
        guard index < text.endIndex else { return nil }
        let attached = index == end
        // Characters of Chinese and Japanese, in a run: 百万 is a scale of its own.
        var characters = index
        while characters < text.endIndex, Self.characters[text[characters]] != nil, !Self.isUnit(at: characters, in: text) {
            characters += 1
        }
        if characters > index {
            name = String(String.UnicodeScalarView(text[index..<characters].map { Self.characters[$0]! }))
            written = index..<characters
            return
        }
        // Most figures are followed by no scale: a letter no scale word begins with rules them out.
        guard Self.initials.contains(Self.lowercased(text[index])) else { return nil }
        for (spelling, canonical) in attached ? Self.words + Self.attachedWords : Self.words {
            guard let wordEnd = Self.match(spelling, at: index, in: text) else { continue }
            name = canonical
            written = index..<wordEnd
            return
        }
        return nil
    }

    /// What may stand between a figure and its scale besides spaces and a line break.
    private static let markup: Set<Unicode.Scalar> = ["*", "_", "[", "-"]

    /// Scale words, lowercase, with the scale each names; a word of four letters or more may
    /// take a plural "s" ("millions").
    private static let words: [(String, String)] = [
        ("thousand", "thousand"), ("million", "million"), ("millones", "million"), ("millón", "million"), ("mln", "million"),
        ("mn", "million"), ("mio", "million"), ("billion", "billion"), ("milliard", "billion"), ("bn", "billion"),
        ("bln", "billion"), ("mrd", "billion"), ("trillion", "trillion"), ("tn", "trillion"), ("trn", "trillion"),
        ("lakh", "lakh"), ("crore", "crore"),
    ]

    /// Letters that are a scale only right after the digits ("185k", "185m", "185b"): "185 m" is
    /// metres.
    private static let attachedWords: [(String, String)] = [("k", "thousand"), ("m", "million"), ("b", "billion")]

    /// The letters scale words begin with.
    private static let initials = Set((words + attachedWords).compactMap { $0.0.unicodeScalars.first })

    /// A letter in lowercase: ASCII by its bit, others by their lowercase mapping when it is one
    /// scalar ("Ó" is "ó").
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar.isASCIILetter ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Chinese and Japanese scale characters, traditional forms mapped to simplified ones.
    private static let characters: [Unicode.Scalar: Unicode.Scalar] = [
        "百": "百", "千": "千", "万": "万", "萬": "万", "亿": "亿", "億": "亿", "兆": "兆",
    ]

    /// Whether the character at `index` begins a unit rather than a scale: 千米 is kilometres,
    /// 千克 kilograms, 百分 a percentage.
    private static func isUnit(at index: Int, in text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard text[index] == "千" || text[index] == "百", index + 1 < text.endIndex else { return false }
        return ["米", "克", "瓦", "分", "字"].contains(text[index + 1])
    }

    /// Where `word` ends when it is written at `index`, in any case, with a plural "s" if it is
    /// long enough, and not run on into a longer word; nil when it is not there.
    private static func match(_ word: String, at index: Int, in text: ArraySlice<Unicode.Scalar>) -> Int? {
        var end = index
        for letter in word.unicodeScalars {
            guard end < text.endIndex, lowercased(text[end]) == letter else { return nil }
            end += 1
        }
        if word.unicodeScalars.count >= 4, end < text.endIndex, text[end] == "s" || text[end] == "S" { end += 1 }
        return end < text.endIndex && text[end].isWordOfSpacedScript ? nil : end
    }
}
