/// Chooses among several exact occurrences of a quote by the recorded context and position, and
/// refuses to choose when they do not settle it, by the rule documented on ``Anchorer``.
struct OccurrenceRanking: Sendable {
    enum Choice: Sendable {
        /// One occurrence stands out.
        case clear(Range<Int>)
        /// These occurrences cannot be told apart, in text order.
        case tooClose([Range<Int>])
    }

    private let prefix: [Unicode.Scalar]
    private let suffix: [Unicode.Scalar]
    /// The context within the quote's paragraph, up to the blank line that bounds it where one
    /// was recorded: what stays with the words when their paragraph moves, or takes a note above.
    private let paragraphPrefix: [Unicode.Scalar]
    private let paragraphSuffix: [Unicode.Scalar]
    /// Which sides were recorded at all: an empty side recorded is the text's start or end, one
    /// not recorded says nothing about the words beside the quote.
    private let recordedSides: (prefix: Bool, suffix: Bool)

    init(prefix: String?, suffix: String?) {
        recordedSides = (prefix != nil, suffix != nil)
        let prefix = (prefix ?? "").scalarArray, suffix = (suffix ?? "").scalarArray
        self.prefix = prefix
        self.suffix = suffix
        paragraphPrefix = CandidateScoring.paragraphBreaks(in: prefix).last.map { Array(prefix[$0.upperBound...]) } ?? prefix
        paragraphSuffix = CandidateScoring.paragraphBreaks(in: suffix).first.map { Array(suffix[..<$0.lowerBound]) } ?? suffix
    }

    /// Whether the whole recorded context surrounds an occurrence (vacuously so without one). A
    /// side recorded empty is the text's start or end, and surrounds only words there: the
    /// opening words of an article repeated right after themselves have its suffix, not its start.
    func contextMatchesFully(at occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        contextScore(of: occurrence, in: text) == prefix.count + suffix.count
            && !(recordedSides.prefix && prefix.isEmpty && occurrence.lowerBound > 0)
            && !(recordedSides.suffix && suffix.isEmpty && occurrence.upperBound < text.count)
    }

    /// Whether the whole recorded context stands around an occurrence once both are folded by
    /// `fold` (as the normalized tier folds text): typography restyled beside the words is
    /// the same context. Paragraph breaks are not typography (two paragraphs merged are another
    /// passage's context), so they are compared as breaks. The text is read to twice a side's
    /// length, as folding can drop scalars.
    func contextMatchesFolded(at occurrence: Range<Int>, in text: [Unicode.Scalar],
                              fold: (ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]) -> Bool {
        guard occurrence.lowerBound >= 0, occurrence.upperBound <= text.count else { return false }
        // Compared as characters, which Swift compares by canonical equivalence: an accent
        // composed in the recorded context and decomposed in the article (NFC, NFD) is one.
        func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> [Character] {
            Array(String(String.UnicodeScalarView(fold(Self.markingParagraphBreaks(scalars)[...]))))
        }
        let (foldedPrefix, foldedSuffix) = (folded(prefix[...]), folded(suffix[...]))
        let before = folded(text[max(0, occurrence.lowerBound - 2 * prefix.count - 2)..<occurrence.lowerBound])
        let after = folded(text[occurrence.upperBound..<min(text.count, occurrence.upperBound + 2 * suffix.count + 2)])
        return before.count >= foldedPrefix.count && before[(before.count - foldedPrefix.count)...].elementsEqual(foldedPrefix)
            && after.starts(with: foldedSuffix)
    }

    /// `scalars` with each paragraph break (a line break, a blank line, a line break) as one
    /// private-use scalar, which folding keeps as it is.
    private static func markingParagraphBreaks(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        let array = Array(scalars)
        var marked: [Unicode.Scalar] = []
        var next = 0
        for paragraphBreak in CandidateScoring.paragraphBreaks(in: array) where paragraphBreak.lowerBound >= next {
            marked += array[next..<paragraphBreak.lowerBound]
            marked.append("\u{E000}")
            next = paragraphBreak.upperBound
        }
        return marked + array[next...]
    }

    /// Whether the recorded context within the quote's paragraph stands whole around a span: the
    /// claim's passage, whatever its words are now, and whatever its neighbours became.
    func paragraphContextMatchesFully(at span: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        span.lowerBound >= paragraphPrefix.count && span.upperBound + paragraphSuffix.count <= text.count
            && text[(span.lowerBound - paragraphPrefix.count)..<span.lowerBound].elementsEqual(paragraphPrefix)
            && text[span.upperBound..<(span.upperBound + paragraphSuffix.count)].elementsEqual(paragraphSuffix)
    }

