/// Numbers written out in words: English (`sixteen`, `twenty-one`, `one hundred and
/// eighty-five`, `a dozen`) and Chinese numerals (`十六`, `一百八十五`, `两千`, `三万`).
enum NumberWords {
    static let ones: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words that multiply what comes before them; also usable after digits (`12 thousand`).
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
    ]
    /// Abbreviated scales news copy writes after digits (`$4.5 bn`, `3mn`); `m` and `b` alone
    /// are left out, as `5m` is as likely metres.
    static let scaleAbbreviations: [String: Double] = ["mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9]
    static let articles: Set = ["a", "an"]

    /// Whether a lowercase word can be part of an English number.
    static func isEnglishWord(_ word: String) -> Bool {
        ones[word] != nil || tens[word] != nil || scales[word] != nil || word == "hundred" || word == "dozen"
            || articles.contains(word) || word == "and"
    }

    /// The unit lowercase English number words worth `value` are rounded to: the last word's
    /// when it is `thousand`, `million` or `billion` and counts more than one of them ("two
    /// thousand" is a round figure, as "2 thousand" is), else ones ("a thousand", "two hundred",
    /// "two thousand and five", "a dozen").
    static func englishPrecision(_ words: [String], value: Double) -> Double {
        guard let last = words.last, let scale = scales[last], value != scale else { return 1 }
        return scale
    }

    /// The value of lowercase English number words (hyphenated words already split), or nil
    /// when they do not make a number: `["one", "hundred", "and", "eighty", "five"]` is 185.
    static func english(_ words: [String]) -> Double? {
        guard let first = words.first, first != "and", words.last != "and" else { return nil }
        var total = 0.0
        var current = 0.0
        var previous: String?
        for (index, word) in words.enumerated() {
            if articles.contains(word) {
                // "a" is one, but only as in "a dozen", "a hundred", "a thousand".
                guard index == 0, words.count > 1 else { return nil }
                current = 1
            } else if let value = ones[word] {
                guard current.truncatingRemainder(dividingBy: 100) == 0 || (previous.flatMap { tens[$0] } != nil && value < 10)
                else { return nil }
                current += Double(value)
            } else if let value = tens[word] {
                guard current.truncatingRemainder(dividingBy: 100) == 0 else { return nil }
                current += Double(value)
            } else if word == "hundred" {
                guard current.truncatingRemainder(dividingBy: 100) != 0 || current == 0 else { return nil }
                current = max(current, 1) * 100
            } else if word == "dozen" {
                current = max(current, 1) * 12
            } else if let scale = scales[word] {
                if current == 0, let last = previous.flatMap({ scales[$0] }), last <= scale {
                    // "a thousand million", "a million million": a scale after another multiplies
                    // what it made.
                    total *= scale
                } else {
                    total += max(current, 1) * scale
                }
                current = 0
            } else if word != "and" {
                return nil
            }
            previous = word
        }
        return total + current
    }

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
        "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let chineseUnits: [Unicode.Scalar: Int] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    /// The units written after Arabic digits as a scale: 2千 is 2 000, 5百 500.
    static let chineseScalesAfterDigits: [Unicode.Scalar: Double] = ["千": 1e3, "仟": 1e3, "百": 1e2, "佰": 1e2]
    /// Myriads: they close a section of up to four digits.
    static let chineseMyriads: [Unicode.Scalar: Double] = ["万": 1e4, "亿": 1e8]

    /// The decimal point of a Chinese numeral: 九十八点六 is 98.6.
    static let chinesePoint: Unicode.Scalar = "点"

    /// Whether a scalar is part of a Chinese numeral: a digit (`三`, `两`), a unit (`百`, `千`),
    /// a myriad (`万`, `亿`) or the decimal point (`点`).
    static func isChineseNumeral(_ character: Unicode.Scalar) -> Bool {
        chineseDigits[character] != nil || chineseUnits[character] != nil || chineseMyriads[character] != nil
            || character == chinesePoint
    }

    /// A Chinese numeral (`一百零五` is 105, `十六` is 16, `三万` is 30 000, `一千二` is 1 200,
    /// `九十八点六` is 98.6) with the precision it is written to: `两千` and `三万` are round figures
    /// (to the thousand, to the ten thousand), as `2千` and `3万` are; `一千二` is 1 200 to the
    /// hundred, as it is spoken; `一千`, `两百`, `一百八十五` and `八十` are exact, as 1000, 200, 185
    /// and 80 are; `九十八点六` has one decimal.
    static func chineseNumber(_ text: some Collection<Unicode.Scalar>) -> (value: Double, scale: Double, decimals: Int)? {
        let parts = text.split(separator: chinesePoint, maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, let whole = chineseWhole(first) else { return nil }
        guard parts.count == 2 else { return (whole.value, whole.scale, 0) }
        // After the point, digits one by one: 点六五 is .65.
        let digits = parts[1].map { chineseDigits[$0] }
        guard !digits.isEmpty, digits.allSatisfy({ $0 != nil }) else { return nil }
        // Read as the decimal it is written as, so that 一点八二 is the double 1.82 is.
        let fraction = digits.map { String($0!) }.joined()
        let decimal = whole.value < 1e15 ? Double("\(Int(whole.value)).\(fraction)") ?? whole.value
            : whole.value + digits.reversed().reduce(0.0) { ($0 + Double($1!)) / 10 }
        return (decimal, 1, digits.count)
    }

    /// A Chinese numeral without a decimal point, and the place it is rounded to: the thousand or
    /// more it ends with, counted more than once (`两千`, `三万`), the place below the last unit
    /// for a digit written without its own (`一千二`), else ones.
    private static func chineseWhole(_ text: some Collection<Unicode.Scalar>) -> (value: Double, scale: Double)? {
        guard !text.isEmpty else { return nil }
        var total = 0.0
        var section = 0.0
        var digit: Int?
        // The place of the unit or myriad just read, for a last digit written without its own:
        // 一千二 is 1 200 and 三万五 35 000, as they are spoken; after 零 a digit is ones (一百零五).
        var lastPlace: Double?
        for character in text {
            if let value = chineseDigits[character] {
                guard digit == nil || value == 0 || digit == 0 else { return nil }
                if value == 0 { lastPlace = nil }
                digit = value
            } else if let unit = chineseUnits[character] {
                // A leading 十 is ten: 十六 is sixteen.
                section += Double(digit ?? (section == 0 && unit == 10 ? 1 : 0)) * Double(unit)
                guard digit != nil || unit == 10 else { return nil }
                digit = nil
                lastPlace = Double(unit)
            } else if let myriad = chineseMyriads[character] {
                let value = section + Double(digit ?? 0)
                guard value > 0 || total > 0 else { return nil }
                total = myriad > 1e4 ? (total + value) * myriad : total + value * myriad
                section = 0
                digit = nil
                lastPlace = myriad
            } else {
                return nil
            }
        }
        if let digit, digit != 0, let lastPlace, lastPlace > 10 {
            return (total + section + Double(digit) * lastPlace / 10, lastPlace / 10)
        }
        let value = total + section + Double(digit ?? 0)
        let endsOnAUnit = digit == nil ? lastPlace ?? 1 : 1
        return (value, endsOnAUnit >= 1000 && value != endsOnAUnit ? endsOnAUnit : 1)
    }
}
