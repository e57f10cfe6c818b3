import Foundation
import GlossCore

/// Every id, name and alias of the sources marked `private: true`, to withhold them wherever a
/// report or an export would print them: a field that names a source (a speaker, a subject, a
/// place), and free text reviewers write (summaries and notes), where "Jane Secret told us" must
/// not survive into a published report.
struct PrivateNames: Sendable {
    /// The names normalized as ``EntityResolver`` compares whole fields.
    private let normalized: Set<String>
    /// The names folded as ``FoldedText`` folds free text, by their first scalar (a hyphen or an
    /// underscore as a space), longest first, so that one pass over a text tries at each place
    /// only the names that can start there, and withholds a name whole before an alias inside it.
    private let byFirstScalar: [Unicode.Scalar: [Pattern]]

    /// A name as free text is searched for. Names and aliases are words, so a hyphen, an
    /// underscore and a space in them are alike ("Jean-Pierre Li", "jean pierre li"); an id is
    /// matched as written, so that the id `a-resident` is withheld and the words "a resident" are not.
    private struct Pattern: Sendable, Hashable {
        var scalars: [Unicode.Scalar]
        var isWords: Bool

        /// Longer first; then in a fixed order, so that every run withholds the same way.
        static func tried(_ a: Pattern, before b: Pattern) -> Bool {
            if a.scalars.count != b.scalars.count { return a.scalars.count > b.scalars.count }
            if a.scalars != b.scalars { return a.scalars.lexicographicallyPrecedes(b.scalars) { $0.value < $1.value } }
            return !a.isWords && b.isWords
        }
    }

    init(_ registry: Registry) {
        let sources = registry.sources.filter(\.isPrivate)
        let words = sources.flatMap { source in ((source.name.map { [$0] } ?? []) + source.aliases).map(\.value) }
        let ids = sources.map(\.id.value)
        normalized = Set((ids + words).map(EntityResolver.normalized))
        let patterns = Set(ids.map { Pattern(scalars: FoldedText($0).scalars, isWords: false) }
            + words.map { Pattern(scalars: FoldedText($0).scalars.map(Self.wordSeparator), isWords: true) })
            .filter { !$0.scalars.isEmpty }
        byFirstScalar = Dictionary(grouping: patterns) { $0.scalars[0] }.mapValues { $0.sorted(by: Pattern.tried) }
    }

    /// Whether a whole field names a private source.
    func contains(_ reference: String) -> Bool {
        normalized.contains(EntityResolver.normalized(reference))
    }

    /// `text` with every mention of a private source replaced by `replacement`. Mentions are found
    /// in any case, however the words are spaced, and as whole words where words are spaced:
    /// the alias "Li" is withheld in "Li said" but "Lies" stays. Names in scripts written without
    /// spaces (Chinese, Japanese) are found wherever they occur.
    func redacting(_ text: String, with replacement: String) -> String {
        guard !byFirstScalar.isEmpty else { return text }
        let folded = FoldedText(text)
        var mentions: [Range<Int>] = []
        var start = 0
        while start < folded.scalars.count {
            let first = folded.scalars[start]
            let end = byFirstScalar[first == "-" || first == "_" ? " " : first]?.lazy
                .compactMap { folded.end(of: $0.scalars, at: start, asWords: $0.isWords) }.first
            if let end {
                mentions.append(folded.original(start..<end))
                start = end
            } else {
                start += 1
            }
        }
        guard !mentions.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var copied = 0
        for mention in mentions {
            result += bytes[copied..<mention.lowerBound]
            result += replacement.utf8
            copied = mention.upperBound
        }
        return String(decoding: result + bytes[copied...], as: UTF8.self)
    }

    private static func wordSeparator(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "-" || scalar == "_" ? " " : scalar
    }
}

/// Text as lowercase scalars with each run of white space one space, remembering which UTF-8
/// bytes of the original each scalar stands for. Hyphens stay: an id such as `a-resident` is
/// withheld where it is written, while the words "a resident" are only words.
private struct FoldedText {
    private(set) var scalars: [Unicode.Scalar] = []
    private var origins: [Range<Int>] = []

    init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var offset = 0
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Summaries and notes are nearly all ASCII: a byte is a character.
            for scalar in text.unicodeScalars {
                append(scalar, from: offset..<offset + 1)
                offset += 1
            }
        } else {
            // Each character in its canonical decomposition, so that "José" typed with a
            // combining accent is the "José" of the registry; every scalar of it stands for the
            // whole character.
            for character in text {
                let width = character.utf8.count
                let decomposed = character.isASCII ? String(character) : String(character).decomposedStringWithCanonicalMapping
                for scalar in decomposed.unicodeScalars { append(scalar, from: offset..<offset + width) }
                offset += width
            }
        }
        // A name is compared without the spaces around it.
        if scalars.last == " " {
            scalars.removeLast()
            origins.removeLast()
        }
    }

    /// Adds a scalar of the text, lowercased; white space joins a run of it, and what is not
    /// shown (a soft hyphen, a zero-width space) is left out, so that it cannot hide a name.
    private mutating func append(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
        if scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
            if scalars.last == " " {
                origins[origins.count - 1] = origins[origins.count - 1].lowerBound..<origin.upperBound
            } else if !scalars.isEmpty {
                scalars.append(" ")
                origins.append(origin)
            }
        } else if scalar.isASCII {
            scalars.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
            origins.append(origin)
        } else if scalar.properties.isDefaultIgnorableCodePoint {
            return
        } else if scalar.properties.changesWhenLowercased {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                scalars.append(lower)
                origins.append(origin)
            }
        } else {
            scalars.append(scalar)
            origins.append(origin)
        }
    }

    /// Where `name` ends when it occurs at scalar `start` as a whole word, if it does; with
    /// `asWords`, a hyphen or an underscore in the text is taken for the space in the name.
    func end(of name: [Unicode.Scalar], at start: Int, asWords: Bool) -> Int? {
        let end = start + name.count
        guard end <= scalars.count, isWordBoundary(at: start), isWordBoundary(at: end) else { return nil }
        for offset in name.indices {
            let scalar = scalars[start + offset]
            guard scalar == name[offset] || (asWords && name[offset] == " " && (scalar == "-" || scalar == "_")) else { return nil }
        }
        return end
    }

    /// The UTF-8 bytes of the original that scalars `range` stand for.
    func original(_ range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
    }

    /// Whether a word may start or end between scalar `index - 1` and scalar `index`: not
    /// inside a word of a script that spaces its words.
    private func isWordBoundary(at index: Int) -> Bool {
        guard index > 0, index < scalars.count else { return true }
        return !(Self.isSpacedWordScalar(scalars[index - 1]) && Self.isSpacedWordScalar(scalars[index]))
    }

    private static func isSpacedWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        let properties = scalar.properties
        // A combining mark belongs to the letter before it: "Martí" is not a word of "Martínez".
        let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
        guard properties.isAlphabetic || properties.numericType != nil || isMark else { return false }
        // Han, kana and Hangul syllables are not told apart by spaces.
        return !(properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value))
    }
}
