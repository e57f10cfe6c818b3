/// A count's unit as compared. Plurals are singular, the last word of a unit of several words
/// too (`police officers` is `police officer`, `children` is `child`), an article after `of` is
/// left out (`of the cases` is `of case`), and every word for people
/// (`people`, `persons`, `individuals`, `人`, `名`) is `person`: 185 people and 250 persons
/// conflict, and 185人 and 185 people agree. Units of measure are compared as written, never
/// converted (2 km and 5 miles are not compared).
enum UnitNames {
    static let person = "person"
    /// Units that count people, whatever language or register they are written in.
    static let people: Set = ["people", "persons", "person", "individuals", "individual", "人", "名"]
    static let irregularPlurals = ["children": "child", "men": "man", "women": "woman", "people": "person"]

    /// Units of measure, as ``normalized(_:)`` gives them: what is measured in them is rounded
    /// to its last digit ("5 km" holds 5.2 km), where a count is exact ("5 people").
    static let measures: Set = [
        "km", "kilometre", "kilometer", "m", "metre", "meter", "cm", "mm", "mile", "mi", "foot", "feet", "ft", "inch",
        "kg", "kilogram", "g", "gram", "tonne", "ton", "t", "lb", "pound", "degree", "°c", "°f", "celsius", "fahrenheit",
        "hectare", "ha", "acre", "square kilometre", "square kilometer", "square mile", "km2", "litre", "liter", "l",
        "kmh", "mph", "公里", "千米", "米", "公斤", "千克", "克", "吨", "度", "公顷", "平方公里", "亩", "升", "摄氏度",
    ]

    /// Whether a normalized unit is a unit of measure.
    static func isMeasure(_ unit: String) -> Bool {
        measures.contains(unit)
    }

    /// The unit folded, singular and with people as `person`; nil when there is none.
    static func normalized(_ unit: String) -> String? {
        let text = TextFolding.fold(unit)
        guard !text.isEmpty else { return nil }
        if people.contains(text) { return person }
        // 例, the counter of cases of a disease, is `cases`: 185例 and 185 cases agree.
        if text == "例" { return "case" }
        var words = text.split(separator: " ").map(String.init)
        // `of the cases` is `of cases`: an article after `of` names no other unit.
        words = words.enumerated().filter { index, word in index == 0 || words[index - 1] != "of" || !["the", "a", "an"].contains(word) }
            .map(\.element)
        words[words.count - 1] = singular(words[words.count - 1])
        return words.joined(separator: " ")
    }

    /// `cases` is `case`; `class`, `bus` and `gas` stay.
    static func singular(_ word: String) -> String {
        if let singular = irregularPlurals[word] { return singular }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    /// Whether two units, as ``normalized(_:)`` gives them, are the same: English plurals in
    /// `-ies` and `-es` leave `injurie` and `buse`, which are `injury` and `bus`, so both are
    /// compared with a final `ie` as `y` and a final `e` after `s`, `x`, `z`, `ch` or `sh` dropped
    /// (`movie` and `movies` alike, `house` and `houses` alike), `-men` as `-man` and `-ves` as
    /// `-f` (`gunmen`, `lives`).
    static func same(_ a: String, _ b: String) -> Bool {
        a == b || comparable(a) == comparable(b)
    }

    private static func comparable(_ unit: String) -> String {
        if unit.hasSuffix("ie") { return String(unit.dropLast(2)) + "y" }
        // `gunmen` and `gunman`; `lives` (left `live`) and `life`, `wolves` and `wolf`.
        if unit.hasSuffix("men") { return String(unit.dropLast(3)) + "man" }
        if unit.hasSuffix("ve") || unit.hasSuffix("fe") { return String(unit.dropLast(2)) + "f" }
        if unit.hasSuffix("e"), ["se", "xe", "ze", "che", "she"].contains(where: unit.hasSuffix) { return String(unit.dropLast()) }
        return unit
    }
}
