/// Reads a statement's `value` into a ``StatementValue``.
///
/// The grammar, on the lowercased value:
/// - a number: digits with `,` grouping and decimals (`12,000`, `3.5`), English words
///   (`sixteen`, `a dozen`, `one hundred eighty-five`) or Chinese numerals (`十六`, `两千`),
///   optionally scaled (`1.5 million`, `3万`, `4.5 bn`, `185k`, `4.5M`), after a currency sign
///   (`$4.5 million`, `$4.5m`: a number in dollars);
/// - a percentage: a number with `%`, `percent` or `百分之` (98.4% is the share 0.984), or a
///   fraction in words, an exact share (`two thirds`, `a quarter`, `三分之一`; see ``FractionWords``);
/// - a duration: a number and a unit of time (`48 hours`, `two weeks`, `three-day`, `3天`), and
///   a half (`a year and a half`, `一年半`) or half of one (`half an hour`, `半个月`); an age
///   (`18-year-old`, `18岁`, `aged 18`), the time lived from one birthday to the next;
/// - a count's unit after the number (`185 cases`), compared with other counts' units;
/// - a comparison before any of these (`> 98%`, `more than 180`, `at least 3`, `fewer than 20`,
///   `as many as 200`, `<=`, `before 2022-10-02`, `on or after October 3, 2022`), `=` (exactly)
///   or an approximation (`about`, `around`, `roughly`, `nearly`, `~`: ± the configured
///   tolerance, 10 % by default);
/// - or a qualifier after the number or its unit (`200 or more`, `200+`, `200-odd`, `48 hours or
///   so`, `200人以上`, `200左右`; see ``TrailingQualifier``), or `多` / `余` after the number
///   (`200多人` is more than 200 people and fewer than 300), but not both before and after;
/// - a range (`180-190`, `180–190`, `180 to 190`, `between 180 and 190`), approximate too
///   (`about 200 to 300`, `约200至300人`: a tolerance wider at each end);
/// - a date, ISO 8601 (`2022-10-01`) or with the month in words (`October 1, 2022`), compared
///   or as a range `2022-10-01 to 2022-10-03`;
/// - anything else is text.
///
/// A value that starts with a digit, a sign or a comparison symbol (`> < ≥ ≤ ~ ≈ =`), or with a
/// comparison or approximation phrase followed by a number, means a quantity: when it does not
/// parse it is an error naming what was expected, never silently text. So does anything shaped
/// like a date that names no day (`2022-02-29`, `2022-9-5`).
public struct ValueParser: Sendable {
    /// Relative tolerance of approximations ("about 200" is 180 to 220 at 0.1), and the most a
    /// round figure stands off itself ("2 million" is 1.8 to 2.2 million at 0.1).
    public var tolerance: Double

    public init(tolerance: Double = 0.10) {
        self.tolerance = tolerance
    }

    /// What may stand where a quantity was meant, for error messages.
    public static let expected = "a number, percentage, range, duration or ISO 8601 date (YYYY-MM-DD)"

    /// A statement's `value:` as the interval or set it allows, so that two values can be found
    /// to conflict only where they cannot both hold; a value that reads as no quantity, date or
    /// text is the error `invalid-value` reports.
    public func parse(_ value: String) -> Result<StatementValue, ValueError> {
        // `4.5M`, `$3B`: a capital M or B right after the digits is million or billion, which
        // lowercased would read as metres and bytes; where the value is no quantity so read
        // (`Gate 5B`), it is read as written.
        if let spelled = Self.spellingCapitalScales(value), case .success(let read) = parse(value, text: Self.normalizedText(spelled)),
           case .quantity = read {
            return .success(read)
        }
        return parse(value, text: Self.normalizedText(value))
    }

    /// `value` with each capital M or B that directly follows a digit and ends the word spelled
    /// `mn` or `bn`; nil when it has none.
    private static func spellingCapitalScales(_ value: String) -> String? {
        // Asked of every value: most have neither letter.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "M") || $0 == UInt8(ascii: "B") }) else { return nil }
        let scalars = Array(value.unicodeScalars)
        var spelled = String.UnicodeScalarView()
        var changed = false
        for (index, scalar) in scalars.enumerated() {
            let endsWord = index + 1 == scalars.count || !scalars[index + 1].properties.isAlphabetic
            if scalar == "M" || scalar == "B", index > 0, scalars[index - 1].isASCIIDigit, endsWord {
                spelled.append(contentsOf: (scalar == "M" ? "mn" : "bn").unicodeScalars)
                changed = true
            } else {
                spelled.append(scalar)
            }
        }
        return changed ? String(spelled) : nil
    }

