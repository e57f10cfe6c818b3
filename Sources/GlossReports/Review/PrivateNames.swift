import Foundation
import GlossCore

/// Every id, name and alias of the sources marked `private: true`, to withhold them wherever a
/// report or an export would print them: a field that names a source (a speaker, a subject, a
/// place), and free text reviewers write (summaries and notes), where "Jane Secret told us" must
/// not survive into a published report.
struct PrivateNames: Sendable {
    /// The names normalized as ``EntityResolver`` compares whole fields.
    private let normalized: Set<String>
    /// The ids, folded as ``FoldedText`` folds free text and matched as written, so that the id
    /// `a-resident` is withheld and the words "a resident" are not.
    private let ids: NameTrie
    /// The names and aliases, folded, with hyphens and underscores as spaces: they are words,
    /// and "Jean-Pierre Li", "jean pierre li" and "Jean_Pierre Li" are one name.
    private let words: NameTrie
    /// The names of several words again, spelled without their accents ("Jurgen Muller" for
    /// "Jürgen Müller") and as German and Nordic letters are typed without them ("Juergen
    /// Mueller"), each matched in the text spelled the same way; and every name as written in
    /// capitals, matched in the words of the text written so (`ΝΙΚΟΣ`, `WEISS`, `YILMAZ`). A
    /// name of one word is matched in lowercase only as written: without its accents it is too
    /// often a word ("Schön" and "schon").
    private let respelled: [(spelling: FoldedText.Spelling, names: NameTrie)]
    /// The sources' own addresses (a profile, a homepage).
    private let addresses: [Address]

    init(_ registry: Registry) {
        let sources = registry.sources.filter(\.isPrivate)
        let names = sources.flatMap { source in ((source.name.map { [$0] } ?? []) + source.aliases).map(\.value) }
        normalized = Set((sources.map(\.id.value) + names).map(EntityResolver.normalized))
        ids = NameTrie(sources.map { FoldedText($0.id.value).scalars })
        words = NameTrie(names.map { FoldedText($0).scalars.map(Self.wordSeparator) })
        respelled = [FoldedText.Spelling.withoutAccents, .transliterated, .inCapitals].compactMap { spelling in
            let spelled = spelling == .inCapitals
                ? names.flatMap(CapitalWords.spellings).map { FoldedText($0, spelling: spelling).scalars.map(Self.wordSeparator) }
                : names.map { FoldedText($0, spelling: spelling).scalars.map(Self.wordSeparator) }.filter { $0.contains(" ") }
            return spelled.isEmpty ? nil : (spelling, NameTrie(spelled))
        }
        addresses = sources.compactMap { $0.url.map { Address($0.value) } }.filter { !$0.place.isEmpty }
    }

    /// Whether a whole field names a private source.
    func contains(_ reference: String) -> Bool {
        normalized.contains(EntityResolver.normalized(reference))
    }

    /// Whether a link leads to a private source or names one: it is the source's own address
    /// or an address under it, or holds one (an archived copy:
    /// `web.archive.org/web/2022/https://twitter.com/…`), or a private name is in it, as a search
    /// or a profile address carries it. Each is looked for as written and decoded (`%E7…`, `+`
    /// and `%20` for spaces, `%2520` decoded twice).
    func identifies(link: String) -> Bool {
        // Asked of every link of every report; in a workspace without a private source, or one
        // whose private sources have no address, reading links came to a tenth of a report.
        guard !ids.isEmpty || !words.isEmpty || !addresses.isEmpty else { return false }
        var readings = [link]
        while readings.count < 4 {
            let decoded = PercentEncoding.decoded(readings[readings.count - 1].replacingOccurrences(of: "+", with: " "))
            if decoded == readings[readings.count - 1] { break }
            readings.append(decoded)
        }
        return readings.contains { reading in
            !addresses.isEmpty && Self.addressesHeld(in: reading).contains { held in addresses.contains(where: Address(String(held)).leads) }
                || redactingNames(reading, with: "") != reading
        }
    }

