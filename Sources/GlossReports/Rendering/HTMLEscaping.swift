extension String {
    /// Appends `text` with the characters that mean something in HTML and XML replaced by
    /// entities, so that nothing taken from a document or an annotation can open a tag, end an
    /// attribute or start an entity. Safe in element content and in double- or single-quoted
    /// attribute values; runs without special characters are copied whole. Control characters
    /// and the bidirectional overrides become U+FFFD (``ControlCharacters``): shown in a
    /// browser, an override can make a line read otherwise than it is.
    mutating func appendEscapingHTML<Text: StringProtocol>(_ text: Text) {
        // Only a byte that can start a control character sends the text the long way.
        guard !text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 })
        else {
            return appendEscapingMarkup(String(text).replacingControlCharacters(keepingLineFeeds: true, keepingCarriageReturns: true))
        }
        appendEscapingMarkup(text)
    }

    private mutating func appendEscapingMarkup<Text: StringProtocol>(_ text: Text) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let entity: String? = switch utf8[index] {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
            if let entity {
                append(contentsOf: text[runStart..<index])
                append(entity)
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        append(contentsOf: text[runStart..<utf8.endIndex])
    }

    /// The text with each character that `replacement` maps replaced by what it returns.
    func replacingCharacters(_ replacement: (Character) -> String?) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if let replaced = replacement(character) { result += replaced } else { result.append(character) }
        }
        return result
    }
}

/// The link targets a report may contain. Anything else (`javascript:`, `data:`, `file:`,
/// relative paths) is not a link in a report, whatever the input says.
enum LinkPolicy {
    /// Evidence and sources: web pages only.
    static let web = ["http://", "https://"]
    /// Reviewers' notes may also give an address to write to.
    static let notes = web + ["mailto:"]

    /// Whether `url` starts with one of `schemes`, case-insensitively and with nothing before it:
    /// browsers skip leading spaces and control characters, so those are refused too.
    static func allows(_ url: String, schemes: [String]) -> Bool {
        let lowered = url.lowercased()
        return schemes.contains { lowered.hasPrefix($0) && lowered.count > $0.count }
    }
}