    /// Reads `value`, folded as `text`; `aged` before it is read only once (`readsAged`), so that
    /// `aged aged …` a hundred thousand times is text, not as deep a recursion.
    private func parse(_ value: String, text: String, readsAged: Bool = true) -> Result<StatementValue, ValueError> {
        guard !text.isEmpty else { return .failure(ValueError(message: "the value is empty; expected \(Self.expected) or text")) }
        // Fast path for the commonest value, a plain count: the grammar below reads it the same.
        if text.utf8.count < 16, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let count = Double(text) {
            return .success(.quantity(Quantity(dimension: .number, interval: .point(count), precision: Precision(scale: 1, decimals: 0))))
        }
        // `aged 17`, `aged under 18`, `aged 18 to 25`: an age, in years unless a unit of time
        // follows (`aged 6 months`); anything else after `aged` is read as written.
        if readsAged, let rest = ["aged ", "age "].first(where: text.hasPrefix).map({ String(text.dropFirst($0.count)) }),
           case .success(.quantity(let quantity)) = parse(value, text: rest, readsAged: false), quantity.unit == nil {
            if quantity.dimension == .duration { return parse(value, text: rest + " old", readsAged: false) }
            if quantity.dimension == .number { return parse(value, text: rest + " years old", readsAged: false) }
        }
        var scanner = ValueScanner(text)
        var meansQuantity = scanner.peek.map { $0.isASCIIDigit || "+-.<>≥≤~≈=".unicodeScalars.contains($0) } ?? false
        // Words that only stress the figure after them (`only 16`, `a total of 185`): it is read
        // as if they were not there, and must then parse.
        var stressed = scanner
        if Self.stressWords.contains(where: { stressed.consume($0 + " ") }) {
            stressed.skipSpaces()
            if stressed.startsWithNumber {
                scanner = stressed
                meansQuantity = true
            }
        }
        let qualifier = scanQualifier(&scanner)
        if qualifier != nil {
            scanner.skipSpaces()
            meansQuantity = meansQuantity || scanner.startsWithNumber
        } else if scanner.rest.hasPrefix("between ") {
            // `between` followed by a number or a date is a range, and must parse as one.
            var after = scanner
            _ = after.consume("between")
            after.skipSpaces()
            meansQuantity = meansQuantity || after.startsWithNumber
        }
        let currency = Self.currencies.first { scanner.consume($0.sign) }?.unit
        if currency != nil {
            scanner.readsMoney = true
            scanner.skipSpaces()
            meansQuantity = meansQuantity || scanner.startsWithNumber
        }
        switch quantity(&scanner, qualifier) {
        case .success(var quantity):
            if let currency {
                guard quantity.dimension == .number else {
                    return .failure(ValueError(message: "`\(value)` is not \(Self.expected): an amount of money is a number"))
                }
                quantity.unit = UnitNames.normalized(quantity.unit.map { currency + " " + $0 } ?? currency)
            }
            return .success(.quantity(quantity))
        case .failure(.expected(let reason)):
            guard meansQuantity else { return .success(.text(text)) }
            return .failure(ValueError(message: "`\(value)` is not \(Self.expected): \(reason)"))
        case .failure(.invalidDate(let problem)):
            // Shaped like a date, it is meant as one, whatever it starts with.
            return .failure(ValueError(message: "`\(value)` is not a valid date: \(problem)"))
        }
    }

    /// Lowercased, trimmed, with runs of white space as one space: text values as read.
    public static func normalizedText(_ text: String) -> String {
        TextFolding.fold(text)
    }

    // MARK: Grammar

    enum Qualifier: Equatable {
        case moreThan, atLeast, lessThan, atMost, approximately, exactly
    }

    /// Why the grammar gave up on a value.
    enum Misreading: Error {
        /// Something else was expected here; said after what a value may be.
        case expected(String)
        /// Text shaped like a date names no day of the calendar (`2022-02-29`, `2022-9-5`): what is
        /// wrong with it, said as it is, because such a value is a date however it starts.
        case invalidDate(String)
    }

    /// A qualifier as written, for messages, and what it means.
    typealias WrittenQualifier = (text: String, meaning: Qualifier)

    /// Longest first where one spelling starts another.
    static let qualifiers: [WrittenQualifier] = [
        (">=", .atLeast), ("≥", .atLeast), ("<=", .atMost), ("≤", .atMost), (">", .moreThan), ("<", .lessThan),
        ("~", .approximately), ("≈", .approximately),
        ("more than", .moreThan), ("greater than", .moreThan), ("over", .moreThan), ("above", .moreThan),
        ("after", .moreThan), ("at least", .atLeast), ("no less than", .atLeast), ("no fewer than", .atLeast),
        ("not less than", .atLeast), ("fewer than", .lessThan), ("less than", .lessThan), ("under", .lessThan),
        ("below", .lessThan), ("before", .lessThan), ("at most", .atMost), ("no more than", .atMost),
        ("not more than", .atMost), ("up to", .atMost), ("as many as", .atMost), ("in excess of", .moreThan),
        ("on or after", .atLeast), ("no earlier than", .atLeast), ("on or before", .atMost), ("no later than", .atMost),
        ("=", .exactly), ("exactly", .exactly), ("just over", .moreThan), ("just under", .lessThan),
        ("close to", .approximately), ("since", .atLeast), ("on", .exactly),
        ("prior to", .lessThan), ("until", .atMost),
        ("about", .approximately), ("around", .approximately), ("roughly", .approximately),
        ("approximately", .approximately), ("approx.", .approximately), ("nearly", .approximately),
        ("almost", .approximately), ("circa", .approximately), ("some", .approximately),
        ("upwards of", .moreThan), ("well over", .moreThan), ("an estimated", .approximately), ("estimated", .approximately),
        ("不超过", .atMost), ("超过", .moreThan), ("多于", .moreThan), ("至少", .atLeast), ("不少于", .atLeast),
        ("少于", .lessThan), ("不到", .lessThan), ("不足", .lessThan), ("最多", .atMost), ("最少", .atLeast),
        ("多达", .atMost), ("高达", .atMost), ("逾", .moreThan), ("超", .moreThan), ("过", .moreThan),
        ("大约", .approximately), ("约", .approximately), ("将近", .approximately), ("近", .approximately),
    ]

