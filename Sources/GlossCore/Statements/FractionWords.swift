/// Fractions in words, read as the exact shares they are: `half`, `a third`, `two thirds`,
/// `three quarters`, `one tenth`, `三分之一`, `四分之三`, `一半`, `半数`. Read as numbers, `one third` was one of
/// something called "third", which conflicted with 1 and made `x * y` with `x: one third` three
/// hundred times too large.
enum FractionWords {
    /// What each denominator divides by, in the singular (after `a`, `an` or `one`) and the plural
    /// (after two to nine).
    static let denominators: [String: (divisor: Double, plural: Bool)] = {
        let words: [(singular: String, plural: String?, divisor: Double)] = [
            ("half", nil, 2), ("third", "thirds", 3), ("quarter", "quarters", 4), ("fourth", "fourths", 4),
            ("fifth", "fifths", 5), ("sixth", "sixths", 6), ("seventh", "sevenths", 7), ("eighth", "eighths", 8),
            ("ninth", "ninths", 9), ("tenth", "tenths", 10),
        ]
        var denominators: [String: (divisor: Double, plural: Bool)] = [:]
        for word in words {
            denominators[word.singular] = (word.divisor, false)
            if let plural = word.plural { denominators[plural] = (word.divisor, true) }
        }
        return denominators
    }()

    /// The fraction here, in percent (`two thirds` is 66.67), consumed; nil when none starts here.
    static func scan(_ scanner: inout ValueScanner) -> Double? {
        guard let first = scanner.peek else { return nil }
        if first.isASCIILetter { return scanEnglish(&scanner) }
        return NumberWords.isChineseNumeral(first) || first == "半" ? scanChinese(&scanner) : nil
    }

    /// `half`, or a numerator and a denominator, between a space or a hyphen (`two-thirds`).
    private static func scanEnglish(_ scanner: inout ValueScanner) -> Double? {
        var lookahead = scanner
        var parts = lookahead.scanWordParts()
        if parts.count == 1, parts[0] != "half" {
            guard numerator(parts[0]) != nil else { return nil }
            lookahead.skipSpaces()
            parts += lookahead.scanWordParts()
        }
        let share: Double
        if parts == ["half"] {
            share = 50
        } else {
            guard parts.count == 2, let numerator = numerator(parts[0]), let denominator = denominators[parts[1]],
                  denominator.plural == (numerator > 1) else { return nil }
            share = numerator * 100 / denominator.divisor
        }
        scanner = lookahead
        return share
    }

    private static func numerator(_ word: String) -> Double? {
        if word == "one" || NumberWords.articles.contains(word) { return 1 }
        return NumberWords.ones[word].flatMap { (2...9).contains($0) ? Double($0) : nil }
    }

    /// `X分之Y`, Y parts of X. `百分之` is a percentage, read with its decimals by the parser.
    private static func scanChinese(_ scanner: inout ValueScanner) -> Double? {
        // 一半 and 半数 are a half, as `half` is; so is 半 alone (过半, more than half).
        if scanner.consume("一半") || scanner.consume("半数") { return 50 }
        if scanner.peek == "半", scanner.index + 1 == scanner.characters.count {
            scanner.index += 1
            return 50
        }
        var lookahead = scanner
        guard let denominator = lookahead.scanChinese(), denominator.value > 0, denominator.value != 100,
              lookahead.consume("分之"), let numerator = lookahead.scanChinese() else { return nil }
        scanner = lookahead
        return numerator.value * 100 / denominator.value
    }

    /// Whether what follows a fraction in English names what it is a share of (`of residents`,
    /// `of the crowd`), or nothing. `half a million`, `a quarter hour` and `a third of an hour`
    /// take a part of a number or of a length of time, which is not read: the value is then
    /// text, or an invalid value after a qualifier.
    static func isShareOf(_ unit: String) -> Bool {
        var words = unit.split(separator: " ").map(String.init)
        guard let first = words.first, first.unicodeScalars.first!.isASCIILetter else { return true }
        guard first == "of" else { return false }
        words.removeFirst()
        if let article = words.first, NumberWords.articles.contains(article) { words.removeFirst() }
        guard let noun = words.first else { return false }
        return !NumberWords.isEnglishWord(noun) && TimeUnit.named(noun) == nil
    }
}
