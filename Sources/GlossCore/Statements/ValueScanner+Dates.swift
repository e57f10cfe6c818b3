/// Dates as statement values write them: ISO 8601 (`2022-10-03`), in Chinese (`2022年10月3日`),
/// or with the month in English words (`October 3, 2022`, `3 Oct. 2022`, `Sept. 3, 2022`), as
/// articles and press releases write them and annotators copy them. Text shaped like an ISO date that names no day of the
/// calendar (`2022-02-29`, `2022-13-01`, `2022-9-5`, `2022-10`) is said to be no date; read as
/// numbers it was a range that "runs backwards", which told the annotator nothing.
extension ValueScanner {
    /// The months as messages name them.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// Every spelling of a month, lowercased: the names and their usual abbreviations.
    static let monthSpellings: [(spelling: String, month: Int)] =
        monthNames.enumerated().map { ($1.lowercased(), $0 + 1) }
        + [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
           ("oct", 10), ("nov", 11), ("dec", 12)]

    /// The days a date names: one, or a run of days of a year written once
    /// (`October 1-3, 2022`, `September 30-October 2, 2022`, `2022年10月1日至3日`).
    struct DaySpan {
        var first: ISODate
        var last: ISODate

        init(_ date: ISODate) {
            first = date
            last = date
        }
    }

    /// A date here; nil when the text is not shaped like one, a failure saying what is wrong
    /// when it is shaped like one but is none.
    mutating func scanDate() -> Result<DaySpan, ValueParser.Misreading>? {
        scanNumericDate().map { $0.map(DaySpan.init) } ?? scanChineseDate() ?? scanWrittenDate()
    }

    /// The span from `first` to `last`, or why it is none.
    private static func span(_ first: Result<ISODate, ValueParser.Misreading>, to last: Result<ISODate, ValueParser.Misreading>?)
        -> Result<DaySpan, ValueParser.Misreading> {
        first.flatMap { first in
            guard let last else { return .success(DaySpan(first)) }
            return last.flatMap { last in
                guard first <= last else { return .failure(.invalidDate("its days run backwards")) }
                var span = DaySpan(first)
                span.last = last
                return .success(span)
            }
        }
    }

    /// `2022年10月3日` (or `3号`), as Chinese reports write a date, and a run of days after it
    /// (`至5日`, `-5日`, `至11月2日`). A month and day without the year (`10月3日`) are a date
    /// that cannot be placed; `2022年` alone is a number of years.
    private mutating func scanChineseDate() -> Result<DaySpan, ValueParser.Misreading>? {
        guard let first = scanChineseDay() else { return nil }
        guard case .success(let date) = first else { return first.map(DaySpan.init) }
        let start = index
        skipSpaces()
        guard ["至", "到", "-"].contains(where: { consume($0) }) else {
            index = start
            return .success(DaySpan(date))
        }
        skipSpaces()
        // The end's whole date (`至2023年1月2日`), its month and day in the first's year
        // (`至11月2日`), or its day alone (`至5日`).
        if digitRun(at: index) == 4, let end = scanChineseDay() {
            return Self.span(.success(date), to: end)
        }
        let monthDigits = digitRun(at: index)
        var month = date.month
        if (1...2).contains(monthDigits), index + monthDigits < characters.count, characters[index + monthDigits] == "月" {
            month = number(at: index, digits: monthDigits)
            index += monthDigits + 1
        }
        let dayDigits = digitRun(at: index)
        guard (1...2).contains(dayDigits), index + dayDigits < characters.count, "日号".unicodeScalars.contains(characters[index + dayDigits]) else {
            return .failure(.expected("expected a day (`5日`) to end the range"))
        }
        let day = number(at: index, digits: dayDigits)
        index += dayDigits + 1
        return Self.span(.success(date), to: Self.date(year: date.year, month: month, day: day))
    }

    private mutating func scanChineseDay() -> Result<ISODate, ValueParser.Misreading>? {
        let start = index
        var year: Int?
        if digitRun(at: index) == 4, index + 4 < characters.count, characters[index + 4] == "年" {
            year = number(at: index, digits: 4)
            index += 5
        }
        let monthDigits = digitRun(at: index)
        guard (1...2).contains(monthDigits), index + monthDigits < characters.count, characters[index + monthDigits] == "月" else {
            index = start
            return nil
        }
        let month = number(at: index, digits: monthDigits)
        let dayStart = index + monthDigits + 1
        let dayDigits = digitRun(at: dayStart)
        guard (1...2).contains(dayDigits), dayStart + dayDigits < characters.count, "日号".unicodeScalars.contains(characters[dayStart + dayDigits])
        else {
            guard year != nil, (1...12).contains(month) else {
                index = start
                return nil
            }
            index = dayStart
            return .failure(.invalidDate("it has no day; \(Self.writeISO)"))
        }
        index = dayStart + dayDigits + 1
        guard let year else { return .failure(.invalidDate("it has no year; \(Self.writeISO)")) }
        return Self.date(year: year, month: month, day: number(at: dayStart, digits: dayDigits))
    }

    private static let writeISO = "write a date as YYYY-MM-DD"

