/// A cursor over a lowercased statement value, with the pieces the value grammar is built of:
/// digits with grouping, number words, dates (`ValueScanner+Dates.swift`) and literal words. It
/// works on Unicode scalars, which is all the grammar needs and keeps parsing 200 000 values fast.
struct ValueScanner {
    let characters: [Unicode.Scalar]
    var index = 0
    /// Whether the value is an amount of money (it began with a currency sign): a `m` or `b`
    /// right after its digits is then million or billion (`$4.5m`), as money is never metres.
    var readsMoney = false

    init(_ text: String) {
        characters = Array(text.unicodeScalars)
    }

    var isAtEnd: Bool { index >= characters.count }
    var peek: Unicode.Scalar? { isAtEnd ? nil : characters[index] }
    var rest: String { String(String.UnicodeScalarView(characters[min(index, characters.count)...])) }

    mutating func skipSpaces() {
        while let character = peek, character.isSpace { index += 1 }
    }

    /// Consumes `literal` when the text continues with it; a literal ending in an ASCII letter
    /// must end a word there (`over` does not match `overall`).
    mutating func consume(_ literal: String) -> Bool {
        var position = index
        var last: Unicode.Scalar?
        for scalar in literal.unicodeScalars {
            guard position < characters.count, characters[position] == scalar else { return false }
            position += 1
            last = scalar
        }
        if let last, last.isASCIILetter, position < characters.count, characters[position].isLetter {
            return false
        }
        index = position
        return true
    }

    /// Whether the text here begins a number: a digit, a Chinese numeral or an English number
    /// word (articles aside: "about a park" is text).
    var startsWithNumber: Bool {
        guard let character = peek else { return false }
        if character.isASCIIDigit || NumberWords.isChineseNumeral(character) || rest.hasPrefix("百分之") { return true }
        let word = String(String.UnicodeScalarView(characters[index...].prefix(while: \.isASCIILetter)))
        return NumberWords.isEnglishWord(word) && !NumberWords.articles.contains(word) && word != "and"
    }

    // MARK: Numbers

    /// Decimal digits with optional sign, `,` thousands grouping and decimals: the value and the
    /// number of decimals written.
    mutating func scanDigits() -> (value: Double, decimals: Int)? {
        let start = index
        var text = ""
        if let sign = peek, sign == "-" || sign == "+", index + 1 < characters.count, characters[index + 1].isASCIIDigit {
            text.unicodeScalars.append(sign)
            index += 1
        }
        let integer = takeDigits()
        guard !integer.isEmpty else {
            index = start
            return nil
        }
        text += integer
        // Thousands groups: exactly three digits after each comma, and only after 1-3 digits.
        while integer.count <= 3, peek == ",", digitRun(at: index + 1) == 3 {
            index += 1
            text += takeDigits()
        }
        var decimals = 0
        if peek == ".", digitRun(at: index + 1) > 0 {
            index += 1
            let fraction = takeDigits()
            decimals = fraction.count
            text += "." + fraction
        }
        // Digits past a Double's range read as infinity, which the grammar calls too large to
        // check rather than no number at all.
        guard let value = Double(text) else {
            index = start
            return nil
        }
        return (value, decimals)
    }

    /// A run of Chinese numerals (`一百八十五`).
    mutating func scanChinese() -> WordNumber? {
        let start = index
        while let character = peek, NumberWords.isChineseNumeral(character) { index += 1 }
        guard let number = NumberWords.chineseNumber(characters[start..<index]) else {
            index = start
            return nil
        }
        return WordNumber(value: number.value, scale: number.scale, decimals: number.decimals)
    }

    /// "nine hundred and ninety-nine thousand nine hundred and ninety-nine" is eleven words.
    static let longestNumberInWords = 24

    /// English number words (`one hundred and eighty-five`, `a dozen`), with decimals spoken
    /// digit by digit after `point` and a scale after those (`one point five million` is 1.5
    /// million, as `1.5 million` is: read without them, it was one of something called "point
    /// five million"); `a`/`an` alone is one only before a unit of time (`a week`).
    mutating func scanEnglish() -> WordNumber? {
        guard var number = scanEnglishWhole() else { return nil }
        var lookahead = self
        lookahead.skipSpaces()
        // Below 1e15 a whole number of words is exactly an Int, which its decimals are written after.
        guard number.scale == 1, number.value < 1e15, lookahead.consume("point") else { return number }
        var digits = ""
        while true {
            var next = lookahead
            next.skipSpaces()
            guard let digit = NumberWords.ones.first(where: { $0.value < 10 && next.consume($0.key) }) else { break }
            digits += String(digit.value)
            lookahead = next
        }
        guard !digits.isEmpty, let value = Double("\(Int(number.value)).\(digits)") else { return number }
        number = WordNumber(value: value, scale: 1, decimals: digits.count)
        var scaled = lookahead
        scaled.skipSpaces()
        if let scale = NumberWords.scales.first(where: { scaled.consume($0.key) })?.value {
            number = WordNumber(value: value * scale, scale: scale, decimals: digits.count)
            lookahead = scaled
        }
        self = lookahead
        return number
    }