    /// The link and the addresses written inside it, after a `/` (an archived copy:
    /// `web.archive.org/web/2022/https://twitter.com/…`): what follows a `/` and opens with a
    /// scheme or a host name, the first ``mostAddressesHeld`` of them. Every `/` tried, a link of
    /// 8,000 of them took twenty seconds.
    private static func addressesHeld(in link: String) -> [Substring] {
        var held = [link[...]]
        var rest = link[...]
        while held.count <= mostAddressesHeld, let slash = rest.firstIndex(of: "/") {
            rest = rest[rest.index(after: slash)...]
            let host = rest.prefix(256).prefix { $0 != "/" }
            if rest.prefix(4).lowercased() == "http" || (host.contains(".") && !host.contains(where: \.isWhitespace)) { held.append(rest) }
        }
        return held
    }

    /// How many addresses inside a link are looked at: an archive's link holds one.
    private static let mostAddressesHeld = 8

    /// `text` with every mention of a private source replaced by `replacement`. Mentions are found
    /// in any case, however the words are spaced, and as whole words where words are spaced:
    /// the alias "Li" is withheld in "Li said" but "Lies" stays. Names in scripts written without
    /// spaces (Chinese, Japanese) are found wherever they occur. Read left to right, once: at each
    /// place the longest name there is withheld whole, before an alias inside it is looked for.
    /// Addresses that identify a private source are withheld whole first (``redactingLinks``).
    func redacting(_ text: String, with replacement: String) -> String {
        guard !ids.isEmpty || !words.isEmpty else { return text }
        return redactingNames(redactingLinks(text, with: replacement), with: replacement)
    }

    private func redactingNames(_ text: String, with replacement: String) -> String {
        guard !ids.isEmpty || !words.isEmpty else { return text }
        let shown = ShownMarkdown(text)
        // As Markdown shows it, and as written: what links and tags hide (a title, words in
        // angle brackets) is read too.
        var mentions = Self.mentions(in: FoldedText(text, shown: shown), of: [(ids, { $0 }), (words, Self.wordSeparator)])
            + Self.mentions(in: FoldedText(text, shown: .asWritten), of: [(ids, { $0 }), (words, Self.wordSeparator)])
        for (spelling, names) in respelled {
            mentions += Self.mentions(in: FoldedText(text, shown: shown, spelling: spelling), of: [(names, Self.wordSeparator)])
        }
        guard !mentions.isEmpty else { return text }
        mentions = Self.merged(mentions)
        // A mention in a link or an element withholds all of it, brackets, address and tags
        // with it. Both are sorted; the mentions, merged, do not overlap.
        let touched = shown.wholes.filter { whole in
            let first = Self.firstIndex(in: mentions) { $0.upperBound > whole.lowerBound }
            return first < mentions.count && mentions[first].lowerBound < whole.upperBound
        }
        if !touched.isEmpty { mentions = Self.merged(mentions + touched) }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var copied = 0
        for mention in mentions {
            let whole = Self.withEmphasisMarks(mention, in: bytes, after: copied)
            result += bytes[copied..<whole.lowerBound]
            result += replacement.utf8
            copied = whole.upperBound
        }
        return String(decoding: result + bytes[copied...], as: UTF8.self)
    }

    /// The UTF-8 ranges of the text where a name of `tries` stands, the longest at each place;
    /// each trie's names are compared with the text's scalars as its `fold` makes them.
    private static func mentions(in folded: FoldedText,
                                 of tries: [(names: NameTrie, fold: (Unicode.Scalar) -> Unicode.Scalar)]) -> [Range<Int>] {
        var mentions: [Range<Int>] = []
        var start = 0
        while start < folded.scalars.count {
            let ends = tries.compactMap { $0.names.longestMatch(in: folded, at: start, $0.fold) }
            if let end = ends.max() {
                mentions.append(folded.original(start..<end))
                start = end
            } else {
                start += 1
            }
        }
        return mentions
    }

