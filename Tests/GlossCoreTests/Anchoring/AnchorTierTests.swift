import Testing

@testable import GlossCore

@Suite("Anchoring: normalized, fuzzy, ambiguous and orphaned tiers")
struct AnchorTierTests {
    func anchor(_ selector: AnchorSelector, in string: String, foldingCase: Bool = false) -> AnchorResult {
        var document = AnchoringDocument(SourceText(string), foldingCase: foldingCase)
        return document.anchor(selector)
    }

    @Test func restyledQuotesAndDashesAreNormalized() {
        let text = "He said: “We want to go home” — and left."
        let result = anchor(AnchorSelector(quote: "\"We want to go home\" - and", start: 9, end: 35), in: text)
        #expect(result == AnchorResult(tier: .normalized, range: 9..<35, textNow: "“We want to go home” — and"))
    }

    @Test func spacesLineBreaksAndFullWidthFormsAreNormalized() {
        let text = "Total: 185\u{00A0}cases\r\n  in ＧＡＮＳＵ province."
        let result = anchor(AnchorSelector(quote: "185 cases in GANSU"), in: text)
        #expect(result == AnchorResult(tier: .normalized, range: 7..<28, textNow: "185\u{00A0}cases\r\n  in ＧＡＮＳＵ"))
    }

    /// Chinese and Japanese do not space their words: spaces put between digits and characters,
    /// or taken out, and a line break inside a phrase, are layout, as a no-break space is.
    @Test(arguments: [
        ("截至10月2日，甘肃", "截至 10 月 2 日，甘肃"),
        ("百分之九十八", "百分之\n九十八"),
        ("48 小时内", "48小时内"),
        ("日本の 東京 で", "日本の東京で"),
        ("185例，其中无症状", "185例，\n其中无症状"),
        ("居民说：“我们要吃饭”", "居民说：\n“我们要吃饭”"),
        ("他们说： 「我们要自由」", "他们说：「我们要自由」"),
    ])
    func spacesBesideChineseAndJapaneseAreLayout(quote: String, now: String) {
        let prefix = "报道称：\n\n今天"
        let start = prefix.unicodeScalars.count
        let selector = AnchorSelector(quote: quote, prefix: prefix, start: start, end: start + quote.unicodeScalars.count)
        let result = anchor(selector, in: prefix + now + "。记者报道。")
        #expect(result == AnchorResult(tier: .normalized, range: start..<(start + now.unicodeScalars.count), textNow: now))
    }

    /// Spacing changed before the words and inside them (a line reflowed, two spaces after a
    /// full stop) leaves them the quote's, with their whole context around them: normalized,
    /// from the first word, never changed words that begin with a space.
    @Test(arguments: [
        ("The march began at noon. Police blocked the main road for two hours before reopening it.",
         "The march began at noon.  Police blocked the main road for\ntwo hours before reopening it.",
         "Police blocked the main road for two hours", "Police blocked the main road for\ntwo hours"),
        ("The mayor said that 185 people gathered at Central Park.", "The mayor said that  185  people gathered at Central Park.",
         "185 people", "185  people"),
        ("据通报，截至10月2日，全省新增感染者185例。", "据通报，截至 10 月 2 日，全省新增感染者185例。", "10月2日", "10 月 2 日"),
    ])
    func spacingChangedBeforeAndInsideTheWordsIsNormalized(before: String, after: String, quote: String, now: String) throws {
        let selector = try Self.recorded(quote, in: before)
        let place = try Self.offset(of: now, in: after)
        #expect(anchor(selector, in: after) == AnchorResult(tier: .normalized, range: place..<(place + now.unicodeScalars.count), textNow: now))
    }

    /// The selector tools record for the first occurrence of `quote` in `text`: its offsets and
    /// 32 scalars of context on each side.
    static func recorded(_ quote: String, in text: String) throws -> AnchorSelector {
        let scalars = Array(text.unicodeScalars)
        let start = try offset(of: quote, in: text), end = start + quote.unicodeScalars.count
        let side = { (part: ArraySlice<Unicode.Scalar>) in String(String.UnicodeScalarView(part)) }
        return AnchorSelector(quote: quote, prefix: side(scalars[max(0, start - 32)..<start]),
                              suffix: side(scalars[end..<min(scalars.count, end + 32)]), start: start, end: end)
    }

    /// The scalar offset of the first occurrence of `words` in `text`.
    static func offset(of words: String, in text: String) throws -> Int {
        let scalars = Array(text.unicodeScalars), wanted = Array(words.unicodeScalars)
        return try #require(scalars.indices.first { scalars[$0...].starts(with: wanted) })
    }