    /// Whether the words right beside an occurrence are the recorded context's nearest: the
    /// three words before it and the three after it, as recorded (in Chinese and Japanese, three
    /// characters). An edit there changes what the quote says ("more than 98%" now "less than
    /// 98%", "185 people" now "185 hundred people", 没有出手 now 已经出手), where one further
    /// off, with the rest of the context near, leaves it as it was; so do punctuation, case and
    /// a footnote mark beside it.
    ///
    /// `atRecordedPlace`: the occurrence is where the words were recorded, so a side recorded
    /// short reached the text's start or end, and words there now are added. Elsewhere a short
    /// side may have been written by hand, and only its own words are compared.
    func besideWordsHold(at occurrence: Range<Int>, in text: [Unicode.Scalar], atRecordedPlace: Bool = true) -> Bool {
        besideWordsChange(at: occurrence, in: text, atRecordedPlace: atRecordedPlace) == nil
    }

    /// The words right beside an occurrence that are not the recorded ones, on the first side
    /// where they differ, as recorded and as the text has them now, for a finding to name; nil
    /// where both sides hold. A side not recorded at all is not compared.
    ///
    /// `paragraphEdge`: the quote was recorded at the start (before it) or end (after it) of
    /// its paragraph, with no words on that side.
    func besideWordsChange(at occurrence: Range<Int>, in text: [Unicode.Scalar],
                           atRecordedPlace: Bool = true) -> (before: Bool, recorded: String, now: String, paragraphEdge: Bool)? {
        guard occurrence.lowerBound >= 0, occurrence.upperBound <= text.count else { return nil }
        // A side that stands as recorded changed nothing, unless it was recorded short at the
        // text's start or end and the text goes on there now: words were added.
        func stands(_ side: [Unicode.Scalar], from start: Int, reachingEnd: Bool) -> Bool {
            start >= 0 && start + side.count <= text.count && text[start..<(start + side.count)].elementsEqual(side)
                && (!atRecordedPlace || side.count >= Anchorer.contextLength - 8 || reachingEnd)
        }
        let reach = max(prefix.count, suffix.count, Self.besideReach)
        if recordedSides.prefix, !stands(prefix, from: occurrence.lowerBound - prefix.count, reachingEnd: occurrence.lowerBound == prefix.count) {
            let before = Array(text[max(0, occurrence.lowerBound - reach)..<occurrence.lowerBound])
            if let change = Self.nearestWordsChange(recorded: prefix, now: before, outwardIsBackward: true, shortSideEndsText: atRecordedPlace) {
                return (true, change.recorded, change.now, change.paragraphEdge)
            }
        }
        guard recordedSides.suffix,
              !stands(suffix, from: occurrence.upperBound, reachingEnd: occurrence.upperBound + suffix.count == text.count) else { return nil }
        let after = Array(text[occurrence.upperBound..<min(text.count, occurrence.upperBound + reach)])
        return Self.nearestWordsChange(recorded: suffix, now: after, outwardIsBackward: false, shortSideEndsText: atRecordedPlace)
            .map { (false, $0.recorded, $0.now, $0.paragraphEdge) }
    }

    /// How many words beside the quote are compared on each side, and how far the text is read for them.
    private static let besideWords = 3
    private static let besideReach = 64

