/// The scale written after a figure, which multiplies it: "million" in "185 million", "185
/// millions", "185m" or "185Mio", 万 in "185万". Read across what stands between a figure and
/// its scale in an article (spaces of any width, the line break of a re-wrapped paragraph,
/// Markdown's emphasis or a link's bracket, a hyphen joining them) and named canonically, so
/// that a scale written another way ("185m" now "185 million", 萬 now 万) is the same scale,
/// and one added, removed or changed is a different figure.
struct FigureScale: Sendable {
    /// What the scale multiplies by, whichever way it is written: a million for "Millions", "mn"
    /// and an attached "m", for 百万 too.
    let factor: Double
    /// Where the scale is written.
    let written: Range<Int>

    /// The scale after a figure that ends at `end` in `text` (an offset of `text`, whose indices
    /// may start anywhere); nil when none follows it.
    init?(after end: Int, in text: ArraySlice<Unicode.Scalar>) {
        guard end >= text.startIndex else { return nil }
        var index = end
        var lineBreaks = 0
        while index < text.endIndex, text[index].properties.isWhitespace || Self.emphasis.contains(text[index]) || text[index] == "]"
                || text[index] == "&" {
            // The rest of a link around the figure ("[185](https://…) million"), a footnote
            // ("185[^1] million"), a no-break space written as HTML ("185&nbsp;million").
            if text[index] == "]" || text[index] == "&" || text[index] == "[" && index + 1 < text.endIndex && text[index + 1] == "^" {
                guard let skipped = Self.markupEnd(at: index, in: text) else { return nil }
                index = skipped
                continue
            }
            if text[index] == "\n" || text[index] == "\r" {
                // A paragraph ends at a blank line, and a list item, a heading, a table row or a
                // quotation starts a block of its own: what follows is not this figure's.
                if text[index] == "\r", index + 1 < text.endIndex, text[index + 1] == "\n" { index += 1 }
                lineBreaks += 1
                guard lineBreaks <= 1, !Self.startsBlock(at: index + 1, in: text) else { return nil }
            }
            index += 1
        }
        // A hyphen joins the scale to the figure only with nothing else between them ("185-million").
        if index == end, index < text.endIndex, text[index] == "-" { index += 1 }
        guard index < text.endIndex else { return nil }
        // A line that goes on with a capital starts a sentence (or follows a heading): a
        // re-wrapped "185\nmillion" goes on in lowercase.
        if lineBreaks > 0, text[index].properties.isUppercase { return nil }
        let attached = index == end
        // Characters of Chinese and Japanese, in a run: 百万 is a scale of its own.
        var characters = index
        while characters < text.endIndex, Self.characters[text[characters]] != nil, !Self.isUnit(at: characters, in: text) {
            characters += 1
        }
        if characters > index {
            factor = text[index..<characters].reduce(1) { $0 * Self.characters[$1]! }
            written = index..<characters
            return
        }
        // Most figures are followed by no scale: a letter no scale word begins with rules them out.
        guard Self.initials.contains(Self.lowercased(text[index])) else { return nil }
        for (spelling, value) in attached ? Self.wordsAttached : Self.words {
            guard let wordEnd = Self.match(spelling, at: index, in: text) else { continue }
            factor = value
            written = index..<wordEnd
            return
        }
        return nil
    }

    /// What may stand between a figure and its scale besides spaces and a line break: Markdown's
    /// emphasis and the bracket of a link.
    private static let emphasis: Set<Unicode.Scalar> = ["*", "_", "["]

