/// What a reader is shown of a reviewer's text, which is Markdown, where that differs from what
/// was typed, so that a private name is found as it is read: a link's brackets and address are
/// not shown (`[Jane](https://…) Secret` reads "Jane Secret"), nor an HTML tag (`Jane
/// <b>Secret</b>`), and a character reference is its character (`Jane&nbsp;Secret`, `J&#97;ne`,
/// `J&uuml;rgen`).
///
/// Links and tags are read liberally, as the most lenient renderer would (a title with quotes
/// escaped in it, a space in the address, a line break inside): what they hide is looked at
/// too, in the text as written (``asWritten``), so a name in a link's title or in what only
/// looks like a tag (`<Jane Secret>`) is found either way. Made in time linear in the text:
/// reviewers' notes come from pull requests.
public struct ShownMarkdown: Sendable {
    /// Parts of the text shown as other text, or as nothing, by UTF-8 range, in order and apart.
    public private(set) var replaced: [(range: Range<Int>, shown: String)] = []
    /// Markup that withholding part of withholds all of it, or its brackets or tags would be
    /// left open around "withheld": every link and image from its `[` (or `![`) to its closing
    /// `)` or `]`, and every element from its opening tag to its closing one; sorted.
    public private(set) var wholes: [Range<Int>] = []

    /// The text as written, nothing replaced.
    public static let asWritten = ShownMarkdown()

    private init() {}

    public init(_ text: String) {
        let bytes = Array(text.utf8)
        let pairs = BracketPairs(bytes)
        // The `](address)` ending each link opened and not yet passed, nearest last.
        var closers: [Range<Int>] = []
        // Where each element opened and not yet closed starts, by its tag's name.
        var openTags: [String: [Int]] = [:]
        var index = 0
        while index < bytes.count {
            if let closer = closers.last, index == closer.lowerBound {
                replaced.append((closer, ""))
                closers.removeLast()
                index = closer.upperBound
                continue
            }
            var piece: (range: Range<Int>, shown: String)?
            switch bytes[index] {
            case UInt8(ascii: "&"):
                piece = Self.characterReference(in: bytes, at: index)
            case UInt8(ascii: "<") where bytes[index...].starts(with: Self.commentOpening):
                // An HTML comment is not shown.
                let reach = bytes[..<min(bytes.count, index + Self.longestComment)]
                if let close = reach.indices.dropFirst(index - reach.startIndex + 4).first(where: { reach[$0...].starts(with: Self.commentClosing) }) {
                    piece = (index..<close + Self.commentClosing.count, " ")
                }
            case UInt8(ascii: "<"):
                if let tag = Tag(in: bytes, at: index) {
                    piece = (tag.range, tag.breaksWords ? " " : "")
                    if tag.isClosing, let start = openTags[tag.name]?.popLast() {
                        wholes.append(start..<tag.range.upperBound)
                    } else if !tag.isClosing, !tag.breaksWords {
                        openTags[tag.name, default: []].append(index)
                    }
                }
            case UInt8(ascii: "["), UInt8(ascii: "!"):
                if let link = Self.link(in: bytes, at: index, pairs: pairs),
                   closers.last.map({ link.closer.upperBound <= $0.lowerBound }) ?? true {
                    wholes.append(link.whole)
                    closers.append(link.closer)
                    // The brackets join the words beside them: `[Ja](…)ne` reads "Jane".
                    piece = (link.whole.lowerBound..<link.textStart, "")
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
        wholes.sort { $0.lowerBound < $1.lowerBound }
    }

    /// `text` as it reads: what ``replaced`` lists replaced. What an id is made from.
    public static func text(_ text: String) -> String {
        let shown = ShownMarkdown(text)
        guard !shown.replaced.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var copied = 0
        for piece in shown.replaced {
            result += bytes[copied..<piece.range.lowerBound]
            result += piece.shown.utf8
            copied = piece.range.upperBound
        }
        return String(decoding: result + bytes[copied...], as: UTF8.self)
    }

    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)
    /// The most bytes an HTML comment is looked through for its end.
    private static let longestComment = 4_096

    // MARK: Links

    /// A link or an image starting at `start`: `[text](…)` to the `)` that closes its `(`,
    /// whatever address and title are inside, or `[text][label]`, with `!` before it for an
    /// image; where its text starts, and its closing part. At most ``longestDestination`` bytes
    /// are hidden after its text.
    private static func link(in bytes: [UInt8], at start: Int, pairs: BracketPairs)
        -> (whole: Range<Int>, textStart: Int, closer: Range<Int>)? {
        let open = bytes[start] == UInt8(ascii: "!") ? start + 1 : start
        guard open < bytes.count, bytes[open] == UInt8(ascii: "["), let close = pairs.closing[open], close + 1 < bytes.count,
              bytes[close + 1] == UInt8(ascii: "(") || bytes[close + 1] == UInt8(ascii: "["),
              var end = pairs.closing[close + 1], end - close <= longestDestination else { return nil }
        // A title in quotes may hold a `)`: the link goes on to the one after the title's end.
        let quote = UInt8(ascii: "\"")
        if bytes[close + 1] == UInt8(ascii: "("), bytes[(close + 1)..<end].count(where: { $0 == quote }) % 2 == 1 {
            let reach = bytes[..<min(bytes.count, close + longestDestination)]
            guard end + 1 < reach.endIndex, let titleEnd = reach[(end + 1)...].firstIndex(of: quote),
                  let after = reach[(titleEnd + 1)...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            end = after
        }
        return (start..<end + 1, open + 1, close..<end + 1)
    }

    /// The most bytes a link's address and title may take: far more than any address a
    /// reviewer links to.
    static let longestDestination = 1_024

    /// Where each `[` and `(` closes within its paragraph, brackets nesting, found in one pass:
    /// looked for at each bracket, a line of 400,000 `[` took forty seconds.
    private struct BracketPairs {
        private(set) var closing: [Int: Int] = [:]

        init(_ bytes: [UInt8]) {
            // Each kind on its own: a `]` closes the last `[` open, whatever `(` is open.
            var openSquare: [Int] = []
            var openRound: [Int] = []
            var previous: UInt8 = 0
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "["): openSquare.append(index)
                case UInt8(ascii: "("): openRound.append(index)
                case UInt8(ascii: "]"): if let open = openSquare.popLast() { closing[open] = index }
                case UInt8(ascii: ")"): if let open = openRound.popLast() { closing[open] = index }
                case UInt8(ascii: "\n") where previous == UInt8(ascii: "\n"):
                    // A blank line ends the paragraph, and every link in it.
                    openSquare.removeAll()
                    openRound.removeAll()
                default: break
                }
                if byte != UInt8(ascii: "\r") { previous = byte }
            }
        }
    }