    /// The nearest words of a recorded side and of the text now on that side, where they differ.
    /// A recorded side cut inside its outermost word leaves that word out; with
    /// `shortSideEndsText`, one that ends well short of the length tools record reached the
    /// text's end, where words added are a change ("terms" now "terms (updated)" at the end of
    /// the article).
    private static func nearestWordsChange(recorded wholeRecorded: [Unicode.Scalar], now wholeNow: [Unicode.Scalar], outwardIsBackward: Bool,
                                           shortSideEndsText: Bool) -> (recorded: String, now: String, paragraphEdge: Bool)? {
        // Within the quote's paragraph: paragraphs move, and a recorded side that reached a
        // paragraph break is compared up to it, as one that reached the text's end is.
        let (recorded, cut) = withinParagraph(wholeRecorded, outwardIsBackward: outwardIsBackward)
        let (now, _) = withinParagraph(wholeNow, outwardIsBackward: outwardIsBackward)
        var recordedWords = words(in: recorded)
        let outermost = outwardIsBackward ? recorded.first : recorded.last
        let reachedEnd = cut || (shortSideEndsText && recorded.count < Anchorer.contextLength - 8)
        if !reachedEnd, let outermost, isWordScalar(outermost), recordedWords.count > 0 {
            if outwardIsBackward { recordedWords.removeFirst() } else { recordedWords.removeLast() }
        }
        let count = min(besideWords, reachedEnd ? besideWords : recordedWords.count)
        let nowWords = words(in: now)
        let recordedNear = outwardIsBackward ? recordedWords.suffix(count) : recordedWords.prefix(count)
        let nowNear = outwardIsBackward ? nowWords.suffix(count) : nowWords.prefix(count)
        guard !recordedNear.map(\.word).elementsEqual(nowNear.map(\.word)) else { return nil }
        func written(_ near: ArraySlice<(word: String, range: Range<Int>)>, in side: [Unicode.Scalar]) -> String {
            guard let first = near.first, let last = near.last else { return "" }
            return String(String.UnicodeScalarView(side[first.range.lowerBound..<last.range.upperBound]))
        }
        return (written(recordedNear, in: recorded), written(nowNear, in: now), cut && recordedNear.isEmpty)
    }

    /// The part of a side of context next to the quote, up to the paragraph break nearest it,
    /// and whether there was one.
    private static func withinParagraph(_ side: [Unicode.Scalar], outwardIsBackward: Bool) -> (part: [Unicode.Scalar], cut: Bool) {
        let breaks = CandidateScoring.paragraphBreaks(in: side)
        if outwardIsBackward, let last = breaks.last { return (Array(side[last.upperBound...]), true) }
        if !outwardIsBackward, let first = breaks.first { return (Array(side[..<first.lowerBound]), true) }
        return (side, false)
    }

