/// Units of time a duration is written in, each as the span of seconds it may mean: a month is
/// 28 to 31 days and a year 365 or 366, so "1 month" and "30 days" can both hold. Several months
/// or years in a row vary less than each does: however they fall in the calendar, n months are
/// within 4 days of n times the average month (30.44 days), and n years within 2.25 days of n
/// times the average year, so "10 months" and "11 months" cannot both hold.
struct TimeUnit: Sendable {
    var shortest: Double
    var longest: Double
    /// The average length over the Gregorian calendar's 400 years, and how far a run of such
    /// units may stray from its multiple; nil for units of one length.
    var average: (length: Double, slack: Double)?

    static let second = TimeUnit(shortest: 1, longest: 1)
    static let minute = TimeUnit(shortest: 60, longest: 60)
    static let hour = TimeUnit(shortest: 3600, longest: 3600)
    static let day = TimeUnit(shortest: 86_400, longest: 86_400)
    static let week = TimeUnit(shortest: 7 * 86_400, longest: 7 * 86_400)
    static let fortnight = TimeUnit(shortest: 14 * 86_400, longest: 14 * 86_400)
    static let month = TimeUnit(shortest: 28 * 86_400, longest: 31 * 86_400, average: (146_097.0 / 4800 * 86_400, 4 * 86_400))
    static let year = TimeUnit(shortest: 365 * 86_400, longest: 366 * 86_400, average: (146_097.0 / 400 * 86_400, 2.25 * 86_400))

    /// English words (singular, plural, abbreviated) and Chinese units.
    static let names: [String: TimeUnit] = [
        "second": .second, "seconds": .second, "sec": .second, "secs": .second, "秒": .second, "秒钟": .second,
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute, "分钟": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "h": .hour, "小时": .hour, "个小时": .hour,
        "day": .day, "days": .day, "天": .day, "日": .day,
        "week": .week, "weeks": .week, "wk": .week, "wks": .week, "周": .week, "星期": .week, "个星期": .week,
        "fortnight": .fortnight, "fortnights": .fortnight,
        "month": .month, "months": .month, "个月": .month,
        "year": .year, "years": .year, "yr": .year, "yrs": .year, "年": .year,
    ]

    static func named(_ word: some StringProtocol) -> TimeUnit? { names[String(word)] }

    /// The seconds `count` of this unit may mean.
    func span(_ count: Interval) -> Interval {
        var (lower, upper) = (count.lower * shortest, count.upper * longest)
        if let average {
            lower = max(lower, count.lower * average.length - average.slack)
            upper = min(upper, count.upper * average.length + average.slack)
        }
        return Interval(lower: lower, upper: upper, includesLower: count.includesLower, includesUpper: count.includesUpper)
    }
}
