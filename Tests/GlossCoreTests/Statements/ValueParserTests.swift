@testable import GlossCore
import Testing

@Suite struct ValueParserTests {
    let parser = ValueParser()

    func quantity(_ text: String) throws -> Quantity {
        guard case .quantity(let quantity) = try parser.parse(text).get() else {
            Issue.record("`\(text)` did not parse as a quantity")
            throw ValueError(message: text)
        }
        return quantity
    }

    @Test(arguments: [
        ("185", 185.0), ("12,000", 12_000), ("3.5", 3.5), ("1,234,567.25", 1_234_567.25), ("-4", -4),
        ("three", 3), ("sixteen", 16), ("a dozen", 12), ("twenty-one", 21), ("one hundred eighty-five", 185),
        ("one hundred and eighty-five", 185), ("two thousand five hundred", 2500), ("1.5 million", 1_500_000),
        ("十六", 16), ("一百八十五", 185), ("两千", 2000), ("三万", 30_000), ("一百零五", 105), ("3万", 30_000),
        // As they are spoken: a last digit takes the place below the unit before it.
        ("一千二", 1200), ("三万五", 35_000), ("两百五", 250), ("一千零二", 1002), ("一万零五", 10_005), ("十五", 15),
        ("2千", 2000), ("5百", 500), ("九十八点六", 98.6), ("三点一四", 3.14),
        // A myriad after a unit written after digits multiplies it.
        ("2千万", 20_000_000), ("1.5百万", 1_500_000), ("5千亿", 500_000_000_000), ("1.1万亿", 1_100_000_000_000),
        ("2千万元", 20_000_000),
        // Full-width digits, as Chinese text often writes them.
        ("１８５", 185), ("１２，０００", 12_000),
        ("185 cases", 185),
    ])
    func exactNumbers(_ text: String, _ expected: Double) throws {
        let quantity = try quantity(text)
        #expect(quantity.interval == .point(expected))
        #expect(quantity.dimension == .number)
    }

    @Test func chinesePercentagesWithAPoint() throws {
        let share = try quantity("百分之九十八点六")
        #expect(share.dimension == .share)
        #expect(abs(share.interval.lower - 98.6) < 1e-9)
    }

    @Test func percentagesAreSharesHeldInPercent() throws {
        let share = try quantity("98.4%")
        #expect(share.dimension == .share)
        #expect(share.interval == .point(98.4))
        #expect(share.holds(182.0 / 185 * 100), "98.38 rounds to 98.4")
        #expect(!share.holds(98.3))
        #expect(try quantity("98 percent").interval == .point(98))
        #expect(try quantity("百分之九十八").interval == .point(98))
    }

    @Test func comparisons() throws {
        let moreThan = try quantity("> 98%")
        #expect(moreThan.holds(98.38) && !moreThan.holds(98) && !moreThan.holds(97))
        #expect(try quantity("more than 180").interval == .above(180, inclusive: false))
        #expect(try quantity("at least 3").interval == .above(3, inclusive: true))
        #expect(try quantity("fewer than 20").interval == .below(20, inclusive: false))
        #expect(try quantity("<= 7").interval == .below(7, inclusive: true))
        #expect(try quantity(">=7").interval == .above(7, inclusive: true))
        #expect(!(try quantity("at least 98%").holds(97.96)), "a bound is the bound as written")
        #expect(try quantity("98%").holds(97.96), "rounds to 98")
    }