    /// The words of a stretch of text, in order, as compared beside a quote: runs of letters
    /// and digits, lowercased; each Chinese or Japanese character; and each sign that changes
    /// a figure (`%`, `$`, `~`, `<`, …). Other punctuation and Markdown footnote marks (`[^1]`)
    /// are left out.
    private static func words(in written: [Unicode.Scalar]) -> [(word: String, range: Range<Int>)] {
        // Full-width letters, digits and signs (`１８２`, `％`) read as the plain ones, as the
        // normalized tier reads them; one for one, so the ranges count in the written text.
        let scalars = written.map { (0xFF01...0xFF5E).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0 }
        var words: [(word: String, range: Range<Int>)] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "[", index + 1 < scalars.count, scalars[index + 1] == "^",
               let close = scalars[index...].firstIndex(of: "]") {
                index = close + 1
            } else if Self.isDash(scalar), !Self.isDigit(at: index - 1, in: scalars), !Self.isDigit(at: index + 1, in: scalars) {
                // A dash between words is punctuation, however restyled (`traffic, the mayor`
                // and `traffic — the mayor`); beside a digit it is a minus or a range.
                index += 1
            } else if figureSigns.contains(scalar) || (isWordScalar(scalar) && !scalar.isWordOfSpacedScript) {
                // A dash is a minus, however restyled.
                let folded = (0x2010...0x2015).contains(scalar.value) || scalar == "−" ? "-" : String(scalar)
                words.append((folded, index..<(index + 1)))
                index += 1
            } else if isWordScalar(scalar) {
                let start = index
                // A combining mark goes with its letter (`u` and `̈` are `ü` written decomposed);
                // words compare as Swift compares text, so `ü` either way is one word.
                while index < scalars.count, scalars[index].isWordOfSpacedScript || Self.isMark(scalars[index]) { index += 1 }
                words.append((String(String.UnicodeScalarView(scalars[start..<index])).lowercased(), start..<index))
            } else {
                index += 1
            }
        }
        return words
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "−" || (0x2010...0x2015).contains(scalar.value)
    }

    private static func isDigit(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        scalars.indices.contains(index) && scalars[index].properties.numericType != nil
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Signs that make a figure another: a share, money, a sign, a bound, an approximation.
    private static let figureSigns: Set<Unicode.Scalar> = [
        "%", "‰", "$", "€", "£", "¥", "+", "-", "−", "‐", "‑", "‒", "–", "—", "―", "~", "≈", "<", ">", "≤", "≥", "/",
    ]

    /// Whether one recorded side of the context, at least `minimum` scalars of it, stands whole
    /// beside an occurrence: its neighbour's words too, where a recorded side runs across a
    /// paragraph boundary.
    func oneSideMatchesWhole(at occurrence: Range<Int>, minimum: Int, in text: [Unicode.Scalar]) -> Bool {
        let prefixWhole = prefix.count >= minimum && occurrence.lowerBound >= prefix.count
            && text[(occurrence.lowerBound - prefix.count)..<occurrence.lowerBound].elementsEqual(prefix)
        let suffixWhole = suffix.count >= minimum && occurrence.upperBound + suffix.count <= text.count
            && text[occurrence.upperBound..<(occurrence.upperBound + suffix.count)].elementsEqual(suffix)
        return prefixWhole || suffixWhole
    }

    /// Whether the whole recorded context within the paragraph, standing somewhere around other
    /// words, is more of the recorded passage than `occurrence` is: the quote's scalars and those
    /// of its context that match beside it. A short figure in a new sentence that opens like the claim's is
    /// less of it than the claim's own sentence, whole, with the figure changed.
    func wholeContextOutweighs(_ occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        // The context within the paragraph: what the search for the changed words matched.
        paragraphPrefix.count + paragraphSuffix.count > occurrence.count + contextScore(of: occurrence, in: text)
    }

    /// How far from the words the context may have been pushed by an edit beside them.
    static let nearReach = 80

    /// Whether each recorded side of the context is whole beside the occurrence or within
    /// ``nearReach`` of it: what an edit right beside the words (a word added after them, the
    /// sentence repeated) does, where another passage with the same words keeps none of it.
    func contextIsNear(_ occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        let before = max(0, occurrence.lowerBound - Self.nearReach - prefix.count)..<occurrence.lowerBound
        let after = occurrence.upperBound..<min(text.count, occurrence.upperBound + Self.nearReach + suffix.count)
        return (prefix.isEmpty || text[before].firstRange(of: prefix) != nil) && (suffix.isEmpty || text[after].firstRange(of: suffix) != nil)
    }

    /// The words now between the whole recorded prefix, still ending at the recorded start, and
    /// the whole recorded suffix, found soon after: the claim's own words, edited. Spacing in
    /// the sides is spacing however written (a line re-wrapped, a space doubled as the figure
    /// was edited). Nil unless both sides were recorded with a few scalars each, or when
    /// nothing is between them.
    func changedWords(at recorded: Range<Int>, quote: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        changedWords(at: recorded, quote: quote, in: text, between: (prefix, suffix))
    }

    private func changedWords(at recorded: Range<Int>, quote: [Unicode.Scalar], in text: [Unicode.Scalar],
                              between sides: (prefix: [Unicode.Scalar], suffix: [Unicode.Scalar])) -> Range<Int>? {
        let (prefix, suffix) = sides
        guard prefix.count >= 4, suffix.count >= 4, recorded.lowerBound <= text.count,
              let passageStart = Self.spacedStart(of: prefix, endingAt: recorded.lowerBound, in: text) else { return nil }
        let lastStart = min(text.count, recorded.lowerBound + 2 * quote.count + 16)
        guard recorded.lowerBound < lastStart, let after = ((recorded.lowerBound + 1)...lastStart).lazy.compactMap({ start in
            Self.spacedEnd(of: suffix, startingAt: start, in: text).map { start..<$0 }
        }).first else { return nil }
        // From the first word: the spacing after the prefix, spaced otherwise now (a line break
        // become CRLF), is not the claim's; nothing but spacing between them is no words.
        guard let first = (recorded.lowerBound..<after.lowerBound).first(where: { !text[$0].properties.isWhitespace }) else { return nil }
        let between = first..<after.lowerBound
        // Markup added around the words ("**185**", a link) leaves them whole between it, and a
        // quote a reviewer widened by hand stands across it into the recorded context ("185
        // cases" for "185"): the words did not change, which the search for occurrences finds.
        let isWordScalar = { (scalar: Unicode.Scalar) in scalar.continuesWord }
        let passage = passageStart..<after.upperBound
        var from = passage.lowerBound
        while let found = text.firstOccurrence(of: quote, in: from..<passage.upperBound) {
            // A letter or digit right beside it cuts a word, unless the context begins there.
            let before = found.lowerBound != between.lowerBound && found.lowerBound > 0 ? text[found.lowerBound - 1] : nil
            let after = found.upperBound != between.upperBound && found.upperBound < text.count ? text[found.upperBound] : nil
            if found.overlaps(between), !(before.map(isWordScalar) ?? false), !(after.map(isWordScalar) ?? false) { return nil }
            from = found.lowerBound + 1
        }
        return between
    }

    /// Where the claim's words were changed when an edit above also moved their passage: the
    /// words between the whole recorded prefix and, soon after, the whole recorded suffix, at
    /// every place the prefix occurs (see ``changedWords(at:quote:in:)``), which `occurrences`
    /// finds in the text.
    /// `withinParagraph` compares only the context within the quote's paragraph, which stays
    /// with it wherever the paragraph moved: for a search confined to where the document's
    /// history says the claim's line went.
    func changedWordsAnywhere(quote: [Unicode.Scalar], in text: [Unicode.Scalar], withinParagraph: Bool = false,
                              occurrences: ([Unicode.Scalar]) -> [Range<Int>]) -> [Range<Int>] {
        let sides = withinParagraph ? (paragraphPrefix, paragraphSuffix) : (prefix, suffix)
        guard sides.0.count >= 4, sides.1.count >= 4 else { return [] }
        // A prefix found at many places is no passage's own (and looking after each would cost
        // the quote's length again and again): nothing is taken.
        let places = occurrences(sides.0)
        guard places.count <= Self.placesForChangedWords else { return [] }
        return places.compactMap { found in
            changedWords(at: found.upperBound..<found.upperBound, quote: quote, in: text, between: sides)
        }
    }

    /// Where `side` starts when it ends at `end` in `text`, a run of spaces or line breaks in it
    /// matching any such run; nil when it is not there.
    private static func spacedStart(of side: [Unicode.Scalar], endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
        var (pattern, index) = (side.count, end)
        while pattern > 0 {
            guard index > 0 else { return nil }
            if side[pattern - 1].properties.isWhitespace {
                guard text[index - 1].properties.isWhitespace else { return nil }
                while pattern > 0, side[pattern - 1].properties.isWhitespace { pattern -= 1 }
                while index > 0, text[index - 1].properties.isWhitespace { index -= 1 }
            } else {
                guard text[index - 1] == side[pattern - 1] else { return nil }
                (pattern, index) = (pattern - 1, index - 1)
            }
        }
        return index
    }

    /// Where `side` ends when it starts at `start` in `text`, as ``spacedStart(of:endingAt:in:)``
    /// matches it.
    private static func spacedEnd(of side: [Unicode.Scalar], startingAt start: Int, in text: [Unicode.Scalar]) -> Int? {
        var (pattern, index) = (0, start)
        while pattern < side.count {
            guard index < text.count else { return nil }
            if side[pattern].properties.isWhitespace {
                guard text[index].properties.isWhitespace else { return nil }
                while pattern < side.count, side[pattern].properties.isWhitespace { pattern += 1 }
                while index < text.count, text[index].properties.isWhitespace { index += 1 }
            } else {
                guard text[index] == side[pattern] else { return nil }
                (pattern, index) = (pattern + 1, index + 1)
            }
        }
        return index
    }

    /// Places of the recorded prefix looked after for changed words, at most.
    static let placesForChangedWords = 16

    /// Where the quote stands when a reviewer edited it and left the recorded offsets and
    /// context as they were: a quote widened or narrowed by hand (its length no longer that of
    /// `recorded`) that starts at the recorded start after the whole recorded prefix, ends at
    /// the recorded end before the whole suffix, or lies within the recorded passage, both sides
    /// of it still whole at the recorded offsets, across the words recorded. Nil otherwise, and
    /// when the quote fits there in more than one way.
    func requoted(_ recorded: Range<Int>, quote: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !quote.isEmpty, quote.count != recorded.count, recorded.upperBound <= text.count else { return nil }
        let prefixStands = !prefix.isEmpty && recorded.lowerBound >= prefix.count
            && text[(recorded.lowerBound - prefix.count)..<recorded.lowerBound].elementsEqual(prefix)
        let suffixStands = !suffix.isEmpty && recorded.upperBound + suffix.count <= text.count
            && text[recorded.upperBound..<(recorded.upperBound + suffix.count)].elementsEqual(suffix)
        let holdsQuote = { (range: Range<Int>) in
            range.lowerBound >= 0 && range.upperBound <= text.count && text[range].elementsEqual(quote)
        }
        var places: Set<Range<Int>> = []
        let fromStart = recorded.lowerBound..<(recorded.lowerBound + quote.count)
        if prefixStands, holdsQuote(fromStart) { places.insert(fromStart) }
        let toEnd = (recorded.upperBound - quote.count)..<recorded.upperBound
        if suffixStands, holdsQuote(toEnd) { places.insert(toEnd) }
        let passage = (recorded.lowerBound - prefix.count)..<(recorded.upperBound + suffix.count)
        if prefixStands, suffixStands, quote.count <= passage.count {
            for start in passage.lowerBound...(passage.upperBound - quote.count) {
                let found = start..<(start + quote.count)
                if found.overlaps(recorded), holdsQuote(found) { places.insert(found) }
            }
        }
        return places.count == 1 ? places.first : nil
    }

    /// The occurrences whose context matches best, scalar for scalar beside them, at most
    /// `limit`: the only ones worth scoring closely when a short quote ("the") occurs thousands
    /// of times, since a place whose context confirms matches most of it beside the words.
    func closest(_ occurrences: [Range<Int>], limit: Int, in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard occurrences.count > limit else { return occurrences }
        let scored = occurrences.map { ($0, contextScore(of: $0, in: text)) }
        return scored.sorted { $0.1 > $1.1 }.prefix(limit).map(\.0).sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Applies the rule to `occurrences`, given in text order; `start` is the recorded start.
    func choose(among occurrences: [Range<Int>], start: Int?, in text: [Unicode.Scalar]) -> Choice {
        let scores = occurrences.map { contextScore(of: $0, in: text) }
        let best = scores.max() ?? 0
        let margin = max(1, (prefix.count + suffix.count + 3) / 4)
        var contenders = zip(occurrences, scores).filter { best - $0.1 < margin }
        // A place with the whole recorded context outweighs one whose context has other numbers
        // ("On October 3 the crowd was 185" for "On October 2 …"): that is another passage.
        if best == prefix.count + suffix.count, best > 0 {
            contenders = contenders.filter { $0.1 == best || !numbersDiffer(around: $0.0, in: text) }
        }
        guard contenders.count > 1 else { return contenders.first.map { .clear($0.0) } ?? .tooClose([]) }

        let tied = contenders.map(\.0)
        guard let start else {
            // Without a position, the one place with the whole recorded context is the evidence
            // there is ("Intro. We want food, we want freedom" among repeats of the chant).
            let whole = contenders.filter { $0.1 == best }
            return best == prefix.count + suffix.count && best > 0 && whole.count == 1 ? .clear(whole[0].0) : .tooClose(tied)
        }
        let byDistance = contenders.sorted { abs($0.0.lowerBound - start) < abs($1.0.lowerBound - start) }
        let (nearest, nearestScore) = byDistance[0]
        let nearestDistance = abs(nearest.lowerBound - start)
        let runnerUpDistance = abs(byDistance[1].0.lowerBound - start)
        guard nearestScore == best, 2 * nearestDistance < runnerUpDistance else { return .tooClose(tied) }
        return .clear(nearest)
    }

    /// Whether the text around an occurrence, as far as the recorded context reaches, lacks a
    /// number the recorded context has (the rule the search away from the recorded place uses).
    private func numbersDiffer(around occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        let before = text[max(0, occurrence.lowerBound - prefix.count)..<occurrence.lowerBound]
        let after = text[occurrence.upperBound..<min(text.count, occurrence.upperBound + suffix.count)]
        return !CandidateScoring.numbers(of: prefix, areIn: before, farEnd: .start)
            || !CandidateScoring.numbers(of: suffix, areIn: after, farEnd: .end)
    }

    /// Matched prefix scalars plus matched suffix scalars around an occurrence.
    private func contextScore(of occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Int {
        var matchedPrefix = 0
        while matchedPrefix < prefix.count, occurrence.lowerBound - matchedPrefix > 0,
            text[occurrence.lowerBound - matchedPrefix - 1] == prefix[prefix.count - matchedPrefix - 1]
        {
            matchedPrefix += 1
        }
        var matchedSuffix = 0
        while matchedSuffix < suffix.count, occurrence.upperBound + matchedSuffix < text.count,
            text[occurrence.upperBound + matchedSuffix] == suffix[matchedSuffix]
        {
            matchedSuffix += 1
        }
        return matchedPrefix + matchedSuffix
    }
}
