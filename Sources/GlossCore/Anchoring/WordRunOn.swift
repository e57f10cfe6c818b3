/// Where a quote's words, found in the text, run on into other letters or digits: "October 2" in
/// "October 21", "able" in "unable", "185" in "1,185", "185,000", "185 000", "185½", "185 million"
/// or "185k", "一百八十" in "一百八十五"; not "185¹", a footnote mark.
/// Such a place holds other words than the quote, whatever its scalars say, and taking it would
/// land the claim silently on them.
///
/// A quote recorded as part of a longer word ("protest" in "protesters") ran on when it was
/// recorded: its context says so, and the same run-on is no change. Scripts written without
/// spaces (Chinese, Japanese) have no word edges to run on over; their digits do.
struct WordRunOn: Sendable {
    private let prefix: [Unicode.Scalar]
    private let suffix: [Unicode.Scalar]
    /// The scale the recorded suffix begins with: read once, as every occurrence of a quote in
    /// the document is judged against it.
    private let recordedScale: FigureScale?

    init(prefix: String?, suffix: String?) {
        self.prefix = (prefix ?? "").scalarArray
        self.suffix = (suffix ?? "").scalarArray
        recordedScale = FigureScale(after: 0, in: self.suffix[...])
    }

    /// `occurrence` widened over the letters or digits it runs on into that the recorded context
    /// did not have beside it; nil when it runs on into nothing new.
    func widened(_ occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !occurrence.isEmpty, occurrence.lowerBound >= 0, occurrence.upperBound <= text.count else { return nil }
        let before = Self.runLength(from: occurrence.lowerBound, step: -1, in: text)
        let after = Self.runLength(from: occurrence.upperBound - 1, step: 1, in: text)
        let ranBefore = text[(occurrence.lowerBound - before)..<occurrence.lowerBound]
        let ranAfter = text[occurrence.upperBound..<(occurrence.upperBound + after)]
        let start = before > 0 && !prefix.reversed().starts(with: ranBefore.reversed()) ? occurrence.lowerBound - before : occurrence.lowerBound
        var end = after > 0 && !suffix.starts(with: ranAfter) ? occurrence.upperBound + after : occurrence.upperBound
        // A figure goes on in the scale written after it: "185" of "185 million" is another
        // figure, unless it was recorded with the same scale, however written.
        if Self.endsFigure(at: end, in: text), let scale = FigureScale(after: end, in: text[...]) {
            let recordedAfter = end - occurrence.upperBound
            let recorded = recordedAfter == 0 ? recordedScale : recordedAfter <= suffix.count ? FigureScale(after: recordedAfter, in: suffix[...]) : nil
            if recorded?.factor != scale.factor {
                end = scale.written.upperBound
            }
        }
        return start..<end == occurrence ? nil : start..<end
    }

    /// Whether the figure ending `occurrence` was recorded with a scale after it ("185" of "185
    /// million", of "185万") that no longer follows it: the digits stand, and the figure they
    /// write is another. Taken, the claim would stay silently on "185" where it said 185 million.
    func droppedScale(_ occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard let recordedScale, !occurrence.isEmpty, occurrence.upperBound <= text.count, Self.endsFigure(at: occurrence.upperBound, in: text)
        else { return false }
        guard FigureScale(after: occurrence.upperBound, in: text[...]) == nil else { return false }
        // The letters written again after a space are the same letters: "185m" now "185 m" was
        // metres all along, or says nothing new.
        let written = suffix[recordedScale.written]
        let after = text[occurrence.upperBound...].drop { $0 == " " || $0 == "\u{00A0}" }
        return !(after.starts(with: written) && (after.count == written.count || !after.dropFirst(written.count).first!.isWordOfSpacedScript))
    }

    /// The scale the recorded suffix begins with, as written ("million", "万"), for a finding to
    /// name what no longer follows the figure; nil when it begins with none.
    static func recordedScale(inSuffix suffix: String) -> String? {
        let scalars = suffix.scalarArray
        return FigureScale(after: 0, in: scalars[...]).map { String(String.UnicodeScalarView(scalars[$0.written])) }
    }

    /// Whether a figure ends at `end`: a digit, or two Chinese numerals (八十五, 一百), which "第一"
    /// (first) and "统一" (unify) are not.
    private static func endsFigure(at end: Int, in text: [Unicode.Scalar]) -> Bool {
        guard end > 0, end <= text.count else { return false }
        if text[end - 1].isDigit { return true }
        return end > 1 && isChineseNumeral(text[end - 1]) && isChineseNumeral(text[end - 2])
    }

    /// Whether `scalar` is one of the Chinese numerals a figure written in them ends with.
    /// Asked of the scalars beside every occurrence: compared, not hashed.
    private static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": true
        default: false
        }
    }

    /// Whether a figure in Chinese numerals goes on in `scalar`: its numerals and its myriads
    /// ("一百八十五万").
    private static func isChineseFigureScalar(_ scalar: Unicode.Scalar) -> Bool {
        isChineseNumeral(scalar) || scalar == "万" || scalar == "萬" || scalar == "亿" || scalar == "億"
    }

    /// What groups digits or marks decimals between digits: a comma or a point, the thin and
    /// no-break spaces of SI and French style ("185 000"), the Swiss apostrophe ("1'185"), and
    /// the Arabic decimal and thousands separators ("185٫5").
    static let digitGroupSeparators: Set<Unicode.Scalar> = [
        ",", ".", "\u{2009}", "\u{202F}", "\u{00A0}", "'", "’", "，", "\u{066B}", "\u{066C}",
    ]

    /// Whether a figure's digits go on in `scalar`: a digit, or a fraction written beside them
    /// ("185½", "185⅓"). Not a superscript digit, a footnote mark far more often than an
    /// exponent ("185¹"), nor a Chinese numeral, which after digits is a scale ("185万").
    private static func continuesDigits(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isDigit || (!scalar.isASCII && scalar.properties.numericType == .numeric && !scalar.properties.isIdeographic)
    }

    /// How many scalars beyond the one at `index`, going `step`, continue its word or number: a
    /// digit goes on in digits and in a group separator or point between digits, a Chinese
    /// numeral in Chinese numerals, either in a `多` or `余` after it, a letter in letters and
    /// digits.
    private static func runLength(from index: Int, step: Int, in text: [Unicode.Scalar]) -> Int {
        let isInText = { (offset: Int) in offset >= 0 && offset < text.count }
        var next = index + step
        if text[index].isDigit {
            while isInText(next) {
                if Self.continuesDigits(text[next]) {
                    next += step
                } else if Self.digitGroupSeparators.contains(text[next]), isInText(next + step), text[next + step].isDigit {
                    next += 2 * step
                } else {
                    break
                }
            }
        } else if Self.isChineseFigureScalar(text[index]) {
            while isInText(next), Self.isChineseFigureScalar(text[next]) { next += step }
        } else if text[index].isWordOfSpacedScript {
            while isInText(next), text[next].isWordOfSpacedScript { next += step }
            return abs(next - index) - 1
        } else {
            return 0
        }
        // `多` or `余` after a figure makes it another: 180多 is more than 180.
        if step > 0, isInText(next), text[next] == "多" || text[next] == "余" { next += step }
        return abs(next - index) - 1
    }
}
