/// Counts given only by their order of magnitude, as reports give crowds: "hundreds", "several
/// thousand", "tens of thousands", 数百, 几千, 上万, and the teens and twenties of 十几 and 二十几.
/// Each stands for the interval it allows, so that "hundreds" and "several hundred" (or 数百人)
/// can both hold, and "hundreds" and "5,000" cannot; read as text, any two of them conflicted.
enum VagueNumbers {
    /// English phrases, longest first where one starts another, with the order of magnitude
    /// they name; `of` may follow ("hundreds of people").
    static let english: [(text: String, magnitude: Double)] = [
        ("tens of thousands", 1e4), ("hundreds of thousands", 1e5), ("tens of millions", 1e7), ("hundreds of millions", 1e8),
        ("several dozen", 12), ("a few dozen", 12), ("dozens", 12),
        ("several hundred", 100), ("a few hundred", 100), ("hundreds", 100),
        ("several thousand", 1e3), ("a few thousand", 1e3), ("thousands", 1e3),
        ("several million", 1e6), ("a few million", 1e6), ("millions", 1e6),
    ]

    /// Chinese words for "a few" before a unit of ten, a hundred, a thousand or a myriad.
    static let chineseFew = ["数", "几", "上"]
    static let chinesePlaces: [(text: String, magnitude: Double)] = [
        ("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("十", 10), ("百", 100), ("千", 1e3), ("万", 1e4), ("亿", 1e8),
    ]

    /// The interval a vague count at the scanner stands for, consumed with an `of` after it; nil,
    /// consuming nothing, when there is none.
    static func scan(_ scanner: inout ValueScanner) -> Interval? {
        var lookahead = scanner
        if let phrase = english.first(where: { lookahead.consume($0.text) }) {
            var afterOf = lookahead
            afterOf.skipSpaces()
            if afterOf.consume("of") { lookahead = afterOf }
            scanner = lookahead
            // "Dozens" start at two dozen; the others at one of the magnitude they name, up to
            // (not including) ten of them.
            let lower = phrase.magnitude == 12 ? 24 : phrase.magnitude
            let upper = phrase.magnitude == 12 ? 100 : phrase.magnitude * 10
            return Interval(lower: lower, upper: upper, includesLower: true, includesUpper: false)
        }
        if chineseFew.contains(where: { lookahead.consume($0) }),
           let place = chinesePlaces.first(where: { lookahead.consume($0.text) }) {
            scanner = lookahead
            return Interval(lower: place.magnitude, upper: place.magnitude * 10, includesLower: true, includesUpper: false)
        }
        // 十几 is eleven to nineteen; 二十几 twenty-one to twenty-nine.
        lookahead = scanner
        let tens = ["二", "三", "四", "五", "六", "七", "八", "九"].firstIndex { lookahead.consume($0) }.map { Double($0 + 2) } ?? 1
        if lookahead.consume("十几") {
            scanner = lookahead
            return Interval(lower: tens * 10, upper: tens * 10 + 10, includesLower: false, includesUpper: false)
        }
        return nil
    }
}