    /// A word added beside the quote as its line was reflowed (or a space doubled in it): the
    /// quote's words are all there, found as the normalized tier reads them, with their context
    /// changed; never changed words. Changed words are the words, not a space beside them.
    @Test func aWordAddedBesideAReflowedQuoteLeavesItsWords() throws {
        let before = "The mayor spoke. Officials said 185 people gathered in the park on Monday. Police said the crowd was peaceful."
        let selector = try Self.recorded("Officials said 185 people gathered", in: before)
        for (after, now) in [
            ("The mayor spoke. Officials said 185 people\ngathered peacefully in the park on Monday. Police said the crowd was peaceful.",
             "Officials said 185 people\ngathered"),
            ("The mayor spoke. Officials said 185  people gathered today in the park on Monday. Police said the crowd was peaceful.",
             "Officials said 185  people gathered"),
            ("The mayor spoke. And Officials said 185 people\ngathered in the park on Monday. Police said the crowd was peaceful.",
             "Officials said 185 people\ngathered"),
        ] {
            let result = anchor(selector, in: after)
            let place = try Self.offset(of: now, in: after)
            #expect(result.tier == .normalized || result.tier == .moved, "\(after): \(result)")
            #expect(result.range == place..<(place + now.unicodeScalars.count), "\(after): \(result)")
        }
        let changed = anchor(selector, in: "The mayor spoke.  Officials said 185 people assembled in the park on Monday. Police said so.")
        #expect(changed.tier == .fuzzy && changed.textNow == "Officials said 185 people assembled", "\(changed)")
    }

    /// A quote that begins or ends with a space beside Chinese or a digit (the recorded context
    /// says what is beside it), which the article left out, is found without it: the character
    /// before is not taken into the words now there. A space before a figure in Latin text stays.
    @Test func aQuotesEndSpaceBesideChineseIsLayout() {
        let text = "据通报，截至10月2日，全省新增感染者185例。"
        let leading = anchor(AnchorSelector(quote: " 10 月 2 日", prefix: "据通报，截至", start: 6, end: 15), in: text)
        #expect(leading == AnchorResult(tier: .normalized, range: 6..<11, textNow: "10月2日"), "\(leading)")
        let trailing = anchor(AnchorSelector(quote: "截至 10 月 ", prefix: "据通报，", suffix: "2日，全省", start: 4, end: 12), in: text)
        #expect(trailing == AnchorResult(tier: .normalized, range: 4..<9, textNow: "截至10月"), "\(trailing)")
        #expect(FoldedSearch.withoutLayoutSpaces([" ", "1", "8", "5"], of: AnchorSelector(quote: " 185", prefix: "said")) == [" ", "1", "8", "5"])
    }

    /// Spaces still separate the words of Latin and Korean script, beside Chinese too, so
    /// closing one up is a changed quote; and a figure whose digits ran together with another
    /// across the space is another figure.
    @Test func spacesBetweenWordsOfSpacedScriptsAreWords() {
        let latin = anchor(AnchorSelector(quote: "in Lanzhou", start: 0, end: 10), in: "inLanzhou today")
        #expect(latin.tier == .fuzzy, "\(latin)")
        let korean = anchor(AnchorSelector(quote: "서울 시청 앞", start: 0, end: 7), in: "서울시청 앞에서")
        #expect(korean.tier == .fuzzy, "\(korean)")
        // A Latin word set off from Chinese by spaces is a word: closed up, it is another text.
        let latinInChinese = anchor(AnchorSelector(quote: "使用 Twitter 发布", start: 0, end: 14), in: "使用Twitter发布视频")
        #expect(latinInChinese.tier == .fuzzy, "\(latinInChinese)")
        let figure = anchor(AnchorSelector(quote: "2日", prefix: "截至10月", start: 5, end: 7), in: "截至10月 12 日，甘肃")
        #expect(figure == AnchorResult(tier: .fuzzy, range: 6..<10, textNow: "12 日"), "\(figure)")
    }

    @Test func caseIsFoldedOnlyWhenAsked() {
        let text = "PROTESTS IN LANZHOU spread quickly."
        #expect(anchor(AnchorSelector(quote: "protests in Lanzhou"), in: text).tier != .normalized)
        let folded = anchor(AnchorSelector(quote: "protests in Lanzhou"), in: text, foldingCase: true)
        #expect(folded == AnchorResult(tier: .normalized, range: 0..<19, textNow: "PROTESTS IN LANZHOU"))
    }

    @Test func aTypoFixedInsideTheQuoteIsFuzzyWithTheTextNow() {
        let text = "Intro. Residents of Chengguan district gathered on Monday. Outro."
        let selector = AnchorSelector(quote: "Residents of Chenggaun distirct gathered", prefix: "Intro. ",
                                      suffix: " on Monday", start: 7, end: 47)
        let result = anchor(selector, in: text)
        #expect(result == AnchorResult(tier: .fuzzy, range: 7..<47, textNow: "Residents of Chengguan district gathered"))
    }