    /// Words before a figure that stress it and bound it no more than it is written.
    static let stressWords = ["a total of", "only", "just"]

    private func scanQualifier(_ scanner: inout ValueScanner) -> WrittenQualifier? {
        Self.qualifiers.first { scanner.consume($0.text) }
    }

    /// A number as written: its value, decimals, the scale word's factor, whether it is a
    /// percentage, and the words after it that bound it.
    struct Amount {
        var written: Double
        var decimals = 0
        var scale = 1.0
        var percent = false
        /// `多` or `余` right after the number: more than it, by less than its last written place
        /// (`200多` is between 200 and 300).
        var surplus: String?
        /// Words after the number that bound it (`or more`, `+`, `以上`).
        var bound: WrittenQualifier?
        /// A fraction in words (`two thirds`, `三分之一`): a share, exact as a ratio is.
        var isFraction = false
        /// A ratio (`one in five`, `2 out of 3`): a share of what is named after it.
        var isRatio = false
        /// A count given by its order of magnitude (`hundreds`, `数百`), and the interval it allows.
        var vague: Interval?

        var base: Double { written * scale }

        /// The place of the last non-zero digit written, in base units: 100 for 200, 1 000 for
        /// 1.2万, 10 for 十, a million for 200多万.
        var lastPlace: Double {
            var digits = (written * Precision.power(decimals)).rounded()
            var place = scale / Precision.power(decimals)
            while digits != 0, digits.truncatingRemainder(dividingBy: 10) == 0 {
                digits /= 10
                place *= 10
            }
            return place
        }
    }

    /// A number or a fraction, with the words after it that bound it.
    private func amount(_ scanner: inout ValueScanner) -> Amount? {
        var amount: Amount
        if let half = Self.halfOfAUnitOfTime(&scanner) {
            amount = half
        } else if let share = FractionWords.scan(&scanner) {
            amount = Amount(written: share, percent: true, isFraction: true)
        } else if case var lookahead = scanner, ["none", "no one", "nobody"].contains(where: { lookahead.consume($0) }), lookahead.isAtEnd {
            // The whole value: `none of them` is words.
            scanner = lookahead
            amount = Amount(written: 0)
        } else if let number = number(&scanner) {
            amount = number
            // `one in three`, `2 out of 3`: a share, exact as a ratio is.
            var lookahead = scanner
            lookahead.skipSpaces()
            if !amount.percent, lookahead.consume("in") || lookahead.consume("out of") {
                lookahead.skipSpaces()
                if let whole = self.number(&lookahead), !whole.percent, whole.base > 0, amount.base <= whole.base {
                    amount = Amount(written: amount.base * 100 / whole.base, percent: true, isFraction: true, isRatio: true)
                    scanner = lookahead
                }
            }
        } else {
            return nil
        }
        amount.bound = TrailingQualifier.scan(&scanner)
        return amount
    }

    /// The Chinese scale written after digits: `万` or `亿`, or `千` or `百` and the myriads
    /// after it, which multiply it (`2千万` is 20 million, `1.1万亿` 1.1 trillion).
    private static func chineseScale(_ scanner: inout ValueScanner) -> Double? {
        guard var scale = NumberWords.chineseMyriads.first(where: { scanner.consume(String($0.key)) })?.value
                ?? NumberWords.chineseScalesAfterDigits.first(where: { scanner.consume(String($0.key)) })?.value else { return nil }
        // Ascending only: `万亿` is a trillion, while `亿万` is "countless", no figure.
        while let myriad = NumberWords.chineseMyriads.first(where: { $0.value > scale && scanner.consume(String($0.key)) })?.value {
            scale *= myriad
        }
        return scale
    }

