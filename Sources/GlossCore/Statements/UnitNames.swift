/// A count's unit as compared. Plurals are singular, the last word of a unit of several words
/// too (`police officers` is `police officer`, `children` is `child`), and every word for people
/// (`people`, `persons`, `individuals`, `人`, `名`) is `person`: 185 people and 250 persons
/// conflict, and 185人 and 185 people agree. Units of measure are compared as written, never
/// converted (2 km and 5 miles are not compared).
enum UnitNames {
    static let person = "person"
    /// Units that count people, whatever language or register they are written in.
    static let people: Set = ["people", "persons", "person", "individuals", "individual", "人", "名"]
    static let irregularPlurals = ["children": "child", "men": "man", "women": "woman", "people": "person", "buses": "bus"]

    /// The unit folded, singular and with people as `person`; nil when there is none.
    static func normalized(_ unit: String) -> String? {
        let text = TextFolding.fold(unit)
        guard !text.isEmpty else { return nil }
        if people.contains(text) { return person }
        var words = text.split(separator: " ").map(String.init)
        words[words.count - 1] = singular(words[words.count - 1])
        return words.joined(separator: " ")
    }

    /// `cases` is `case`, `injuries` `injury`, `buses` `bus`, `churches` `church`; `class`, `bus`
    /// and `gas` stay.
    static func singular(_ word: String) -> String {
        if let singular = irregularPlurals[word] { return singular }
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if ["sses", "xes", "ches", "shes", "zzes"].contains(where: word.hasSuffix) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }
}