    /// `YYYY-MM-DD`, or four digits, a hyphen and a month with or without a day in another form.
    /// Four digits and a hyphen before a number that cannot be a month (`1990-95`) are no date:
    /// they stay a range of numbers.
    private mutating func scanNumericDate() -> Result<ISODate, ValueParser.Misreading>? {
        guard digitRun(at: index) == 4, index + 4 < characters.count, characters[index + 4] == "-" else { return nil }
        let monthDigits = digitRun(at: index + 5)
        guard (1...2).contains(monthDigits) else { return nil }
        let (year, month) = (number(at: index, digits: 4), number(at: index + 5, digits: monthDigits))
        let monthEnd = index + 5 + monthDigits
        let dayDigits = monthEnd < characters.count && characters[monthEnd] == "-" ? digitRun(at: monthEnd + 1) : 0
        guard (1...2).contains(dayDigits) else {
            guard dayDigits == 0, (1...12).contains(month) else { return nil }
            index = monthEnd
            return .failure(.invalidDate("it has no day; \(Self.writeISO)"))
        }
        let day = number(at: monthEnd + 1, digits: dayDigits)
        index = monthEnd + 1 + dayDigits
        return Self.date(year: year, month: month, day: day).flatMap { date in
            monthDigits == 2 && dayDigits == 2 ? .success(date) : .failure(.invalidDate("write it as YYYY-MM-DD (\(date))"))
        }
    }

    /// The days of the week, Sunday first, as a written date may begin (`Monday, October 3, 2022`),
    /// in full and abbreviated.
    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let weekdaySpellings: [(spelling: String, weekday: Int)] =
        weekdays.enumerated().map { ($1.lowercased(), $0) }
        + [("sun", 0), ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6)]

    /// `October 3, 2022`, `Oct. 3 2022`, `3 October 2022`, `3 Oct, 2022`, after a day of the week,
    /// which must be the date's; and a run of days of the month (`October 1-3, 2022`,
    /// `1-3 October 2022`) or into a later one (`September 30-October 2, 2022`, `30 September-2
    /// October 2022`). A value that is a month and day alone has no year to place it.
    private mutating func scanWrittenDate() -> Result<DaySpan, ValueParser.Misreading>? {
        let start = index
        let weekday = Self.weekdaySpellings.first { consume($0.spelling) }?.weekday
        if weekday != nil {
            _ = consume(".")
            _ = consume(",")
            skipSpaces()
        }
        let monthFirst = scanMonth()
        skipSpaces()
        guard let day = scanDay() else {
            index = start
            return nil
        }
        // Dashes are folded to `-` before values are read: `October 1–3` is a run of days.
        // Into the next month too, with the month written again: `September 30-October 2, 2022`.
        var (lastMonth, lastDay) = scanRunEnd(monthBefore: monthFirst != nil, monthAfter: false)
        skipSpaces()
        guard let month = monthFirst ?? scanMonth() else {
            index = start
            return nil
        }
        if monthFirst == nil, lastDay == nil {
            // `30 September-2 October 2022`.
            (lastMonth, lastDay) = scanRunEnd(monthBefore: false, monthAfter: true)
            if lastDay != nil, lastMonth == nil { return .failure(.invalidDate("the run's last day has no month; \(Self.writeISO)")) }
            skipSpaces()
        }
        _ = consume(",")
        skipSpaces()
        guard digitRun(at: index) == 4 else {
            // The whole value a month and day (`October 2`, `2 October`): a date that cannot be
            // placed, as `10月2日` is, not text that is never compared, nor two "octobers".
            if index == characters.count, (1...31).contains(day) {
                return .failure(.invalidDate("it has no year; \(Self.writeISO)"))
            }
            index = start
            return nil
        }
        let year = number(at: index, digits: 4)
        index += 4
        let first = Self.date(year: year, month: month, day: day).flatMap { date -> Result<ISODate, ValueParser.Misreading> in
            // 1970-01-01, day 0, was a Thursday.
            let actual = ((date.dayNumber + 4) % 7 + 7) % 7
            guard let weekday, weekday != actual else { return .success(date) }
            return .failure(.invalidDate("\(date) was a \(Self.weekdays[actual]), not a \(Self.weekdays[weekday])"))
        }
        return Self.span(first, to: lastDay.map { Self.date(year: year, month: lastMonth ?? month, day: $0) })
    }

    /// The end of a run of days after a dash, here: a day (`-3`), and a month where one may be
    /// written before it (`-October 2`) or after it (`-2 October`); nothing consumed and nils
    /// when no such end follows.
    private mutating func scanRunEnd(monthBefore: Bool, monthAfter: Bool) -> (month: Int?, day: Int?) {
        let beforeDash = index
        skipSpaces()
        guard consume("-") else {
            index = beforeDash
            return (nil, nil)
        }
        skipSpaces()
        var month: Int?
        if monthBefore {
            month = scanMonth()
            skipSpaces()
        }
        guard let day = scanDay() else {
            index = beforeDash
            return (nil, nil)
        }
        if monthAfter {
            let beforeMonth = index
            skipSpaces()
            month = scanMonth()
            if month == nil { index = beforeMonth }
        }
        return (month, day)
    }

    /// A month in words, with the full stop of its abbreviation.
    private mutating func scanMonth() -> Int? {
        guard let month = Self.monthSpellings.first(where: { consume($0.spelling) })?.month else { return nil }
        _ = consume(".")
        return month
    }

    /// One or two digits.
    private mutating func scanDay() -> Int? {
        let digits = digitRun(at: index)
        guard (1...2).contains(digits) else { return nil }
        let day = number(at: index, digits: digits)
        index += digits
        // An ordinal's ending: `October 3rd, 2022`, `the 1st of October` aside.
        _ = ["st", "nd", "rd", "th"].first { consume($0) }
        return day
    }

    private static func date(year: Int, month: Int, day: Int) -> Result<ISODate, ValueParser.Misreading> {
        guard (1...12).contains(month) else { return .failure(.invalidDate("there is no month \(month); \(writeISO)")) }
        guard let date = ISODate(year: year, month: month, day: day) else {
            return .failure(.invalidDate("there is no \(monthNames[month - 1]) \(day) in \(year); \(writeISO)"))
        }
        return .success(date)
    }

    private func number(at position: Int, digits: Int) -> Int {
        characters[position..<position + digits].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }
}