    /// A number as written: digits, words or Chinese numerals, with a scale word, `多` or `余`,
    /// and a percent sign or `百分之`.
    private func number(_ scanner: inout ValueScanner) -> Amount? {
        if var vague = VagueNumbers.scan(&scanner) {
            // A scale after it scales the whole of it: 十几万 is 110,000 to 190,000, `several
            // hundred thousand` 100,000 to 999,999.
            var lookahead = scanner
            lookahead.skipSpaces()
            // Plural too, after `of`: `hundreds of billions`.
            if let scale = NumberWords.chineseMyriads.first(where: { lookahead.consume(String($0.key)) })?.value
                ?? NumberWords.scales.first(where: { lookahead.consume($0.key + "s") || lookahead.consume($0.key) })?.value {
                vague = Interval(lower: vague.lower * scale, upper: vague.upper * scale,
                                 includesLower: vague.includesLower, includesUpper: vague.includesUpper)
                scanner = lookahead
            }
            var amount = Amount(written: vague.lower)
            amount.vague = vague
            return amount
        }
        let percentPrefix = scanner.consume("百分之")
        var amount: Amount
        if let (value, decimals) = scanner.scanDigits() {
            amount = Amount(written: value, decimals: decimals)
            var lookahead = scanner
            lookahead.skipSpaces()
            if scanner.consume("k") {
                // `185k`: a thousand, written right after the digits (`185 k` is not).
                amount.scale = 1e3
            } else if scanner.readsMoney, let scale = [("m", 1e6), ("b", 1e9)].first(where: { scanner.consume($0.0) })?.1 {
                amount.scale = scale
            } else if let scale = NumberWords.scales.first(where: { lookahead.consume($0.key + "s") || lookahead.consume($0.key) })?.value
                ?? NumberWords.scaleAbbreviations.first(where: { lookahead.consume($0.key) })?.value
                ?? Self.chineseScale(&lookahead) {
                amount.scale = scale
                scanner = lookahead
            }
        } else if let neighbours = Self.neighbouringNumerals(&scanner) {
            amount = neighbours
        } else if let withoutOne = Self.amountWithoutOne(&scanner) {
            // `百余人`, `千多人`, `逾百人`: a hundred or a thousand (and more), the one left unsaid.
            amount = withoutOne
        } else if let number = scanner.scanChinese() ?? scanner.scanEnglish() {
            amount = Amount(written: number.value / number.scale, decimals: number.decimals, scale: number.scale)
        } else {
            return nil
        }
        // `七成`: seven tenths, a share rounded to the tenth (65 % up to 75 %).
        if amount.scale == 1, amount.decimals == 0, !percentPrefix, (1...10).contains(amount.written), scanner.consume("成") {
            amount.percent = true
            // `九成八`: nine tenths and eight hundredths, 98 % to the percent.
            if amount.written < 10, let digit = scanner.peek.flatMap({ NumberWords.chineseDigits[$0] }), digit > 0 {
                scanner.index += 1
                amount.written = amount.written * 10 + Double(digit)
                return amount
            }
            amount.scale = 10
            // `九成多`: more than nine tenths, by less than a tenth (90 % to 100 %), as 200多 is.
            if let surplus = ["多", "余"].first(where: { scanner.consume($0) }) { amount.surplus = surplus }
            return amount
        }
        // `200-odd` is as `200多`: two hundred and some, up to the next hundred; a scale after it
        // (`200-odd million`) scales both. Not the `odd` of `odd-numbered`.
        var odd = scanner
        odd.skipSpaces()
        if odd.consume("-odd") || odd.consume("odd"), !odd.rest.hasPrefix("-") {
            scanner = odd
            amount.surplus = "-odd"
            var lookahead = scanner
            lookahead.skipSpaces()
            if let scale = NumberWords.scales.first(where: { lookahead.consume($0.key) })?.value {
                amount.scale *= scale
                scanner = lookahead
            }
        } else if let surplus = ["多", "余"].first(where: { scanner.consume($0) }) {
            amount.surplus = surplus
            // 200多万 is two to three million: the myriad scales the number and its place.
            let myriad = NumberWords.chineseMyriads.first { $0.value > amount.scale && scanner.consume(String($0.key)) }
            amount.scale *= myriad?.value ?? 1
        }
        var lookahead = scanner
        lookahead.skipSpaces()
        if percentPrefix || ["%", "％", "percent", "per cent", "pct"].contains(where: { lookahead.consume($0) }) {
            // A share is as exact as it is written, whatever words it is written in: "one
            // hundred percent" is all of it, not about a hundred.
            amount.written = amount.base
            amount.scale = 1
            amount.percent = true
            if !percentPrefix { scanner = lookahead }
        }
        return amount
    }

    /// Two neighbouring numerals, one or two, and the unit after them: `二三十` is twenty or
    /// thirty, so anything between, `三四百` 300 to 400, `一两` and `两三` one to two and two to
    /// three, as reports give a rough count.
    private static func neighbouringNumerals(_ scanner: inout ValueScanner) -> Amount? {
        let at = scanner.index
        guard at + 1 < scanner.characters.count, let low = NumberWords.chineseDigits[scanner.characters[at]],
              let high = NumberWords.chineseDigits[scanner.characters[at + 1]], low > 0, high == low + 1 else { return nil }
        var lookahead = scanner
        lookahead.index += 2
        let unit = lookahead.peek.flatMap { NumberWords.chineseUnits[$0] }.map(Double.init) ?? 1
        if unit > 1 { lookahead.index += 1 }
        let myriad = lookahead.peek.flatMap { NumberWords.chineseMyriads[$0] } ?? 1
        if myriad > 1 { lookahead.index += 1 }
        // Then a counter, `小时`, or nothing: a numeral after them makes them another number
        // (`一二三`, `两三十五`), and another word a word (一两银子, a tael or two of silver).
        guard lookahead.isAtEnd || lookahead.peek.map(counters.contains) == true || lookahead.rest.hasPrefix("小时") else { return nil }
        scanner = lookahead
        var amount = Amount(written: Double(low), scale: unit * myriad)
        amount.vague = Interval(lower: Double(low) * unit * myriad, upper: Double(high) * unit * myriad)
        return amount
    }

