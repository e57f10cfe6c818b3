/// Who said a quotation, read from its sentence: the words before a speech verb ahead of the
/// opening mark (“An angry resident said, “…””, 一位居民对记者说：“…”), else around one after the
/// closing mark (“…,” a resident said) unless a full stop ended the quotation's sentence inside
/// the marks. Nothing when the sentence names nobody.
enum SpeakerFinder {
    static let maximumLength = 60

    /// The speaker of the quotation whose inside is `range` (the marks sit just outside it).
    static func speaker(ofQuoteAt range: Range<Int>, in scalars: [Unicode.Scalar]) -> String? {
        let open = range.lowerBound - 1
        let close = range.upperBound + 1
        guard open >= 0 else { return nil }
        var start = open
        while start > 0, !isSentenceEnd(scalars[start - 1]) { start -= 1 }
        if let speaker = before(String(String.UnicodeScalarView(scalars[start..<open]))) { return speaker }
        // A quotation whose words end their sentence (“… home.”) ends it: the next sentence's
        // subject (“The police said nothing.”) did not say it. Words that trail off (“…”) do not.
        guard close <= scalars.count, !range.isEmpty, !endsSentence(scalars[range]) else { return nil }
        // A full stop right after the closing mark (“a disaster”. Reuters said…) ends the sentence too.
        if close < scalars.count, ".!?。！？".unicodeScalars.contains(scalars[close]) { return nil }
        var end = close
        while end < scalars.count, !isSentenceEnd(scalars[end]) || end == close { end += 1 }
        return after(String(String.UnicodeScalarView(scalars[close..<end])))
    }

    /// Whether quoted words end with a full stop: a lone `.` or `。`, not an ellipsis.
    private static func endsSentence(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = words.last else { return false }
        return last == "。" || (last == "." && words.dropLast().last != ".")
    }

    /// Sentence ends, and the closing marks of an earlier quotation.
    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        ".!?。！？\n”」』".unicodeScalars.contains(scalar)
    }

    private static func isClauseBreak(_ character: Character) -> Bool {
        ",;:，；：、".contains(character)
    }

    /// The speaker in the words before a quotation: the subject of its last speech verb.
    private static func before(_ clause: String) -> String? {
        guard let verb = lastSpeechVerb(in: clause) else { return nil }
        var phrase = String(clause[..<verb.lowerBound])
        if let lastBreak = phrase.lastIndex(where: isClauseBreak) { phrase = String(phrase[phrase.index(after: lastBreak)...]) }
        return cleaned(phrase)
    }

    /// The speaker in the words after a quotation: “, a resident said” or “, said a resident”.
    private static func after(_ clause: String) -> String? {
        guard let verb = firstSpeechVerb(in: clause) else { return nil }
        let ahead = String(clause[..<verb.lowerBound]).drop { isClauseBreak($0) || $0.isWhitespace }
        if let speaker = cleaned(String(ahead)) { return speaker }
        let behind = clause[verb.upperBound...].prefix { !isClauseBreak($0) && !".!?。！？".contains($0) }
        return cleaned(String(behind))
    }

    /// Tidies a phrase into a speaker: scene-setting words and auxiliaries dropped (“In the video a
    /// voice is” → “a voice”), Chinese cut before 对/向 (一位居民对记者 → 一位居民).
    private static func cleaned(_ phrase: String) -> String? {
        var phrase = phrase.trimmed
        if phrase.unicodeScalars.contains(where: isHan) {
            for cut in SuggestionPatterns.zhSpeakerCuts {
                if let range = phrase.firstRange(of: cut), range.lowerBound > phrase.startIndex {
                    phrase = String(phrase[..<range.lowerBound])
                }
            }
        } else {
            var words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
            while let first = words.first, SuggestionPatterns.speakerLeadWords.contains(first.lowercased()) {
                words.removeFirst()
            }
            if let first = words.first, SuggestionPatterns.scenePrepositions.contains(first.lowercased()) {
                while let word = words.first, SuggestionPatterns.scenePrepositions.contains(word.lowercased()) {
                    words.removeFirst()
                }
                if let last = words.lastIndex(where: { SuggestionPatterns.determiners.contains($0.lowercased()) }) {
                    words.removeFirst(last)
                }
            }
            while let last = words.last, SuggestionPatterns.speakerTrailWords.contains(last.lowercased()) {
                words.removeLast()
            }
            phrase = words.joined(separator: " ")
        }
        // Marks of a quotation before it, and punctuation (`" He`, `. The police`), are no speaker's.
        phrase = String(phrase.trimmed.drop { Self.edgeMarks.contains($0) }).trimmed
        guard !phrase.isEmpty, phrase.unicodeScalars.count <= maximumLength,
              phrase.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return phrase
    }

    private static let edgeMarks: Set<Character> = ["\"", "'", "“", "”", "‘", "’", ".", ",", ";", ":", "!", "?", "「", "」", "『", "』"]

    private static func lastSpeechVerb(in text: String) -> Range<String.Index>? {
        speechVerbs(in: text).max { $0.lowerBound < $1.lowerBound }
    }

    private static func firstSpeechVerb(in text: String) -> Range<String.Index>? {
        speechVerbs(in: text).min { $0.lowerBound < $1.lowerBound }
    }

    /// Every speech verb in the text: English ones as whole words, Chinese ones anywhere.
    private static func speechVerbs(in text: String) -> [Range<String.Index>] {
        SuggestionPatterns.speechVerbs.flatMap { verb in
            text.ranges(of: verb).filter { range in
                guard verb.unicodeScalars.allSatisfy(\.isASCII) else { return true }
                let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
                let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
                return !before.isLetter && !after.isLetter
            }
        }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic
    }
}
