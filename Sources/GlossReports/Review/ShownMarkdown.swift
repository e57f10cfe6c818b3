/// What a reader is shown of a reviewer's text, which is Markdown, where that differs from what
/// was typed, so that a private name is found as it is read: a link's brackets and address are
/// not shown (`[Jane](https://…) Secret` reads "Jane Secret"), nor an HTML tag of formatting
/// (`Jane <b>Secret</b>`), and a character reference is its character (`Jane&nbsp;Secret`,
/// `J&#97;ne`, `J&uuml;rgen`). Anything else stays as it is written, its words looked at: what
/// only looks like a tag (`<Jane Secret>`) is text to a Markdown reader and to the HTML report.
///
/// Made in time linear in the text: reviewers' notes come from pull requests.
struct ShownMarkdown: Sendable {
    /// Parts of the text shown as other text, or as a break between words, by UTF-8 range, in
    /// order and apart.
    private(set) var replaced: [(range: Range<Int>, shown: String)] = []
    /// Markup that withholding part of withholds all of it, or its brackets or tags would be
    /// left open around "withheld": every link and image from its `[` (or `![`) to its closing
    /// `)` or `]`, and every element of formatting from its opening tag to its closing one.
    private(set) var wholes: [Range<Int>] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        let pairs = BracketPairs(bytes)
        // The `](address)` ending each link opened and not yet passed, nearest last.
        var closers: [Range<Int>] = []
        // Formatting tags opened and not yet closed, by name, with where each starts.
        var openTags: [(name: String, start: Int)] = []
        var index = 0
        while index < bytes.count {
            if let closer = closers.last, index == closer.lowerBound {
                replaced.append((closer, " "))
                closers.removeLast()
                index = closer.upperBound
                continue
            }
            var piece: (range: Range<Int>, shown: String)?
            switch bytes[index] {
            case UInt8(ascii: "&"):
                piece = Self.characterReference(in: bytes, at: index)
            case UInt8(ascii: "<"):
                if let tag = Tag(in: bytes, at: index) {
                    piece = (tag.range, tag.breaksWords ? " " : "")
                    if tag.isClosing, let open = openTags.lastIndex(where: { $0.name == tag.name }) {
                        wholes.append(openTags[open].start..<tag.range.upperBound)
                        openTags.removeSubrange(open...)
                    } else if !tag.isClosing, !tag.breaksWords {
                        openTags.append((tag.name, index))
                    }
                }
            case UInt8(ascii: "["), UInt8(ascii: "!"):
                if let link = Self.link(in: bytes, at: index, pairs: pairs),
                   closers.last.map({ link.closer.upperBound <= $0.lowerBound }) ?? true {
                    wholes.append(link.whole)
                    closers.append(link.closer)
                    piece = (link.whole.lowerBound..<link.textStart, " ")
                }
            default:
                break
            }
            // A part runs inside the link it is in, never past its end.
            if let piece, closers.last.map({ piece.range.upperBound <= $0.lowerBound }) ?? true {
                replaced.append(piece)
                index = piece.range.upperBound
            } else {
                index += 1
            }
        }
    }

    // MARK: Links

    /// A link or an image starting at `start`, as CommonMark reads one: `[text](address)` or
    /// `[text](address "title")`, with the address in `<…>` or without spaces, or
    /// `[text][label]`, with `!` before it for an image; where its text starts, and its
    /// closing part.
    private static func link(in bytes: [UInt8], at start: Int, pairs: BracketPairs)
        -> (whole: Range<Int>, textStart: Int, closer: Range<Int>)? {
        let open = bytes[start] == UInt8(ascii: "!") ? start + 1 : start
        guard open < bytes.count, bytes[open] == UInt8(ascii: "["), let close = pairs.closing[open], close + 1 < bytes.count
        else { return nil }
        let end: Int?
        switch bytes[close + 1] {
        case UInt8(ascii: "["): end = pairs.closing[close + 1]
        case UInt8(ascii: "("): end = destinationEnd(in: bytes, from: close + 2)
        default: end = nil
        }
        guard let end else { return nil }
        return (start..<end + 1, open + 1, close..<end + 1)
    }

    /// Where a link's `(address "title")` closes, from just after its `(`: nil when what is
    /// there is no address and title, as CommonMark reads them, or they run past
    /// ``longestDestination`` (looked at from each link, ever longer ones took time without end).
    private static func destinationEnd(in bytes: [UInt8], from start: Int) -> Int? {
        let bytes = bytes[..<min(bytes.count, start + longestDestination)]
        var index = skippingSpaces(bytes, from: start)
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "<") {
            guard let close = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\n") }),
                  bytes[close] == UInt8(ascii: ">") else { return nil }
            index = close + 1
        } else {
            // Without spaces, its own parentheses balanced.
            var depth = 0
            while index < bytes.endIndex, bytes[index] > 0x20 {
                if bytes[index] == UInt8(ascii: "(") { depth += 1 }
                if bytes[index] == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
            }
        }
        let beforeTitle = index
        index = skippingSpaces(bytes, from: index)
        if index > beforeTitle, index < bytes.endIndex, let closing = titleClosing[bytes[index]] {
            guard let close = bytes[(index + 1)...].firstIndex(of: closing) else { return nil }
            index = skippingSpaces(bytes, from: close + 1)
        }
        return index < bytes.endIndex && bytes[index] == UInt8(ascii: ")") ? index : nil
    }

    /// The most bytes a link's address and title are looked through: far more than any
    /// address a reviewer links to.
    static let longestDestination = 1_024

    /// What closes a link's title, by what opens it.
    private static let titleClosing: [UInt8: UInt8] = [
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "'"): UInt8(ascii: "'"), UInt8(ascii: "("): UInt8(ascii: ")"),
    ]

    private static func skippingSpaces(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        guard start < bytes.endIndex else { return bytes.endIndex }
        return bytes[start...].firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? bytes.endIndex
    }

    /// Where each `[` and `(` closes on its line, brackets nesting, found in one pass: looked
    /// for at each bracket, a line of 400,000 `[` took forty seconds.
    private struct BracketPairs {
        private(set) var closing: [Int: Int] = [:]

        init(_ bytes: [UInt8]) {
            // Each kind on its own: a `]` closes the last `[` open, whatever `(` is open.
            var openSquare: [Int] = []
            var openRound: [Int] = []
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "["): openSquare.append(index)
                case UInt8(ascii: "("): openRound.append(index)
                case UInt8(ascii: "]"): if let open = openSquare.popLast() { closing[open] = index }
                case UInt8(ascii: ")"): if let open = openRound.popLast() { closing[open] = index }
                case UInt8(ascii: "\n"):
                    openSquare.removeAll()
                    openRound.removeAll()
                default: break
                }
            }
        }
    }

    // MARK: Tags

    /// An HTML tag of the elements reviewers write (`<b>`, `</span>`, `<a href="…">`, `<br>`),
    /// up to its `>` on the same line. Anything else in angle brackets is text.
    private struct Tag {
        var range: Range<Int>
        var name: String
        var isClosing: Bool
        /// A tag that ends a line or a block (`<br>`, `<p>`) parts the words beside it; one of
        /// formatting (`<b>`) does not.
        var breaksWords: Bool

        init?(in bytes: [UInt8], at start: Int) {
            var index = start + 1
            isClosing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            let nameStart = index
            while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
            name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            let breaking = Self.breaking.contains(name)
            guard breaking || Self.formatting.contains(name), index < bytes.count else { return nil }
            // After the name: the end, a space before attributes, or `/>`.
            guard [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "/")].contains(bytes[index]),
                  let end = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\n") }),
                  bytes[end] == UInt8(ascii: ">") else { return nil }
            range = start..<end + 1
            breaksWords = breaking
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }

        private static let formatting: Set = ["a", "abbr", "b", "cite", "code", "del", "em", "font", "i", "ins", "kbd", "mark",
                                              "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "u", "var"]
        private static let breaking: Set = ["br", "p", "div", "hr", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4",
                                            "h5", "h6", "table", "tr", "td", "th", "pre", "img", "wbr"]
    }

    // MARK: Character references

    /// A character reference starting at `start` and the character it shows: `&#74;`, `&#x4A;`,
    /// or a name HTML gives to a space, a mark of punctuation or a Latin letter.
    private static func characterReference(in bytes: [UInt8], at start: Int) -> (range: Range<Int>, shown: String)? {
        guard let semicolon = bytes[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")), semicolon > start + 1 else { return nil }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let shown: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            shown = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
            shown = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
            shown = named[name] ?? accented(name)
        }
        return shown.map { (start..<semicolon + 1, $0) }
    }

    private static let named: [String: String] = [
        "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "hairsp": " ", "numsp": " ", "puncsp": " ", "MediumSpace": " ",
        "Tab": "\t", "NewLine": "\n", "shy": "", "ZeroWidthSpace": "", "zwnj": "", "zwj": "",
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "rsquo": "’", "lsquo": "‘", "sbquo": "‚", "rdquo": "”",
        "ldquo": "“", "bdquo": "„", "prime": "′", "hyphen": "‐", "dash": "‐", "ndash": "–", "mdash": "—", "minus": "−",
        "period": ".", "comma": ",", "lowbar": "_", "ast": "*", "grave": "`",
        "szlig": "ß", "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ", "oelig": "œ", "OElig": "Œ", "eth": "ð", "ETH": "Ð",
        "thorn": "þ", "THORN": "Þ", "lstrok": "ł", "Lstrok": "Ł", "dstrok": "đ", "Dstrok": "Đ", "hstrok": "ħ", "Hstrok": "Ħ",
        "tstrok": "ŧ", "Tstrok": "Ŧ", "eng": "ŋ", "ENG": "Ŋ", "imath": "ı", "inodot": "ı", "kgreen": "ĸ", "ijlig": "ĳ", "IJlig": "Ĳ",
    ]

    /// A Latin letter with an accent by its HTML name (`uuml`, `Eacute`, `amacr`, `odblac`), as
    /// the letter and the combining accent.
    private static func accented(_ name: String) -> String? {
        let accents: [(suffix: String, mark: String)] = [
            ("acute", "\u{301}"), ("grave", "\u{300}"), ("uml", "\u{308}"), ("circ", "\u{302}"), ("tilde", "\u{303}"),
            ("ring", "\u{30A}"), ("cedil", "\u{327}"), ("caron", "\u{30C}"), ("macr", "\u{304}"), ("ogon", "\u{328}"),
            ("dblac", "\u{30B}"), ("breve", "\u{306}"), ("dot", "\u{307}"),
        ]
        guard let accent = accents.first(where: { name.hasSuffix($0.suffix) }), name.count == accent.suffix.count + 1,
              let letter = name.first, letter.isASCII, letter.isLetter else { return nil }
        return String(letter) + accent.mark
    }
}