    /// The unit of time of `一年半` (年), `一个半月` (个月), `两个半小时` (个小时), `two and a half
    /// years` or `a year and a half` (year), written with 半 or `and a half` after it, or
    /// between the number and it; nil for anything else (`2 and a half million` is no unit).
    private static func unitAndAHalf(_ unitText: String) -> String? {
        if unitText.hasSuffix("半"), TimeUnit.named(String(unitText.dropLast())) != nil { return String(unitText.dropLast()) }
        if unitText.hasPrefix("个半"), TimeUnit.named("个" + unitText.dropFirst(2)) != nil { return "个" + unitText.dropFirst(2) }
        let andAHalf = "and a half"
        if unitText.hasPrefix(andAHalf + " "), TimeUnit.named(unitText.dropFirst(andAHalf.count + 1)) != nil {
            return String(unitText.dropFirst(andAHalf.count + 1))
        }
        if unitText.hasSuffix(" " + andAHalf), TimeUnit.named(unitText.dropLast(andAHalf.count + 1)) != nil {
            return String(unitText.dropLast(andAHalf.count + 1))
        }
        return nil
    }

    /// Half of a unit of time, the unit left to be read: `half a day`, `half an hour`, `半年`,
    /// `半个月`, `半小时`. A half alone is a share (`half of the crowd`, `过半`), and `half a
    /// million` a part of a number, which is not read.
    private static func halfOfAUnitOfTime(_ scanner: inout ValueScanner) -> Amount? {
        var lookahead = scanner
        guard ["half a ", "half an ", "半"].contains(where: { lookahead.consume($0) }) else { return nil }
        // The unit's word in English; in Chinese what comes before a qualifier (`半年以上`), so
        // that 半年度 (half-yearly) is no length of time.
        let rest = lookahead.rest
        let unit = rest.first?.isASCII == true ? String(rest.prefix { $0 != " " }) : TrailingQualifier.split(unit: rest)?.unit ?? rest
        guard TimeUnit.named(unit) != nil else { return nil }
        scanner = lookahead
        return Amount(written: 0.5, decimals: 1)
    }

    /// Chinese units said without the one before them, as they are before `余` and `多`.
    private static let unitsWithoutOne: [String: Double] = ["百": 100, "千": 1000, "万": 1e4]

    /// A unit written without the one before it, as exact as `一百` and `一千`, and with a myriad
    /// after it a round figure, as `一百万` is (`百万`, a million): when `余` or `多` follows,
    /// which the caller reads next, or a counter or nothing does (`百人`, `逾百人`, `逾百万`); nil
    /// in a name that begins with one (百度, 万达, 千岛湖).
    private static func amountWithoutOne(_ scanner: inout ValueScanner) -> Amount? {
        for (unit, value) in unitsWithoutOne {
            var lookahead = scanner
            guard lookahead.consume(unit) else { continue }
            var scale = 1.0
            if let next = lookahead.peek, let myriad = NumberWords.chineseMyriads[next], myriad > value {
                lookahead.index += 1
                scale = myriad
            }
            var surplus = lookahead
            guard surplus.consume("余") || surplus.consume("多") || lookahead.isAtEnd || lookahead.peek.map(counters.contains) == true
            else { return nil }
            scanner = lookahead
            return Amount(written: value, scale: scale)
        }
        return nil
    }

    /// What a count in Chinese is counted in, after its number: people, cases, households,
    /// incidents, times, days, years, months, weeks.
    private static let counters: Set<Unicode.Scalar> = ["人", "名", "例", "户", "家", "起", "次", "位", "天", "年", "月", "周", "个", "日"]

    /// Currency signs before an amount, and the unit each makes of it: `$4.5 million` is 4.5
    /// million dollars, as `4.5 million dollars` is.
    static let currencies: [(sign: String, unit: String)] = [
        ("us$", "us dollar"), ("hk$", "hong kong dollar"), ("$", "dollar"), ("€", "euro"), ("£", "pound"),
        ("usd", "us dollar"), ("hkd", "hong kong dollar"), ("eur", "euro"), ("gbp", "pound"),
    ]

    private func quantity(_ scanner: inout ValueScanner, _ leading: WrittenQualifier?) -> Result<Quantity, Misreading> {
        // `from 200 to 300`, `from 2022-10-01 to 2022-10-03`: the range after it.
        var afterFrom = scanner
        if leading == nil, afterFrom.consume("from"), afterFrom.rest.contains(" to ") {
            scanner = afterFrom
            scanner.skipSpaces()
        }
        if leading == nil, scanner.consume("between") {
            scanner.skipSpaces()
            if let first = scanner.scanDate() { return first.flatMap { date($0, nil, between: true, &scanner) } }
            guard let low = amount(&scanner) else { return .failure(.expected("expected a number or a date after `between`")) }
            scanner.skipSpaces()
            guard scanner.consume("and") else { return .failure(.expected("expected `and` in `between … and …`")) }
            scanner.skipSpaces()
            guard let high = amount(&scanner) else { return .failure(.expected("expected a number after `and`")) }
            return measure(low, high, leading: nil, &scanner)
        }
        if let first = scanner.scanDate() { return first.flatMap { date($0, leading?.meaning, between: false, &scanner) } }
        guard var first = amount(&scanner) else { return .failure(.expected("expected a number")) }
        // `48-hour`, `3-day`: a length of time written as a compound, not a range; `3-year-old`
        // an age, a length of time too.
        var compound = scanner
        if compound.consume("-"), let word = compound.rest.split(whereSeparator: { !$0.isLetter }).first,
           compound.rest.hasPrefix(word), TimeUnit.named(word) != nil {
            let after = compound.rest.dropFirst(word.count)
            if after.first.map({ $0 == " " }) ?? true || after == Self.age || after.hasPrefix(Self.age + " ") { scanner = compound }
        }
        var lookahead = scanner
        lookahead.skipSpaces()
        // `hundreds to thousands`, `数百至数千`: from the first's lowest to the second's highest.
        if let low = first.vague, first.bound == nil, ["to", "-", "or", "至", "到", "或"].contains(where: { lookahead.consume($0) }) {
            lookahead.skipSpaces()
            guard let second = amount(&lookahead), second.bound == nil, second.surplus == nil else {
                return .failure(.expected("expected a number to end the range"))
            }
            let high = second.vague ?? .point(second.base)
            guard low.lower < high.upper || (low.lower == high.upper && high.includesUpper) else {
                return .failure(.expected("the range runs backwards"))
            }
            first.vague = Interval(lower: low.lower, upper: high.upper, includesLower: low.includesLower, includesUpper: high.includesUpper)
            scanner = lookahead
            return measure(first, nil, leading: leading, &scanner)
        }
        // `180-190`, `180 to 190`; `one or two`, `2 or 3 people`: either, so anything between;
        // `about 200 to 300`, `约200至300人`: the range, a tolerance wider at each end.
        if leading == nil || leading?.meaning == .approximately, first.surplus == nil, first.bound == nil, first.vague == nil,
           let joint = ["-", "–", "—", "to", "至", "到", "or"].first(where: { lookahead.consume($0) }) {
            lookahead.skipSpaces()
            guard var second = amount(&lookahead) else { return .failure(.expected("expected a number to end the range")) }
            if "-–—".contains(joint), let end = Self.abbreviatedEnd(of: first, second) { second.written = end }
            scanner = lookahead
            return measure(first, second, leading: leading, &scanner)
        }
        return measure(first, nil, leading: leading, &scanner)
    }