    @Test func approximationsUseTheTolerance() throws {
        #expect(try quantity("about 200").interval == Interval(lower: 180, upper: 220))
        #expect(try quantity("~200").interval == Interval(lower: 180, upper: 220))
        #expect(try quantity("nearly two hundred").interval == Interval(lower: 180, upper: 220))
        let wide = try #require(try? ValueParser(tolerance: 0.5).parse("roughly 100").get())
        #expect(wide == .quantity(Quantity(dimension: .number, interval: Interval(lower: 50, upper: 150),
                                           precision: Precision(scale: 1, decimals: 0))))
    }

    @Test(arguments: ["180-190", "180–190", "180 to 190", "between 180 and 190"])
    func ranges(_ text: String) throws {
        #expect(try quantity(text).interval == Interval(lower: 180, upper: 190))
    }

    @Test func durationsInSeconds() throws {
        #expect(try quantity("48 hours").interval == .point(48 * 3600))
        #expect(try quantity("2 days").interval == .point(2 * 86_400))
        #expect(try quantity("two weeks").interval == .point(14 * 86_400))
        #expect(try quantity("a week").interval == .point(7 * 86_400))
        #expect(try quantity("三天").interval == .point(3 * 86_400))
        // A month is 28 to 31 days; "1 month" stands, as "1 day" does, for what rounds to it,
        // counted in average months, no further off than an approximation (10 %).
        #expect(try quantity("= 1 month").interval == Interval(lower: 28 * 86_400, upper: 31 * 86_400))
        let month = 146_097.0 / 4800 * 86_400
        #expect(try quantity("1 month").interval == Interval(lower: 0.9 * month, upper: 1.1 * month, includesLower: true, includesUpper: false))
        #expect(try quantity("10 months").interval == Interval(lower: 9.5 * month, upper: 10.5 * month, includesLower: true, includesUpper: false))
        #expect(try quantity("48 hours").canBothHold(try quantity("2 days")))
        #expect(!(try quantity("3 days").canBothHold(try quantity("48 hours"))))
    }

    @Test func datesAsDayNumbers() throws {
        let date = try quantity("2022-10-01")
        #expect(date.dimension == .date)
        #expect(date.interval == .point(Double(ISODate(year: 2022, month: 10, day: 1)!.dayNumber)))
        #expect(ISODate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(ISODate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        #expect(try quantity("before 2022-10-03").holds(Double(ISODate("2022-10-02")!.dayNumber)))
        #expect(try quantity("2022-10-01 to 2022-10-03").interval.contains(Double(ISODate("2022-10-02")!.dayNumber)))
    }

    @Test(arguments: ["Lanzhou", "over the moon", "a large crowd", "about the lockdown", "October 2 protests"])
    func textStaysText(_ text: String) throws {
        guard case .text = try parser.parse(text).get() else {
            Issue.record("`\(text)` should be text")
            return
        }
    }

    @Test(arguments: ["10/02/2022", "> lots", "12,00", "3 days notice", "about 2022-10-01", "more than three and a half",
                      "190-180", "98% hours"])
    func quantitiesThatDoNotParseAreErrors(_ text: String) {
        guard case .failure(let error) = parser.parse(text) else {
            Issue.record("`\(text)` should be an invalid value")
            return
        }
        #expect(error.message.contains(ValueParser.expected))
    }

    /// A value of a hundred thousand number words is read in one pass, not tried run by run.
    @Test func aFloodOfNumberWordsIsNoNumber() {
        let flood = Array(repeating: "one and", count: 100_000).joined(separator: " ") + " one"
        guard case .text = try? parser.parse(flood).get() else {
            Issue.record("a flood of number words should be text")
            return
        }
    }

    @Test func sameValueInWordsDigitsAndChineseHolds() throws {
        let values = try ["16", "sixteen", "十六"].map(quantity)
        for a in values { for b in values { #expect(a.canBothHold(b)) } }
        #expect(!(try quantity("16").canBothHold(try quantity("seventeen"))))
    }

    /// A larger scale after a smaller one multiplies it: "a thousand million" is a billion.
    @Test func aScaleOfAScaleMultiplies() throws {
        #expect(NumberWords.english(["a", "thousand", "million"]) == 1e9)
        #expect(NumberWords.english(["two", "thousand", "million"]) == 2e9)
        #expect(NumberWords.english(["one", "million", "two", "thousand"]) == 1_002_000)
        #expect(try quantity("a thousand million").canBothHold(try quantity("1,000,000,000")))
        // The same scale again too: "a million million" is a trillion.
        #expect(NumberWords.english(["a", "million", "million"]) == 1e12)
    }

    /// Chinese numerals past any number are not read as infinity: they are text, as words that
    /// begin with a numeral are.
    @Test func aNumeralPastAnyNumberIsNoNumber() {
        let numeral = "一" + String(repeating: "亿", count: 60)
        #expect((try? parser.parse(numeral).get()) == .text(numeral))
    }

    @Test func decimalsAfterPointInWords() throws {
        #expect(try quantity("one point five million") == quantity("1.5 million"))
        #expect(try quantity("three point one four") == quantity("3.14"))
        // `point` with no digit word after it is a word of the unit, as it was.
        #expect(try quantity("one point").unit == "point")
        #expect(try quantity("two points").unit == "point")
    }

    @Test func thePlainCountFastPathReadsLikeTheGrammar() throws {
        #expect(try parser.parse("185").get() == parser.parse("+185").get())
        #expect(try parser.parse("007").get() == parser.parse("7 ").get())
    }

    @Test func subjectsResolveThroughNamesAndAliases() {
        let here = TextRange(at: .start)
        let registry = Registry(
            sources: [Source(id: Located("the-paper", at: here), name: Located("The Paper", at: here),
                             aliases: [Located("澎湃新闻", at: here)], range: here)],
            places: [Place(id: Located("lanzhou", at: here), name: Located("Lanzhou", at: here),
                           aliases: [Located("兰州", at: here)], range: here)])
        let resolver = registry.resolver
        #expect(Set(["Lanzhou", "兰州", "lanzhou", " LANZHOU "].map(resolver.key)) == ["place:lanzhou"])
        #expect(Set(["the-paper", "The Paper", "澎湃新闻"].map(resolver.key)) == ["source:the-paper"])
        #expect(resolver.key(for: "Xining City") == "text:xining city")
    }

    @Test func conflictsBetweenValues() throws {
        #expect(!(try quantity("185").canBothHold(try quantity("250"))))
        #expect(try quantity("about 200").canBothHold(try quantity("185")))
        #expect(!(try quantity("> 98%").canBothHold(try quantity("97%"))))
        #expect(try quantity("98%").canBothHold(try quantity("98.4%")), "98.4 rounds to 98")
        #expect(!(try quantity("fewer than 20").canBothHold(try quantity("20"))), "a whole count is exact")
        #expect(try quantity("180-190").canBothHold(try quantity("more than 185")))
        // Dates between two days; `between` and a number or date must parse.
        #expect(try quantity("between 2022-10-01 and 2022-10-03").interval == Interval(lower: 19266, upper: 19268))
        #expect(!(try quantity("between 2022-10-01 and 2022-10-03").canBothHold(try quantity("2022-11-05"))))
        #expect(throws: ValueError.self) { try ValueParser(tolerance: 0.1).parse("between 2022-10-01 and later").get() }
        #expect(try ValueParser(tolerance: 0.1).parse("between friends").get() == .text("between friends"))
        // A scale after a range's second number is the first number's too.
        #expect(try quantity("1-2 million").interval == Interval(lower: 1_000_000, upper: 2_000_000))
        #expect(try quantity("between 1 and 2 million").interval == Interval(lower: 1_000_000, upper: 2_000_000))
        #expect(try quantity("3-5万").interval == Interval(lower: 30_000, upper: 50_000))
        #expect(try quantity("500 thousand to 2 million").interval == Interval(lower: 500_000, upper: 2_000_000))
        #expect(try quantity("500,000 to 2 million").interval == Interval(lower: 500_000, upper: 2_000_000))
        // A rounded number stands for what rounds to it; a bound, a range or an approximation for
        // what lies within it as written, however coarse its unit.
        #expect(try quantity("98%").canBothHold(try quantity("more than 98%")), "98.3% is both")
        #expect(try quantity("1.5 million").canBothHold(try quantity("more than 1.5 million")))
        for (a, b) in [("at least 2 million", "1.6 million"), ("about 2 million", "1.5 million"), ("~2 million", "2.3 million"),
                       ("at least 2 days", "36 hours"), ("at least 3", "2.5"), ("at most 20", "20.4")] {
            #expect(!(try quantity(a).canBothHold(try quantity(b))), "\(a) and \(b)")
        }
    }

    /// A number in words that ends on a thousand or more, counted more than once, is a round
    /// figure to that place (within the tolerance), as the same number in digits with a scale
    /// word is; other numbers in words are as exact as digits, and so is every percentage.
    @Test func numbersInWordsAreRoundedToTheirLastScaleWord() throws {
        for (words, close) in [("two thousand", "2,150"), ("2 thousand", "2,150"), ("三万", "32,500"), ("两千", "2,150"),
                               ("一千二", "1,240"), ("三万五", "35,400"), ("九十八点六", "98.64"), ("twelve million", "12.3 million"),
                               ("two hundred thousand", "200,400")] {
            #expect(try quantity(words).canBothHold(try quantity(close)), "\(words) and \(close)")
        }
        for (words, other) in [("two thousand and five", "2,004"), ("a dozen", "13"), ("twenty", "21"), ("八十", "81"),
                               ("一百八十五", "186"), ("一千二", "1,260"), ("九十八点六", "98.7"), ("two thousand", "2,600"),
                               ("two thousand", "2,400"), ("2千", "2,400"), ("两千", "2,400"), ("三万", "34,000"),
                               ("two hundred", "240"), ("a hundred", "60"), ("一百", "140"), ("a thousand", "1,200"), ("一千", "1,200"),
                               ("two thousand five hundred", "2,540"), ("one hundred percent", "60%"), ("百分之一百", "百分之六十"),
                               ("a hundred days", "ninety days"), ("two hundred hours", "160 hours"), ("two thousand percent", "2,400%")] {
            #expect(!(try quantity(words).canBothHold(try quantity(other))), "\(words) and \(other)")
        }
    }

    /// A range's second number lends its scale to the first only when the first stays below it.
    @Test func rangesInWordsKeepBothEnds() throws {
        for (text, lower, upper) in [("one to a hundred", 1.0, 100.0), ("one to one hundred", 1, 100), ("1 to one thousand", 1, 1000),
                                     ("一到一百", 1, 100), ("一至一千", 1, 1000), ("1 to 1 thousand", 1, 1000),
                                     ("one to two million", 1_000_000, 2_000_000), ("two to three hundred", 2, 300),
                                     ("1-2 thousand", 1000, 2000), ("3-5万", 30_000, 50_000),
                                     ("between one and two million", 1_000_000, 2_000_000), ("between one and one hundred", 1, 100),
                                     ("between two hundred and five and three hundred", 205, 300)] {
            #expect(try quantity(text).interval == Interval(lower: lower, upper: upper), "\(text)")
        }
    }

    /// Days are whole: no day is after 2022-10-03 and before 2022-10-04.
    @Test func strictDateBoundsAreWholeDays() throws {
        let after = try quantity("after 2022-10-03"), before = try quantity("before 2022-10-04")
        #expect(!after.canBothHold(before))
        #expect(after.holds(Double(ISODate("2022-10-04")!.dayNumber)) && !after.holds(Double(ISODate("2022-10-03")!.dayNumber)))
        #expect(try quantity("after 2022-10-02").canBothHold(before))
    }

    /// A computed value a rounding error off a bound is on it: 29 / 50 is 57.99999999999999
    /// percent in binary, which "at least 58%" holds and "more than 58%" does not.
    @Test func aComputedValueOnABoundIsOnIt() throws {
        #expect(try quantity("at least 58%").holds(29.0 / 50.0 * 100))
        #expect(!(try quantity("more than 58%").holds(29.0 / 50.0 * 100)))
        #expect(try quantity("at most 0.3").holds(0.1 + 0.2))
        #expect(!(try quantity("less than 0.3").holds(0.1 + 0.2)))
    }

    /// "5 hundred" read as five of a unit called "hundred" conflicted with 500: a number word
    /// after digits is refused with a way to write it.
    /// Counts given by their order of magnitude, in words or in Chinese, are the intervals they
    /// allow: two of them can both hold, where read as text they conflicted; a count outside
    /// cannot.
    @Test func vagueCountsAreTheIntervalsTheyAllow() throws {
        for (a, b) in [("hundreds", "several hundred"), ("数百人", "几百人"), ("hundreds of people", "数百人"), ("十几", "十五"),
                       ("十几人", "15"), ("二十几人", "25"), ("tens of thousands", "几万"), ("dozens", "三十"), ("thousands", "上千"),
                       ("十几万", "150000"), ("二十几万", "250000"), ("数十亿", "5000000000"), ("几百亿", "30000000000"),
                       ("several hundred thousand", "500,000"), ("hundreds to thousands", "5000"), ("hundreds or thousands", "150"),
                       ("数百至数千人", "2000人"), ("hundreds of billions", "500000000000"), ("thousands of millions", "5000000000")] {
            #expect(try quantity(a).canBothHold(try quantity(b)), "\(a) and \(b)")
        }
        for (a, b) in [("hundreds", "5,000"), ("hundreds", "50"), ("十几", "10"), ("十几", "二十"), ("二十几人", "35"), ("数千", "999"),
                       ("more than hundreds", "80"), ("thousands of people", "hundreds of people"), ("十几万", "15"),
                       ("hundreds to thousands", "50"), ("hundreds to thousands", "20,000")] {
            #expect(!(try quantity(a).canBothHold(try quantity(b))), "\(a) and \(b)")
        }
        // A range that runs backwards, or a unit that runs on into another count, leaves text,
        // which a count never conflicts with.
        for text in ["thousands or hundreds", "数百人至数千人", "hundreds of people to thousands", "hundreds of people and more"] {
            #expect(try parser.parse(text).get() == .text(ValueParser.normalizedText(text)), "\(text)")
        }
        #expect(try quantity("hundreds of residents").unit == "resident")
        #expect(try quantity("十几人").unit == "person")
    }

    /// Plural units are compared with the singular whatever their spelling, and other units not.
    @Test(arguments: [("3 injuries", "1 injury"), ("3 cities", "1 city"), ("5 buses", "1 bus"), ("4 churches", "1 church"),
                      ("2 boxes", "1 box"), ("3 classes", "1 class"), ("3 houses", "1 house"), ("2 cases", "1 case"),
                      ("3 movies", "1 movie"), ("2 headaches", "1 headache"), ("4 days", "1 day"), ("2 bodies", "1 body")])
    func pluralUnitsAreTheSingular(_ plural: String, _ singular: String) throws {
        #expect(try quantity(plural).isComparable(with: try quantity(singular)), "\(plural) and \(singular)")
        #expect(!(try quantity(plural).canBothHold(try quantity(singular))))
        #expect(!(try quantity(plural).isComparable(with: try quantity("1 person"))))
    }

    /// A date range written with a dash is a range, whatever the dash.
    @Test(arguments: ["2022-10-01–2022-10-03", "2022-10-01 – 2022-10-03", "2022-10-01—2022-10-03", "2022-10-01 - 2022-10-03"])
    func dateRangesWithADash(_ text: String) throws {
        #expect(try quantity(text).interval == Interval(lower: 19266, upper: 19268))
    }

    /// Chinese decimals are the doubles their digits write: 一点八二 holds what rounds to 1.82.
    @Test func chineseDecimalsAreTheirDigits() throws {
        for (chinese, digits) in [("一点八二", 1.82), ("三点一四", 3.14), ("零点零七", 0.07), ("九十八点六", 98.6)] {
            #expect(try quantity(chinese).interval == .point(digits), "\(chinese)")
        }
    }

    @Test(arguments: ["5 hundred", "2 dozen", "2-3 hundred", "5 hundred thousand", "2 and a half million"])
    func numberWordsAfterDigitsAreRefused(_ text: String) {
        guard case .failure(let error) = parser.parse(text) else {
            Issue.record("`\(text)` should be an invalid value")
            return
        }
        #expect(error.message.contains("is not a unit"), "\(error.message)")
    }

    /// 23 / 40 is 57.49999999999999 percent in binary floating point, which rounds to 58 all the same.
    @Test func aComputedHalfRoundsUp() throws {
        #expect(try quantity("58%").holds(23.0 / 40.0 * 100))
        #expect(try quantity("28.8%").holds(23.0 / 80.0 * 100))
        #expect(!(try quantity("57%").holds(23.0 / 40.0 * 100)))
    }

    func day(_ text: String) -> Double { Double(ISODate(text)!.dayNumber) }

    /// Dates with the month in words, as articles write them, are the days they name.
    @Test(arguments: ["October 3, 2022", "3 October 2022", "Oct 3, 2022", "Oct. 3, 2022", "OCTOBER 3 2022", "3 Oct., 2022"])
    func datesWithTheMonthInWords(_ text: String) throws {
        let date = try quantity(text)
        #expect(date.dimension == .date)
        #expect(date.interval == .point(day("2022-10-03")), "\(text)")
    }

    @Test func monthNamesInAllTheirSpellings() throws {
        #expect(try quantity("Sept. 3, 2022").interval == .point(day("2022-09-03")))
        #expect(try quantity("sep 30, 2022").interval == .point(day("2022-09-30")))
        #expect(try quantity("May 1, 2022").interval == .point(day("2022-05-01")))
        #expect(try quantity("before October 3, 2022").interval == .below(day("2022-10-02"), inclusive: true))
        #expect(try quantity("October 1, 2022 to Oct. 3, 2022").interval == Interval(lower: day("2022-10-01"), upper: day("2022-10-03")))
        #expect(try quantity("between 1 Oct 2022 and 3 Oct 2022").interval == Interval(lower: day("2022-10-01"), upper: day("2022-10-03")))
        #expect(!(try quantity("2022-10-02").canBothHold(try quantity("October 3, 2022"))))
    }

    /// A month before a number, or a month and day in longer text, are not dates.
    @Test(arguments: ["May 2022", "march 2022 protests", "October 2 or later", "5 decades", "2 decimal places"])
    func monthsWithoutADayAndYearAreNoDates(_ text: String) throws {
        if case .quantity(let quantity) = try parser.parse(text).get() {
            #expect(quantity.dimension != .date, "\(text)")
        }
    }

    /// A value that is a month and day alone names a day that cannot be placed, as `10月3日`
    /// does: said, not taken as text that is never compared (nor `2 October` as two "octobers").
    @Test(arguments: ["October 2", "3 october", "Oct. 2", "October 1-3", "10月3日"])
    func aMonthAndDayWithoutAYearIsNoDate(_ text: String) throws {
        let error = try #require(throws: ValueError.self) { try parser.parse(text).get() }
        #expect(error.message.contains("it has no year"), "\(error.message)")
    }

    /// Comparison phrases of reports and press releases bound a value as `at most`, `more than`
    /// and `at least` do; `=` says a value is exact.
    @Test func comparisonPhrases() throws {
        #expect(try quantity("as many as 200").interval == .below(200, inclusive: true))
        #expect(try quantity("in excess of 200").interval == .above(200, inclusive: false))
        #expect(try quantity("no earlier than 2022-10-03").interval == .above(day("2022-10-03"), inclusive: true))
        #expect(try quantity("on or after October 3, 2022").interval == .above(day("2022-10-03"), inclusive: true))
        #expect(try quantity("on or before 2022-10-03").interval == .below(day("2022-10-03"), inclusive: true))
        #expect(try quantity("no later than 2022-10-03").interval == .below(day("2022-10-03"), inclusive: true))
        #expect(try quantity("= 185").interval == .point(185))
        #expect(try quantity("=185 people").interval == quantity("185 people").interval)
        #expect(try quantity("=185 people").unit == quantity("185 people").unit)
        // Exactly is exactly: no rounding to how it was written, no round figure's tolerance.
        #expect(!(try quantity("= 98%").canBothHold(try quantity("98.4%"))))
        #expect(try quantity("98%").canBothHold(try quantity("98.4%")))
        #expect(!(try quantity("= 1 million").canBothHold(try quantity("1.05 million"))))
        #expect(!(try quantity("= 98%").holds(97.96)))
        #expect(try quantity("= 2022-10-03").interval == .point(day("2022-10-03")))
        #expect(!(try quantity("as many as 200").canBothHold(try quantity("250"))))
        #expect(try quantity("in excess of 200").canBothHold(try quantity("250")))
        #expect(!(try quantity("on or after 2022-10-03").canBothHold(try quantity("2022-10-02"))))
        #expect(try quantity("no later than 2022-10-03").canBothHold(try quantity("2022-10-03")))
        #expect(throws: ValueError.self) { try parser.parse("= lots").get() }
    }

    /// Text shaped like a date that names no day is said to be no date, with what is wrong,
    /// instead of being read as a range of numbers that runs backwards.
    @Test(arguments: [
        ("2022-02-29", "`2022-02-29` is not a valid date: there is no February 29 in 2022; write a date as YYYY-MM-DD"),
        ("2022-13-01", "`2022-13-01` is not a valid date: there is no month 13; write a date as YYYY-MM-DD"),
        ("2022-9-5", "`2022-9-5` is not a valid date: write it as YYYY-MM-DD (2022-09-05)"),
        ("2022-10", "`2022-10` is not a valid date: it has no day; write a date as YYYY-MM-DD"),
        ("February 29, 2022", "`February 29, 2022` is not a valid date: there is no February 29 in 2022; write a date as YYYY-MM-DD"),
        ("before 2022-04-31", "`before 2022-04-31` is not a valid date: there is no April 31 in 2022; write a date as YYYY-MM-DD"),
        ("2022-10-01 to 2022-10-32", "`2022-10-01 to 2022-10-32` is not a valid date: there is no October 32 in 2022; write a date as YYYY-MM-DD"),
    ])
    func datesThatAreNoDaysSaySo(_ text: String, _ message: String) {
        #expect(throws: ValueError(message: message)) { try parser.parse(text).get() }
    }

    /// `aged` is read once before a number: repeated a hundred thousand times, it is text, read
    /// without a recursion as deep, which overflowed a worker thread's stack.
    @Test func agedIsReadOnce() throws {
        #expect(try parser.parse("aged 17").get() == parser.parse("17 years old").get())
        let repeated = String(repeating: "aged ", count: 100_000) + "17"
        #expect(try parser.parse(repeated).get() == .text(repeated))
        #expect(try parser.parse("aged aged 17").get() == .text("aged aged 17"))
    }

    /// Digits past any number that can be computed with are said to be too large to check: 400
    /// nines said "expected a number".
    @Test func digitsPastAnyNumberAreTooLargeToCheck() throws {
        let nines = String(repeating: "9", count: 400)
        #expect(throws: ValueError(message: "`\(nines)` is not \(ValueParser.expected): the number is too large to check")) {
            try parser.parse(nines).get()
        }
        #expect(throws: ValueError(message: "`\(nines) people` is not \(ValueParser.expected): the number is too large to check")) {
            try parser.parse(nines + " people").get()
        }
        #expect(try parser.parse(String(repeating: "9", count: 300)).get().singleNumber == 1e300)
    }

    /// A part of a number written with a slash, a vulgar fraction or per mille is an invalid
    /// value that says how to write it; it said only "unexpected `/3` after the number".
    @Test(arguments: [
        ("1/3", "unexpected `/3` after the number; write a fraction in words (`one third`, `two thirds of residents`) or as a percentage (`33.3%`)"),
        ("2/3 of residents", "unexpected `/3 of residents` after the number; write a fraction in words"),
        ("1½", "unexpected `½` after the number; write the number with decimals (`1.5`)"),
        ("5‰", "unexpected `‰` after the number; write per mille as a percentage (`5‰` is `0.5%`)"),
    ])
    func partsOfNumbersSayHowToWriteThem(_ text: String, _ message: String) throws {
        let error = try #require(throws: ValueError.self) { try parser.parse(text).get() }
        #expect(error.message.contains(message), "\(error.message)")
    }

    /// Four digits and a hyphen before what cannot be a month stay numbers; an end written with
    /// its last digits completes the first (`1990-95`), and one that still runs backwards is an
    /// invalid value.
    @Test func yearRangesStayRanges() throws {
        #expect(try quantity("2020-2022").interval == Interval(lower: 2020, upper: 2022))
        #expect(try quantity("1990-95").interval == Interval(lower: 1990, upper: 1995))
        guard case .failure(let error) = parser.parse("1995-90") else {
            Issue.record("a range that runs backwards is an invalid value")
            return
        }
        #expect(error.message.hasSuffix("the range runs backwards"))
    }

    /// Words after a number bound it as words before it do; they are never its unit.
    @Test(arguments: [
        ("200 or more", Interval.above(200, inclusive: true)), ("200+", .above(200, inclusive: true)),
        ("200 plus", .above(200, inclusive: true)), ("200-plus", .above(200, inclusive: true)),
        ("200 or above", .above(200, inclusive: true)), ("200 or over", .above(200, inclusive: true)),
        ("200 or less", .below(200, inclusive: true)), ("200 or fewer", .below(200, inclusive: true)),
        ("200 or under", .below(200, inclusive: true)), ("200 or below", .below(200, inclusive: true)),
        ("200 or so", Interval(lower: 180, upper: 220)), ("200 or thereabouts", Interval(lower: 180, upper: 220)),
        ("200 approximately", Interval(lower: 180, upper: 220)),
        // `200-odd` is two hundred and some, as `200多` is: more than 200, fewer than 300.
        ("200-odd", Interval(lower: 200, upper: 300, includesLower: false, includesUpper: false)),
        ("200 odd", Interval(lower: 200, upper: 300, includesLower: false, includesUpper: false)),
        ("20-odd", Interval(lower: 20, upper: 30, includesLower: false, includesUpper: false)),
        ("200-odd million", Interval(lower: 200e6, upper: 300e6, includesLower: false, includesUpper: false)),
        ("two hundred or more", .above(200, inclusive: true)),
        ("200以上", .above(200, inclusive: true)), ("200以下", .below(200, inclusive: true)),
        ("200左右", Interval(lower: 180, upper: 220)), ("200上下", Interval(lower: 180, upper: 220)),
        ("98% or more", .above(98, inclusive: true)), ("百分之九十以上", .above(90, inclusive: true)),
    ])
    func qualifiersAfterTheNumber(_ text: String, _ expected: Interval) throws {
        let quantity = try quantity(text)
        #expect(quantity.interval == expected, "\(text)")
        #expect(quantity.unit == nil, "\(text)")
    }

    /// A qualifier after the unit, where the language puts it, reads the same.
    @Test(arguments: [
        ("200 or more people", "200 people or more"), ("200+ people", "200 people or more"), ("200-odd people", "200多 people"),
        ("200人以上", "200以上人"), ("200人左右", "约200人"), ("about 200 cases", "200 cases approximately"),
    ])
    func qualifiersBeforeOrAfterTheUnit(_ text: String, _ same: String) throws {
        #expect(try quantity(text) == quantity(same))
        #expect(try quantity(text).unit != nil)
    }

    @Test func qualifiedDurations() throws {
        #expect(try quantity("48 hours or more").interval == .above(48 * 3600, inclusive: true))
        #expect(try quantity("3天以上").interval == .above(3 * 86_400, inclusive: true))
        #expect(try quantity("two weeks or so") == quantity("about two weeks"))
        #expect(try quantity("10多天").interval == Interval(lower: 10 * 86_400, upper: 20 * 86_400, includesLower: false, includesUpper: false))
    }

    /// `多` and `余` after a number are more than it by less than its last written place.
    @Test(arguments: [
        ("200多", 200.0, 300.0), ("两百多", 200, 300), ("200余", 200, 300), ("20多", 20, 30), ("十多", 10, 20),
        ("1000多", 1000, 2000), ("1.2万多", 12_000, 13_000), ("两千多", 2000, 3000), ("三万多", 30_000, 40_000),
        ("200多万", 2_000_000, 3_000_000), ("十多万", 100_000, 200_000), ("205多", 205, 206), ("90多%", 90, 100),
    ])
    func moreThanANumberInChinese(_ text: String, _ lower: Double, _ upper: Double) throws {
        let quantity = try quantity(text)
        #expect(quantity.interval == Interval(lower: lower, upper: upper, includesLower: false, includesUpper: false), "\(text)")
        #expect(quantity.unit == nil)
    }

    @Test func moreThanANumberTakesItsUnitAfter() throws {
        let people = try quantity("200多人")
        #expect(people.unit == (try quantity("1000人")).unit)
        #expect(!people.canBothHold(try quantity("1000人")))
        #expect(people.canBothHold(try quantity("250人")))
        #expect(!people.canBothHold(try quantity("300人")))
    }

    /// An approximation said twice (`约200多人`, `约200左右`, common in reports) is one: about
    /// 200-odd reaches the tolerance beyond either end of 200 to 300.
    @Test func anApproximationSaidTwiceIsOne() throws {
        let about = try quantity("约200多人")
        let (people, crowd, more) = (try quantity("185人"), try quantity("185人"), try quantity("400人"))
        let (aboutTwice, aboutOrSo, once) = (try quantity("约200左右"), try quantity("about 200 or so"), try quantity("about 200"))
        #expect(about.interval == Interval(lower: 180, upper: 330, includesLower: false, includesUpper: false))
        #expect(about.unit == people.unit)
        #expect(about.canBothHold(crowd) && !about.canBothHold(more))
        #expect(aboutTwice.interval == once.interval)
        #expect(aboutOrSo.interval == once.interval)
    }

    /// A qualifier before the number and another after it cannot both be meant.
    @Test(arguments: [
        ("about 200 or more", "`about` before the number and `or more` after it say different things; keep one"),
        ("more than 200+", "`more than` before the number and `+` after it say different things; keep one"),
        ("at least 200 people or more", "`at least` before the number and `or more` after it say different things; keep one"),
        ("200-300 or more", "a range gives its own bounds; `or more` after it cannot be checked"),
        ("200+ or more", "`+` and `or more` both qualify the number; keep one"),
        ("200多人以上", "`多` and `以上` both qualify the number; keep one"),
    ])
    func aQualifierOnBothSidesIsAnError(_ text: String, _ reason: String) {
        #expect(throws: ValueError(message: "`\(text)` is not \(ValueParser.expected): \(reason)")) { try parser.parse(text).get() }
    }

    /// A round figure holds what rounds to it at its place, but never what lies further off it
    /// than the approximation tolerance: rounding alone made `1 million` anything from half a
    /// million to 1.5 million.
    @Test func roundFiguresAreNoCoarserThanTheTolerance() throws {
        for (figure, other) in [("1 million", "500,000"), ("1 million", "1.4 million"), ("2 million", "2.5 million"), ("3亿", "2.5亿"),
                                ("one million", "1,150,000"), ("两千", "2,300"), ("1.5 million", "1,560,000")] {
            #expect(!(try quantity(figure).canBothHold(try quantity(other))), "\(figure) and \(other)")
        }
        for (figure, other) in [("1 million", "900,000"), ("1 million", "1.1 million"), ("1.5 million", "1,540,000"),
                                ("1.5 million", "1,500,000"), ("2 million", "about 2.3 million"), ("3亿", "3.2亿"), ("5 million", "5.4 million")] {
            #expect(try quantity(figure).canBothHold(try quantity(other)), "\(figure) and \(other)")
        }
        let million = try quantity("1 million")
        #expect(!million.holds(520 * 1000) && !million.holds(1_140_000))
        #expect(million.holds(900_000) && million.holds(1_100_000) && million.holds(1_049_999))
        let oneAndAHalf = try quantity("1.5 million")
        #expect(oneAndAHalf.holds(1_540_000) && !oneAndAHalf.holds(1_560_000))
        // Percentages and numbers without a scale word keep their rounding: 2% holds 2.4%.
        #expect(try quantity("2%").holds(2.4))
        #expect(try quantity("20").holds(20.4))
        // The tolerance is the parser's, as `tolerance:` in `.gloss.yml` sets it.
        let wide = try #require(try? ValueParser(tolerance: 0.3).parse("1 million").get())
        #expect(wide.canBothHold(try parser.parse("1.25 million").get()))
        #expect(!wide.canBothHold(try parser.parse("1.35 million").get()))
    }

    /// Fractions in words are exact shares, as percentages are shares.
    @Test(arguments: [
        ("half", 50.0), ("a half", 50), ("one half", 50), ("one-half", 50), ("one third", 100.0 / 3), ("a third", 100.0 / 3),
        ("two thirds", 200.0 / 3), ("Two-Thirds", 200.0 / 3), ("a quarter", 25), ("one quarter", 25), ("three quarters", 75),
        ("three-quarters", 75), ("one fifth", 20), ("two fifths", 40), ("one tenth", 10), ("nine tenths", 90), ("an eighth", 12.5),
        ("三分之一", 100.0 / 3), ("四分之三", 75), ("十分之一", 10),
    ] as [(String, Double)])
    func fractionsInWordsAreShares(_ text: String, _ percent: Double) throws {
        let share = try quantity(text)
        #expect(share.dimension == .share, "\(text)")
        #expect(share.interval == .point(percent), "\(text)")
        #expect(share.unit == nil)
    }

    @Test func fractionsCompareWithPercentages() throws {
        #expect(try quantity("one third").canBothHold(try quantity("33%")))
        #expect(!(try quantity("one third").canBothHold(try quantity("90%"))))
        #expect(try quantity("三分之一").canBothHold(try quantity("one third")))
        #expect(try quantity("three quarters").canBothHold(try quantity("75.0%")))
        #expect(!(try quantity("half").canBothHold(try quantity("48%"))))
        #expect(try quantity("more than half").interval == .above(50, inclusive: false))
        #expect(try quantity("about a third").canBothHold(try quantity("35%")))
        #expect(try quantity("half or more").interval == .above(50, inclusive: true))
        #expect(try quantity("two thirds of residents").unit != nil)
        #expect(try quantity("two thirds of residents").canBothHold(try quantity("67% of residents")))
        #expect(try parser.parse("one third").get().singleNumber.map { $0 / 100 * 300 }.map { abs($0 - 100) < 1e-9 } == true)
    }

    /// A fraction of a number or of a length of time is not read as a share of something called
    /// "a million"; neither is an ordinal in a phrase. (Half a unit of time, `half an hour`, is
    /// that length of time; `半年度`, half-yearly, is not one.)
    @Test(arguments: ["half a million", "a quarter of an hour", "a third of a million", "a third party",
                      "about half a million", "halfway", "half-hearted", "半年度", "the three-year-old", "three and a half"])
    func fractionsOfNumbersAreNotShares(_ text: String) throws {
        #expect(try parser.parse(text).get() == .text(ValueParser.normalizedText(text)))
    }
}
