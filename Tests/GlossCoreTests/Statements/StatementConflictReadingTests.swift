@testable import GlossCore
import Testing

/// Values as annotators copy them from articles, checked end to end: what must conflict does,
/// and ordinary ways of writing the same figure do not.
@Suite struct StatementConflictReadingTests {
    /// The `statement-conflict` findings for two claims about the same fact.
    func conflicts(_ first: String, _ second: String, firstSubject: String = "central-park", subject: String = "Central Park",
                   property: String = "crowd-size") -> [Diagnostic] {
        RuleExample(claims: StatementConflictRule.pair(first, second, firstSubject: firstSubject, subject: subject, property: property)).diagnostics()
            .filter { $0.ruleID == "statement-conflict" || $0.ruleID == "invalid-value" }
    }

    func expectConflict(_ pairs: [(String, String)], property: String = "crowd-size", sourceLocation: SourceLocation = #_sourceLocation) {
        for (first, second) in pairs {
            let found = conflicts(first, second, property: property)
            #expect(found.map(\.ruleID) == ["statement-conflict"], "`\(first)` and `\(second)`: \(found.map(\.message))",
                    sourceLocation: sourceLocation)
        }
    }

    func expectNoConflict(_ pairs: [(String, String)], property: String = "crowd-size", sourceLocation: SourceLocation = #_sourceLocation) {
        for (first, second) in pairs {
            let found = conflicts(first, second, property: property)
            #expect(found.isEmpty, "`\(first)` and `\(second)`: \(found.map(\.message))", sourceLocation: sourceLocation)
        }
    }

    /// A run of days written as one date (`October 1-3, 2022`, `2022年10月1日至3日`) is the range
    /// of those days: it was text, and conflicted with no date.
    @Test func aRunOfDaysIsARangeOfDates() {
        expectNoConflict([("October 1-3, 2022", "2022-10-02"), ("1-3 October 2022", "October 3, 2022"), ("Oct. 1–3, 2022", "2022-10-01"),
                          ("2022年10月1日至3日", "2022-10-03"), ("2022年9月30日至10月2日", "2022-10-01"), ("2022年10月1日-3日", "2022-10-02"),
                          ("2022年12月30日至2023年1月2日", "2023-01-01"), ("2022年10月1日-2022年10月3日", "2022-10-02")])
        expectConflict([("October 1-3, 2022", "2022-10-05"), ("1-3 October 2022", "2022-09-30"), ("2022年10月1日至3日", "2022-10-05"),
                        ("2022年12月30日至2023年1月2日", "2023-01-05"),
                        ("2022年9月30日至10月2日", "2022-10-03")])
        for (value, message) in [("October 3-1, 2022", "its days run backwards"), ("October 1-32, 2022", "there is no October 32 in 2022"),
                                 ("before October 1-3, 2022", "a run of days is a range already"),
                                 ("2022年10月1日至", "expected a day (`5日`) to end the range")] {
            let found = conflicts(value, "2022-10-02")
            #expect(found.map(\.ruleID) == ["invalid-value"] && found.first?.message.contains(message) == true, "\(value): \(found.map(\.message))")
        }
    }

    /// A range whose end is written with its last digits only (`1990-95`, `185-90`) ends at the
    /// number they complete; it ran backwards. `10-5` and `1995-90` still do.
    @Test func aRangeEndWrittenWithItsLastDigitsCompletesTheFirst() {
        expectNoConflict([("1990-95", "1993"), ("185-90 people", "188 people"), ("2020-21", "2021")])
        expectConflict([("1990-95", "1998"), ("185-90 people", "195 people"), ("2020-21", "2019")])
        for value in ["10-5", "1995-90", "1990-95%"] {
            #expect(conflicts(value, "3").map(\.ruleID) == ["invalid-value"], "\(value)")
        }
    }

    /// An approximate range (`about 200 to 300`, `约200至300人`), as reports write one, is the
    /// range a tolerance (10 %) wider at each end: it was an `invalid-value`.
    @Test func anApproximateRangeIsTheRangeWidened() {
        expectNoConflict([("about 200 to 300 people", "320 people"), ("around 200-300", "185"), ("约200至300人", "310人"),
                          ("约200-300人", "190 people"), ("大约200到300人", "250人"), ("roughly 200 to 300", "about 330")])
        expectConflict([("about 200 to 300 people", "340 people"), ("约200至300人", "170人"), ("around 200-300", "100")])
        #expect(conflicts("more than 200 to 300", "250").map(\.ruleID) == ["invalid-value"], "other qualifiers stay errors")
    }

    /// Words that stress a figure (`only 16`, `a total of 185`) read as the figure, and `until`
    /// and `prior to` bound a date as `no later than` and `before` do: such values were text,
    /// compared with nothing.
    @Test func stressWordsAndDateBoundsAreRead() {
        expectConflict([("only 16", "17"), ("a total of 185", "250"), ("just 16", "20"), ("until 2022-10-02", "2022-10-05"),
                        ("prior to 2022-10-03", "2022-10-03")])
        expectNoConflict([("only 16", "16"), ("a total of 185", "185"), ("until 2022-10-02", "2022-10-01"),
                          ("prior to 2022-10-03", "2022-10-02"), ("just over 200", "210"), ("only a few", "only a few")])
        #expect(conflicts("only 16 new cases", "16 new cases").isEmpty)
    }

    /// A length of time written as a compound (`48-hour`, `3-day`) is that length: it was a
    /// range missing its end.
    @Test func aCompoundLengthOfTimeIsALengthOfTime() {
        expectNoConflict([("48-hour", "2 days"), ("3-day", "72 hours"), ("180-190", "185")])
        expectConflict([("48-hour", "3 days"), ("3-day", "1 week")])
        // An age written so is the units it completed: it said "expected a number to end the range".
        expectNoConflict([("3-year-old", "3 years"), ("6-month-old", "6 months"), ("2-day-old", "48 hours"),
                          ("3-year-old", "3.5 years"), ("1-year-old", "18 months"), ("3 years old", "3-year-old"),
                          ("3 year old", "3.9 years")])
        expectConflict([("3-year-old", "5 years"), ("2-day-old", "1 week"), ("3-year-old", "1,000 days"), ("3 years old", "2.9 years")])
        #expect(conflicts("2.5-year-old", "2 years").map(\.ruleID) == ["invalid-value"])
        // Bounded or approximate, an age is the length it is bounded to.
        expectNoConflict([("about 35 years old", "36 years"), ("under 18 years old", "17 years"), ("nearly 3 years old", "2.9 years")])
        expectConflict([("under 18 years old", "20 years")])
        // A compound that goes on otherwise is no length of time: as before, not read.
        #expect(conflicts("3-year-older", "5 years").map(\.ruleID) == ["invalid-value"])
    }

    /// Lengths of time in words, as news writes them: a compound (`three-day`,
    /// `twenty-five-year-old`), half a unit (`half an hour`, `半年`, `半个月`) and a unit and a
    /// half (`two and a half years`, `a year and a half`). They were text, compared with nothing.
    @Test func lengthsOfTimeInWords() {
        expectNoConflict([("three-day", "72 hours"), ("six-month", "half a year"), ("two-week", "14 days"), ("forty-eight-hour", "2 days"),
                          ("twenty-five-year-old", "25 years old"), ("半年", "6 months"), ("半个月", "15天"), ("半天", "12 hours"),
                          ("half an hour", "30 minutes"), ("two and a half years", "30 months"), ("a year and a half", "一年半"),
                          ("one and a half hours", "90 minutes"), ("an hour and a half", "1.5 hours"),
                          ("more than half a year", "7 months"), ("半年以上", "8个月")])
        expectConflict([("three-day", "1 week"), ("six-month", "1 year"), ("twenty-five-year-old", "30 years old"), ("半年", "3 months"),
                        ("半个月", "1 month"), ("half an hour", "2 hours"), ("two and a half years", "1 year"),
                        ("a year and a half", "3 years"), ("one and a half hours", "3 hours"), ("半年以上", "4个月")])
    }

    /// Ages meet at birthdays: someone `under 18 years old` has not had the 18th birthday an
    /// `18-year-old` has, while `at most 18 years old` is any time before the 19th. They were
    /// compared as lengths of time with a year's slack, and `under 18 years old` held an
    /// 18-year-old. `17岁` is an age in years, as `17 years old` is; it was 17 of a unit 岁.
    @Test func agesMeetAtBirthdays() {
        expectConflict([("under 18 years old", "18-year-old"), ("17-year-old", "18-year-old"), ("17岁", "18 years old"),
                        ("18周岁", "17-year-old"), ("under 18 years old", "18岁"), ("at least 18 years old", "17-year-old")])
        expectNoConflict([("at most 18 years old", "18-year-old"), ("under 18 years old", "17岁"), ("17岁", "17-year-old"),
                          ("18-20 years old", "20-year-old"), ("over 18 years old", "18-year-old"), ("at least 18 years old", "18岁")])
        // `aged` before a number makes it an age in years, or in the unit of time after it.
        expectConflict([("aged 17", "18-year-old"), ("aged under 18", "18岁"), ("aged 18 to 25", "30 years old"),
                        ("aged 6 months", "1-year-old")])
        expectNoConflict([("aged 17", "17-year-old"), ("aged between 18 and 25", "21岁"), ("aged 6 months", "6-month-old"),
                          ("aged well", "aged well")])
        #expect(conflicts("aged 17.5", "17").map(\.ruleID) == ["invalid-value"])
    }

    /// A `unit:` that restates a duration's or a percentage's own unit changes nothing: the
    /// values were "not comparable" (`hours` is not `days`) and never conflicted.
    @Test func aUnitThatRestatesTheValuesOwnChangesNothing() {
        expectConflict([("48 hours\", unit: \"hours", "3 days\", unit: \"days"), ("98%\", unit: \"%", "90%\", unit: \"percent"),
                        ("48 hours\", unit: \"hours", "3 days")])
        expectNoConflict([("48 hours\", unit: \"hours", "2 days\", unit: \"days"), ("98%\", unit: \"%", "98%")])
        expectConflict([("98%\", unit: \"percentage", "90%\", unit: \"%"), ("2022-10-02\", unit: \"date", "2022-10-05"),
                        ("one in three\", unit: \"share", "50%")])
        expectNoConflict([("98%\", unit: \"percentage", "98%"), ("half\", unit: \"cases", "half")])
        // A number in `percentage` is a percentage, as one in `%` is.
        expectConflict([("98\", unit: \"percentage", "90%"), ("98\", unit: \"percent", "90%")])
        expectNoConflict([("98\", unit: \"percentage", "98%")])
        // A currency's code restates the currency its sign names.
        expectNoConflict([("US$1,200\", unit: \"USD", "1,200 US dollars"), ("€3 bn\", unit: \"EUR", "3 billion euros"),
                          ("4.5 million\", unit: \"USD", "US$4.5 million")])
        expectConflict([("US$1,200\", unit: \"USD", "US$1,500")])
    }

    /// A scale after digits, in Chinese or as an English plural, scales the number: `2千万` was
    /// 2,000 of a unit `万`, `1.5 millions` 1.5 of a unit `millions`.
    @Test func scalesAfterDigitsScaleTheNumber() {
        expectNoConflict([("2千万", "20,000,000"), ("1.1万亿", "1.1 trillion"), ("1.5百万", "1,500,000"), ("5千亿", "500 billion"),
                          ("1.5 millions", "1.5 million"), ("1.5\", unit: \"millions", "1,540,000"), ("2 thousands", "2,000")])
        expectConflict([("2千万", "2000"), ("1.5 millions", "1.5"), ("5千亿", "5000")])
    }

    /// A derived share compared with a value written without `%` shows the fraction computed,
    /// with figures enough to read it, and says how a share is written.
    @Test func aDerivedFractionIsShownWithItsFigures() {
        let statements: [(id: String, property: String, value: String, derived: String?)] = [
            ("positive", "positive", "185", nil), ("asymptomatic", "asymptomatic", "182", nil), ("severe", "severe", "12", nil),
            ("share", "share", "98", "asymptomatic / positive"), ("severe-share", "severe-share", "6", "severe / positive"),
        ]
        #expect(derivedMismatches(statements) == [
            "`asymptomatic / positive` computes 0.984, which `98` does not hold; a share is written with `%` (`98%`), as formulas compute fractions",
            "`severe / positive` computes 0.0649, which `6` does not hold; a share is written with `%` (`6%`), as formulas compute fractions",
        ])
        // An approximate figure without a unit gets the hint too; a count with a unit is no share
        // left without its `%`: no hint.
        let about = statements.dropLast(2) + [("share", "share", "about 98", "asymptomatic / positive")]
        #expect(derivedMismatches(Array(about)).first?.hasSuffix("(`about 98%`), as formulas compute fractions") == true)
        let counted = statements.dropLast(2) + [("share", "share", "98 cases", "asymptomatic / positive")]
        #expect(derivedMismatches(Array(counted)) == ["`asymptomatic / positive` computes 0.984, which `98 cases` does not hold"])
        // The `unit:` the value is read in is said with it: `98` alone hid why 98.4% missed it.
        let inUnit = statements.dropLast(2) + [("share", "share", "97\", unit: \"%", "asymptomatic / positive")]
        #expect(derivedMismatches(Array(inUnit)) == ["`asymptomatic / positive` computes 98.4%, which `97` (`unit: %`) does not hold"])
    }

    /// A value whose unit is not its `unit:` is said in the words written, not as compared.
    @Test func aUnitThatDiffersIsNamedAsWritten() {
        let found = conflicts("3 buses\", unit: \"injuries", "3")
        #expect(found.map(\.message) == ["the value `3 buses` has another unit than `unit: injuries`"], "\(found.map(\.message))")
        #expect(conflicts("3 buses\", unit: \"bus", "3").isEmpty)
    }

    /// The `derived-mismatch` messages for claims whose statements are `(id, property, value,
    /// derived)`, each anchored on the shared article's "185".
    func derivedMismatches(_ statements: [(id: String, property: String, value: String, derived: String?)]) -> [String] {
        messages(of: "derived-mismatch", for: statements)
    }

    /// The messages of rule `ruleID` for claims whose statements are `(id, property, value,
    /// derived)`, each anchored on the shared article's "185".
    func messages(of ruleID: String, for statements: [(id: String, property: String, value: String, derived: String?)]) -> [String] {
        RuleExample(claims: statements.map { statement in
            """
            - id: \(statement.id)
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              statement: {subject: central-park, property: \(statement.property), value: "\(statement.value)", \
            \(statement.derived.map { "derived: \($0)" } ?? "as_of: 2022-10-02")}
            """
        }.joined(separator: "\n")).diagnostics().filter { $0.ruleID == ruleID }.map(\.message)
    }

    /// Scales after digits multiply the number, however news copy writes them; they are no
    /// unit a bare number agrees with.
    @Test func scalesAfterDigitsMultiply() {
        expectConflict([("185k", "185"), ("2 trillion", "2"), ("1.2 lakh", "1.2"), ("$4.5 bn", "$4.5"), ("3mn", "3")])
        expectNoConflict([("185k", "185,000"), ("2 trillion", "2,000,000,000,000"), ("1.2 lakh", "120,000"), ("3 crore", "30 million"),
                          ("4.5 bn", "4.5 billion"), ("3mn", "3 million")])
        // `185km` is kilometres, not thousands.
        expectNoConflict([("185km", "185 km")])
    }

    /// One number with a scale word is as precise as its last non-zero digit, or its last
    /// decimal, in whatever language: `500万` is `5 million`, `450万` `4.5 million`.
    @Test func scaledFiguresAreAsPreciseInChineseAsInEnglish() {
        expectNoConflict([("450万", "500万"), ("4.5 million", "5 million"), ("450万", "4.5 million"), ("500万", "5 million"),
                          ("150万", "1,480,000"), ("1.5 million", "1,480,000")])
        expectConflict([("450万", "4.6 million"), ("1.50 million", "1,540,000"), ("185万", "1,800,000")])
    }

    /// `九成八` is nine tenths and eight hundredths: 98 %, to the percent.
    @Test func tenthsAndHundredthsInChinese() {
        expectNoConflict([("九成八", "98%"), ("九成八", "98.4%"), ("二成五", "25%"), ("七成", "70%")])
        expectConflict([("九成八", "92%"), ("九成五", "90%"), ("二成五", "20%"), ("九成八", "97%")])
    }

    /// Qualifiers of news copy in Chinese and English bound or approximate the number after them;
    /// read as text, they were never compared with a number.
    @Test func reportQualifiersBoundTheNumber() {
        expectNoConflict([("逾百人", "150人"), ("多达200人", "150人"), ("最少200人", "250人"), ("upwards of 200", "250"),
                          ("well over 200", "300"), ("an estimated 200", "210"), ("过半", "60%"), ("半数", "50%"),
                          ("逾百人", "过百人"), ("逾百人", "超百人"), ("逾百人", "逾千人")])
        expectConflict([("逾百人", "90人"), ("逾100人", "50人"), ("多达200人", "300人"), ("高达200人", "300人"), ("最少200人", "100人"),
                        ("upwards of 200", "50"), ("well over 200", "50"), ("an estimated 200", "1000"), ("过半", "10%"), ("半数", "10%")])
    }

    /// Dates as Chinese reports and English datelines write them, ranges given by `from … to`,
    /// by `or` and by two neighbouring Chinese numerals, shares given as `one in three` or in
    /// `pct`, none, `USD` and durations with a half (`一年半`), all compared as the figures they are.
    @Test func moreWaysOfWritingFigures() {
        expectNoConflict([("2022年10月3日", "2022-10-03"), ("Monday, October 3, 2022", "2022-10-03"), ("2022年10月3号", "October 3, 2022"),
                          ("from 200 to 300", "250"), ("from 2022-10-01 to 2022-10-03", "2022-10-02"), ("one or two", "2"),
                          ("two or three people", "3 people"), ("二三十人", "25人"), ("三四百", "350"), ("一两天", "2 days"),
                          ("两三天", "60 hours"), ("one in three", "33.3%"), ("two out of three", "66.7%"), ("98 pct", "98%"),
                          ("no one", "0"), ("none", "zero"), ("USD 4.5 million", "US$4.5 million"), ("一年半", "18 months"),
                          ("两个半小时", "150 minutes"), ("一天半", "36 hours"), ("一个半月", "1.5 months")])
        expectConflict([("2022年10月3日", "2022-10-05"), ("Monday, October 3, 2022", "2022-10-05"), ("from 200 to 300", "1000"),
                        ("from 2022-10-01 to 2022-10-03", "2022-10-05"), ("one or two", "5"), ("two or three people", "5 people"),
                        ("二三十人", "2人"), ("三四百人", "3人"), ("一两天", "10 days"), ("两三天", "10 days"), ("one in three", "50%"),
                        ("two out of three", "20%"), ("98 pct", "50%"), ("no one", "5"), ("none", "5"), ("USD 4.5 million", "US$9 million"),
                        ("两年半", "5 years"), ("一年半", "三年"), ("一天半", "三天"), ("一个半月", "90 days"), ("两个半小时", "5 hours")])
        // Names that begin with a unit, a counter's word, and words that begin like none are words.
        expectConflict([("百度", "谷歌"), ("万达", "万科"), ("千岛湖", "西湖"), ("一两银子", "三两银子"), ("none of them", "some of them"),
                        ("Nobody Knows", "Somebody Knows"), ("逾百万", "900000")])
        expectNoConflict([("逾百万", "1,500,000"), ("过百万人", "2 million people"), ("百人", "100 people"), ("百万", "1,050,000")])
        // 百人 is as exact as 一百人; 百万 a round figure, as 一百万 is.
        expectConflict([("百人", "101人"), ("千人", "1001人"), ("百万", "1,200,000")])
        // A weekday must be the date's.
        #expect(conflicts("Tuesday, October 3, 2022", "2022-10-03").map(\.message).first?.contains("2022-10-03 was a Monday, not a Tuesday") == true)
        // A month and day without the year is no date that can be placed.
        #expect(conflicts("10月3日", "2022-10-03").map(\.message).first?.contains("it has no year") == true)
    }

    /// 例, the counter of a disease's cases, counts cases.
    @Test func casesCountedInChinese() {
        expectNoConflict([("185例", "185 cases")])
        expectConflict([("185例", "190 cases")])
    }

    /// A length of time of one unit is not anything from half of it to half again: it stands for
    /// what rounds to it no further than an approximation would.
    @Test func oneUnitOfTimeIsNotHalfToHalfAgain() {
        expectConflict([("1 year", "6 months"), ("1 year", "17 months"), ("1 week", "4 days"), ("1 week", "10 days"),
                        ("1 day", "13 hours"), ("1 day", "35 hours"), ("1 hour", "89 minutes"), ("2 days", "60 hours"),
                        ("一天", "13个小时"), ("one year", "7 months")], property: "lockdown-length")
        expectNoConflict([("1 year", "12 months"), ("1 day", "24 hours"), ("1 week", "7 days"), ("2 days", "48 hours"),
                          ("1 day", "25 hours"), ("3 years", "3.2 years"), ("13 days", "12.6 days")], property: "lockdown-length")
    }

    /// A capital M or B after the digits, and a `m` or `b` after the digits of money, are million
    /// and billion: lowercased, they read as metres and bytes.
    @Test func scaleLettersAfterDigits() {
        expectNoConflict([("4.5M", "4.5 million"), ("3B", "3 billion"), ("$3m", "$3 million"), ("$2b", "2 billion dollars"),
                          ("US$1.2M", "US$1,200,000")])
        expectConflict([("4.5M", "3 million"), ("$3m", "$4.5 million"), ("$2b", "$2"), ("3B", "3")])
        // Lowercase after a bare number is metres, a capital before letters no scale.
        expectNoConflict([("185m", "185 m"), ("Gate 5B", "gate 5b"), ("5MB", "5 mb")])
        expectConflict([("185m", "185 million")])
    }

    /// A `unit:` that says what the number measures reads as if written after it, and the
    /// finding names it: without it, `48` and `3 days` seem to conflict for no reason.
    @Test func aUnitThatMeasuresIsAppliedToTheNumber() {
        expectConflict([("48\", unit: \"hours", "3 days"), ("98\", unit: \"%", "50%"), ("1.5\", unit: \"million", "1,500")])
        #expect(conflicts("48\", unit: \"hours", "3 days").map(\.message) == [
            "`crowd-estimate` (unattributed) says `3 days` but `crowd` (attributed to The Daily) says `48` (`unit: hours`): "
                + "central-park's crowd-size as of 2022-10-02 cannot be both",
        ])
        #expect(conflicts("185\", unit: \"cases", "190\", unit: \"Case").map(\.message).first?.contains("unit:") == false)
        // A unit both share says nothing of why they conflict.
        #expect(conflicts("185\", unit: \"people", "190\", unit: \"people").map(\.message) == [
            "`crowd-estimate` (unattributed) says `190` but `crowd` (attributed to The Daily) says `185`: "
                + "central-park's crowd-size as of 2022-10-02 cannot be both",
        ])
        expectNoConflict([("48\", unit: \"hours", "2 days"), ("98\", unit: \"%", "98%"), ("1.5\", unit: \"million", "1,500,000"),
                          ("185\", unit: \"people", "185 persons")])
    }

    /// Months and years in a row vary less than one does: a month more is another length, a
    /// number of them stands for what rounds to it, and lengths in different units that can be
    /// the same agree.
    @Test func monthsAndYearsInARowAreCompared() {
        expectConflict([("10 months", "11 months"), ("12 months", "13 months"), ("3 years", "4 years"), ("2020年", "2022年")],
                       property: "lockdown-length")
        expectNoConflict([("1 month", "30 days"), ("12 months", "1 year"), ("2 years", "730 days"), ("24 months", "2 years"),
                          ("6 months", "26 weeks"), ("3 years", "3.2 years"), ("1.5 years", "1.52 years")], property: "lockdown-length")
        expectConflict([("about 10 months", "11.5 months"), ("= 10 months", "11 months")], property: "lockdown-length")
    }

    /// Amounts of money with their currency sign are numbers in that currency.
    @Test func amountsOfMoneyAreNumbers() {
        expectNoConflict([("$4.5 million", "$4,500,000"), ("$4.5 million", "4.5 million dollars"), ("€3 bn", "3 billion euros")])
        expectConflict([("$4.5 million", "$6 million"), ("about $200", "$100")])
        // Amounts in different currencies are not compared, as other units are not.
        expectNoConflict([("$185", "200 euros")])
    }

    /// `百余`, `千多`: a hundred or a thousand and more, the one unsaid; phrases of reports that
    /// bound or approximate a number.
    @Test func chineseUnitsBeforeSurplusAndReportPhrases() {
        expectNoConflict([("百余人", "150人"), ("千余人", "1,500 people"), ("close to 200", "190"), ("just over 200", "205")])
        expectConflict([("百余人", "250人"), ("千多人", "900人"), ("exactly 200", "201"), ("just over 200", "150"),
                        ("just under 200", "250"), ("close to 200", "100")])
    }

    /// A `derived:` formula computes a number: a value it cannot be checked against (words, a
    /// duration) is said to be one, never passed silently.
    @Test func aDerivedFormulaNeedsANumberToCheck() {
        let findings = messages(of: "invalid-value", for: [("crowd", "crowd-size", "185", nil), ("doubled", "crowd-doubled", "many", "crowd * 2"),
                                                           ("lasted", "crowd-length", "3 hours", "crowd * 2")])
        #expect(findings == ["`derived` computes a number, but the value `many` is not one",
                             "`derived` computes a number, but the value is a duration"], "\(findings)")
    }

    /// A whole measure is rounded to its last digit, as a count is not.
    @Test func aWholeMeasureIsRounded() {
        expectNoConflict([("5 km", "5.2 km"), ("40 degrees", "40.3 degrees"), ("3 tonnes", "2.6 tonnes"), ("5公里", "5.4公里")],
                         property: "distance")
        expectConflict([("5 km", "5.6 km"), ("5 people", "5.2 people")], property: "distance")
    }

    /// `N成` is N tenths, a share rounded to the tenth.
    @Test func chineseTenthsAreSharesRoundedToTheTenth() {
        expectNoConflict([("五成", "50%"), ("七成", "72%"), ("三成", "三分之一"), ("9成", "about 90%")], property: "share")
        expectConflict([("五成", "80%"), ("七成", "76%"), ("三成", "一半")], property: "share")
    }

    /// 一半 is a half, a share compared with percentages, as `half` is.
    @Test func aChineseHalfIsAShare() {
        expectNoConflict([("一半", "50%"), ("一半", "half")], property: "share")
        expectConflict([("一半", "80%"), ("一半", "three quarters")], property: "share")
    }

    /// Units in irregular plurals are the singular's.
    @Test func irregularPluralUnitsAreTheSingular() {
        expectConflict([("3 gunmen", "5 gunman"), ("2 policemen", "4 policeman"), ("3 lives", "5 life"), ("2 wolves", "4 wolf")])
    }

    @Test func datesWithTheMonthInWordsAreCompared() {
        expectConflict([("2022-10-02", "October 3, 2022"), ("Oct. 1, 2022", "after 2022-10-02")], property: "protest-date")
        // An ordinal's ending, `on` and `since` before a date.
        expectConflict([("October 3rd, 2022", "2022-10-02"), ("on 2022-10-03", "October 2, 2022"), ("since 2022-10-03", "2022-10-01")],
                       property: "protest-date")
        expectNoConflict([("October 3rd, 2022", "2022-10-03"), ("on 2022-10-03", "on October 3, 2022"), ("since 2022-10-03", "2022-10-05")],
                         property: "protest-date")
        expectNoConflict([("2022-10-03", "October 3, 2022"), ("3 Oct 2022", "on or after 2022-10-03")], property: "protest-date")
    }

    @Test func aDateInWordsAfterPublicationIsFound() {
        let example = RuleExample(files: [
            RuleExample.annotationPath: DateAfterPublicationRule.published("2022-10-03", statement: "value: \"October 12, 2022\""),
        ])
        #expect(example.diagnostics().map(\.ruleID).contains("date-after-publication"))
        let before = RuleExample(files: [
            RuleExample.annotationPath: DateAfterPublicationRule.published("2022-10-03", statement: "value: \"Oct. 2, 2022\""),
        ])
        #expect(!before.diagnostics().map(\.ruleID).contains("date-after-publication"))
    }

    /// `200 or more` was 200 of a unit called "or more", which conflicted with 250; `200多人`
    /// was 200 of a unit called `多人`, never compared with 1000 people.
    @Test func qualifiersAfterTheNumberBoundIt() {
        expectConflict([("200多人", "1000人"), ("200 or more", "150"), ("200 people or fewer", "250 people"), ("200+", "199"),
                        ("200人以上", "150人"), ("two hundred or so", "250")])
        expectConflict([("200-odd people", "185 people"), ("200-odd", "300"), ("200 odd-numbered houses", "250 odd-numbered houses")])
        expectNoConflict([("200 or more", "250"), ("200多人", "250人"), ("200-odd", "210"), ("200-odd people", "250 people"), ("200人以上", "250人"),
                          ("200 people or so", "about 210 people"), ("1.2万多", "12,500")])
    }

    @Test func aQualifierOnBothSidesIsAnInvalidValue() {
        let found = conflicts("about 200 or more", "250")
        #expect(found.map(\.ruleID) == ["invalid-value"])
        #expect(found.first?.message.contains("`about` before the number and `or more` after it") == true)
    }

    /// A figure with a scale word held anything within half its place: 1 million and 500,000
    /// did not conflict.
    @Test func roundFiguresConflictPastTheTolerance() {
        expectConflict([("1 million", "500,000"), ("1 million", "1.4 million"), ("2 million", "2.5 million"), ("3亿", "2.5亿")])
        expectNoConflict([("1 million", "1.1 million"), ("1.5 million", "1,540,000"), ("两千", "2,100")])
    }

    /// `derived-mismatch` holds the computed value to the same bound.
    @Test func aRoundFigureDoesNotHoldAComputedValueFarOffIt() {
        func mismatches(_ value: String) -> [String] {
            derivedMismatches([("crowd", "crowd-size", "520", nil), ("total", "total", value, "crowd * 1000")])
        }
        #expect(mismatches("1 million") == ["`crowd * 1000` computes 520000, which `1 million` does not hold"])
        #expect(mismatches("0.5 million").isEmpty)
        #expect(mismatches("520 thousand").isEmpty)
    }

    /// A computed value just past a bound is shown with the decimals that put it past it, not
    /// rounded onto the bound it misses.
    @Test func aComputedValueJustPastABoundIsShownPastIt() {
        func mismatches(_ value: String) -> [String] {
            derivedMismatches([("cases", "cases", "2449", nil), ("all", "all", "2500", nil), ("share", "share", value, "cases / all")])
        }
        #expect(mismatches("at least 98%") == ["`cases / all` computes 97.96%, which `at least 98%` does not hold"])
        #expect(mismatches("98%").isEmpty)
    }

    /// `one third` was one of a thing called "third".
    @Test func fractionsAreShares() {
        expectConflict([("one third", "90%"), ("三分之一", "50%"), ("half", "40%")], property: "resident-share")
        expectNoConflict([("one third", "33%"), ("two thirds", "67%"), ("三分之一", "one third"), ("one third", "1"), ("a quarter", "25%")],
                         property: "resident-share")
    }

    @Test func aFractionIsAShareInFormulas() {
        func mismatches(_ value: String) -> [String] {
            derivedMismatches([("x", "resident-share", "one third", nil), ("y", "crowd-size", "300", nil),
                               ("residents", "residents", value, "x * y")])
        }
        #expect(mismatches("100").isEmpty)
        #expect(mismatches("300") == ["`x * y` computes 100, which `300` does not hold"])
    }

    /// A full stop, a capital or an article copied from the sentence was an error-level conflict.
    @Test func textValuesCompareByTheirWords() {
        expectConflict([("peaceful", "violent"), ("the police", "the army"), ("和平", "暴力")], property: "protest-character")
        expectNoConflict([("peaceful", "Peaceful."), ("the police", "police"), ("A  peaceful  march!", "peaceful march"),
                          ("“peaceful”", "peaceful"), ("和平。", "和平"), ("Central Park", "central-park"), ("The City", "the-city")],
                         property: "protest-character")
    }

    @Test func conflictMessagesQuoteTextValuesAsWritten() {
        let found = conflicts("Peaceful.", "violent", property: "protest-character")
        #expect(found.map(\.message) == ["`crowd-estimate` (unattributed) says `violent` but `crowd` (attributed to The Daily) says `Peaceful.`: "
            + "central-park's protest-character as of 2022-10-02 cannot be both"])
    }

    @Test func wordsOfTextValues() {
        #expect(TextFolding.words("The Police.") == "police")
        #expect(TextFolding.words("an  apple, a pear") == "apple a pear")
        #expect(TextFolding.words("a") == "a")
        #expect(TextFolding.words("?!") == "?!")
        #expect(TextFolding.words("和平，稳定。") == "和平 稳定")
    }

    /// Only a one-word unit lost its plural `s`, and every language's word for people was a
    /// unit of its own: 185 people and 250 persons were never compared.
    @Test func unitsForTheSameThingAreOneUnit() {
        expectConflict([("185 people", "250 persons"), ("185人", "250 people"), ("185名", "250人"), ("3 children", "5 child"),
                        ("20 police officers", "25 police officer"), ("185 individuals", "200 people")])
        expectNoConflict([("185人", "185 people"), ("185名", "185 persons"), ("185 police officers", "185 police officer"),
                          ("185 people", "250 police officers"), ("2 kilometres", "5 miles"), ("185 men", "250 women")])
    }

    @Test func unitNames() {
        #expect(UnitNames.normalized("Police Officers") == "police officer")
        #expect(UnitNames.normalized("children") == "child")
        #expect(UnitNames.normalized("local people") == "local person")
        #expect(Set(["people", "persons", "person", "individuals", "人", "名", " People "].map(UnitNames.normalized)) == ["person"])
        #expect(UnitNames.normalized("cases") == "case")
        #expect(UnitNames.normalized("bus") == "bus")
        #expect(UnitNames.normalized("") == nil)
    }

    /// `unit:` is compared as the value's own unit is.
    @Test func theUnitFieldIsNormalizedTheSameWay() {
        let example = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              statement: {subject: central-park, property: crowd-size, value: "185 people", unit: persons, as_of: 2022-10-02}
            - id: crowd-estimate
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              statement: {subject: central-park, property: crowd-size, value: "185", unit: 人, as_of: 2022-10-02}
            """)
        #expect(example.diagnostics().filter { ["invalid-value", "statement-conflict"].contains($0.ruleID) }.isEmpty)
    }

    /// Decimals spoken after `point` (`one point five million`) are the number's: read as one
    /// of something called "point five million", the value conflicted with 1.5 million.
    @Test func decimalsSpokenAfterPointAreTheNumbers() {
        expectNoConflict([("1.5 million", "one point five million"), ("3.2", "three point two"), ("98.6%", "ninety-eight point six percent"),
                          ("2.05 billion", "two point zero five billion")], property: "population")
        expectConflict([("1.5 million", "one point two million"), ("3.2", "three point five")], property: "population")
    }

    /// `九成多` is more than nine tenths, by less than a tenth, as `200多` is more than 200 by
    /// less than a hundred: it was read as `九成`, 85 % to 95 %.
    @Test func tenthsAndMoreAreBetweenThatTenthAndTheNext() {
        expectNoConflict([("九成多", "97%"), ("九成多", "91%"), ("七成多", "75%")], property: "share")
        expectConflict([("九成多", "86%"), ("九成多", "89%"), ("七成多", "81%")], property: "share")
    }

    /// Text values run their words together: where a word breaks is spelling, not a different
    /// answer. Different letters still are.
    @Test func textValuesIgnoreWhereWordsBreak() {
        expectNoConflict([("U.S.", "US"), ("COVID-19", "covid19"), ("Omicron BA.5", "omicron ba5")], property: "named-as")
        expectConflict([("U.S.", "U.K."), ("COVID-19", "COVID-20")], property: "named-as")
    }

    /// A subject written as a registry name with its full stop, or without its leading `The`,
    /// is that place or source: `The City.` and `City` were text, compared with nothing.
    @Test func subjectsWithoutTheirArticleOrWithAFullStopResolve() {
        for subject in ["The City.", "City", "city."] {
            #expect(conflicts("185", "250", firstSubject: "the-city", subject: subject).map(\.ruleID) == ["statement-conflict"], "\(subject)")
        }
        #expect(conflicts("185", "250", firstSubject: "the-city", subject: "Cityscape").isEmpty)
    }

    /// Durations in the abbreviations news copy uses (`2 wks`, `3 yrs`) and in fortnights.
    @Test func abbreviatedUnitsOfTimeAreDurations() {
        expectNoConflict([("2 wks", "14 days"), ("3 yrs", "three years"), ("a fortnight", "2 weeks"), ("2 fortnights", "28 days")],
                         property: "lockdown-length")
        expectConflict([("2 wks", "10 days"), ("3 yrs", "5 years"), ("a fortnight", "1 week")], property: "lockdown-length")
    }

    /// A statement whose `as_of` (or `from`, `to`) is no date is an `invalid-value`, and is
    /// compared with no other: read as undated, it conflicted with every undated statement.
    @Test func aStatementWithAnUnreadableTimeIsComparedWithNone() {
        for time in ["as_of: 2022-10-32", "from: yesterday", "to: 2022-02-30"] {
            let example = RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "185"}
                - id: crowd-estimate
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-size, value: "250", \(time)}
                """)
            let found = example.diagnostics().filter { ["invalid-value", "statement-conflict"].contains($0.ruleID) }
            #expect(found.map(\.ruleID) == ["invalid-value"], "\(time): \(found.map(\.message))")
        }
    }

    /// A run of days into a later month, written in English with the month again, is the range
    /// of those days: it was text, compared with no date.
    @Test func aRunOfDaysIntoTheNextMonthIsARangeOfDates() {
        expectNoConflict([("September 30-October 2, 2022", "2022-10-01"), ("30 September-2 October 2022", "October 1, 2022"),
                          ("Sept. 30 – Oct. 2, 2022", "2022-09-30"), ("October 1-3, 2022", "2022-10-03")], property: "protest-date")
        expectConflict([("September 30-October 2, 2022", "2022-10-05"), ("30 September-2 October 2022", "2022-09-29")],
                       property: "protest-date")
        for value in ["October 30-September 2, 2022", "30 September-2 2022"] {
            #expect(conflicts(value, "2022-10-01", property: "protest-date").map(\.ruleID) == ["invalid-value"], "\(value)")
        }
    }

    /// A share's unit is compared without an article after `of`: `of the cases` and `of cases`
    /// are one unit, and were not compared.
    @Test func anArticleAfterOfIsNoOtherUnit() {
        expectConflict([("50% of the cases", "98% of cases")], property: "share")
        expectNoConflict([("98% of the cases", "98% of cases"), ("50% of the cases", "98% of the deaths")], property: "share")
        #expect(UnitNames.normalized("of the cases") == "of case")
    }

    /// A ratio with what it counts after it (`one in five adults`) is a share of them, as `20%
    /// of adults` is: in words it was text, and in digits an `invalid-value` asking for digits.
    @Test func aRatioIsAShareOfWhatFollowsIt() {
        expectNoConflict([("one in five adults", "20% of adults"), ("1 in 5 adults", "one in five adults"),
                          ("2 out of 3 residents", "two thirds of residents")], property: "share")
        expectConflict([("1 in 5 adults", "50% of adults"), ("one in five adults", "1 in 3 adults")], property: "share")
    }
}