    /// The end of a range written with only its last digits (`1990-95` is 1990 to 1995,
    /// `185-90` is 185 to 190): a whole number of two digits or more after a dash, below a
    /// longer first one, replaces the first's last digits; nil when that is not so.
    static func abbreviatedEnd(of first: Amount, _ second: Amount) -> Double? {
        guard first.decimals == 0, second.decimals == 0, first.scale == 1, second.scale == 1, !first.percent, !second.percent,
              !first.isFraction, !second.isFraction, second.written >= 10, second.written < first.written else { return nil }
        var place = 10.0
        while place <= second.written { place *= 10 }
        guard place <= first.written else { return nil }
        let end = (first.written / place).rounded(.down) * place + second.written
        return end > first.written ? end : nil
    }

    /// How to write what cannot follow a number but means a part of one: a fraction with a slash
    /// (`1/3`, which may as well be a date), a vulgar fraction (`1½`) or per mille (`5‰`).
    private static func howToWrite(_ unexpected: String) -> String {
        let first = unexpected.unicodeScalars.first
        if first == "/", unexpected.unicodeScalars.dropFirst().first?.isASCIIDigit == true {
            return "; write a fraction in words (`one third`, `two thirds of residents`) or as a percentage (`33.3%`)"
        }
        if let value = first?.properties.numericValue, value != value.rounded() { return "; write the number with decimals (`1.5`)" }
        if first == "‰" { return "; write per mille as a percentage (`5‰` is `0.5%`)" }
        return ""
    }

    /// What follows the unit of time of an age written as a compound (`3-year-old`).
    private static let age = "-old"

    /// The time lived by someone whose age, counted in whole `unit`s, is in `count`: from the
    /// birthday that starts its lowest up to the one that ends its highest. A 17-year-old has
    /// not had the 18th birthday an 18-year-old has had, and someone `under 18 years old` has
    /// not had it either; `at most 18 years old` is any time before the 19th. Counted in the
    /// average year or month, so ages of the same unit meet without overlapping.
    private static func timeLived(atAge count: Interval, in unit: TimeUnit) -> Interval {
        let length = unit.average?.length ?? unit.shortest
        // A bound that holds its age (18 in `at most 18`, `18-20`) reaches the next birthday.
        let upper = count.includesUpper ? count.upper + 1 : count.upper
        return Interval(lower: count.lower * length, upper: upper * length, includesLower: count.includesLower, includesUpper: false)
    }

