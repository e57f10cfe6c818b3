/// Case and spacing folded away, so that values and names compare as readers see them. ASCII
/// text, nearly everything in practice, takes a byte loop; the rest goes through Unicode.
enum TextFolding {
    /// Lowercased, trimmed, runs of white space (and of hyphens and underscores, when
    /// `joinedWords`) as one space, with typography set aside (``TypographicFolding``): full-width
    /// forms as their ASCII (１８５ is 185, as Chinese text writes numbers as often as not), curly
    /// apostrophes and Unicode dashes as `'` and `-` ("O’Brien" is "O'Brien").
    static func fold(_ text: String, joinedWords: Bool = false) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            var plain = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                switch TypographicFolding.fold(scalar, foldingCase: false) {
                case .drop: continue
                case .space: plain.append(" ")
                case .scalar(let folded): plain.append(folded)
                case .expansion(let folded): plain.append(contentsOf: folded)
                }
            }
            return String(plain).lowercased().split { $0.isWhitespace || (joinedWords && ($0 == "-" || $0 == "_")) }.joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) || (joinedWords && (byte == 0x2D || byte == 0x5F)) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A text value as compared: folded as names are, with punctuation and symbols as spaces and
    /// without a leading English article, so `Peaceful.` is `peaceful` and `the police` is
    /// `police`. Values are copied out of sentences with their full stops and articles, and
    /// those are no disagreement. Text of nothing but marks stays as folded.
    static func words(_ text: String) -> String {
        let folded = fold(text, joinedWords: true)
        var words = folded.split { $0 == " " || $0.isPunctuation || $0.isSymbol }
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words.isEmpty ? folded : words.joined(separator: " ")
    }
}