    /// English number words without decimals.
    private mutating func scanEnglishWhole() -> WordNumber? {
        let start = index
        // Each word scanned, split at its hyphens, and where it ends.
        var words: [[String]] = []
        var ends: [Int] = []
        while true {
            let wordStart = index
            let parts = scanWordParts()
            guard parts != [""], parts.allSatisfy({ !$0.isEmpty && NumberWords.isEnglishWord($0) }) else {
                // `three-day`, `twenty-five-year-old`: the number ends at the hyphen before its
                // unit of time, which the compound is read with.
                let number = parts.prefix { !$0.isEmpty && NumberWords.isEnglishWord($0) && !NumberWords.articles.contains($0) }
                if !number.isEmpty, number.count < parts.count, TimeUnit.named(parts[number.count]) != nil {
                    words.append(Array(number))
                    ends.append(wordStart + number.joined(separator: "-").unicodeScalars.count)
                }
                index = wordStart
                break
            }
            words.append(parts)
            ends.append(index)
            skipSpaces()
        }
        // The longest run of words that makes a number. A shorter one only where "and" and
        // another number follow: in "between one and two million" the number is "one", while
        // "three and a half" is no number at all.
        func isNumber(_ words: ArraySlice<[String]>) -> Bool { NumberWords.english(Array(words.joined())) != nil }
        // No number is written in more words than this, and trying every shorter run of a long
        // one would take time in the cube of its length.
        let tried = words.count <= Self.longestNumberInWords ? words.count : 0
        for count in stride(from: tried, through: 1, by: -1) where words[count - 1] != ["and"] {
            if count < words.count {
                let rest = words[(count + 1)...]
                guard words[count] == ["and"], rest.indices.contains(where: { isNumber(rest[...$0]) }) || andAHalfOfAUnitOfTime(at: ends[count - 1])
                else { continue }
            }
            let parts = Array(words[..<count].joined())
            if let value = NumberWords.english(parts) {
                index = ends[count - 1]
                return WordNumber(value: value, scale: NumberWords.englishPrecision(parts, value: value), decimals: 0)
            }
        }
        while words.last == ["and"] {
            words.removeLast()
            ends.removeLast()
        }
        guard let end = ends.last else {
            index = start
            return nil
        }
        index = end
        let parts = Array(words.joined())
        if parts.count == 1, NumberWords.articles.contains(parts[0]) {
            var lookahead = self
            lookahead.skipSpaces()
            let unit = String(String.UnicodeScalarView(lookahead.characters[lookahead.index...].prefix(while: \.isLetter)))
            if TimeUnit.named(unit) != nil { return WordNumber(value: 1, scale: 1, decimals: 0) }
        }
        index = start
        return nil
    }

    /// Whether `and a half` and a unit of time follow `position` (`two and a half years`), which
    /// the number before them is read with.
    private func andAHalfOfAUnitOfTime(at position: Int) -> Bool {
        var lookahead = self
        lookahead.index = position
        lookahead.skipSpaces()
        guard lookahead.consume("and a half ") else { return false }
        return TimeUnit.named(String(String.UnicodeScalarView(lookahead.characters[lookahead.index...].prefix(while: \.isLetter)))) != nil
    }

    /// The English word here, split at its hyphens (`two-thirds` is `["two", "thirds"]`);
    /// `[""]` when no word starts here.
    mutating func scanWordParts() -> [String] {
        let word = String(String.UnicodeScalarView(characters[index...].prefix { $0.isASCIILetter || $0 == "-" }))
        index += word.unicodeScalars.count
        return word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    }

    private mutating func takeDigits() -> String {
        let count = digitRun(at: index)
        defer { index += count }
        return String(String.UnicodeScalarView(characters[index..<index + count]))
    }

    func digitRun(at position: Int) -> Int {
        guard position < characters.count else { return 0 }
        return characters[position...].prefix(while: \.isASCIIDigit).count
    }
}

/// A number written in words, with the place it is rounded to (`scale`, as for `2 thousand`)
/// and its decimals.
struct WordNumber {
    var value: Double
    var scale: Double
    var decimals: Int
}
