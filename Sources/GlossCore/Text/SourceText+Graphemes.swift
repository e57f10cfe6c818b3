extension SourceText {
    /// Whether an offset falls between two user-perceived characters (extended grapheme
    /// clusters), so that an anchor starting or ending there cuts no character in half: not inside
    /// 👍🏽 (a hand and a skin tone), 🇨🇳 (two regional indicators), é written as e + U+0301, or a
    /// CRLF. The start and end of the text are boundaries; offsets outside it are not.
    ///
    /// Costs O(1) between common scalars (ASCII, CJK ideographs and punctuation, Latin letters);
    /// elsewhere it segments only the run of other scalars around the offset, within its line.
    public func isGraphemeBoundary(at offset: Int) -> Bool {
        guard offset >= 0, offset <= scalars.count else { return false }
        if isKnownBoundary(offset) { return true }
        // Segment from the nearest known boundary before to the nearest one after; clusters
        // never cross a known boundary, so this agrees with segmenting the whole text.
        var start = offset - 1
        while !isKnownBoundary(start) { start -= 1 }
        var end = offset + 1
        while !isKnownBoundary(end) { end += 1 }
        var boundary = start
        for character in string(start..<end) {
            boundary += character.unicodeScalars.count
            if boundary >= offset { return boundary == offset }
        }
        return false
    }

    /// Whether Unicode's segmentation rules (UAX #29) break at an offset whatever the rest of the
    /// text is: at either end of the text, around a line break except between CR and LF, and
    /// between two scalars that join nothing. `false` means "look closer", not "no boundary".
    private func isKnownBoundary(_ offset: Int) -> Bool {
        guard offset > 0, offset < scalars.count else { return true }
        let before = scalars[offset - 1]
        let after = scalars[offset]
        if before == "\r" { return after != "\n" }
        if before == "\n" || after == "\n" || after == "\r" { return true }
        return Self.isSimple(before) && Self.isSimple(after)
    }

    /// Scalars whose grapheme break property is Other or LF, so no rule joins them to a neighbour
    /// that is also simple. Deliberately a short list of common blocks; anything else takes the
    /// slow path.
    private static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E,  // LF, printable ASCII
             0xC0...0x24F,  // Latin-1 letters, Latin Extended-A and -B
             0x2010...0x2027,  // dashes, curly quotes, bullet, ellipsis
             0x3001...0x3011,  // CJK punctuation and brackets
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xFF01...0xFF5E:  // full-width ASCII forms
            true
        default:
            false
        }
    }
}
