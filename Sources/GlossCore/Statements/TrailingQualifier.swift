/// Words after a number that bound it, as the words before it do (``ValueParser/qualifiers``):
/// `200 or more`, `200+`, `48 hours or so`, `200人以上`. Read as a unit, they made
/// "200 or more" two hundred of a thing called "or more", which conflicted with 250 and was
/// never compared with 200 people.
///
/// `多`, `余` and `-odd` (`200多`, `两百余`, `200-odd`) are read by ``ValueParser`` with the number itself: a myriad
/// may follow them (`200多万`), and they bound a number by its last written place, not by a
/// bound of their own.
enum TrailingQualifier {
    /// Each spelling, what it means, and whether it may follow the unit too (`200 people or
    /// more`, `200人以上`) or only the number (`200+ people`).
    static let spellings: [(text: String, meaning: ValueParser.Qualifier, followsUnit: Bool)] = [
        ("+", .atLeast, false), ("-plus", .atLeast, false), ("plus", .atLeast, false),
        ("or more", .atLeast, true), ("or above", .atLeast, true), ("or over", .atLeast, true),
        ("or less", .atMost, true), ("or fewer", .atMost, true), ("or under", .atMost, true), ("or below", .atMost, true),
        ("or so", .approximately, true), ("or thereabouts", .approximately, true), ("approximately", .approximately, true),
        ("以上", .atLeast, true), ("以下", .atMost, true), ("左右", .approximately, true), ("上下", .approximately, true),
    ]

    /// The qualifier written right after a number, consumed with the spaces before it.
    static func scan(_ scanner: inout ValueScanner) -> ValueParser.WrittenQualifier? {
        var lookahead = scanner
        lookahead.skipSpaces()
        guard let found = spellings.first(where: { lookahead.consume($0.text) }) else { return nil }
        scanner = lookahead
        return (found.text, found.meaning)
    }

    /// A unit that ends with a qualifier (`people or more`, `人以上`, `hours or so`): the unit
    /// before it, and the qualifier. An English qualifier is words of its own: `fewer or more`
    /// is split, `seashore` is not.
    static func split(unit: String) -> (unit: String, qualifier: ValueParser.WrittenQualifier)? {
        for spelling in spellings where spelling.followsUnit && unit.hasSuffix(spelling.text) {
            var before = unit.unicodeScalars.dropLast(spelling.text.unicodeScalars.count)
            if spelling.text.unicodeScalars.first!.isASCIILetter, let last = before.last, last != " " { continue }
            while before.last == " " { before.removeLast() }
            return (String(String.UnicodeScalarView(before)), (spelling.text, spelling.meaning))
        }
        return nil
    }
}
