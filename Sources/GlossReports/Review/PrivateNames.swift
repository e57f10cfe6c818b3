import GlossCore

/// Every id, name and alias of the sources marked `private: true`, to withhold them wherever a
/// report or an export would print them: a field that names a source (a speaker, a subject, a
/// place), and free text reviewers write (summaries and notes), where "Jane Secret told us" must
/// not survive into a published report.
struct PrivateNames: Sendable {
    /// The names normalized as ``EntityResolver`` compares whole fields.
    private let normalized: Set<String>
    /// The names folded as ``FoldedText`` folds free text, longest first, so that a name is
    /// withheld whole before a shorter alias inside it is looked for.
    private let folded: [[Unicode.Scalar]]

    init(_ registry: Registry) {
        let names = registry.sources.filter(\.isPrivate).flatMap { source in
            ([source.id] + (source.name.map { [$0] } ?? []) + source.aliases).map(\.value)
        }
        normalized = Set(names.map(EntityResolver.normalized))
        folded = Set(names.map { String(String.UnicodeScalarView(FoldedText($0).scalars)) }).sorted()
            .map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }
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
        guard !folded.isEmpty else { return text }
        let mentions = FoldedText(text).mentions(of: folded)
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
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            let origin = offset..<offset + width
            if scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
                if scalars.last == " " {
                    origins[origins.count - 1] = origins[origins.count - 1].lowerBound..<origin.upperBound
                } else if !scalars.isEmpty {
                    scalars.append(" ")
                    origins.append(origin)
                }
            } else if scalar.isASCII {
                // Summaries and notes are nearly all ASCII: lowered here without asking Unicode.
                scalars.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar)
                origins.append(origin)
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
        // A name is compared without the spaces around it.
        if scalars.last == " " {
            scalars.removeLast()
            origins.removeLast()
        }
    }

    /// The UTF-8 ranges of the original where `names` occur, in order, none overlapping; longer
    /// names are looked for first.
    func mentions(of names: [[Unicode.Scalar]]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        // The scalars already withheld, so that a shorter name is not looked for inside a longer
        // one; marked rather than searched for, so that a note naming someone a hundred thousand
        // times costs no more than reading it.
        var taken = [Bool](repeating: false, count: scalars.count)
        for name in names {
            var start = 0
            while start + name.count <= scalars.count {
                let end = start + name.count
                if scalars[start] == name[0], scalars[start..<end].elementsEqual(name), isWordBoundary(at: start),
                   isWordBoundary(at: end), !taken[start..<end].contains(true) {
                    found.append(start..<end)
                    for index in start..<end { taken[index] = true }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
            .map { origins[$0.lowerBound].lowerBound..<origins[$0.upperBound - 1].upperBound }
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
        guard properties.isAlphabetic || properties.numericType != nil else { return false }
        // Han, kana and Hangul syllables are not told apart by spaces.
        return !(properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value))
    }
}
