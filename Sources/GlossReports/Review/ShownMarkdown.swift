/// What a reader is shown of a reviewer's text, which is Markdown, where that differs from what
/// was typed, so that a private name is found as it is read: a link's brackets and address are
/// not shown (`[Jane](https://…) Secret` reads "Jane Secret"), nor an HTML tag
/// (`Jane <b>Secret</b>`), and a character reference is its character (`Jane&nbsp;Secret`,
/// `J&#97;ne`, `J&uuml;rgen`).
struct ShownMarkdown: Sendable {
    /// Parts of the text shown as other text, or as nothing, by UTF-8 range, in order and apart.
    private(set) var replaced: [(range: Range<Int>, shown: String)] = []
    /// Every link and image whole, from its `[` (or `![`) to its closing `)` or `]`: withholding
    /// words of one withholds all of it, or its brackets would be left open around "withheld".
    private(set) var links: [Range<Int>] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        // The `](address)` ending each link opened and not yet passed, nearest last.
        var closers: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if let closer = closers.last, index == closer.lowerBound {
                replaced.append((closer, ""))
                closers.removeLast()
                index = closer.upperBound
                continue
            }
            let piece: (range: Range<Int>, shown: String)?
            switch bytes[index] {
            case UInt8(ascii: "&"): piece = Self.characterReference(in: bytes, at: index)
            case UInt8(ascii: "<"): piece = Self.tag(in: bytes, at: index).map { ($0, "") }
            case UInt8(ascii: "["), UInt8(ascii: "!"):
                if let link = Self.link(in: bytes, at: index), closers.last.map({ link.closer.upperBound <= $0.lowerBound }) ?? true {
                    links.append(link.whole)
                    closers.append(link.closer)
                    piece = (link.whole.lowerBound..<link.textStart, "")
                } else {
                    piece = nil
                }
            default: piece = nil
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

    /// A link or an image starting at `start`: `[text](address)`, `[text][label]`, with `!`
    /// before it for an image; where its text starts, and its closing part.
    private static func link(in bytes: [UInt8], at start: Int) -> (whole: Range<Int>, textStart: Int, closer: Range<Int>)? {
        let open = bytes[start] == UInt8(ascii: "!") ? start + 1 : start
        guard open < bytes.count, bytes[open] == UInt8(ascii: "[") else { return nil }
        guard let close = matching(in: bytes, from: open, close: UInt8(ascii: "]")), close + 1 < bytes.count else { return nil }
        let after = bytes[close + 1]
        guard after == UInt8(ascii: "(") || after == UInt8(ascii: "["),
              let end = matching(in: bytes, from: close + 1, close: after == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]"))
        else { return nil }
        return (start..<end + 1, open + 1, close..<end + 1)
    }

    /// Where the bracket at `start` closes, on the same line; brackets may nest.
    private static func matching(in bytes: [UInt8], from start: Int, close: UInt8) -> Int? {
        let open = bytes[start]
        var depth = 0
        for index in start..<bytes.count {
            switch bytes[index] {
            case open: depth += 1
            case close:
                depth -= 1
                if depth == 0 { return index }
            case UInt8(ascii: "\n"): return nil
            default: break
            }
        }
        return nil
    }

    /// An HTML tag starting at `start` (`<b>`, `</span>`, `<a href="…">`): up to its `>` on the
    /// same line.
    private static func tag(in bytes: [UInt8], at start: Int) -> Range<Int>? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index] | 0x20) else { return nil }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ">"): return start..<index + 1
            case UInt8(ascii: "<"), UInt8(ascii: "\n"): return nil
            default: index += 1
            }
        }
        return nil
    }

    /// A character reference starting at `start` and the character it shows: `&#74;`, `&#x4A;`,
    /// or a name HTML gives to a space, a mark or a Latin letter with an accent.
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
        "shy": "", "ZeroWidthSpace": "", "zwnj": "", "zwj": "", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "szlig": "ß", "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ", "eth": "ð", "ETH": "Ð", "thorn": "þ", "THORN": "Þ",
    ]

    /// A Latin letter with an accent by its HTML name (`uuml`, `Eacute`), as the letter and the
    /// combining accent.
    private static func accented(_ name: String) -> String? {
        let accents: [(suffix: String, mark: String)] = [
            ("acute", "\u{301}"), ("grave", "\u{300}"), ("uml", "\u{308}"), ("circ", "\u{302}"), ("tilde", "\u{303}"),
            ("ring", "\u{30A}"), ("cedil", "\u{327}"), ("caron", "\u{30C}"),
        ]
        guard let accent = accents.first(where: { name.hasSuffix($0.suffix) }), name.count == accent.suffix.count + 1,
              let letter = name.first, letter.isASCII, letter.isLetter else { return nil }
        return String(letter) + accent.mark
    }
}