    /// By edits alone, "…Memorial week" fits best ending before "holiday" (four deletions, not
    /// seven edits); the recorded suffix says the span runs to the end of the new word.
    @Test(arguments: [
        ("the first day of China’s National Memorial week", "the first day of China’s National Memorial holiday"),
        ("protests spread across the city", "protests spread across the province"),
        ("residents gathered at the gate", "residents gathered at the"),
    ])
    func aReplacedLastWordIsFuzzyWithTheNewWord(_ quote: String, _ now: String) {
        let text = "On \(now), residents of many sub-districts gathered to protest in Lanzhou."
        let selector = AnchorSelector(quote: quote, prefix: "On ", suffix: ", residents of many sub-district",
                                      start: 3, end: 3 + quote.unicodeScalars.count)
        let result = anchor(selector, in: text)
        #expect(result == AnchorResult(tier: .fuzzy, range: 3..<(3 + now.unicodeScalars.count), textNow: now))
    }

    @Test func aChangedNameIsNeverMovedOntoALookalike() {
        // "Robin" became "Elisa"; an earlier "Robin" in another passage must not take the claim.
        let before = "Coach Robin praised the team. Later, the striker Robin scored twice."
        let after = "Coach Robin praised the team. Later, the striker Elisa scored twice."
        let start = before.unicodeScalars.count - " scored twice.".unicodeScalars.count - 5
        let (prefix, suffix) = Anchorer.context(around: start..<(start + 5), in: SourceText(before))
        let selector = AnchorSelector(quote: "Robin", prefix: prefix, suffix: suffix, start: start, end: start + 5)
        #expect(anchor(selector, in: before).tier == .exact)
        // The name between the whole recorded context is the claim's, changed: said with the
        // new name, never moved to the earlier "Robin".
        #expect(anchor(selector, in: after) == AnchorResult(tier: .fuzzy, range: 49..<54, textNow: "Elisa"))
    }

    @Test func aSmallChangeInTheQuoteBeatsAnExactLookalikeInAnotherContext() {
        let after = "Coach Robin praised the team. Later, the striker Robyn scored twice."
        let selector = AnchorSelector(quote: "Robin", prefix: "ed the team. Later, the striker ", suffix: " scored twice.",
                                      start: 49, end: 54)
        #expect(anchor(selector, in: after) == AnchorResult(tier: .fuzzy, range: 49..<54, textNow: "Robyn"))
    }

    @Test func exactOccurrencesWithoutTheirContextAreNotMoved() {
        let selector = AnchorSelector(quote: "185 cases", prefix: "Yesterday Gansu reported ", suffix: " in total")
        let text = "Officials counted 185 cases, then another 185 cases appeared."
        #expect(anchor(selector, in: text) == AnchorResult(tier: .orphaned, candidates: [18..<27, 42..<51]))
    }

    @Test func twoEquallyCloseVariantsAreAmbiguous() {
        let text = "first: the crowd of 158 people; second: the crowd of 815 people."
        let result = anchor(AnchorSelector(quote: "the crowd of 185 people"), in: text)
        #expect(result == AnchorResult(tier: .ambiguous, candidates: [7..<30, 40..<63]))
    }

    @Test func quotesLongerThanAWordAreFoundApproximately() {
        let sentence = String(repeating: "Residents gathered outside the district office to protest the lockdown. ", count: 2)
        let quote = "Many residents gathered outside the district offices to protest against the long lockdown"
        let text = "News. " + "Many residents gathered outside the district office to protest the long lockdown." + " " + sentence
        let result = anchor(AnchorSelector(quote: quote, prefix: "News. ", start: 6, end: 95), in: text)
        #expect(result.tier == .fuzzy)
        #expect(result.range == 6..<86)
    }

    @Test func nothingGoodEnoughIsOrphaned() {
        #expect(anchor(AnchorSelector(quote: "an entirely different sentence"), in: "Short text.") == AnchorResult(tier: .orphaned))
        let long = String(repeating: "a quote longer than the document ", count: 4)
        #expect(anchor(AnchorSelector(quote: long, start: 0, end: 5), in: "tiny") == AnchorResult(tier: .orphaned, problems: [.rangeOutsideText]))
    }

    @Test func offsetsInsideAGraphemeAreNeverReturned() {
        // The folded search could align "🇨" with half a flag; such places are not candidates.
        let text = "Flags: 🇨🇳 and 🇺🇸."
        let result = anchor(AnchorSelector(quote: "🇨🇳 and 🇺", start: 7, end: 14), in: text)
        #expect(result.range.map { Anchorer.isWholeCharacters($0, in: SourceText(text)) } ?? true)
        #expect(result.tier != .exact)
    }

    @Test func theFoldedViewMapsOffsetsBack() {
        let folded = NormalizedText(SourceText("a \u{00A0}\n b…c"))
        #expect(String(String.UnicodeScalarView(folded.scalars)) == "a b...c")
        #expect(folded.originalRange(of: 1..<2) == 1..<5)
        #expect(folded.originalRange(of: 3..<5) == 6..<7)
        #expect(folded.normalizedOffset(of: 6) == 3)
        #expect(folded.normalizedOffset(of: 100) == 7)
    }
}