    // MARK: Tags

    /// An HTML tag (`<b>`, `</span>`, `<a href="…">`, `<br/>`): a letter after `<` or `</`, up
    /// to a `>` on the same line. What only looks like one (`<Jane Secret>`) is hidden too, and
    /// its words are looked at in the text as written.
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
            guard index > nameStart, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[nameStart] | 0x20),
                  let end = Self.end(in: bytes, from: index) else { return nil }
            name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            range = start..<end + 1
            breaksWords = Self.breaking.contains(name)
        }

        /// Where a tag's `>` is, after its name, on the same line and within ``longest`` bytes;
        /// a quoted attribute's value may hold `<` or `>` (`<span title="<">`).
        private static func end(in bytes: [UInt8], from start: Int) -> Int? {
            var quote: UInt8?
            for index in start..<min(bytes.count, start + longest) {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") { return nil }
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return index
                } else if byte == UInt8(ascii: "<") {
                    return nil
                }
            }
            return nil
        }

        /// The most bytes a tag's attributes are looked through.
        private static let longest = 1_024

        private static func isNameByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }

        private static let breaking: Set = ["br", "p", "div", "hr", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4",
                                            "h5", "h6", "table", "tr", "td", "th", "pre", "img", "wbr", "dd", "dt", "dl"]
    }

    // MARK: Character references

    /// A character reference starting at `start` and the character it shows: `&#74;`, `&#x4A;`,
    /// or a name HTML gives to a space, a mark of punctuation or a Latin letter.
    private static func characterReference(in bytes: [UInt8], at start: Int) -> (range: Range<Int>, shown: String)? {
        // The longest name HTML gives a character has 31 letters (`CounterClockwiseContourIntegral`).
        guard let semicolon = bytes[start...].prefix(34).firstIndex(of: UInt8(ascii: ";")), semicolon > start + 1 else { return nil }
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
        "ldquo": "“", "bdquo": "„", "CloseCurlyQuote": "’", "OpenCurlyQuote": "‘", "CloseCurlyDoubleQuote": "”",
        "OpenCurlyDoubleQuote": "“", "prime": "′", "hyphen": "‐", "dash": "‐", "ndash": "–", "mdash": "—", "minus": "−",
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
