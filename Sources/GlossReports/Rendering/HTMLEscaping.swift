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
}
