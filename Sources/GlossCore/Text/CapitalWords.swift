/// Words written in capitals, where a name loses what it is spelled with in lowercase: Greek
/// drops its accents (`ΝΙΚΟΣ` for `Νίκος`), German writes `ß` as `SS` (`WEISS` for `Weiß`), and
/// Turkish's dotless `ı` is the `I` of any other word (`YILMAZ` for `Yılmaz`). A private name of
/// one word is looked for without its accents only in such words: in lowercase text, "schon"
/// is a word and not "Schön".
public enum CapitalWords {
    /// What a run of a text is.
    public enum Kind: Sendable {
        /// A word written in capitals: a letter that has case, and none in lowercase.
        case inCapitals
        /// Any other word: lowercase or mixed, or of letters without case (Chinese), or digits.
        case otherWord
        /// What stands between words: spaces, punctuation, symbols.
        case between
    }

    /// `text` cut into runs of word characters (letters, digits and their marks) and runs of
    /// anything else, in order, each with what it is.
    public static func runs(_ text: String) -> [(text: Substring, kind: Kind)] {
        var runs: [(text: Substring, kind: Kind)] = []
        var start = text.startIndex
        var isWord = false
        var hasCapital = false
        var hasLowercase = false
        func kind() -> Kind { !isWord ? .between : hasCapital && !hasLowercase ? .inCapitals : .otherWord }
        for index in text.indices {
            let character = text[index]
            let wordCharacter = character.isLetter || character.isNumber
            if wordCharacter != isWord, index != start {
                runs.append((text[start..<index], kind()))
                (start, hasCapital, hasLowercase) = (index, false, false)
            }
            isWord = wordCharacter
            hasCapital = hasCapital || character.isUppercase
            hasLowercase = hasLowercase || character.isLowercase
        }
        if start < text.endIndex { runs.append((text[start...], kind())) }
        return runs
    }

    /// The ways `name` is written in capitals, as the capital words of a text are compared
    /// (``LatinFolding/withoutAccents(_:)``): as written and as German and Nordic letters are
    /// typed without their marks (`MUELLER`). None for a name without case (Chinese), nor for
    /// a name of one word shorter than ``shortestWord``: without its accents, in capitals, `Đỗ`
    /// is the `DO` of "DO NOT PUBLISH", `Ün` the `UN` of "THE UN SAID".
    public static func spellings(of name: String) -> [String] {
        guard name.contains(where: \.isCased),
              name.contains(where: { !($0.isLetter || $0.isNumber) }) || name.count >= shortestWord else { return [] }
        let spellings = [name, LatinFolding.transliterated(name)].map { LatinFolding.withoutAccents($0.uppercased()) }
        return spellings[0] == spellings[1] ? [spellings[0]] : spellings
    }

    /// The fewest letters of a name of one word looked for in capitals without its accents.
    public static let shortestWord = 4
}