    /// The quantity a number (or a range of two) makes with the unit written after it, bounded
    /// by a qualifier before the number or after it (or after the unit), never both.
    private func measure(_ first: Amount, _ second: Amount?, leading: WrittenQualifier?,
                         _ scanner: inout ValueScanner) -> Result<Quantity, Misreading> {
        var first = first
        // "1-2 million", "3-5万": a scale written once, after the second number, is both numbers',
        // unless that would put the first at or above the second ("500,000 to 2 million", "1 to
        // 1 thousand").
        if let second, first.scale == 1, second.scale != 1, first.written < second.written {
            first.scale = second.scale
        }
        scanner.skipSpaces()
        var unitText = scanner.rest
        var afterUnit: WrittenQualifier?
        if let split = TrailingQualifier.split(unit: unitText) {
            (unitText, afterUnit) = split
        }
        // `一年半`, `一个半月`, `两个半小时`: and a half of the unit of time.
        if second == nil, first.vague == nil, !first.percent, let unit = Self.unitAndAHalf(unitText) {
            unitText = unit
            first.written += 0.5 / first.scale
            first.decimals = max(first.decimals, 1)
        }
        // `one in five adults` is a share of adults, as `20% of adults` is.
        if first.isRatio, let word = unitText.split(separator: " ").first, word != "of", word.allSatisfy(\.isLetter),
           TimeUnit.named(word) == nil, !NumberWords.isEnglishWord(String(word)) {
            unitText = "of " + unitText
        }
        if first.isFraction, !FractionWords.isShareOf(unitText) {
            return .failure(.expected("a fraction is read as a share (`two thirds`, `a third of residents`), not of `\(unitText)`; "
                + "write that amount in digits"))
        }
        let trailing = [first.surplus, first.bound?.text, second?.surplus, second?.bound?.text, afterUnit?.text].compactMap { $0 }
        if let word = trailing.first {
            guard trailing.count == 1 else { return .failure(.expected("`\(word)` and `\(trailing[1])` both qualify the number; keep one")) }
            guard second == nil else { return .failure(.expected("a range gives its own bounds; `\(word)` after it cannot be checked")) }
            // `约200多人`, `约200左右`, `about 200 or so`: an approximation said twice, common in
            // reports, is still one; any other pair says two different things.
            let approximateAfter = first.surplus != nil || (first.bound ?? afterUnit)?.meaning == .approximately
            if let leading, !(leading.meaning == .approximately && approximateAfter) {
                return .failure(.expected("`\(leading.text)` before the number and `\(word)` after it say different things; keep one"))
            }
        }
        // Numerals can be written past any number (`一亿亿亿…`): such a value cannot be checked.
        guard first.base.isFinite, second?.base.isFinite != false else { return .failure(.expected("the number is too large to check")) }
        let count: Interval
        if let second {
            guard first.base <= second.base else { return .failure(.expected("the range runs backwards")) }
            let reach = leading?.meaning == .approximately ? tolerance : 0
            count = Interval(lower: first.base - abs(first.base) * reach, upper: second.base + abs(second.base) * reach)
        } else if let vague = first.vague {
            count = switch (first.bound ?? afterUnit ?? leading)?.meaning {
            case .moreThan?, .atLeast?: .above(vague.lower, inclusive: true)
            case .lessThan?, .atMost?: .below(vague.upper, inclusive: false)
            default: vague
            }
        } else if first.surplus != nil {
            // About 200-odd reaches a tolerance beyond either end of 200 to 300.
            let reach = leading == nil ? 0 : tolerance
            count = Interval(lower: first.base * (1 - reach), upper: (first.base + first.lastPlace) * (1 + reach),
                             includesLower: false, includesUpper: false)
        } else {
            count = interval(first.base, (first.bound ?? afterUnit ?? leading)?.meaning)
        }
        let percent = first.percent || second?.percent == true
        // `= 98%` is 98 % exactly: no rounding to what it was written as, no round figure.
        let exactly = (first.bound ?? afterUnit ?? leading)?.meaning == .exactly
        let decimals = min(first.decimals, second?.decimals ?? first.decimals)
        let scale = max(first.scale, second?.scale ?? first.scale)
        // A scale word makes a round figure: it never stands for more than an approximation would.
        // A share in tenths (`三成`) is rounded to the tenth, whatever its size.
        let roundFigureTolerance = scale != 1 && !percent ? tolerance : nil
        var words = unitText.split(separator: " ")
        // An age (`3-year-old`, `3 years old`) counts the units completed: a child of three and
        // a half is a 3-year-old.
        var isAge = false
        if let word = words.first, word.hasSuffix(Self.age), TimeUnit.named(word.dropLast(Self.age.count)) != nil {
            words[0] = word.dropLast(Self.age.count)
            isAge = true
        } else if words.count == 2, words[1] == "old", TimeUnit.named(words[0]) != nil {
            words.removeLast()
            isAge = true
        } else if words.count == 1, ["岁", "周岁"].contains(words[0]) {
            // `17岁`: an age in years, as `17 years old` is.
            words = ["year"]
            isAge = true
        }
        if let word = words.first, let unit = TimeUnit.named(word) {
            guard words.count == 1 else { return .failure(.expected("unexpected `\(words.dropFirst().joined(separator: " "))` after `\(word)`")) }
            guard !percent else { return .failure(.expected("a percentage cannot be a duration")) }
            if isAge {
                guard !count.isPoint || (count.lower >= 0 && count.lower.rounded(.down) == count.lower) else {
                    return .failure(.expected("an age counts whole units of time: `3-year-old`, `3 years old`"))
                }
                return .success(Quantity(dimension: .duration, interval: Self.timeLived(atAge: count, in: unit)))
            }
            // A length of time stands for what rounds to it, but never for more than an
            // approximation would: `1 week` is not 4 days, nor `1 year` 6 months.
            let precision = unit.shortest == unit.longest && !exactly
                ? Precision(scale: scale * unit.shortest, decimals: decimals, tolerance: tolerance) : nil
            // Months and years written as one number stand, as days do, for what rounds to it:
            // `3 years` holds 3.2 years; counted in average months and years, `10 months` and
            // `11 months` still differ.
            if count.isPoint, !exactly, let average = unit.average {
                let half = min(scale / Precision.power(decimals) / 2, tolerance * abs(count.lower))
                return .success(Quantity(dimension: .duration, interval: Interval(
                    lower: (count.lower - half) * average.length, upper: (count.lower + half) * average.length,
                    includesLower: true, includesUpper: false)))
            }
            return .success(Quantity(dimension: .duration, interval: unit.span(count), precision: precision))
        }
        guard unitText.unicodeScalars.allSatisfy({ $0.isLetter || " -'’".unicodeScalars.contains($0) }) else {
            return .failure(.expected("unexpected `\(unitText)` after the number" + Self.howToWrite(unitText)))
        }
        // After a vague count, a unit that runs on into another count (`数百人至数千人`,
        // `hundreds of people to thousands`) is no unit: the value is read as text.
        if first.vague != nil, unitText.unicodeScalars.contains(where: { "至到或".unicodeScalars.contains($0) || NumberWords.isChineseNumeral($0) })
            || words.contains(where: { ["to", "or", "and"].contains($0) || NumberWords.isEnglishWord(String($0)) || NumberWords.scales[String($0.dropLast())] != nil }) {
            return .failure(.expected("a count given by its order of magnitude takes a plain unit after it"))
        }
        // "2 and a half million" is a number in words after the digits, not 2 of a unit.
        if words.first == "and", words.count > 1, NumberWords.articles.contains(String(words[1])) || NumberWords.isEnglishWord(String(words[1])) {
            return .failure(.expected("`\(words.prefix(3).joined(separator: " "))` after digits is not a unit; write the whole number in digits (2.5 million)"))
        }
        // "5 hundred" or "2 dozen" is not 5 of a unit called "hundred": read as one, it would
        // be compared with 500 and found to conflict. Digits take only thousand, million and
        // billion after them.
        if let word = words.first.map({ $0.lowercased() }), word != "and", !NumberWords.articles.contains(word),
           NumberWords.isEnglishWord(word) {
            return .failure(.expected("`\(word)` after digits is not a unit; write the whole number in digits or in words"))
        }
        // A fraction is a ratio, exact however it is written. One number with a scale word is
        // as precise as its last non-zero digit, or its last decimal: `500万` is `5 million`,
        // `450万` `4.5 million`, whichever language it is written in.
        let precision = if first.isFraction || exactly {
            nil as Precision?
        } else if second == nil, roundFigureTolerance != nil {
            Precision(scale: decimals > 0 ? scale / Precision.power(decimals) : first.lastPlace, decimals: 0, tolerance: roundFigureTolerance)
        } else {
            Precision(scale: scale, decimals: decimals, tolerance: roundFigureTolerance)
        }
        return .success(Quantity(dimension: percent ? .share : .number, interval: count, precision: precision,
                                 unit: UnitNames.normalized(unitText)))
    }