    /// The first index of sorted `ranges` from which `isPast` holds, by bisection.
    private static func firstIndex(in ranges: [Range<Int>], where isPast: (Range<Int>) -> Bool) -> Int {
        var (low, high) = (0, ranges.count)
        while low < high {
            let middle = (low + high) / 2
            if isPast(ranges[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Ranges sorted, and those that overlap joined into one.
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// A mention with the Markdown marks around it when it holds some (`Jane **Secret**`,
    /// `**Jane** Secret`): the marks it splits would otherwise be left open around "withheld".
    private static func withEmphasisMarks(_ mention: Range<Int>, in bytes: [UInt8], after floor: Int) -> Range<Int> {
        // Angle brackets around it go too: `<withheld>` is a tag to a Markdown reader, which
        // would hide the word. So does a square bracket it closes or opens (`[Jane] Secret`).
        if mention.lowerBound > floor, mention.upperBound < bytes.count, bytes[mention.lowerBound - 1] == UInt8(ascii: "<"),
           bytes[mention.upperBound] == UInt8(ascii: ">") {
            return mention.lowerBound - 1..<mention.upperBound + 1
        }
        var mention = mention
        if mention.lowerBound > floor, bytes[mention.lowerBound - 1] == UInt8(ascii: "["), bytes[mention].contains(UInt8(ascii: "]")) {
            mention = mention.lowerBound - 1..<mention.upperBound
        }
        if mention.upperBound < bytes.count, bytes[mention.upperBound] == UInt8(ascii: "]"), bytes[mention].contains(UInt8(ascii: "[")) {
            mention = mention.lowerBound..<mention.upperBound + 1
        }
        let marks: Set<UInt8> = [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`")]
        guard bytes[mention].contains(where: marks.contains) else { return mention }
        var (lower, upper) = (mention.lowerBound, mention.upperBound)
        while lower > floor, marks.contains(bytes[lower - 1]) { lower -= 1 }
        while upper < bytes.count, marks.contains(bytes[upper]) { upper += 1 }
        return lower..<upper
    }

    /// `text` with every address in it that leads to or names a private source
    /// (``identifies(link:)``) replaced whole: a note's link to the person's own page identifies
    /// them as surely as their name. An address starts with `http://` or `https://` in any case,
    /// or is written without them (`social.example.com/u/1`, `www.…`): a word whose part before
    /// any `/` is a host name. It runs to white space, a bracket, a quotation mark, Markdown's
    /// marks or punctuation outside ASCII, less the punctuation that ends a sentence.
    private func redactingLinks(_ text: String, with replacement: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var index = 0
        var changed = false
        let ends: Set<Unicode.Scalar> = ["<", ">", "\"", "'", "(", ")", "[", "]", "“", "”", "‘", "’", "「", "」"]
        while index < scalars.count {
            // A host name starts after anything that cannot be part of one: a space, a mark,
            // Markdown, Chinese text (`见social.example.com/…`, `账号：…`).
            let startsWord = index == 0 || !Self.isHostNameScalar(scalars[index - 1])
            guard Self.startsWithScheme(scalars[index...]) || startsWord && Self.startsWithHostName(scalars[index...]) else {
                index += 1
                continue
            }
            var end = index
            // It ends before Markdown's marks and punctuation outside ASCII (`…/u/1**`, `…/u/1。`),
            // but for a full stop that a letter or digit follows, which browsers read as a dot
            // (`social。example。com`).
            while end < scalars.count, !scalars[end].properties.isWhitespace, !ends.contains(scalars[end]),
                  !"*`~".unicodeScalars.contains(scalars[end]),
                  !Self.isPunctuationOutsideASCII(scalars[end]) || Self.isFullStopInAddress(scalars[end...]) { end += 1 }
            while end > index, ".,;:!?_".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            if identifies(link: String(String.UnicodeScalarView(scalars[index..<end]))) {
                scalars.replaceSubrange(index..<end, with: replacement.unicodeScalars)
                index += replacement.unicodeScalars.count
                changed = true
            } else {
                index = max(end, index + 1)
            }
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// Whether a scalar can be part of a host name or stand just before one in an address
    /// (`user@host`, `sub.host`).
    private static func isHostNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-.@".unicodeScalars.contains(scalar))
    }

    /// Whether `text` starts with an ideographic or full-width full stop that an ASCII letter
    /// or digit follows: a dot of an address, as browsers read it.
    private static func isFullStopInAddress(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = text.first, [0x3002, 0xFF0E, 0xFF61].contains(first.value), let next = text.dropFirst().first else { return false }
        return next.isASCII && (next.properties.isAlphabetic || ("0"..."9").contains(next))
    }

    /// Whether a scalar is punctuation of a script outside ASCII (`。`, `，`, `（`), which ends an
    /// address where an ideograph in its path would not.
    private static func isPunctuationOutsideASCII(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .dashPunctuation:
            return true
        default:
            return false
        }
    }

    /// Whether `text` starts with `http://` or `https://`, in any case, with backslashes for
    /// slashes as browsers read them.
    private static func startsWithScheme(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let lowered = text.prefix(8).map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 == "\\" ? "/" : $0 }
        return lowered.starts(with: "https://".unicodeScalars) || lowered.starts(with: "http://".unicodeScalars)
    }

    /// Whether `text` starts with a host name and a `/` (or `\`) or the end of the word after
    /// it: letters, digits and hyphens in two or more labels (`example.com`, `www.example.com`,
    /// `example.com.` before a path).
    private static func startsWithHostName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var labels = 0
        var labelLength = 0
        for scalar in text {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                labelLength += 1
            } else if scalar == "." || [0x3002, 0xFF0E, 0xFF61].contains(scalar.value), labelLength > 0 {
                labels += 1
                labelLength = 0
            } else {
                let slash = scalar == "/" || scalar == "\\"
                return labels > 0 && (labelLength > 0 || labels > 1 && slash)
                    && (slash || scalar.properties.isWhitespace || ".,;:!?)]>".unicodeScalars.contains(scalar))
            }
        }
        return labels > 0 && labelLength > 0
    }

    private static func wordSeparator(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "-" || scalar == "_" ? " " : scalar
    }
}

/// Names as a tree of their scalars, so that finding every name that starts at a place in a text
/// costs the length of the longest, however many thousands of names there are.
private struct NameTrie: Sendable {
    private struct Node: Sendable {
        var children: [Unicode.Scalar: Int] = [:]
        var endsAName = false
    }

    private var nodes = [Node()]

    init(_ names: [[Unicode.Scalar]]) {
        for name in names where !name.isEmpty {
            var node = 0
            for scalar in name {
                if let next = nodes[node].children[scalar] {
                    node = next
                } else {
                    nodes.append(Node())
                    nodes[node].children[scalar] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            nodes[node].endsAName = true
        }
    }

    var isEmpty: Bool { nodes[0].children.isEmpty }

    /// Where the longest name that occurs at scalar `start` of `text` as a whole word ends, if
    /// one does; the text's scalars are compared as `fold` makes them.
    func longestMatch(in text: FoldedText, at start: Int, _ fold: (Unicode.Scalar) -> Unicode.Scalar) -> Int? {
        var node = 0
        var longest: Int?
        var index = start
        while index < text.scalars.count, let next = nodes[node].children[fold(text.scalars[index])] {
            node = next
            index += 1
            if nodes[node].endsAName, text.isWordBoundary(at: index) { longest = index }
        }
        return longest != nil && text.isWordBoundary(at: start) ? longest : nil
    }
}

/// Text as lowercase scalars with each run of white space one space, remembering which UTF-8
/// bytes of the original each scalar stands for. Hyphens stay: an id such as `a-resident` is
/// withheld where it is written, while the words "a resident" are only words.
fileprivate struct FoldedText {
    /// How letters with accents are spelled in the folded text.
    enum Spelling {
        /// As written: "Müller" is not "Muller".
        case asWritten
        /// Without their accents: "Müller" is "muller", "Łódź" "lodz".
        case withoutAccents
        /// As typed without them in German and the Nordic languages: "Müller" is "mueller",
        /// "Ørsted" "oersted", "Åsa" "aasa"; other accents are left out.
        case transliterated
        /// The words written in capitals without their accents (``CapitalWords``), the others
        /// as nothing a name holds.
        case inCapitals
    }

    /// What a scalar of a word not written in capitals is in a text spelled ``Spelling/inCapitals``:
    /// a character of private use, which no name holds.
    private static let otherWord: Unicode.Scalar = "\u{E000}"

    private(set) var scalars: [Unicode.Scalar] = []
    private var origins: [Range<Int>] = []
    private let spelling: Spelling

    /// The text as it reads (``ShownMarkdown``: `shown`, when worked out already), folded.
    init(_ text: String, shown: ShownMarkdown? = nil, spelling: Spelling = .asWritten) {
        self.spelling = spelling
        scalars.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var replaced = (shown ?? ShownMarkdown(text)).replaced[...]
        var offset = 0
        /// Appends what a character of the text, `width` bytes, reads as: its `scalars`, or
        /// what the markup it is part of is shown as.
        func add(_ scalars: some Sequence<Unicode.Scalar>, width: Int, otherWord: Bool) {
            defer { offset += width }
            guard let piece = replaced.first, offset >= piece.range.lowerBound else {
                appendShown(scalars, from: offset..<offset + width, otherWord: otherWord)
                return
            }
            if offset + width >= piece.range.upperBound { replaced.removeFirst() }
            if offset == piece.range.lowerBound {
                appendShown(Self.decomposed(piece.shown).unicodeScalars, from: piece.range, otherWord: otherWord)
            }
        }
        if spelling != .inCapitals, text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Summaries and notes are nearly all ASCII: a byte is a character.
            for scalar in text.unicodeScalars { add(CollectionOfOne(scalar), width: 1, otherWord: false) }
        } else {
            // Each character in its compatibility decomposition, so that "José" typed with a
            // combining accent is the "José" of the registry, and "𝐉𝐚𝐧𝐞" in mathematical bold
            // is "Jane"; every scalar of it stands for the whole character.
            let runs = spelling == .inCapitals ? CapitalWords.runs(text) : [(text: text[...], kind: .between)]
            for run in runs {
                for character in run.text {
                    add(Self.decomposed(String(character)).unicodeScalars, width: character.utf8.count, otherWord: run.kind == .otherWord)
                }
            }
        }
        // A name is compared without the spaces around it.
        if scalars.last == " " {
            scalars.removeLast()
            origins.removeLast()
        }
    }

    /// Adds a scalar of the text, lowercased and with typography set aside (``TypographicFolding``:
    /// "O’Brien" is "O'Brien", "Jane‐Secret" with a Unicode hyphen is "Jane-Secret", "Ｊane" is
    /// "Jane"); white space joins a run of it, and what is not shown (a soft hyphen, a zero-width
    /// space, Markdown's emphasis) is left out, so that it cannot hide a name.
    private mutating func append(_ scalar: Unicode.Scalar, from origin: Range<Int>) {
        // Markdown's emphasis and code marks are not shown either ("Jane **Secret**" reads
        // "Jane Secret"), nor its escapes ("Jane\_Secret" reads "Jane_Secret"), and an
        // underscore between words reads as a space ("_Secret_"); angle and square brackets
        // around words hide none of them ("Jane <Secret>", "[Jane] Secret").
        if "*`~\\<>[]".unicodeScalars.contains(scalar) { return }
        switch TypographicFolding.fold(scalar == "_" ? " " : scalar, foldingCase: true) {
        case .space:
            if scalars.last == " " {
                origins[origins.count - 1] = origins[origins.count - 1].lowerBound..<origin.upperBound
            } else if !scalars.isEmpty {
                scalars.append(" ")
                origins.append(origin)
            }
        case .drop:
            return
        case .scalar(var folded):
            guard folded.isASCII || !folded.properties.isDefaultIgnorableCodePoint else { return }
            // A Greek word's final sigma is its sigma: "ΝΙΚΟΣ" lowercases to "νικοσ", not "νικος".
            if folded == "ς" { folded = "σ" }
            if spelling != .asWritten, !folded.isASCII, let respelled = respelled(folded) {
                for scalar in respelled.unicodeScalars {
                    scalars.append(scalar)
                    origins.append(origin)
                }
                return
            }
            scalars.append(folded)
            origins.append(origin)
        case .expansion(let folded):
            for scalar in folded {
                scalars.append(scalar)
                origins.append(origin)
            }
        }
    }

    /// A scalar as ``spelling`` writes it (decomposed above, a letter's accents come apart):
    /// nil to keep it.
    private func respelled(_ scalar: Unicode.Scalar) -> String? {
        if LatinFolding.isAccent(scalar) {
            // The umlaut and the ring are written as a letter after the vowel they sit on.
            guard spelling == .transliterated, let vowel = scalars.last else { return "" }
            if scalar == "\u{308}", "aou".unicodeScalars.contains(vowel) { return "e" }
            if scalar == "\u{30A}", vowel == "a" { return "a" }
            return ""
        }
        if spelling == .transliterated, let nordic = ["ø": "oe", "æ": "ae"][Character(scalar)] { return nordic }
        let ascii = LatinFolding.asciiLetters(of: scalar).lowercased()
        return ascii.isEmpty ? nil : ascii
    }

    /// Appends scalars the text shows, standing for its bytes `origin`; for a word not in
    /// capitals in a text spelled ``Spelling/inCapitals``, as nothing a name holds.
    private mutating func appendShown(_ shown: some Sequence<Unicode.Scalar>, from origin: Range<Int>, otherWord: Bool) {
        for scalar in shown {
            if otherWord {
                scalars.append(Self.otherWord)
                origins.append(origin)
            } else {
                append(scalar, from: origin)
            }
        }
    }

    /// A character as it is compared: in its compatibility decomposition.
    private static func decomposed(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.decomposedStringWithCompatibilityMapping
    }

    /// The UTF-8 bytes of the original that scalars `range` stand for.
    func original(_ range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound].lowerBound..<origins[range.upperBound - 1].upperBound
    }

    /// Whether a word may start or end between scalar `index - 1` and scalar `index`: not
    /// inside a word of a script that spaces its words.
    func isWordBoundary(at index: Int) -> Bool {
        guard index > 0, index < scalars.count else { return true }
        return !(Self.isSpacedWordScalar(scalars[index - 1]) && Self.isSpacedWordScalar(scalars[index]))
    }

    private static func isSpacedWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        let properties = scalar.properties
        // A combining mark belongs to the letter before it: "Martí" is not a word of "Martínez".
        let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
        guard properties.isAlphabetic || properties.numericType != nil || isMark else { return false }
        // Han, kana and Hangul syllables are not told apart by spaces, nor Thai and the alphabets
        // written like it.
        return !(properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
            || scalar.isOfAlphabetWithoutSpaces)
    }
}

/// An address as links to one page compare: its host and path, lowercased, without the scheme,
/// `www.` or a final slash, and the `name=value` settings of its query in any order; the
/// fragment does not count.
private struct Address: Sendable {
    let place: String
    let settings: Set<Substring>

    init(_ url: String) {
        // As browsers read an address: a backslash is a slash; compatibility forms (full-width,
        // mathematical and circled letters) are their letters, an ideographic full stop
        // (`social。example。com`) a dot, and what is never shown (a soft hyphen, a zero-width
        // space) nothing.
        var rest = Substring(url.trimmingCharacters(in: .whitespaces).precomposedStringWithCompatibilityMapping.replacingScalars { scalar in
            switch scalar.value {
            case 0x5C: "/"
            case 0x3002: "."
            default: scalar.properties.isDefaultIgnorableCodePoint ? "" : nil
            }
        })
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        let lowercased = rest.lowercased()
        var host = lowercased.prefix { $0 != "/" }
        let path = lowercased[host.endIndex...]
        // What a browser makes of the host: no user name before it, a scheme's own port or an
        // empty one, a final dot (`example.com.`) and `www.` all name the same place.
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasSuffix(":443") || host.hasSuffix(":80") || host.hasSuffix(":") { host = host[..<host.lastIndex(of: ":")!] }
        while host.hasSuffix(".") { host = host.dropLast() }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        // And of the path: `x/../jane` is `jane`; empty segments and a final slash say nothing.
        var segments: [Substring] = []
        for segment in path.split(separator: "/") where segment != "." {
            if segment == ".." { _ = segments.popLast() } else { segments.append(segment) }
        }
        place = host + segments.map { "/" + $0 }.joined()
        settings = Set(query.split(separator: "&"))
    }

    /// Whether a link to this address leads to `source`: the same page or one under it, with at
    /// least the source's settings (a share link adds its own).
    func leads(to source: Address) -> Bool {
        (place == source.place || place.hasPrefix(source.place + "/")) && source.settings.isSubset(of: settings)
    }
}
