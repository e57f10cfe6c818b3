import Foundation

/// A small workspace with Chinese text and emoji before the claims, so every position is
/// different in UTF-8, UTF-16 and UTF-32.
enum Fixture {
    static let articlePath = "Sources-Docs/report.md"
    static let annotationPath = "Annotations/report.yaml"

    static let article = """
        # 兰州 report 🙂

        居民说 "we are hungry" 😀😀 in 七里河 district.
        Officials said 185 cases were found on 2 October.
        Another outlet said 250 cases were found.

        """

    static let sources = """
        sources:
          - id: officials
            name: Lanzhou officials
            kind: government
        """

    static let places = """
        places:
          - id: lanzhou
            name: Lanzhou
            aliases: [兰州]
        """

    /// The annotation file, with recorded positions where `positions` is true.
    static func annotation(positions: Bool = true) -> String {
        func anchor(_ quote: String) -> String {
            let scalars = Array(article.unicodeScalars)
            let needle = Array(quote.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return positions ? "{quote: \"\(quote)\", start: \(start), end: \(start + needle.count)}" : "{quote: \"\(quote)\"}"
        }
        return """
            gloss: 1
            document: \(articlePath)
            claims:
              - id: hungry-quote
                kind: quote
                anchor: \(anchor("we are hungry"))
                summary: Residents said they were hungry
                attributed_to: unattributed
                speaker: a resident
              - id: official-cases
                kind: number
                anchor: \(anchor("185 cases"))
                summary: Officials counted 185 cases
                attributed_to: officials
                statement: {subject: lanzhou, property: cases, value: "185", as_of: 2022-10-02}
                reviews:
                  - reviewer: alice
                    verdict: refuted
                    evidence:
                      - url: https://example.org/count
                        stance: refutes
              - id: outlet-cases
                kind: number
                anchor: \(anchor("250 cases"))
                summary: Another outlet counted 250 cases
                attributed_to: unattributed
                statement: {subject: 兰州, property: cases, value: "250", as_of: 2022-10-02}

            """
    }

    static func files(positions: Bool = true) -> [String: String] {
        [articlePath: article, annotationPath: annotation(positions: positions),
         "Annotations/sources.yaml": sources, "Annotations/places.yaml": places]
    }

    /// The zero-based line and the `character` of a string's first occurrence in a text,
    /// counted in an encoding, computed with the standard library rather than Gloss.
    static func position(of needle: String, in text: String, encoding: String) -> (line: Int, character: Int) {
        let lines = text.components(separatedBy: "\n")
        let line = lines.firstIndex { $0.contains(needle) }!
        let before = String(lines[line][..<lines[line].range(of: needle)!.lowerBound])
        let character = switch encoding {
        case "utf-8": before.utf8.count
        case "utf-16": before.utf16.count
        default: before.unicodeScalars.count
        }
        return (line, character)
    }
}