    /// A date, compared (`before 2022-10-03`), or the first day of a range (`2022-10-01 to
    /// 2022-10-03`; after `between`, `… and …`), or a run of days written as one date
    /// (`October 1-3, 2022`).
    private func date(_ span: ValueScanner.DaySpan, _ qualifier: Qualifier?, between: Bool,
                      _ scanner: inout ValueScanner) -> Result<Quantity, Misreading> {
        guard qualifier != .approximately else {
            return .failure(.expected("an approximate date cannot be checked; write a range (`2022-10-01 to 2022-10-03`)"))
        }
        let date = span.first
        if span.last != date {
            scanner.skipSpaces()
            guard qualifier == nil, !between, scanner.isAtEnd else {
                return .failure(.invalidDate("a run of days is a range already; write `\(date) to \(span.last)`"))
            }
            return .success(Quantity(dimension: .date, interval: Interval(lower: Double(date.dayNumber), upper: Double(span.last.dayNumber))))
        }
        // Days are whole: "after 2022-10-03" starts on 2022-10-04, which "before 2022-10-04" excludes.
        let day = Double(date.dayNumber)
        var days = switch qualifier {
        case .moreThan: Interval.above(day + 1, inclusive: true)
        case .lessThan: Interval.below(day - 1, inclusive: true)
        default: interval(day, qualifier)
        }
        scanner.skipSpaces()
        // Dashes are folded to `-` before values are read: `2022-10-01–2022-10-03` is a range.
        if qualifier == nil, (between ? ["and"] : ["to", "-"]).contains(where: { scanner.consume($0) }) {
            scanner.skipSpaces()
            switch scanner.scanDate() {
            case nil: return .failure(.expected("expected a date to end the range"))
            case .failure(let problem)?: return .failure(problem)
            case .success(let end)?:
                guard date <= end.first else { return .failure(.expected("the range runs backwards")) }
                days = Interval(lower: Double(date.dayNumber), upper: Double(end.last.dayNumber))
            }
            scanner.skipSpaces()
        } else if between {
            return .failure(.expected("expected `and` in `between … and …`"))
        }
        guard scanner.isAtEnd else { return .failure(.expected("unexpected `\(scanner.rest)` after the date")) }
        return .success(Quantity(dimension: .date, interval: days))
    }

    private func interval(_ value: Double, _ qualifier: Qualifier?) -> Interval {
        switch qualifier {
        case nil, .exactly: .point(value)
        case .moreThan: .above(value, inclusive: false)
        case .atLeast: .above(value, inclusive: true)
        case .lessThan: .below(value, inclusive: false)
        case .atMost: .below(value, inclusive: true)
        case .approximately: Interval(lower: value - abs(value) * tolerance, upper: value + abs(value) * tolerance)
        }
    }
}

/// Why a value could not be read, in words for the reviewer.
public struct ValueError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) {
        self.message = message
    }
}
