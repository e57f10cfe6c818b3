/// Units of time a duration is written in, each as the span of seconds it may mean: a month is
/// 28 to 31 days and a year 365 or 366, so "1 month" and "30 days" can both hold.
struct TimeUnit: Sendable, Hashable {
    var shortest: Double
    var longest: Double

    static let second = TimeUnit(shortest: 1, longest: 1)
    static let minute = TimeUnit(shortest: 60, longest: 60)
    static let hour = TimeUnit(shortest: 3600, longest: 3600)
    static let day = TimeUnit(shortest: 86_400, longest: 86_400)
    static let week = TimeUnit(shortest: 7 * 86_400, longest: 7 * 86_400)
    static let month = TimeUnit(shortest: 28 * 86_400, longest: 31 * 86_400)
    static let year = TimeUnit(shortest: 365 * 86_400, longest: 366 * 86_400)

    /// English words (singular, plural, abbreviated) and Chinese units.
    static let names: [String: TimeUnit] = [
        "second": .second, "seconds": .second, "sec": .second, "secs": .second, "秒": .second, "秒钟": .second,
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute, "分钟": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "h": .hour, "小时": .hour, "个小时": .hour,
        "day": .day, "days": .day, "天": .day, "日": .day,
        "week": .week, "weeks": .week, "周": .week, "星期": .week, "个星期": .week,
        "month": .month, "months": .month, "个月": .month,
        "year": .year, "years": .year, "年": .year,
    ]

    static func named(_ word: some StringProtocol) -> TimeUnit? { names[String(word)] }

    /// The seconds `count` of this unit may mean.
    func span(_ count: Interval) -> Interval {
        Interval(lower: count.lower * shortest, upper: count.upper * longest,
                 includesLower: count.includesLower, includesUpper: count.includesUpper)
    }
}
