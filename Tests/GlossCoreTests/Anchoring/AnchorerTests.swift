import Testing

@testable import GlossCore

@Suite("Anchoring: exact tier")
struct AnchorerTests {
    static let article = "Gansu reported 185 cases, more than 98% asymptomatic. Lanzhou reported 185 cases too."

    func anchor(_ selector: AnchorSelector, in string: String) -> AnchorResult {
        Anchorer.anchor(selector, in: SourceText(string))
    }

    /// Anchored with the recorded span known to be at `carried` now: the document unchanged
    /// since `revision`, or its history carrying the span there.
    func anchor(_ selector: AnchorSelector, in string: String, carried: Range<Int>) -> AnchorResult {
        var document = AnchoringDocument(SourceText(string))
        return document.anchor(selector, carried: carried)
    }

    @Test func exactWhenTheRecordedPositionHoldsTheQuote() {
        let result = anchor(AnchorSelector(quote: "98%", start: 36, end: 39), in: Self.article)
        #expect(result == AnchorResult(tier: .exact, range: 36..<39))
    }

    /// The quote's words at their recorded offsets with none of their context around them are
    /// a coincidence, not the claim: offered, not taken. With one side kept, they are taken and
    /// said (`moved`, at the same place), for a reviewer to confirm with `gloss fix`.
    @Test func theRecordedWordsWithoutTheirContextAreNotTakenSilently() {
        let none = AnchorSelector(quote: "98%", prefix: "nothing like this", suffix: " at all", start: 36, end: 39)
        #expect(anchor(none, in: Self.article) == AnchorResult(tier: .orphaned, candidates: [36..<39]))
        let oneSide = AnchorSelector(quote: "98%", prefix: "cases, more than ", suffix: " of them were symptomatic", start: 36, end: 39)
        #expect(anchor(oneSide, in: Self.article) == AnchorResult(tier: .moved, range: 36..<39, contextChanged: true))
    }

    /// Without a position, the one place with the whole recorded context is the claim's, among
    /// repeats whose context matches in part; two places with the whole context stay a tie.
    @Test func withoutAPositionTheOnePlaceWithTheWholeContextIsChosen() {
        let chant = "Intro.\n" + String(repeating: "We want food, we want freedom, we want food, we want freedom. ", count: 3)
        let first = AnchorSelector(quote: "freedom", prefix: "Intro.\nWe want food, we want ", suffix: ", we want food, we want freedom.")
        #expect(anchor(first, in: chant) == AnchorResult(tier: .moved, range: 29..<36))
        let repeated = AnchorSelector(quote: "freedom", prefix: " freedom. We want food, we want ", suffix: ", we want food, we want freedom.")
        #expect(anchor(repeated, in: chant).tier == .ambiguous)
    }