    /// Where the markup that starts at `index` ends: a link's target after the `]` of its text
    /// ("](…)"), a footnote reference ("[^1]"), a space written as an HTML entity ("&nbsp;",
    /// "&#160;"); nil when none starts there. Markup does not go on past its line.
    private static func markupEnd(at index: Int, in text: ArraySlice<Unicode.Scalar>) -> Int? {
        func end(of close: Unicode.Scalar, from start: Int) -> Int? {
            guard start <= text.endIndex, let found = text[start...].prefix(2048).firstIndex(where: { $0 == close || $0 == "\n" }),
                  text[found] == close else { return nil }
            return found + 1
        }
        switch text[index] {
        case "]": return index + 1 < text.endIndex && text[index + 1] == "(" ? end(of: ")", from: index + 2) : nil
        case "[": return end(of: "]", from: index + 2)
        default:
            let entity = end(of: ";", from: index + 1).map { text[index..<$0] }
            return entity.flatMap { Self.spaceEntities.contains(String(String.UnicodeScalarView($0))) ? index + $0.count : nil }
        }
    }

    /// Spaces written as HTML entities.
    private static let spaceEntities: Set<String> = ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&thinsp;", "&#8201;", "&#8239;"]

    /// Whether the line from `index` on starts a Markdown block: a list item, a heading, a table
    /// row, a quotation.
    private static func startsBlock(at index: Int, in text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = text[index...].firstIndex(where: { $0 != " " && $0 != "\t" }) else { return false }
        if "#|>".unicodeScalars.contains(text[first]) { return true }
        // A bullet is followed by a space; emphasis ("*million*") is not.
        return "-*+".unicodeScalars.contains(text[first]) && first + 1 < text.endIndex && (text[first + 1] == " " || text[first + 1] == "\t")
    }

    /// Scale words, lowercase, with what each multiplies by: those statements read after digits
    /// (``NumberWords/scales``, ``NumberWords/scaleAbbreviations``) and other languages' words
    /// news copy carries; a word of four letters or more may take a plural "s" ("millions").
    /// `mn` is read only attached, below: after a space it is minutes.
    private static let words: [(String, Double)] = NumberWords.scales.map { ($0.key, $0.value) }
        + NumberWords.scaleAbbreviations.filter { $0.key != "mn" }.map { ($0.key, $0.value) }
        + [("millones", 1e6), ("millón", 1e6), ("milliard", 1e9), ("mrd", 1e9), ("trn", 1e12)]

    /// Abbreviations that are a scale only right after the digits ("185k", "185m", "185mn"):
    /// after a space they are other words: "185 m" is metres, "185 mn" minutes, "185 tn" tonnes,
    /// "Mio" a name.
    private static let attachedWords: [(String, Double)] = [("k", 1e3), ("m", 1e6), ("mn", 1e6), ("mio", 1e6), ("b", 1e9), ("tn", 1e12)]

    /// Every scale word that may follow the digits directly.
    private static let wordsAttached = words + attachedWords

    /// The letters scale words begin with.
    private static let initials = Set(wordsAttached.compactMap { $0.0.unicodeScalars.first })

    /// A letter in lowercase: ASCII by its bit, others by their lowercase mapping when it is one
    /// scalar ("Ó" is "ó").
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar.isASCIILetter ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Chinese and Japanese scale characters, traditional forms too, with what each multiplies
    /// by: those statements read after digits, and 兆.
    private static let characters: [Unicode.Scalar: Double] = NumberWords.chineseScalesAfterDigits
        .merging(NumberWords.chineseMyriads) { first, _ in first }.merging(["萬": 1e4, "億": 1e8, "兆": 1e12]) { first, _ in first }

    /// Whether the character at `index` is the prefix of a unit rather than a scale: 千米 is
    /// kilometres, 千卡 kilocalories, 兆瓦 megawatts, 兆字节 megabytes, 百分 a percentage.
    private static func isUnit(at index: Int, in text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard index + 1 < text.endIndex, let units = unitsAfterPrefix[text[index]] else { return false }
        return units.contains(text[index + 1])
    }

    /// The units each scale character is also the prefix of.
    private static let unitsAfterPrefix: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "千": ["米", "克", "瓦", "卡", "赫", "伏", "帕", "焦", "兆", "字"],
        "百": ["分", "米", "克", "帕"],
        "兆": ["瓦", "赫", "字", "帕", "欧"],
    ]

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