    /// Words that open the article are recorded with an empty prefix, the text's start. Repeated
    /// right after themselves, they stay where they were, their context changed; the copy has
    /// their suffix, not their start, and is not taken for them.
    @Test func openingWordsRepeatedRightAfterThemselvesStay() {
        let original = SourceText("On the first day of the week, residents gathered to protest.\n")
        let (prefix, suffix) = Anchorer.context(around: 0..<16, in: original)
        #expect(prefix == "")
        let opening = AnchorSelector(quote: "On the first day", prefix: prefix, suffix: suffix, start: 0, end: 16)
        let repeated = "On the first day On the first day of the week, residents gathered to protest.\n"
        #expect(anchor(opening, in: repeated) == AnchorResult(tier: .moved, range: 0..<16, contextChanged: true))
        // Still where they were, with their context: exact.
        #expect(anchor(opening, in: "On the first day of the week, residents gathered to protest.\n")
            == AnchorResult(tier: .exact, range: 0..<16))
    }

    /// A side recorded empty is the text's start or end: the rest of the context standing whole
    /// around words elsewhere is not the whole of it. A side not recorded says nothing.
    @Test func anEmptySideOfContextStandsOnlyAtAnEndOfTheText() {
        let opening = OccurrenceRanking(prefix: "", suffix: " of the week")
        let repeatedOpening = Array("On the first day On the first day of the week".unicodeScalars)
        #expect(!opening.contextMatchesFully(at: 17..<33, in: repeatedOpening))
        #expect(opening.contextMatchesFully(at: 0..<16, in: Array("On the first day of the week".unicodeScalars)))
        #expect(OccurrenceRanking(prefix: nil, suffix: " of the week").contextMatchesFully(at: 17..<33, in: repeatedOpening))

        let closing = OccurrenceRanking(prefix: "gathered ", suffix: "")
        let repeatedClosing = Array("gathered in Lanzhou; gathered in Lanzhou".unicodeScalars)
        #expect(closing.contextMatchesFully(at: 30..<40, in: repeatedClosing))
        #expect(!closing.contextMatchesFully(at: 9..<19, in: repeatedClosing))
        #expect(OccurrenceRanking(prefix: "gathered ", suffix: nil).contextMatchesFully(at: 9..<19, in: repeatedClosing))
    }

    @Test func movedAfterAnInsertion() {
        let selector = AnchorSelector(quote: "98%", start: 36, end: 39)
        let result = anchor(selector, in: "Update: figures revised. " + Self.article)
        #expect(result == AnchorResult(tier: .moved, range: 61..<64))
    }

    /// A start past the end of the text ranks occurrences as the end would: nearest the end wins.
    @Test func aStartFarPastTheTextRanksFromItsEnd() {
        let selector = AnchorSelector(quote: "185 cases", start: Int.max / 2)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 71..<80, problems: [.invalidRange]))
    }

    /// "185" edited to "180" where the claim was, with another 185 further on: the recorded
    /// place keeps its whole context, so its words are the claim's, changed, and the other 185
    /// is not taken. So with a figure of another length, and with a correction note that
    /// repeats the whole old sentence.
    @Test func aChangedNumberDoesNotMoveToTheSameNumberElsewhere() {
        let text = "Police said 180 people were detained in Chengguan district on Sunday.\n\n"
            + "Officials said 185 people were detained in Qilihe district on Monday.\n"
        let selector = AnchorSelector(quote: "185", prefix: "Police said ", suffix: " people were detained in Chenggu",
                                      start: 12, end: 15)
        #expect(anchor(selector, in: text) == AnchorResult(tier: .fuzzy, range: 12..<15, textNow: "180"))
        let longer = text.replacingOccurrences("said 180 people", "said 1,850 people")
        #expect(anchor(selector, in: longer) == AnchorResult(tier: .fuzzy, range: 12..<17, textNow: "1,850"))
        let corrected = text + "\nCorrection: Police said 185 people were detained in Chengguan district on Sunday.\n"
        #expect(anchor(selector, in: corrected) == AnchorResult(tier: .fuzzy, range: 12..<15, textNow: "180"))
    }

    /// Changed words found approximately start at the figure's start, not at its point ("5
    /// more" of "185.5 more").
    @Test(arguments: ["Officials say 185.5 more people arrived.", "Officials say 185,5 more people arrived.",
                      "Officials say 185\u{066B}5 more people arrived."])
    func changedWordsFoundApproximatelyAreWholeFigures(_ now: String) throws {
        let selector = try AnchorTierTests.recorded("185 more", in: "Officials said 185 more people arrived.")
        let result = anchor(selector, in: now)
        #expect(result.tier == .fuzzy && result.textNow?.hasPrefix("185") == true, "\(result)")
    }

    /// A figure changed with a word added before it: the changed words are the figure, with
    /// the scale written after it, not the word.
    @Test(arguments: [("Officials said that 195 people gathered.", "195"), ("Officials said that 195 million people gathered.", "195 million"),
                      ("Officials said about $195 people gathered.", "$195"), ("Officials said many people gathered.", "many")])
    func changedWordsOfAFigureAreTheFigure(_ now: String, _ textNow: String) {
        let selector = AnchorSelector(quote: "185", prefix: "Officials said ", suffix: " people gathered.", start: 15, end: 18)
        let result = anchor(selector, in: now)
        #expect(result.tier == .fuzzy && result.textNow == textNow, "\(result)")
    }

    /// A note added above made the recorded offsets stale, the claim's figure changed (185 now
    /// 195) and a correction at the end repeats the old one with half its context ("article said
    /// that" for "mayor said that"): the place where the paragraph's whole recorded context
    /// still stands around other words is the claim's, changed; the correction's 185 is not.
    @Test func aCorrectionRepeatingTheOldFigureDoesNotTakeTheClaim() throws {
        let before = "# Crowd at the park\n\nThe mayor said that 185 people gathered at Central Park on October 2.\n\n"
            + "Police said the crowd was peaceful.\n"
        let after = "# Crowd at the park\n\nEditor's note: this article was updated on October 3 with new figures from the police.\n\n"
            + "The mayor said that 195 people gathered at Central Park on October 2.\n\nPolice said the crowd was peaceful.\n\n"
            + "Correction: an earlier version of this article said that 185 people gathered at Central Park.\n"
        let selector = try AnchorTierTests.recorded("185", in: before)
        let place = try AnchorTierTests.offset(of: "195", in: after)
        #expect(anchor(selector, in: after) == AnchorResult(tier: .fuzzy, range: place..<(place + 3), textNow: "195"))
        // Without the changed figure, the claim's sentence reworded around it is still its own.
        let reworded = after.replacingOccurrences("The mayor said that 195", "The city's mayor said that 185")
            .replacingOccurrences("this article said that 185", "this article said that 175")
        let moved = anchor(selector, in: reworded)
        #expect(moved.tier == .moved && moved.contextChanged, "\(moved)")
    }

    /// With the recorded offsets gone stale (a paragraph inserted above), the one 185 whose
    /// context kept one side and changed the other ("Police said" now "Officials said") is
    /// taken and said (`contextChanged`), for a reviewer to look; with neither side it is
    /// offered, not taken; with its whole context it is simply the claim's.
    @Test func aPlaceWithHalfItsContextIsTakenAndSaid() {
        let above = "An update was added at the top of the story.\n\n"
        let selector = AnchorSelector(quote: "185", prefix: "Police said ", suffix: " people were detained in Chenggu",
                                      start: 12, end: 15)
        let changed = above + "Officials said 185 people were detained in Chengguan district on Monday.\n"
        #expect(anchor(selector, in: changed) == AnchorResult(tier: .moved, range: 61..<64, contextChanged: true))
        let neither = above + "Officials said 185 people were seen in Qilihe district on Monday.\n"
        #expect(anchor(selector, in: neither) == AnchorResult(tier: .orphaned, candidates: [61..<64]))
        let kept = above + "Police said 185 people were detained in Chengguan district on Monday.\n"
        #expect(anchor(selector, in: kept) == AnchorResult(tier: .moved, range: 58..<61))
    }

    /// Ordinary edits to the claim's own sentence beside its words (a phrase reworded before
    /// them, a sentence added before them in the paragraph, a link added, two paragraphs
    /// merged): the words are found, and said to have moved with their surroundings changed, a
    /// warning rather than an error. A typo mended between the paragraph's start and the words
    /// only moves them, unless it is in the words right beside them, which say what the quote
    /// means ("netizen said" now "netizens said").
    @Test(arguments: [
        ("The lockdown was over on October 1. Fighters got their wish.\n", "October 1", "was over on", "ended on", true),
        ("Police were deployed.\n\nOn October 2, police cars rushed in to arrest people.\n", "October 2", "\n\nOn October", "\n\nTensions rose. On October", true),
        ("Intro.\n\nSome netizen posted online and said, \"Only resistance can bring hope.\"\n", "Only resistance can bring hope.", "netizen", "netizens", false),
        ("Intro.\n\nSome netizen said, \"Only resistance can bring hope.\"\n", "Only resistance can bring hope.", "netizen", "netizens", true),
        ("The COVID-19 outbreak started in Gansu province on October 1.\n", "Gansu province", "COVID-19 outbreak", "[COVID-19 outbreak](https://example.org/x)", true),
        ("Residents rushed in to arrest people.\n\nAccording to Sound of Hope, the outbreak started.\n", "According to Sound of Hope", "people.\n\n", "people. ", true),
    ])
    func theClaimsOwnSentenceEditedBesideItsWordsIsAWarning(text: String, quote: String, edited: String, replacement: String,
                                                            contextChanged: Bool) throws {
        let (result, now) = try anchor(quote, recordedIn: text, afterReplacing: edited, with: replacement)
        #expect(result == AnchorResult(tier: .moved, range: now, contextChanged: contextChanged))
    }

    /// Anchors `quote`, recorded with its offsets and context in `text`, in `text` with `edited`
    /// replaced; with where its first occurrence is in the edited text.
    func anchor(_ quote: String, recordedIn text: String, afterReplacing edited: String,
                with replacement: String) throws -> (result: AnchorResult, now: Range<Int>) {
        func firstOccurrence(in text: String) throws -> Range<Int> {
            let found = try #require(text.unicodeScalars.firstRange(of: quote.unicodeScalars))
            let at = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            return at..<(at + quote.unicodeScalars.count)
        }
        let span = try firstOccurrence(in: text)
        let (prefix, suffix) = Anchorer.context(around: span, in: SourceText(text))
        let selector = AnchorSelector(quote: quote, prefix: prefix, suffix: suffix, start: span.lowerBound, end: span.upperBound)
        let after = text.replacingOccurrences(edited, replacement)
        return (anchor(selector, in: after), try firstOccurrence(in: after))
    }

    /// Words changed right beside the quote can change what it says ("more than" now "less
    /// than", "185 people" now "185 hundred people", 没有 now 已经): the quote stays where it is,
    /// said as moved with its surroundings changed, for a reviewer to look before `gloss fix`
    /// records them. Edits further off, and restyled quotes beside it, leave it exact.
    @Test(arguments: [
        ("As of October 2, Gansu had more than 98% asymptomatic cases.\n", "98%", "more than", "less than", true),
        ("As of October 2, the province had only 185 positive cases.\n", "185", "only 185", "over 185", true),
        ("As of October 2, the province had only 185 positive cases.\n", "185", "185 positive", "185 hundred positive", true),
        ("As of October 2, the province had only 185 positive cases.\n", "185", "185 positive", "185% positive", true),
        ("As of October 2, the province had only 185 positive cases.\n", "185", "had only", "had $", true),
        ("视频中，警察没有出手帮忙，居民高喊解封。\n", "出手帮忙", "没有", "已经", true),
        ("居民已被封控48小时，仍无物资。\n", "48", "48小时", "48分钟", true),
        ("As of October 2, the head of the province had said only 185 positive cases.\n", "185", "the head of", "the lead of", false),
        ("As of October 2, the province had only 185 positive cases in all, officials said.\n", "185", "in all,", "in all;", false),
        ("A resident said “185 people” had come.\n", "185 people", "“185 people”", "\"185 people\"", false),
        // Three words off; and punctuation, case and a footnote mark beside the quote are no change.
        ("Police were not then seen to intervene at all.\n", "seen to intervene", "not then", "now then", true),
        ("accounting for more than 98% of the total.\n", "98%", "98% of", "98%, of", false),
        ("In the past 7 days, only 16 new cases were found.\n", "16 new cases", "cases were", "cases[^1] were", false),
        ("In the past 7 days, only 16 new cases were found.\n", "16 new cases", "only 16", "Only 16", false),
        ("The province had only 185 positive cases, of which 182.\n", "185 positive cases", "cases,", "cases;", false),
    ])
    func wordsChangedBesideTheQuoteAreAWarning(text: String, quote: String, edited: String, replacement: String, said: Bool) throws {
        let (result, now) = try anchor(quote, recordedIn: text, afterReplacing: edited, with: replacement)
        #expect(result == (said ? AnchorResult(tier: .moved, range: now, contextChanged: true)
                                : AnchorResult(tier: .exact, range: now, problems: [])))
    }

    /// The words right beside the quote changed where the passage also moved (a note added
    /// above) or where the quote is found only once folded (re-wrapped): said as well, as where
    /// the words stayed; moved or re-wrapped alone, nothing is said about the context.
    @Test(arguments: [
        ("Update: corrected.\n\nIntro.\n\n", "is not open to visitors", AnchorTier.moved, true),
        ("Intro.\n\n", "is not open to\nvisitors", AnchorTier.normalized, true),
        ("Update: corrected.\n\nIntro.\n\n", "is now open to visitors", AnchorTier.moved, false),
        ("Intro.\n\n", "is now open to\nvisitors", AnchorTier.normalized, false),
    ])
    func wordsChangedBesideAQuoteFoundElsewhereAreSaid(opening: String, sentence: String, tier: AnchorTier, said: Bool) throws {
        let text = "Intro.\n\nOfficials said the park is now open to visitors, a notice confirmed.\n"
        let span = try #require(Self.span(of: "open to visitors", in: text))
        let (prefix, suffix) = Anchorer.context(around: span, in: SourceText(text))
        let selector = AnchorSelector(quote: "open to visitors", prefix: prefix, suffix: suffix, start: span.lowerBound, end: span.upperBound)
        let result = anchor(selector, in: opening + "Officials said the park " + sentence + ", a notice confirmed.\n")
        #expect(result.tier == tier && result.contextChanged == said, "\(result)")
    }

    /// Only the typography of the context changed: full-width digits, or the spaces Chinese
    /// layout puts around figures taken out. At the recorded place the claim stays exact; moved,
    /// it is found (not orphaned) and nothing is said about its context.
    @Test func contextInOtherTypographyIsTheSameContext() throws {
        let text = "Intro.\n\n截至 10 月 2 日，其中182例为无症状感染者。\n\nMore follows.\n"
        let span = try #require(Self.span(of: "无症状感染者", in: text))
        let (prefix, suffix) = Anchorer.context(around: span, in: SourceText(text))
        let selector = AnchorSelector(quote: "无症状感染者", prefix: prefix, suffix: suffix, start: span.lowerBound, end: span.upperBound)
        #expect(anchor(selector, in: text.replacingOccurrences("182", "１８２")) == AnchorResult(tier: .exact, range: span))
        let unspaced = text.replacingOccurrences("截至 10 月 2 日", "截至10月2日")
        let moved = try #require(Self.span(of: "无症状感染者", in: unspaced))
        #expect(anchor(selector, in: unspaced) == AnchorResult(tier: .moved, range: moved))
        // A paragraph break is no typography: the paragraphs merged around the words are said.
        let merged = anchor(selector, in: text.replacingOccurrences("Intro.\n\n", "Intro. ").replacingOccurrences("182", "１８２"))
        #expect(merged.tier == .moved && merged.contextChanged, "\(merged)")
    }

    /// The quote's accents composed (NFC) and the article's decomposed (NFD), as after a CMS
    /// normalized it, or the other way: the same text, found normalized, not changed words.
    @Test(arguments: [("Caf\u{E9} Lumi\u{E8}re", "Cafe\u{301} Lumie\u{300}re"), ("Cafe\u{301} Lumie\u{300}re", "Caf\u{E9} Lumi\u{E8}re")])
    func canonicallyEquivalentTextIsNormalized(quote: String, written: String) {
        let text = "We met at the \(written) on Monday.\n"
        let start = 14, end = 14 + quote.unicodeScalars.count
        let result = anchor(AnchorSelector(quote: quote, prefix: "We met at the ", suffix: " on Monday.\n", start: start, end: end), in: text)
        #expect(result.tier == .normalized, "\(result)")
        #expect(result.range == 14..<(14 + written.unicodeScalars.count))
        #expect(anchor(AnchorSelector(quote: "Caf\u{E9} Lumi\u{E8}res", start: start, end: end), in: text).tier != .normalized,
                "other words stay changed words")
    }

    /// A quote written composed, found decomposed at its recorded offsets (after `gloss fix`
    /// recorded them): normalized there, not "moved" to where it already is, which no fix settles.
    @Test func aQuoteInAnotherUnicodeFormAtItsPlaceIsNormalizedThere() throws {
        let text = "Sie wohnen in Gro\u{DF}sta\u{308}dten wie Ko\u{308}ln.\n"
        let span = 14..<26
        let result = anchor(AnchorSelector(quote: "Großstädten", prefix: "Sie wohnen in ", suffix: " wie Köln.\n",
                                           start: span.lowerBound, end: span.upperBound), in: text)
        #expect(result.tier == .normalized && result.range == span, "\(result)")
    }

    /// Edits that leave the words beside a quote as they were say nothing of its context: a
    /// paragraph added above one that opens its paragraph (paragraphs move), a comma restyled
    /// as a dash, the article's accents decomposed (NFD) around a quote without any.
    @Test(arguments: [
        ("Residents gathered in Lanzhou.\n\nThe police did not help.\n", "The police did not help",
         "Residents gathered in Lanzhou.\n\nVideos spread online on Monday night.\n\nThe police did not help.\n"),
        ("Intro here.\n\nIt is open to traffic, the mayor said on Monday.\n", "open to traffic",
         "Update.\n\nIntro here.\n\nIt is open to traffic — the mayor said on Monday.\n"),
        ("Le maire a déclaré que 185 personnes étaient présentes au Café Müller lundi soir.\n", "185 personnes",
         "Le maire a de\u{301}clare\u{301} que 185 personnes e\u{301}taient pre\u{301}sentes au Cafe\u{301} Mu\u{308}ller lundi soir.\n"),
    ])
    func editsThatLeaveTheWordsBesideSayNothing(text: String, quote: String, edited: String) throws {
        let span = try #require(Self.span(of: quote, in: text))
        let (prefix, suffix) = Anchorer.context(around: span, in: SourceText(text))
        let result = anchor(AnchorSelector(quote: quote, prefix: prefix, suffix: suffix, start: span.lowerBound, end: span.upperBound), in: edited)
        #expect(result.tier == .moved && !result.contextChanged && result.range == Self.span(of: quote, in: edited), "\(result)")
    }

    /// The scalar offsets of the first occurrence of `words` in `text`.
    static func span(of words: String, in text: String) -> Range<Int>? {
        text.unicodeScalars.firstRange(of: words.unicodeScalars).map { found in
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            return start..<(start + words.unicodeScalars.count)
        }
    }

    /// Markup added around the words ("**185**", a link) leaves them whole: they moved a little,
    /// their words did not change.
    @Test(arguments: ["**185**", "[185](https://example.org/count)", "*185*"])
    func markupAroundTheWordsIsNoChangeOfWords(_ marked: String) {
        let text = "Officials said 185 people were detained in Chengguan district on Sunday.\n"
        let (prefix, suffix) = Anchorer.context(around: 15..<18, in: SourceText(text))
        let selector = AnchorSelector(quote: "185", prefix: prefix, suffix: suffix, start: 15, end: 18)
        let result = anchor(selector, in: text.replacingOccurrences("said 185 people", "said \(marked) people"))
        #expect(result.tier == .moved && result.range?.count == 3, "\(result)")
    }

    /// A number cut in two where tools cut the context ("23" of "1923") is still a number of
    /// the text: a typo mended in the sentence leaves the claim where it is.
    @Test func aNumberCutAtTheContextsEndIsPartOfOne() {
        let text = "In the year 1923 the cuoncil members all said 185 people were detained in Chengguan district.\n"
        let start = 46
        let (prefix, suffix) = Anchorer.context(around: start..<(start + 3), in: SourceText(text))
        #expect(prefix.hasPrefix("23 "), "the recorded prefix starts inside 1923: \(prefix)")
        let selector = AnchorSelector(quote: "185", prefix: prefix, suffix: suffix, start: start, end: start + 3)
        #expect(anchor(selector, in: text.replacingOccurrences("cuoncil", "council")) == AnchorResult(tier: .exact, range: start..<(start + 3)))
    }

    /// Two places that each keep one side of the context are not told apart: neither is taken.
    @Test func twoPlacesKeepingOneSideEachAreAmbiguous() {
        let text = "Police said 185 people were detained in Chengguan district on Sunday.\n"
        let (prefix, suffix) = Anchorer.context(around: 12..<15, in: SourceText(text))
        let selector = AnchorSelector(quote: "185", prefix: prefix, suffix: suffix, start: 12, end: 15)
        let edited = "Intro.\n\nOfficials said 185 people were detained in Chengguan district on Sunday.\n\n"
            + "Reporters said 185 people were detained in Chengguan district on Sunday.\n"
        let result = anchor(selector, in: edited)
        #expect(result.tier == .ambiguous && result.range == nil, "\(result)")
    }

    /// The words in other typography, away from their place with one side of their context, are
    /// taken and said to have changed surroundings, as in the same typography.
    @Test func aTypographicMatchWithChangedSurroundingsIsSaid() {
        let text = "The mayor of Lanzhou said it's over for the protesters tonight.\n"
        let (prefix, suffix) = Anchorer.context(around: 26..<35, in: SourceText(text))
        let selector = AnchorSelector(quote: "it's over", prefix: prefix, suffix: suffix, start: 26, end: 35)
        let edited = "Intro added.\n\nA resident of Xining said it’s over for the protesters tonight.\n"
        let result = anchor(selector, in: edited)
        #expect(result.tier == .normalized && result.contextChanged, "\(result)")
    }

    /// A date or a figure in the context is not a typo: the tally for October 3, at the
    /// offsets October 2's had, is not October 2's.
    @Test func numbersInTheContextMustBeTheRecordedOnes() {
        let text = "Figures.\n\nOn October 2, police detained 185 people in Lanzhou.\n\nOn October 3, police detained 185 people in Lanzhou.\n"
        let original = SourceText(text)
        let (prefix, suffix) = Anchorer.context(around: 40..<43, in: original)
        let selector = AnchorSelector(quote: "185", prefix: prefix, suffix: suffix, start: 40, end: 43)
        let deleted = text.replacingOccurrences("On October 2, police detained 185 people in Lanzhou.\n\n", "")
        let result = anchor(selector, in: deleted)
        #expect(result.tier != .exact && !(result.tier == .moved && !result.contextChanged), "said, not silently taken: \(result)")
    }

    /// A reviewer widens or narrows a quote by hand and leaves the offsets and context the old
    /// one had: the new words are where the old ones were, for `gloss fix` to record; the
    /// article did not change, so nothing says its words did.
    @Test func aQuoteEditedByHandIsFoundWhereTheOldOneWas() {
        let text = "Of the 185 cases, 182 were asymptomatic, accounting for more than 98% of them in Gansu.\n"
        let recorded = AnchorSelector(quote: "more than 98%", prefix: "asymptomatic, accounting for ",
                                      suffix: " of them in Gansu.\n", start: 56, end: 69)
        #expect(anchor(recorded, in: text) == AnchorResult(tier: .exact, range: 56..<69))
        var widened = recorded
        widened.quote = "accounting for more than 98%"
        #expect(anchor(widened, in: text, carried: 56..<69) == AnchorResult(tier: .moved, range: 41..<69))
        var narrowed = recorded
        narrowed.quote = "98%"
        #expect(anchor(narrowed, in: text, carried: 56..<69) == AnchorResult(tier: .moved, range: 66..<69))
        // The sentence reworded after the words and the quote mended to match: the whole prefix
        // still ends where the words begin, which is enough, said as a changed context.
        let reworded = "Of the 185 cases, 182 were asymptomatic, accounting for more than 98 percent of them.\n"
        var mended = recorded
        mended.quote = "more than 98 percent"
        #expect(anchor(mended, in: reworded, carried: 56..<69) == AnchorResult(tier: .moved, range: 56..<76, contextChanged: true))
        // Other words altogether do not fit there: the passage's words differ from the quote,
        // said as such, and the same words elsewhere are not taken; nor are words that fit twice.
        var elsewhere = recorded
        elsewhere.quote = "185 cases"
        #expect(anchor(elsewhere, in: text, carried: 56..<69) == AnchorResult(tier: .fuzzy, range: 56..<69, textNow: "more than 98%"))
        // "98" fits twice across the recorded words "98%, not 98%!", the passage standing: not taken.
        let doubled = "Of the 185 cases, 182 were asymptomatic, accounting for 98%, not 98%! of them in Gansu.\n"
        #expect(OccurrenceRanking(prefix: recorded.prefix, suffix: recorded.suffix)
            .requoted(56..<69, quote: Array("98".unicodeScalars), in: Array(doubled.unicodeScalars)) == nil)
        // Widened by hand while the sentence was also edited after the words, with no history to
        // carry the place: the new quote stands there word for word, across the recorded words
        // and into their recorded context. It is found, not said to be the passage's words changed.
        let extended = "Of the 185 cases, 182 were asymptomatic, accounting for more than 98% of them in Gansu, officials said.\n"
        #expect(anchor(widened, in: extended).range == 41..<69, "\(anchor(widened, in: extended))")
        #expect(anchor(widened, in: extended).tier == .moved)
        // Without the edit as well.
        #expect(anchor(widened, in: text).range == 41..<69)
        // A quote widened past its whole recorded passage fits nowhere in it (and must not trap):
        // the passage's words differ from it, as for other words altogether.
        let short = AnchorSelector(quote: "1efgh and more text", prefix: "abcd", suffix: "efgh", start: 11, end: 12)
        #expect(anchor(short, in: "Intro. abcd1efgh and more text here, then some more words.\n", carried: 11..<12).tier == .moved)
        var long = short
        long.quote = "abcd1efgh and more text here, then"
        #expect(anchor(long, in: "Intro. abcd1efgh and more text here, then some more words.\n", carried: 11..<12)
                == AnchorResult(tier: .fuzzy, range: 11..<12, textNow: "1"))
    }

    /// A paragraph framed like the claim's, added above it: at the stale offsets it has the same
    /// prefix and suffix around other words. A quote narrowed by hand is not taken there.
    @Test func aLookalikePassageAboveTakesNothing() {
        let recorded = "Protests continued.\n\nAccording to Sound of Hope, police in Lanzhou detained 30 residents who tried to leave the compound on October 2.\n"
        let now = "Protests continued.\n\nAccording to Sound of Hope, police in Lanzhou released 12 residents who tried to leave the compound on October 3.\n\n"
            + "According to Sound of Hope, police in Lanzhou detained 30 residents who tried to leave the compound on October 2.\n"
        let selector = AnchorSelector(quote: "detained 30 residents", prefix: "ound of Hope, police in Lanzhou ",
                                      suffix: " who tried to leave the compound", start: 67, end: 88)
        #expect(recorded.unicodeScalars.count > 88)
        var narrowed = selector
        narrowed.quote = "residents"
        // At the stale offsets stands the lookalike's "residents" (79..<88); below, the claim's.
        // Without the history, nothing tells them apart but position: whatever is taken is
        // said to need a look, never taken as the reviewer's re-quote.
        let stale = anchor(narrowed, in: now)
        #expect(stale.tier != .exact && (stale.tier != .moved || stale.contextChanged), "\(stale)")
        // Carried across the edit by the document's history, the narrowed quote is found below.
        #expect(anchor(narrowed, in: now, carried: 182..<203) == AnchorResult(tier: .moved, range: 194..<203))
    }

    /// A paragraph opening as the claim's does, inserted where the claim's was: the recorded
    /// offsets hold the quote with its whole context, but the history carries the claim below.
    @Test func historyOutranksALookalikeAtTheRecordedOffsets() {
        let old = "Intro.\n\nAccording to Sound of Hope, after three days of protests at Jiuzhou, the order was lifted.\n"
        let now = "Intro.\n\nAccording to Sound of Hope, after three days of protests at Tianyu, residents left.\n\n"
            + "According to Sound of Hope, after three days of protests at Jiuzhou, the order was lifted.\n"
        let selector = AnchorSelector(quote: "According to Sound of Hope", prefix: "Intro.\n\n", suffix: ", after three days of protests a",
                                      start: 8, end: 34)
        #expect(old.unicodeScalars.count > 34)
        #expect(anchor(selector, in: now) == AnchorResult(tier: .exact, range: 8..<34), "without history, nothing tells them apart")
        #expect(anchor(selector, in: now, carried: 93..<119) == AnchorResult(tier: .moved, range: 93..<119))
        // History carrying the span onto other words is not followed there.
        #expect(anchor(selector, in: now, carried: 40..<66) == AnchorResult(tier: .exact, range: 8..<34))
    }

    /// Offsets recorded against a later version than `revision` (a claim fixed or added while the
    /// file kept the old revision) are carried too far: onto the same words in another passage,
    /// which history alone does not make the claim's.
    @Test func historyCarryingTooFarIsNotFollowedOntoAnotherPassage() {
        let text = "Residents gathered to protest in Lanzhou, Gansu.\n\nAt Jiuzhou Central Park in Lanzhou, the order was lifted.\n"
        let selector = AnchorSelector(quote: "Lanzhou", prefix: "Residents gathered to protest in ", suffix: ".\n\nAt Jiuzhou Central Park in L",
                                      start: 33, end: 40)
        let otherLanzhou = 77..<84
        #expect(Array(text.unicodeScalars)[otherLanzhou].elementsEqual("Lanzhou".unicodeScalars))
        let result = anchor(selector, in: text, carried: otherLanzhou)
        #expect(result.range == 33..<40, "\(result)")
    }

    /// A prefix found all over the text (a run of one letter) is looked after a bounded number
    /// of times: a quote of thousands of scalars in a long run stays quick, and is not placed.
    @Test func aPrefixFoundEverywhereIsNotFollowed() {
        let selector = AnchorSelector(quote: String(repeating: "c", count: 2_000), prefix: "aaaa", suffix: "bbbb", start: 0, end: 2_000)
        #expect(anchor(selector, in: String(repeating: "a", count: 20_000)).tier == .orphaned)
    }

    /// The claim's paragraph reworded, a sibling framed the same way left: the sibling's words
    /// are not the claim's, changed, while the claim's words still stand in the article.
    @Test func wordsStillInTheArticleAreNotSaidToHaveChanged() {
        let selector = AnchorSelector(quote: "detained 30 residents", prefix: "ound of Hope, police in Lanzhou ",
                                      suffix: " who tried to leave the compound", start: 92, end: 113)
        let now = "Protests continued across Lanzhou on Sunday.\n\nOn October 2 officers detained 30 residents at the east gate, the radio said.\n\n"
            + "According to Sound of Hope, police in Lanzhou beat an elderly man who tried to leave the compound on October 3.\n"
        let result = anchor(selector, in: now)
        #expect(result.tier == .orphaned && result.textNow == nil, "\(result)")
    }

    /// Words changed where an edit above also moved the passage (a paragraph added at the top,
    /// the most common newsroom edit): still the claim's words, changed, at the one place its
    /// whole context stands, not a quote that is gone.
    @Test func wordsChangedAfterAnEditAboveAreStillTheClaims() {
        let selector = AnchorSelector(quote: "182 cases were asymptomatic", prefix: "Of the 185 cases reported, ",
                                      suffix: ", the commission said on Monday.", start: 27, end: 54)
        let text = "Editor's note: updated.\n\nOf the 185 cases reported, 182 cases had no symptoms, the commission said on Monday.\n"
        #expect(anchor(selector, in: text) == AnchorResult(tier: .fuzzy, range: 52..<77, textNow: "182 cases had no symptoms"))
        // Two such places: neither is taken.
        let twice = text + "Of the 185 cases reported, 180 cases had mild symptoms, the commission said on Monday.\n"
        #expect(anchor(selector, in: twice).tier != .fuzzy)
    }

    /// Edits a reviewer found to land claims on another passage's words (Gloss reported nothing,
    /// or only that the claim moved): each now leaves the claim unplaced, finds it where its
    /// whole context is, or says that the text around it changed.
    @Test func lookalikesAfterEditsAreNotTaken() {
        // The claim's sentence deleted; the next one begins with the same words at its offsets.
        let deleted = AnchorSelector(quote: "185 people", prefix: "Police detained ", suffix: " in Lanzhou on Monday.\nPolice d",
                                     start: 16, end: 26)
        let remaining = anchor(deleted, in: "Police detained 185 people in Xining on Tuesday.\n")
        #expect(remaining == AnchorResult(tier: .moved, range: 16..<26, contextChanged: true), "said, not silently exact")

        // A line inserted above: the recorded offsets now hold Monday's "Lanzhou", Friday's has
        // the whole recorded context.
        let friday = AnchorSelector(quote: "Lanzhou", prefix: "ou residents protested.\nOn Friday, ",
                                    suffix: " residents protested.\n", start: 51, end: 58)
        let inserted = "On Sunday, Lanzhou residents protested.\nOn Monday, Lanzhou residents protested.\nOn Friday, Lanzhou residents protested.\n"
        #expect(anchor(friday, in: inserted) == AnchorResult(tier: .moved, range: 91..<98))

        // 185 edited to 186 and a line added above: Qinghai's 185 is not Gansu's.
        let gansu = AnchorSelector(quote: "185", prefix: "Gansu reported ", suffix: " new cases on Monday, the health",
                                   start: 15, end: 18)
        let edited = "Update.\nGansu reported 186 new cases on Monday, the health commission said.\n"
            + "Qinghai reported 185 new cases on Tuesday, the health commission said.\n"
        // Qinghai's 185 is offered, never taken: the words the claim quotes still stand in the
        // article, so Gansu's 186 is not said to be them, changed.
        let qinghaiOffered = anchor(gansu, in: edited)
        #expect(qinghaiOffered.range == nil && qinghaiOffered.candidates == [93..<96], "\(qinghaiOffered)")
        // With Qinghai's figure in full-width digits, nothing else has the words: Gansu's were
        // changed, where the whole recorded context still stands around them.
        #expect(anchor(gansu, in: edited.replacingOccurrences("185 new", "１８５ new"))
                == AnchorResult(tier: .fuzzy, range: 23..<26, textNow: "186"))
        // Without Gansu's context anywhere, Qinghai's 185 is offered, never taken.
        let qinghai = anchor(gansu, in: edited.replacingOccurrences("Gansu reported 186", "Gansu recorded 186"))
        #expect(qinghai.range == nil && qinghai.candidates == [93..<96], "\(qinghai)")

        // A paragraph deleted; another begins with the same words, and only the paragraph break
        // before them matches.
        let attribution = AnchorSelector(quote: "According to Sound of Hope", prefix: "nt to go home.\n\n",
                                         suffix: ", after three days of protests, ", start: 40, end: 66)
        let other = "Officials said nothing.\n\nAccording to Sound of Hope, the outbreak started in Lanzhou.\n"
        #expect(anchor(attribution, in: other).range == nil)
    }

    /// A quote whose words changed is reported with the text now there in whole words, not cut
    /// where the fewest edits happen to start or end.
    @Test(arguments: [("they want to go home", "they want to go home"), ("we want to go back", "we want to go back")])
    func changedWordsAreShownWhole(_ now: String, _ shown: String) {
        let text = "Protesters in Chengguan district chanted “\(now)” outside the district office on Sunday."
        let selector = AnchorSelector(quote: "we want to go home", prefix: "Chengguan district chanted “",
                                      suffix: "” outside the district office", start: 42, end: 60)
        let result = anchor(selector, in: text)
        #expect(result.tier == .fuzzy)
        #expect(result.textNow == shown)
    }

    @Test func movedWhenNoPositionWasRecorded() {
        #expect(anchor(AnchorSelector(quote: "98%"), in: Self.article) == AnchorResult(tier: .moved, range: 36..<39))
    }

    @Test func occurrencesSeparatedByPrefix() {
        let selector = AnchorSelector(quote: "185 cases", prefix: "Lanzhou reported ")
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 71..<80))
    }

    @Test func occurrencesSeparatedBySuffix() {
        let selector = AnchorSelector(quote: "185 cases", suffix: ", more than")
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 15..<24))
    }

    @Test func occurrencesSeparatedByPosition() {
        // The second "185 cases" moved by 5 scalars; the first is 51 away from the hint.
        let selector = AnchorSelector(quote: "185 cases", start: 66, end: 75)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 71..<80))
    }

    @Test func clearlyBetterContextOverrulesPosition() {
        let text = "xx wrong 185 cases. right ab 185 cases."
        // Context scores 1 and 9 of 10 (margin 3); the hint is next to the first occurrence.
        let selector = AnchorSelector(quote: "185 cases", prefix: "right ab ", suffix: "!", start: 10, end: 19)
        #expect(anchor(selector, in: text) == AnchorResult(tier: .moved, range: 29..<38))
    }

    @Test func positionDecidesOnlyForTheBestContext() {
        let text = "A x said 185. B y said 185."
        // Context scores 6 and 7 of 7 (margin 2): both contend. The hint is at the first, whose
        // context is worse, so position and context disagree.
        let selector = AnchorSelector(quote: "185", prefix: "y said ", start: 8, end: 11)
        #expect(anchor(selector, in: text) == AnchorResult(tier: .ambiguous, candidates: [9..<12, 23..<26]))
        // With the hint at the second, both agree.
        let agreeing = AnchorSelector(quote: "185", prefix: "y said ", start: 22, end: 25)
        #expect(anchor(agreeing, in: text) == AnchorResult(tier: .moved, range: 23..<26))
        // A context with another number in it is another passage: the whole context decides.
        let numbered = AnchorSelector(quote: "185", prefix: "2 said ", start: 8, end: 11)
        #expect(anchor(numbered, in: "A 1 said 185. B 2 said 185.") == AnchorResult(tier: .moved, range: 23..<26))
    }

    @Test func ambiguousWhenNothingTellsOccurrencesApart() {
        let selector = AnchorSelector(quote: "185 cases")
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .ambiguous, candidates: [15..<24, 71..<80]))
    }

    /// A place with the whole recorded context is the claim's over a nearer one whose context
    /// has another number ("October 3" for "October 2"), with a paragraph added above both.
    @Test func aPlaceWithTheWholeContextOutweighsOneWithOtherNumbers() throws {
        let sentence = "On October 2 the crowd was 185 people in the park near the river."
        let selector = AnchorSelector(quote: "185", prefix: "On October 2 the crowd was ", suffix: " people in the park near the river.",
                                      start: 27, end: 30)
        let text = "A new paragraph added at the top of the article here.\n\n"
            + sentence.replacingOccurrences("October 2", "October 3") + "\n\n" + sentence
        let at = text.unicodeScalars.count - sentence.unicodeScalars.count + 27
        #expect(anchor(selector, in: text) == AnchorResult(tier: .moved, range: at..<(at + 3)))
        // Without the whole context anywhere, the numbers decide nothing here: still too close.
        let neither = "A new paragraph added at the top of the article here.\n\n"
            + sentence.replacingOccurrences("October 2", "October 3") + "\n\n" + sentence.replacingOccurrences("river", "lake")
        #expect(anchor(selector, in: neither).tier != .exact)
    }

    @Test func ambiguousWhenThePositionIsNotDecisive() {
        // Distances 30 and 26: neither is less than half the other.
        let selector = AnchorSelector(quote: "185 cases", start: 45, end: 54)
        #expect(anchor(selector, in: Self.article).tier == .ambiguous)
    }

    @Test func ambiguousWhenContextsMatchEqually() {
        let text = "He said: no. She said: no."
        let selector = AnchorSelector(quote: "no", prefix: "said: ", suffix: ".")
        #expect(anchor(selector, in: text) == AnchorResult(tier: .ambiguous, candidates: [9..<11, 23..<25]))
    }

    @Test func overlappingOccurrencesAreAllCandidates() {
        #expect(anchor(AnchorSelector(quote: "!!"), in: "!!!") == AnchorResult(tier: .ambiguous, candidates: [0..<2, 1..<3]))
    }

    /// Words that run on into other letters or digits are those other words, never the quote's:
    /// found where they were, and elsewhere, they are the text now there ("October 21").
    @Test(arguments: [
        // The number in the recorded place grew a digit; nothing moved.
        ("On October 21, a large number of police", "October 2", "On ", ", a large number", 3..<12, 3..<13, "October 21"),
        ("Then the 1,185 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<14, "1,185"),
        ("Then the 185,000 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<16, "185,000"),
        // Grouped with a thin or no-break space, or an apostrophe, and scaled by a word after it.
        ("Then the 185\u{2009}000 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<16, "185\u{2009}000"),
        ("Then the 1\u{00A0}185 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<14, "1\u{00A0}185"),
        ("Then the 1'185 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<14, "1'185"),
        // A fraction written on, an Arabic decimal separator.
        ("Then the 185½ cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<13, "185½"),
        ("Then the 185\u{066B}5 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<14, "185\u{066B}5"),
        ("Then the ½185 cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<13, "½185"),
        ("Then the 185 million cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<20, "185 million"),
        ("当天共有185万例阳性", "185", "当天共有", "例阳性", 4..<7, 4..<8, "185万"),
        ("當天共有185萬例陽性", "185", "當天共有", "例陽性", 4..<7, 4..<8, "185萬"),
        ("Then the 185k cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<13, "185k"),
        ("Then the 185 bn cases rose.", "185", "Then the ", " cases rose", 9..<12, 9..<15, "185 bn"),
        // A figure in Chinese numerals goes on in them, and either in 多 or 余 after it.
        ("当日新增一百八十五例", "一百八十", "当日新增", "例", 4..<8, 4..<9, "一百八十五"),
        ("当日新增一百八十多例", "一百八十", "当日新增", "例", 4..<8, 4..<9, "一百八十多"),
        ("当日新增185余例", "185", "当日新增", "例", 4..<7, 4..<8, "185余"),
        ("当日新增一百八十万例", "一百八十", "当日新增", "例", 4..<8, 4..<9, "一百八十万"),
        ("They were finally unable to get their wish and went home.", "able to get their wish", "They were finally ", " and went home",
         18..<40, 18..<42, "unable to get their wish"),
    ])
    func wordsThatRunOnAreOtherWords(_ text: String, _ quote: String, _ prefix: String, _ suffix: String,
                                     _ recorded: Range<Int>, _ now: Range<Int>, _ textNow: String) {
        let result = anchor(AnchorSelector(quote: quote, prefix: prefix, suffix: suffix, start: recorded.lowerBound, end: recorded.upperBound), in: text)
        #expect(result.tier == .fuzzy)
        #expect(result.range == now)
        #expect(result.textNow == textNow)
    }

    /// A superscript digit after a figure is a footnote mark far more often than an exponent:
    /// the figure stays the claim's.
    @Test func aFootnoteMarkAfterAFigureIsNoOtherFigure() {
        let result = anchor(AnchorSelector(quote: "185", prefix: "Then the ", suffix: " cases rose", start: 9, end: 12),
                            in: "Then the 185¹ cases rose.")
        #expect(result.range == 9..<12 && result.tier != .fuzzy, "\(result)")
    }

    /// Without offsets, and without context on that side, the same holds.
    @Test func wordsThatRunOnAreOtherWordsWithoutOffsetsOrContext() {
        let result = anchor(AnchorSelector(quote: "185"), in: "only 1850 cases")
        #expect(result.tier != .exact && result.tier != .moved && result.tier != .normalized, "\(result)")
        #expect(result.range != 5..<8)
        // Nor inside a number grouped with a full-width comma.
        let grouped = anchor(AnchorSelector(quote: "185"), in: "共有1，185例阳性")
        #expect(grouped.tier != .exact && grouped.tier != .moved && grouped.range != 4..<7, "\(grouped)")
        // Nor inside a figure in Chinese numerals, which goes on before the quote.
        let chinese = anchor(AnchorSelector(quote: "一百八十"), in: "新增一千一百八十例")
        #expect(chinese.tier != .exact && chinese.tier != .moved && chinese.range != 4..<8, "\(chinese)")
    }

    /// A figure recorded with a scale after it that no longer follows it is another figure,
    /// where its digits stand and wherever else they do: "185" of "185 million" is now "185".
    @Test(arguments: [
        ("Then the 185 cases rose.", "Then the ", " million cases rose", 9..<12),
        ("当天共有185例阳性", "当天共有", "万例阳性", 4..<7),
        ("Then the 185 cases rose.", "Then the ", "k cases rose", 9..<12),
        ("Then the 185 cases rose.", "Then the ", "mn cases rose", 9..<12),
        ("Then the 185 cases rose.", "Then the ", "B cases rose", 9..<12),
        ("Then the 185 cases rose.", "Then the ", "\nmillion cases rose", 9..<12),
        ("Then the 185-strong crowd rose.", "Then the ", "-million-strong crowd rose", 9..<12),
        ("当天共有185例阳性", "当天共有", "千例阳性", 4..<7),
        ("当天共有185例阳性", "当天共有", "百万例阳性", 4..<7),
        ("当天共有185例阳性", "当天共有", " 万例阳性", 4..<7),
        // Moved by an edit above, as well.
        ("An editor's note. Then the 185 cases rose.", "Then the ", " million cases rose", 9..<12),
    ])
    func aFigureThatLostItsScaleIsAnotherFigure(_ text: String, _ prefix: String, _ suffix: String, _ recorded: Range<Int>) {
        let result = anchor(AnchorSelector(quote: "185", prefix: prefix, suffix: suffix, start: recorded.lowerBound, end: recorded.upperBound),
                            in: text)
        #expect(result.tier == .fuzzy, "\(result)")
        #expect(result.textNow == "185")
        let figure = text.unicodeScalars.count - text.unicodeScalars.reversed().prefix { $0 != "8" }.count
        #expect(result.range == (figure - 2)..<(figure + 1))
    }

    /// A figure in Chinese numerals loses or gains a scale as one in digits does; words that end
    /// in one numeral ("第一", first) are no figure.
    @Test func aFigureInChineseNumeralsThatLostOrGainedAScaleIsAnotherFigure() {
        let lost = anchor(AnchorSelector(quote: "一百八十五", prefix: "当天共有", suffix: "万例阳性", start: 4, end: 9), in: "当天共有一百八十五例阳性")
        #expect(lost.tier == .fuzzy && lost.textNow == "一百八十五", "\(lost)")
        let gained = anchor(AnchorSelector(quote: "一百八十五", prefix: "当天共有", suffix: "例阳性", start: 4, end: 9), in: "当天共有一百八十五万例阳性")
        #expect(gained.tier == .fuzzy && gained.textNow == "一百八十五万", "\(gained)")
        let store = anchor(AnchorSelector(quote: "第一", prefix: "兰州", suffix: "百货商店", start: 2, end: 4), in: "兰州第一百货商店")
        #expect(store == AnchorResult(tier: .exact, range: 2..<4, problems: []))
        // Part of a figure recorded as such: the numerals beside it are its context.
        let part = anchor(AnchorSelector(quote: "一百八十", prefix: "当日新增", suffix: "五例", start: 4, end: 8), in: "当日新增一百八十五例")
        #expect(part == AnchorResult(tier: .exact, range: 4..<8, problems: []))
    }

    /// A scale written another way is the same scale: the figure is the one recorded, its
    /// words unchanged (its context, perhaps, changed).
    @Test(arguments: [
        "Then the 185\nmillion cases rose.", "Then the 185 **million** cases rose.", "Then the 185 [million](https://x.example) cases rose.",
        "Then the 185  million cases rose.", "Then the 185 millions cases rose.", "Then the 185 Million cases rose.",
        "Then the 185\u{00A0}million cases rose.", "Then the 185m cases rose.", "Then the 185 mln cases rose.",
        "Then the 185[^1] million cases rose.", "Then the 185&nbsp;million cases rose.",
    ])
    func aScaleWrittenAnotherWayIsTheSameScale(_ text: String) {
        let result = anchor(AnchorSelector(quote: "185", prefix: "Then the ", suffix: " million cases rose", start: 9, end: 12), in: text)
        #expect([.exact, .moved].contains(result.tier) && result.range == 9..<12, "\(result)")
    }

    @Test(arguments: ["当天共有185 万例阳性", "当天共有185萬例阳性"])
    func aChineseScaleWrittenAnotherWayIsTheSameScale(_ text: String) {
        let result = anchor(AnchorSelector(quote: "185", prefix: "当天共有", suffix: "万例阳性", start: 4, end: 7), in: text)
        #expect([.exact, .moved].contains(result.tier) && result.range == 4..<7, "\(result)")
    }

    /// What follows a figure in another block, a unit, or an abbreviation after a space is no
    /// scale of the figure's: the same figure, edited around, is not changed words.
    @Test(arguments: [
        // A list item after the figure's, and one put between, reordered.
        ("- Members: 185\n- Millions of visitors: 3\n", "- Members: 185\n- Visitors: 3\n- Millions of visitors: 3\n", 11..<14),
        ("## Members: 185\nMillions of fans came.\n", "## Members: 185\n\nMillions of fans came.\n", 12..<15),
        ("It weighs 185 tn in all.", "It weighs 185 toneladas in all.", 10..<13),
        ("It lasts 185 mn in all.", "It lasts 185 min in all.", 9..<12),
        ("In 2022, Mio Tanaka came.", "In 2022 Mio Tanaka came.", 3..<7),
        ("电站装机185兆瓦。", "电站装机185 MW。", 4..<7),
        ("摄入185千卡。", "摄入185 kcal。", 2..<5),
        // The figure made a link, its scale after the link; letters spaced from the figure.
        ("Then the 185 million cases rose.", "Then the [185](https://x.example/a) million cases rose.", 9..<12),
        ("The tower is 185m tall.", "The tower is 185 m tall.", 13..<16),
    ])
    func whatIsNoScaleOfTheFigureIsNoChange(_ before: String, _ after: String, _ recorded: Range<Int>) {
        let text = Array(before.unicodeScalars)
        let quote = String(String.UnicodeScalarView(text[recorded]))
        let prefix = String(String.UnicodeScalarView(text[max(0, recorded.lowerBound - 32)..<recorded.lowerBound]))
        let suffix = String(String.UnicodeScalarView(text[recorded.upperBound..<min(text.count, recorded.upperBound + 32)]))
        let result = anchor(AnchorSelector(quote: quote, prefix: prefix, suffix: suffix, start: recorded.lowerBound, end: recorded.upperBound),
                            in: after)
        #expect(result.tier != .fuzzy && result.tier != .orphaned && result.tier != .ambiguous, "\(result)")
    }

    /// A scale added where the recorded context's next block began with a scale-like word is
    /// still a scale added.
    @Test func aScaleAddedBeforeAListItemIsChangedWords() {
        let before = "- Members: 185\n- Millions of visitors: 3\n"
        let result = anchor(AnchorSelector(quote: "185", prefix: "- Members: ", suffix: "\n- Millions of visitors: 3\n", start: 11, end: 14),
                            in: "- Members: 185 million\n- Millions of visitors: 3\n")
        #expect(before.unicodeScalars.count == 41)
        #expect(result.tier == .fuzzy && result.textNow == "185 million", "\(result)")
    }

    /// A correction note quoting the old figure with its scale does not take the claim from its
    /// own sentence, where the figure lost the scale.
    @Test func aNoteQuotingTheOldScaledFigureDoesNotTakeTheClaim() {
        let text = "According to The Daily, 185 people gathered at Central Park.\n\nCorrection: an earlier version said 185 million people gathered."
        let result = anchor(AnchorSelector(quote: "185", prefix: "According to The Daily, ", suffix: " million people gathered at Cent",
                                           start: 24, end: 27), in: text)
        #expect(result.tier == .fuzzy && result.range == 24..<27, "\(result)")
    }

    /// A quote recorded as part of a longer word ran on then: that is no change. Nor is a
    /// number followed by a comma and a space, or Chinese, whose words have no spaces.
    @Test(arguments: [
        ("The protesters left.", "protest", "The ", "ers left.", 4..<11),
        ("On October 2, 2022, police came.", "October 2", "On ", ", 2022", 3..<12),
        ("甘肃省共有185例阳性", "甘肃", "", "省共有", 0..<2),
        ("共有185例阳性", "185", "共有", "例阳性", 2..<5),
        ("Then the 185 million cases rose.", "185", "Then the ", " million cases", 9..<12),
        ("In the 1990's, 185 people came.", "185 people", "In the 1990's, ", " came.", 15..<25),
        ("They ran 185 m in the rain.", "185", "They ran ", " m in the rain.", 9..<12),
    ])
    func wordsRecordedAsTheyRunOnStay(_ text: String, _ quote: String, _ prefix: String, _ suffix: String, _ recorded: Range<Int>) {
        let result = anchor(AnchorSelector(quote: quote, prefix: prefix, suffix: suffix, start: recorded.lowerBound, end: recorded.upperBound), in: text)
        #expect(result == AnchorResult(tier: .exact, range: recorded, problems: []))
    }

    /// Approximate search of the whole text stops when the file's budget is spent: the claims
    /// after that are looked for only where they are exact, and say so.
    @Test func approximateSearchStopsWhenTheBudgetIsSpent() {
        let words = ["lanzhou", "police", "crowd", "gate", "said", "october", "residents", "the", "of", "and"]
        let text = (0..<5_000).map { words[($0 * 7 + $0 / 10) % words.count] }.joined(separator: " ")
        // Words of the text in an order it never has: every q-gram is everywhere, so the whole
        // text is searched.
        let quote = (0..<30).map { words[($0 * 3) % words.count] + "s" }.joined(separator: " ")
        let cost = Self.filterCost(of: quote, in: text) + text.unicodeScalars.count * ((quote.unicodeScalars.count + 63) / 64)
        var document = AnchoringDocument(SourceText(text), approximateSearchBudget: cost + cost / 2)
        let first = document.anchor(AnchorSelector(quote: quote))
        let second = document.anchor(AnchorSelector(quote: quote + " x"))
        #expect(first.problems.isEmpty, "\(first)")
        #expect(second.tier == .orphaned && second.problems == [.searchBudgetSpent], "\(second)")
        // Exact words are still found once the budget is spent.
        let exact = text.split(separator: " ").prefix(2).joined(separator: " ")
        #expect(document.anchor(AnchorSelector(quote: exact, start: 0, end: exact.unicodeScalars.count)).tier == .exact)
    }

    /// What the q-gram filter costs for `quote` in `text` (both already folded), in matcher steps.
    static func filterCost(of quote: String, in text: String) -> Int {
        let quote = Array(quote.unicodeScalars)
        return QGramIndex(Array(text.unicodeScalars)).costOfWindows(for: quote, maxErrors: quote.count / 4, textCount: text.unicodeScalars.count)
    }

    /// The q-gram filter is charged to the budget too: a quote of the words a text is made of
    /// has its q-grams everywhere, filtering it cost more than the search, and a file of a few
    /// thousand such quotes ran for minutes past its budget. Each claim whose search the budget
    /// cannot pay still pays for its filtering, until what is left cannot pay for that either.
    @Test func filteringIsChargedToTheBudget() throws {
        let words = ["lanzhou", "police", "crowd", "gate", "said", "october", "residents", "the", "of", "and"]
        let text = (0..<5_000).map { words[($0 * 7 + $0 / 10) % words.count] }.joined(separator: " ")
        // Words of the text in an order it never has: every q-gram is everywhere, so the whole
        // text would be searched, which costs more than the budget.
        let quotes = (0..<8).map { claim in (0..<30).map { words[($0 * 3 + claim) % words.count] + "s" }.joined(separator: " ") }
        let filtering = Self.filterCost(of: quotes[0], in: text)
        let budget = 2 * filtering + filtering / 2
        try #require(filtering + text.unicodeScalars.count * ((quotes[0].unicodeScalars.count + 63) / 64) > budget)
        var document = AnchoringDocument(SourceText(text), approximateSearchBudget: budget)
        let results = quotes.map { document.anchor(AnchorSelector(quote: $0)) }
        // Two claims paid for their filtering; the others were refused before it, as what is
        // left cannot pay for it.
        #expect(results.allSatisfy { $0 == AnchorResult(tier: .orphaned, problems: [.searchBudgetSpent]) }, "\(results)")
        #expect((0..<filtering).contains(document.approximateSearchBudget), "\(document.approximateSearchBudget) of \(filtering)")
    }

    /// Looking for exact occurrences is charged too, found or not: a quote of the words a text
    /// is made of has even its rarest q-gram at every sentence.
    @Test func lookingForOccurrencesIsChargedToTheBudget() {
        let text = String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 2_000)
        var document = AnchoringDocument(SourceText(text))
        _ = document.foldedViewIndex()
        let before = document.approximateSearchBudget
        // Every q-gram of it is in each sentence; the whole is in none.
        #expect(document.occurrences(of: Array("over the quick".unicodeScalars)).isEmpty)
        #expect(before - document.approximateSearchBudget >= 2_000 * AnchoringDocument.stepsPerPlaceVisited)
    }

    /// Exact occurrences are charged to the same budget: a quote of one letter occurs thousands
    /// of times, and ranking them for each of thousands of claims took minutes. Once it is
    /// spent, a quote is looked for only at its recorded place.
    @Test func occurrencesFoundAreChargedToTheBudget() {
        let text = "A unique start. " + String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 2_000)
        let perClaim = 2_000 * 3 * AnchoringDocument.stepsPerOccurrence
        var document = AnchoringDocument(SourceText(text), approximateSearchBudget: 10 * perClaim)
        let results = (0..<50).map { _ in document.anchor(AnchorSelector(quote: "e")) }
        let searched = results.prefix { !$0.problems.contains(.searchBudgetSpent) }
        // Each claim's 6,001 occurrences are charged (and weighed again as candidates of the search
        // beyond): at most ten claims are searched.
        #expect((1...10).contains(searched.count), "\(searched.count)")
        #expect(searched.allSatisfy { $0.tier == .ambiguous && $0.candidateCount == 6_001 })
        #expect(results.dropFirst(searched.count).allSatisfy { $0 == AnchorResult(tier: .orphaned, problems: [.searchBudgetSpent]) })
        // At its recorded place a quote is still found, and near it, pushed by an edit beside it.
        #expect(document.anchor(AnchorSelector(quote: "quick", start: 20, end: 25)).tier == .exact)
        #expect(document.anchor(AnchorSelector(quote: "unique", start: 1, end: 7)).range == 2..<8)
    }

    /// Anchored after the document's history from `old`: the recorded span carried across it.
    func anchor(_ selector: AnchorSelector, from old: String, to new: String) throws -> AnchorResult {
        let history = try #require(DocumentHistory(from: SourceText(old), to: SourceText(new)))
        var document = AnchoringDocument(SourceText(new))
        document.history = history
        let carried = selector.start.flatMap { start in selector.end.map { history.carry(start..<$0) } }
        return document.anchor(selector, carried: carried)
    }

    /// Spacing changed beside the quote, on a line history says was edited (two spaces after a
    /// full stop made one): moved, its context the same as the normalized tier reads it; a word
    /// added there is a change of context.
    @Test func spacingChangedBesideAQuoteIsNoChangeOfContext() throws {
        let old = "The crowd gathered at noon, police said.  The mayor said, “We will not back down.” Police then left the square.\n"
        let selector = try AnchorTierTests.recorded("We will not back down.", in: old)
        let spaced = try anchor(selector, from: old, to: old.replacingOccurrences("said.  The", "said. The"))
        #expect(spaced == AnchorResult(tier: .moved, range: 58..<80), "\(spaced)")
        let worded = try anchor(selector, from: old, to: old.replacingOccurrences("said.  The mayor said,", "said.  The mayor said firmly,"))
        #expect(worded.tier == .moved && worded.contextChanged, "\(worded)")
    }

    /// A figure changed as its line was re-wrapped or a space doubled beside it: the recorded
    /// context, spaced otherwise, still stands around it; the claim's words changed, with git's
    /// history and without.
    @Test(arguments: ["Officials said 195 people were detained\nin Lanzhou on Monday.", "Officials said 195 people were detained in  Lanzhou on Monday.",
                      "Officials\nsaid 195 people were detained in Lanzhou on Monday."])
    func aFigureChangedAsItsLineWasRespacedIsChanged(_ line: String) throws {
        let rest = "\n\nIn Xining, officials said 240 people were detained on Tuesday.\n\nThe weather was cold.\n"
        let old = "Officials said 185 people were detained in Lanzhou on Monday." + rest
        let selector = try AnchorTierTests.recorded("185", in: old)
        let new = line + rest
        let place = try AnchorTierTests.offset(of: "195", in: new)
        let expected = AnchorResult(tier: .fuzzy, range: place..<(place + 3), textNow: "195")
        #expect(anchor(selector, in: new) == expected)
        #expect(try anchor(selector, from: old, to: new) == expected)
    }

    /// Line breaks become CRLF as the figure after one changed: the changed words start after
    /// the break, not inside it; the figure deleted with spaces left is no words, not " ".
    @Test func changedWordsStartAtAWordAndAreWords() throws {
        let old = "Police in Minsk said on Sunday that\n185 people were\ndetained at the march near the station.\n"
        let selector = try AnchorTierTests.recorded("185", in: old)
        let crlf = old.replacingOccurrences("\n", "\r\n").replacingOccurrences("185", "195")
        let place = try AnchorTierTests.offset(of: "195", in: crlf)
        #expect(anchor(selector, in: crlf) == AnchorResult(tier: .fuzzy, range: place..<(place + 3), textNow: "195"))
        let deleted = anchor(selector, in: old.replacingOccurrences("\n185 people", "\n   people"))
        #expect(deleted.tier == .orphaned, "\(deleted)")
    }

    /// The claim's paragraph deleted, a sibling framed the same way left unchanged: its figures,
    /// found approximately, were there when the offsets were recorded, and are not the claim's,
    /// changed (a reviewer told to update the quote would pin the claim on them).
    @Test(arguments: ["250 people", "12 arrests"])
    func aDeletedParagraphsClaimIsNotPinnedOnASiblingsFigures(_ quote: String) throws {
        let kept = "On October 3, a third rally drew 260 people at the river. Officials counted 14 arrests.\n\n"
            + "A local organiser said the crowd was peaceful.\n"
        let old = "A second rally drew 250 people at the river. Officials counted 12 arrests.\n\n" + kept
        let result = try anchor(try AnchorTierTests.recorded(quote, in: old), from: old, to: kept)
        #expect(result.tier == .orphaned, "\(result)")
    }

    /// A paragraph added above with the same opening and the figure unscaled at the recorded
    /// offsets does not make the claim's figure changed: history carries it, scale and all, below.
    @Test func aFigureCarriedWithItsScaleIsNotAFigureThatLostIt() throws {
        let old = "According to The Daily, 185 million people gathered.\n"
        let new = "According to The Daily, 185 people came to the square.\n\n" + old
        let result = try anchor(AnchorSelector(quote: "185", prefix: "According to The Daily, ", suffix: " million people gathered.\n",
                                               start: 24, end: 27), from: old, to: new)
        #expect(result.tier == .moved && result.range == 80..<83, "\(result)")
    }

    /// Offsets count in the version `revision` names: past the end of a text that got shorter
    /// since, but within the old one, they are carried, not an `invalid-value`; past the end of
    /// both they are one.
    @Test func offsetsPastTheEndOfAShortenedTextAreNotAProblem() throws {
        let old = "Editor's note: this report was corrected on October 4 after readers wrote in.\n\nThe crowd was 185 people.\n"
        let new = "The crowd was 185 people.\n"
        let moved = try anchor(AnchorSelector(quote: "185 people", prefix: "The crowd was ", start: 93, end: 103), from: old, to: new)
        #expect(moved == AnchorResult(tier: .moved, range: 14..<24, problems: []), "\(moved)")
        let wrong = try anchor(AnchorSelector(quote: "185 people", prefix: "The crowd was ", start: 900, end: 910), from: old, to: new)
        #expect(wrong.problems == [.rangeOutsideText], "\(wrong)")
    }

    /// A note added above and a figure changed in the claim's own sentence: the line diff pairs
    /// the claim's old line with the note, across a blank line, and history alone no longer
    /// carries it. The words, intact once in what replaced the line, are the claim's; a figure
    /// changed in the quote itself is a changed quote, not an orphan.
    @Test func aFigureChangedBesideTheWordsBelowANewNoteKeepsTheClaim() throws {
        let old = "# Flood\n\nOn March 14, 2025, more than 1,200 residents gathered in the park.\n\nThe mayor spoke later.\n"
        let new = "# Flood\n\nEditor’s note: updated with new figures.\n\nOn March 14, 2025, more than 1,500 residents gathered in the park.\n\nThe mayor spoke later.\n"
        let date = AnchorSelector(quote: "March 14, 2025", prefix: "# Flood\n\nOn ", suffix: ", more than 1,200 residents gathe", start: 12, end: 26)
        let moved = try anchor(date, from: old, to: new)
        #expect(moved.tier == .moved && moved.contextChanged && moved.textNow == nil, "\(moved)")
        #expect(moved.range == 54..<68, "\(moved)")
        // Without history the figure beside the words leaves too little context: not taken.
        #expect(anchor(date, in: new).tier == .orphaned)
    }

    /// An update added above that opens like the claim's sentence and repeats its old figure,
    /// while the figure in the claim's own sentence changed: the claim's sentence, whole around
    /// the new figure, is more of the recorded passage than the update's copy of the old one.
    @Test func anUpdateRepeatingTheOldFigureDoesNotTakeTheClaim() throws {
        let mayor = "The Office of the Mayor said that 85% of damaged homes had been inspected by March 1."
        let old = "# Flood\n\nOn Friday more than 1,200 residents gathered in the park.\n\n\(mayor)\n\nEnd.\n"
        let update = "Update: the Office of the Mayor said that 85% of homes had been inspected."
        let note = "Editor’s note: updated with new figures. About 85% of residents surveyed got no help."
        let new = "# Flood\n\n\(update)\n\n\(note)\n\nOn Friday more than 1,500 residents gathered in the park.\n\n"
            + mayor.replacingOccurrences(of: "85%", with: "86%") + "\n\nEnd.\n"
        let start = old.unicodeScalars.count - "85% of damaged homes had been inspected by March 1.\n\nEnd.\n".unicodeScalars.count
        let selector = AnchorSelector(quote: "85%", prefix: "e Office of the Mayor said that ", suffix: " of damaged homes had been inspe",
                                      start: start, end: start + 3)
        let result = try anchor(selector, from: old, to: new)
        #expect(result.tier == .fuzzy && result.textNow == "86%", "\(result)")
        // Without the update, the note's 85% keeps too little of the context: the same answer.
        let withoutUpdate = new.replacingOccurrences(of: "\(update)\n\n", with: "")
        let alone = try anchor(selector, from: old, to: withoutUpdate)
        #expect(alone.tier == .fuzzy && alone.textNow == "86%", "\(alone)")
    }

    /// An update put above restates the claim's sentence with the old figure, at the very
    /// offsets the claim was recorded at, while the claim's own sentence was corrected: history
    /// says which line the claim's sentence became, and its changed words are the claim's.
    @Test func anUpdateAtTheRecordedOffsetsDoesNotKeepTheClaim() throws {
        let old = "# Outbreak in Gansu\n\nThe bureau said 185 people were infected in Gansu on Monday, most of them in the capital Lanzhou.\n\n"
            + "Officials said 98 percent were asymptomatic.\n"
        let new = "# Outbreak in Gansu\n\nThe bureau said 185 people were infected in Gansu on Monday, but on Tuesday it revised the count.\n\n"
            + "The bureau said 195 people were infected in Gansu on Monday, most of them in the capital Lanzhou.\n\n"
            + "Officials said 98 percent were asymptomatic.\n"
        let selector = AnchorSelector(quote: "185 people", prefix: "# Outbreak in Gansu\n\nThe bureau said ",
                                      suffix: " were infected in Gansu on Monda", start: 37, end: 47)
        let result = try anchor(selector, from: old, to: new)
        #expect(result.tier == .fuzzy && result.textNow == "195 people", "\(result)")
        // A correction note put right above the corrected paragraph is not the claim's either.
        let noted = old.replacingOccurrences(of: "The bureau said 185", with: "Correction: an earlier version said 185 people were infected in Gansu on Monday.\n\nThe bureau said 195")
        let corrected = try anchor(selector, from: old, to: noted)
        #expect(corrected.tier == .fuzzy && corrected.textNow == "195 people", "\(corrected)")
        // The claim's sentence edited after its words only: the words stay where they were.
        let later = old.replacingOccurrences(of: "the capital Lanzhou", with: "Lanzhou, the capital")
        #expect(try anchor(selector, from: old, to: later).tier == .exact)
    }

    /// What history says of an edited passage is a hint, taken only with the claim's context
    /// nearly all there: a sibling sentence with the same date, or the other paragraph of a pair
    /// that swapped, keeps too little of it.
    @Test func anEditedPassageGivesTheClaimOnlyToWordsWithItsContext() throws {
        let martin = "Another video was posted by Martin on October 2. A large number of residents gathered inside the gate."
        let police = "On October 2, a large number of police cars rushed in to arrest people."
        let old = "# T\n\nResidents protested at the gate. \(martin) \(police)\n\nClosing.\n"
        let cut = old.replacingOccurrences(of: " \(martin)", with: "")
        let start = old.unicodeScalars.count - "October 2. A large".unicodeScalars.count
            - " number of residents gathered inside the gate. \(police)\n\nClosing.\n".unicodeScalars.count
        let date = AnchorSelector(quote: "October 2", prefix: "ideo was posted by Martin on ", suffix: ". A large number of residents ga",
                                  start: start, end: start + 9)
        #expect(try anchor(date, from: old, to: cut).tier == .orphaned)

        let first = "Another video was posted on Twitter account Martin on October 2. A large number of residents gathered at the gate."
        let between = "Some residents fled the subdivision before the lockdown."
        let order = "# Protests\n\n\(first)\n\n\(between)\n\n\(police)\n"
        let swapped = "# Protests\n\n\(police)\n\n\(between)\n\n\(first)\n"
        let firstStart = 13 + first.unicodeScalars.count - "October 2. A large number of residents gathered at the gate.".unicodeScalars.count
        let firstDate = AnchorSelector(quote: "October 2", prefix: " on Twitter account Martin on ", suffix: ". A large number of residents ga",
                                       start: firstStart, end: firstStart + 9)
        let moved = try anchor(firstDate, from: order, to: swapped)
        #expect(moved.tier == .moved && moved.range.map { swapped.unicodeScalars.count - $0.lowerBound } == "October 2. A large number of residents gathered at the gate.\n".unicodeScalars.count, "\(moved)")
    }

    /// Words once in the claim's line before and once in the line it became are the claim's,
    /// whatever was rearranged around them: the names of a list put in order.
    @Test func wordsOnceInTheLineItBecameAreTheClaims() throws {
        let old = "# Protests\n\nProtests broke out at Yuansen Rose Garden, Yuansen Magnolia Garden, Tianyuan 9, and others.\n"
        let new = old.replacingOccurrences(of: "Yuansen Rose Garden, Yuansen Magnolia Garden", with: "Yuansen Magnolia Garden, Yuansen Rose Garden")
        let start = 12 + "Protests broke out at ".unicodeScalars.count
        let rose = AnchorSelector(quote: "Yuansen Rose Garden", prefix: "ests\n\nProtests broke out at ", suffix: ", Yuansen Magnolia Garden, Tianyu",
                                  start: start, end: start + 19)
        let result = try anchor(rose, from: old, to: new)
        #expect(result.tier == .moved && result.contextChanged && result.range == (start + 25)..<(start + 44), "\(result)")
        // Without history nothing says the line is the claim's: not taken.
        #expect(anchor(rose, in: new).tier == .orphaned)
    }

    /// Both figures of a sentence corrected, and a note at the end quoting the old ones: the
    /// note keeps one side of each claim's context, the corrected sentence keeps both but for a
    /// figure; history says the sentence is the claim's, changed.
    @Test func aNoteQuotingTwoOldFiguresDoesNotTakeTheClaims() throws {
        let sentence = "On October 2, the province had only 185 positive cases, of which 182 cases were asymptomatic."
        let old = "# Gansu\n\n\(sentence)\n\nLater news.\n"
        let new = "# Gansu\n\n" + sentence.replacingOccurrences(of: "185", with: "195").replacingOccurrences(of: "182", with: "192")
            + "\n\nLater news.\n\nCorrection: an earlier version of this article said the province had only 185 positive cases, of which 182 cases were asymptomatic.\n"
        let start = 9 + "On October 2, the province had only ".unicodeScalars.count
        let cases = AnchorSelector(quote: "185 positive cases", prefix: "ctober 2, the province had only ", suffix: ", of which 182 cases were asympt",
                                   start: start, end: start + 18)
        let result = try anchor(cases, from: old, to: new)
        #expect(result.tier == .fuzzy && result.textNow == "195 positive cases", "\(result)")
    }

    /// A change earlier in the paragraph shifts the words with their whole context: moved, not
    /// "the text around it changed".
    @Test func wordsShiftedWithTheirWholeContextAreMovedPlainly() throws {
        let old = "# P\n\nAfter three days of protests at the park, the lockdown order was over on October 1. Residents were finally free.\n"
        let new = old.replacingOccurrences(of: "three days", with: "3 days")
        let start = old.unicodeScalars.count - "October 1. Residents were finally free.\n".unicodeScalars.count
        let selector = AnchorSelector(quote: "October 1", prefix: "the lockdown order was over on ", suffix: ". Residents were finally free.\n",
                                      start: start, end: start + 9)
        let result = try anchor(selector, from: old, to: new)
        #expect(result.tier == .moved && !result.contextChanged && result.range == (start - 4)..<(start + 5), "\(result)")
    }

    /// A prefix recorded across a paragraph boundary counts only to the boundary, as paragraphs
    /// move: when that says too little and the suffix changed, the one place where the whole
    /// recorded prefix, the neighbour paragraph's words included, still stands is the claim's.
    @Test func aWholeSideAcrossAParagraphBoundaryPlacesTheWords() {
        let text = "Editor: updated.\n\nResidents gathered to protest in Lanzhou.\n\nAccording to Sound of Hope, after 3 days "
            + "of protests the gates opened.\n\nPolice cars rushed in to arrest people.\n\nAccording to Sound of Hope, the outbreak began.\n"
        let selector = AnchorSelector(quote: "According to Sound of Hope", prefix: "athered to protest in Lanzhou.\n\n",
                                      suffix: ", after three days of protests", start: 42, end: 68)
        let result = anchor(selector, in: text)
        #expect(result.tier == .moved && result.range == 61..<87 && result.contextChanged, "\(result)")
        // Neither side whole anywhere: not placed.
        let neither = AnchorSelector(quote: "According to Sound of Hope", prefix: "ttered to protest in Lanzhou.\n\n",
                                     suffix: ", after three days of protests", start: 42, end: 68)
        #expect(anchor(neither, in: text).tier == .orphaned)
    }

    /// Moved by an edit above, words that now run on are not taken for the quote, with history
    /// and without.
    @Test func wordsThatRunOnAfterAnEditAboveAreNotMoved() throws {
        let old = "Arrivals must give 3 days notice, or report early.\n"
        let new = "Editor's note: updated.\n\nArrivals must give 13 days notice, or report early.\n"
        let selector = AnchorSelector(quote: "3 days", prefix: "Arrivals must give ", suffix: " notice, or report", start: 19, end: 25)
        for result in [anchor(selector, in: new), try anchor(selector, from: old, to: new)] {
            #expect(result.tier == .fuzzy, "\(result)")
            #expect(result.textNow == "13 days" || result.textNow == "13", "\(result)")
        }
    }

    /// A correction note quoting the old figure, on lines added since, does not take the claim
    /// while the document's history puts its passage, with the figure changed, elsewhere.
    @Test func aCorrectionNoteDoesNotTakeTheClaimFromItsChangedPassage() throws {
        let sentence = "As of October 2, the province had only 185 positive cases, of which 182 were asymptomatic."
        let old = "Protests spread.\n\n\(sentence)\n\nThe city was sealed.\n"
        let new = "UPDATE: this article has been updated.\n\nProtests spread.\n\n"
            + sentence.replacingOccurrences(of: "185", with: "186") + "\n\nThe city was sealed.\n\n"
            + "Correction: an earlier version said that \(sentence)\n"
        let start = old.unicodeScalars.count - "185 positive cases, of which 182 were asymptomatic.\n\nThe city was sealed.\n".unicodeScalars.count
        let selector = AnchorSelector(quote: "185 positive cases", prefix: "the province had only ", suffix: ", of which 182 were",
                                      start: start, end: start + 18)
        let result = try anchor(selector, from: old, to: new)
        #expect(result.tier == .fuzzy, "\(result)")
        #expect(result.textNow == "186 positive cases")
        #expect(result.range.map { new.unicodeScalars.count - $0.lowerBound > 200 } == true, "\(result)")
    }

    @Test func recordedPositionOnALookalikeMovesToTheClearlyBetterOccurrence() {
        // The document changed so that the other "185 cases" now sits at the recorded offsets.
        let selector = AnchorSelector(
            quote: "185 cases", prefix: "Lanzhou reported ", suffix: " too.", start: 15, end: 24)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 71..<80))
    }

    // Most claims are still where they were, with their whole context: that case is decided on
    // the selector's UTF-8 without the search. These cases pin down where it must step aside.

    @Test func recordedSpanWithItsWholeContextIsExactAmongOtherOccurrences() {
        let selector = AnchorSelector(quote: "185 cases", prefix: "Lanzhou reported ", suffix: " too.", start: 71, end: 80)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .exact, range: 71..<80))
    }

    @Test(arguments: [
        // Only the suffix tells the occurrences apart: one scalar of it differs at the recorded span.
        ("185 cases here. 185 cases there.", AnchorSelector(quote: "185 cases", suffix: " there.", start: 0, end: 9), 16..<25),
        // Only the prefix does.
        ("in Gansu town 185 cases; in Lanzhou 185 cases", AnchorSelector(quote: "185 cases", prefix: "in Lanzhou ", start: 14, end: 23), 36..<45),
    ])
    func contextMissingAtTheRecordedSpanMovesTheClaim(text: String, selector: AnchorSelector, range: Range<Int>) {
        #expect(anchor(selector, in: text) == AnchorResult(tier: .moved, range: range))
    }

    @Test func contextLongerThanTheTextAroundTheSpanIsNotWhole() {
        // The prefix reaches before the start and the suffix past the end: the text around the
        // words was cut ("Header: " and ", and more" deleted), which is said; the words stay.
        let selector = AnchorSelector(quote: "Gansu", prefix: "Header: ", suffix: " reported 185 cases, and more", start: 0, end: 5)
        #expect(anchor(selector, in: "Gansu reported 185 cases") == AnchorResult(tier: .moved, range: 0..<5, contextChanged: true))
    }

    @Test func nonASCIIContextOrQuoteAtTheRecordedSpan() {
        let text = "He said “185 cases” — 兰州 reported 185 cases."
        let curly = AnchorSelector(quote: "185 cases", prefix: "He said “", suffix: "” — 兰州", start: 9, end: 18)
        #expect(anchor(curly, in: text) == AnchorResult(tier: .exact, range: 9..<18))
        let chinese = AnchorSelector(quote: "兰州", prefix: "” — ", suffix: " reported", start: 22, end: 24)
        #expect(anchor(chinese, in: text) == AnchorResult(tier: .exact, range: 22..<24))
    }

    @Test func whitespaceQuoteWithItsWholeContextIsStillEmpty() {
        let selector = AnchorSelector(quote: " \t", prefix: "Gansu", suffix: "reported", start: 5, end: 7)
        #expect(anchor(selector, in: "Gansu \treported") == AnchorResult(tier: .orphaned, problems: [.emptyQuote]))
    }

    @Test func orphanedWhenTheQuoteIsGone() {
        let selector = AnchorSelector(quote: "99%", start: 36, end: 39)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .orphaned))
        #expect(anchor(AnchorSelector(quote: "x"), in: "") == AnchorResult(tier: .orphaned))
    }

    @Test func quotesWithCJKAndEmojiUseScalarOffsets() {
        let text = "据希望之声报道，兰州😀市民👍🏽抗议。兰州市民"
        let selector = AnchorSelector(quote: "兰州😀市民👍🏽", start: 8, end: 15)
        #expect(anchor(selector, in: text) == AnchorResult(tier: .exact, range: 8..<15))
        let moved = AnchorSelector(quote: "兰州😀市民👍🏽", start: 0, end: 7)
        #expect(anchor(moved, in: text) == AnchorResult(tier: .moved, range: 8..<15))
        let byPrefix = AnchorSelector(quote: "兰州市民", prefix: "抗议。")
        #expect(anchor(byPrefix, in: text) == AnchorResult(tier: .moved, range: 18..<22))
    }

    @Test func occurrencesInsideACharacterDoNotCount() {
        #expect(anchor(AnchorSelector(quote: "👍"), in: "ok 👍🏽") == AnchorResult(tier: .orphaned))
        #expect(anchor(AnchorSelector(quote: "👍"), in: "👍🏽 👍") == AnchorResult(tier: .moved, range: 3..<4))
        #expect(anchor(AnchorSelector(quote: "🇨"), in: "🇨🇳") == AnchorResult(tier: .orphaned))
        #expect(anchor(AnchorSelector(quote: "🇳🇺"), in: "🇨🇳🇺🇸") == AnchorResult(tier: .orphaned))
    }

    /// A mark or a modifier joined to the words' last character since (“cafe” now “café”, 👍
    /// now 👍🏽) makes them other words, as words that run on are: changed where the context
    /// says they stand, and never a fault of the recorded offsets.
    @Test func recordedRangeThatSplitsACharacter() {
        let text = "cafe\u{301} cafe"
        let selector = AnchorSelector(quote: "cafe", start: 0, end: 4)
        #expect(anchor(selector, in: text) == AnchorResult(tier: .moved, range: 6..<10))
        #expect(anchor(selector, in: "cafe\u{301}") == AnchorResult(tier: .orphaned))
        let framed = AnchorSelector(quote: "cafe", prefix: "Protesters met at the ", suffix: " on Main Street.", start: 22, end: 26)
        let result = anchor(framed, in: "Protesters met at the cafe\u{301} on Main Street.")
        #expect(result.tier == .fuzzy && result.textNow == "cafe\u{301}" && result.problems.isEmpty, "\(result)")
        let thumb = AnchorSelector(quote: "12 were detained 👍", prefix: "Police said ", suffix: " later.", start: 12, end: 29)
        #expect(anchor(thumb, in: "Police said 12 were detained 👍🏽 later.").textNow == "12 were detained 👍🏽")
    }

    @Test func staleRangeInsideACharacterIsNotASplit() {
        // The recorded range no longer holds the quote, so where it falls is no defect.
        let selector = AnchorSelector(quote: "ok", start: 1, end: 3)
        #expect(anchor(selector, in: "👍🏽 ok") == AnchorResult(tier: .moved, range: 3..<5))
    }

    @Test(arguments: ["", " ", " \n\t\u{3000}"])
    func emptyOrWhitespaceQuote(quote: String) {
        let result = anchor(AnchorSelector(quote: quote, start: 0, end: quote.unicodeScalars.count), in: " \n\t\u{3000} ")
        #expect(result == AnchorResult(tier: .orphaned, problems: [.emptyQuote]))
    }

    @Test func startAfterEndFallsBackToSearch() {
        let selector = AnchorSelector(quote: "98%", start: 39, end: 36)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 36..<39, problems: [.invalidRange]))
    }

    @Test func negativeOffsets() {
        let selector = AnchorSelector(quote: "98%", start: -3, end: 0)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 36..<39, problems: [.invalidRange]))
    }

    @Test func onlyOneOffsetRecorded() {
        #expect(anchor(AnchorSelector(quote: "98%", start: 36), in: Self.article).problems == [.invalidRange])
        #expect(anchor(AnchorSelector(quote: "98%", end: 39), in: Self.article).problems == [.invalidRange])
    }

    @Test func invalidStartStillHintsThePosition() {
        let selector = AnchorSelector(quote: "185 cases", start: 70)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 71..<80, problems: [.invalidRange]))
    }

    @Test func rangePastTheEndFallsBackToSearch() {
        let selector = AnchorSelector(quote: "98%", start: 136, end: 139)
        #expect(anchor(selector, in: Self.article) == AnchorResult(tier: .moved, range: 36..<39, problems: [.rangeOutsideText]))
        #expect(anchor(selector, in: "") == AnchorResult(tier: .orphaned, problems: [.rangeOutsideText]))
    }

    @Test func emptyQuoteWithABadRangeReportsBoth() {
        let result = anchor(AnchorSelector(quote: "", start: 5, end: 2), in: Self.article)
        #expect(result == AnchorResult(tier: .orphaned, problems: [.invalidRange, .emptyQuote]))
    }

    @Test func contextWrittenByToolsFindsTheSpanAgain() {
        let original = SourceText(Self.article)
        let (prefix, suffix) = Anchorer.context(around: 71..<80, in: original)
        let selector = AnchorSelector(quote: "185 cases", prefix: prefix, suffix: suffix, start: 72, end: 81)
        let edited = "Lanzhou reported 185 cases once. " + Self.article.replacingOccurrences("185 cases too", "185 cases, too")
        #expect(Anchorer.anchor(selector, in: SourceText(edited)) == AnchorResult(tier: .moved, range: 104..<113))
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
