/// Finds a selector's span in a document's text and says how it was found. Anchoring judges
/// nothing: it names its tier and any defect of the selector, and rules turn those into findings.
///
/// Tiers, tried in order:
/// 1. `exact`: the recorded `start..<end` still holds the quote with its whole recorded context.
///    Where the context changed around the words, the span the document's history carries them
///    to, or the one other occurrence with the whole context, takes the claim (`moved`); else
///    they stay `exact` when the context was only pushed a short way off (an edit right beside
///    them) or nearly all of it is there (``CandidateScoring/Score/contextConfirms``); else one
///    other occurrence that confirms the context takes the claim (several are `ambiguous`); else
///    the words stay, `moved` to say their context changed, or `orphaned` when none of it is left.
/// 2. `moved`: the span carried across the document's edits (see ``DocumentHistory``) holds the
///    quote, or a quote widened or narrowed by hand fits where the recorded one is known to be
///    now (``OccurrenceRanking/requoted(_:quote:in:)``; `carried` is the recorded span itself
///    when the document is the revision the offsets were recorded in). Otherwise, when the
///    whole recorded prefix still ends at the recorded start and the whole suffix follows soon
///    after, the words between them are the claim's, changed: `fuzzy` with the text now there.
///    Otherwise the quote occurs exactly elsewhere and one occurrence stands out by context and
///    position (below) with its context confirmed on both sides, or, as the one such place, on
///    one side (`moved` with ``AnchorResult/contextChanged``), unless the whole context of the
///    claim's paragraph still stands around other words at one place: those are the claim's
///    words, changed (`fuzzy`); several that cannot be told apart are `ambiguous`.
/// 3. Otherwise the document and the quote are folded (``NormalizedText``: quotes, dashes, spaces,
///    full-width forms) and searched approximately by Myers' bit-parallel algorithm with up to a
///    quarter of the quote's length in edits, in a window around the position hint first, then in
///    the whole text. Each place found is also tried ending at the nearest word ends, since edits
///    alone would end a replaced last word short of the new one. Candidates are scored
///    (`CandidateScoring`), a place by its best reading; the best must score at least
///    the minimum, keep some of its recorded context, and beat the runner-up by a margin. It is
///    `moved` if its raw text is the quote, `normalized` if only the folded text is (either only
///    with its context confirmed, away from the recorded offsets), else `fuzzy` with the text
///    now there. Candidates too close to call are `ambiguous`. When none is good enough and the
///    quote's words are nowhere in the text, the words between the whole prefix and suffix, at
///    the one place they still stand together, are the claim's, changed (`fuzzy`): an edit above
///    moved the passage and the words were rewritten past what approximate search allows.
///    Otherwise the claim is `orphaned`, with any exact occurrence that lost its context as
///    `candidates` (a lookalike, never chosen).
///
/// With the document's history, the line the claim's line became when it was edited
/// (``DocumentHistory/editedRegion(around:)``, the one sharing most of its text) is looked in
/// first, and outranks what the recorded context alone would say; the rules are in the README.
///
/// Occurrences that start or end inside a character (the 👍 of 👍🏽) are not occurrences.
///
/// Choosing among several exact occurrences, in order:
/// 1. **Context.** An occurrence scores the number of `prefix` scalars that match immediately
///    before it (compared backwards) plus the number of `suffix` scalars that match immediately
///    after it, each run stopping at the first mismatch. One wins outright when it beats every
///    other by at least the margin: a quarter of the context given, at least one scalar. Those
///    within the margin of the best score are the contenders.
/// 2. **Position.** Among the contenders, the one nearest the recorded `start` wins if it also has
///    the best context score and is less than half as far from `start` as any other contender.
/// 3. Otherwise the contenders are reported as `ambiguous` candidates: never a silent guess.
public enum Anchorer {
    /// Anchors one selector. Never fails: defects of the selector come back as
    /// ``AnchorResult/problems`` next to whatever could still be found.
    public static func anchor(_ selector: AnchorSelector, in text: SourceText) -> AnchorResult {
        var document = AnchoringDocument(text)
        return document.anchor(selector)
    }

    /// The exact tiers and the search beyond them, with what `document` has prepared for them.
    static func anchor(_ selector: AnchorSelector, carried: Range<Int>?,
                       in document: inout AnchoringDocument) -> AnchorResult {
        let exactAtRecorded = stillExact(selector, in: document.text)
        // The passage history says replaced the line that held the words, when it was edited.
        let edited = selector.start.flatMap { document.history?.editedRegion(around: $0) }
        if let recorded = exactAtRecorded {
            // Unless the document's history carries the words elsewhere, where they stand with
            // their context too: a passage that opens the same way was put where they were.
            if let carried, carried != recorded, holdsWithContext(selector, at: carried, in: document.text) {
                return AnchorResult(tier: .moved, range: carried, problems: [])
            }
            // Or history says the claim's own line was edited and stands elsewhere: the recorded
            // offsets may fall on a line added since that repeats its opening (an update that
            // restates the old figure). Kept unless that line holds the claim's words, below.
            guard let edited, !edited.contains(recorded.lowerBound) else { return AnchorResult(tier: .exact, range: recorded, problems: []) }
        }
        let text = document.text
        var problems: [AnchorProblem] = []
        let recordedLength = document.history?.oldLength ?? (document.offsetsCountInAnotherVersion ? Int.max : nil)
        let recorded = recordedRange(of: selector, in: text, recordedLength: recordedLength, problems: &problems)
        let quote = selector.quote.scalarArray
        guard !quote.allSatisfy(\.properties.isWhitespace) else {
            return AnchorResult(tier: .orphaned, problems: problems + [.emptyQuote])
        }
        let ranking = OccurrenceRanking(prefix: selector.prefix, suffix: selector.suffix)
        let runOn = WordRunOn(prefix: selector.prefix, suffix: selector.suffix)
        let foldingCase = document.foldingCase
        let fold = { (scalars: ArraySlice<Unicode.Scalar>) in NormalizedText(scalars, foldingCase: foldingCase).scalars }

        // A recorded start past the end ranks occurrences as the end of the text would, and
        // keeps the distances small enough to compare and double.
        let hint = carried?.lowerBound ?? selector.start.flatMap { $0 >= 0 ? min($0, text.scalarCount) : nil }
        // Made on first need: most quotes are still exactly where they were, with their context.
        lazy var raw = CandidateScoring(quoteLength: quote.count, prefix: selector.prefix, suffix: selector.suffix, hint: hint)
        let context = { (range: Range<Int>) in raw.score(range, distance: 0, in: text.scalars) }
        let confirms = { (range: Range<Int>) in context(range).contextConfirms }
        // Where the document's history carries the recorded span, when it holds the quote there.
        let carriedQuote = carried.flatMap { holdsWithContext(selector, at: $0, in: text) ? $0 : nil }
        // The figure at its recorded place, its whole prefix before it, without the scale
        // recorded after it ("185" of "185 million" now "185"): the claim's figure changed there,
        // whatever the old figure says elsewhere (a correction note quoting it); unless the
        // document's history carries the words, scale and all, elsewhere.
        if exactAtRecorded == nil, carriedQuote == nil, let recorded, text.scalars[recorded].elementsEqual(quote),
           runOn.droppedScale(recorded, in: text.scalars),
           runOn.widened(recorded, in: text.scalars) == nil, ranking.oneSideMatchesWhole(at: recorded, minimum: Self.wholeSideEvidence, in: text.scalars) {
            return AnchorResult(tier: .fuzzy, range: recorded, textNow: text.string(recorded), problems: problems)
        }
        // Words that run on into new letters or digits there ("October 2" of "October 21") are
        // not the quote's, and go the way of changed words below.
        if exactAtRecorded == nil, let recorded, text.scalars[recorded].elementsEqual(quote), runOn.widened(recorded, in: text.scalars) == nil,
           !runOn.droppedScale(recorded, in: text.scalars) {
            if isWholeCharacters(recorded, in: text) {
                guard !ranking.contextMatchesFully(at: recorded, in: text.scalars) else {
                    return AnchorResult(tier: .exact, range: recorded, problems: problems)
                }
                // The words are at the recorded offsets, but the text around them changed: they
                // may be another passage's, moved there by an edit above.
                if let carriedQuote, carriedQuote != recorded {
                    return AnchorResult(tier: .moved, range: carriedQuote, problems: problems)
                }
                let others = occurrences(of: quote, in: &document, runOn: runOn).filter { $0 != recorded }
                let whole = others.filter { ranking.contextMatchesFully(at: $0, in: text.scalars) }
                if whole.count == 1, selector.prefix?.isEmpty == false || selector.suffix?.isEmpty == false {
                    return AnchorResult(tier: .moved, range: whole[0], problems: problems)
                }
                // Only the typography around the words changed (full-width digits, restyled
                // quotation marks, a layout space in Chinese taken out): the same context, as
                // the normalized tier reads text.
                if ranking.contextMatchesFolded(at: recorded, in: text.scalars, fold: fold) {
                    return AnchorResult(tier: .exact, range: recorded, problems: problems)
                }
                // An edit beside the words (a word added after them, the sentence repeated)
                // leaves their context a short way off, and a small one (a typo mended, quotes
                // restyled) leaves nearly all of it: the claim stays; said, for a reviewer to
                // look before `gloss fix` records the new context, when the words right beside
                // it changed, which can change what it says ("more than" now "less than").
                if ranking.contextIsNear(recorded, in: text.scalars) || confirms(recorded) {
                    return ranking.besideWordsHold(at: recorded, in: text.scalars)
                        ? AnchorResult(tier: .exact, range: recorded, problems: problems)
                        : AnchorResult(tier: .moved, range: recorded, problems: problems, contextChanged: true)
                }
                let confirmed = ranking.closest(others, limit: Self.closelyScored, in: text.scalars).filter(confirms)
                if confirmed.count == 1 { return AnchorResult(tier: .moved, range: confirmed[0], problems: problems) }
                if confirmed.count > 1 { return AnchorResult(tier: .ambiguous, candidates: confirmed, problems: problems) }
                // Nothing else is the claim's passage: the words stayed where they were and what
                // surrounds them changed. Said (as moved, for a reviewer to look before `gloss
                // fix` records the new context), or, with nothing of the context left, not taken.
                return context(recorded).contextHolds
                    ? AnchorResult(tier: .moved, range: recorded, problems: problems, contextChanged: true)
                    : AnchorResult(tier: .orphaned, candidates: [recorded], problems: problems)
            }
            // A mark or modifier joined the words since (“cafe” is now “café”): other words, as
            // words that run on are; found below with the whole character.
        }
        if let carriedQuote {
            return AnchorResult(tier: .moved, range: carriedQuote, problems: problems)
        }
        // Other words there, on lines the document's history says were edited (without history,
        // any line): words left as they were since the offsets were recorded are another
        // passage's, not the claim's, changed (its paragraph deleted, a sibling framed the same way left).
        let history = document.history
        // The quote as the folded search reads it, without a space at an end that is layout.
        lazy var foldedQuote = Self.trimmingSpaces(FoldedSearch.withoutLayoutSpaces(fold(quote[...]), of: selector))
        // Spaces at the ends are layout: the words between a whole prefix and suffix with a
        // space added before them ("noon.  Police", a line reflowed) are the quote's, which the
        // normalized tier finds without the space; so are words that hold the quote's, folded,
        // as whole words (a word added beside them as their line was reflowed), which the
        // normalized tier finds with their context changed.
        let holdsOtherWords = { (range: Range<Int>) in
            guard Self.isWholeCharacters(range, in: text), !(history?.isUnchanged(range) ?? false) else { return false }
            let words = Self.trimmingSpaces(fold(text.scalars[range]))
            return words != foldedQuote && !Self.holdsAsWords(foldedQuote, in: words)
        }
        // Where the recorded offsets still hold the words with their context, another place takes
        // the claim only with more of the old passage around it than they have (a paragraph split
        // after the words leaves them where they were; an update restating their sentence above
        // has only its opening).
        let agreesMoreThanRecorded = { (place: Range<Int>) -> Bool in
            guard let recorded = exactAtRecorded, let history, let start = selector.start, let end = selector.end else { return true }
            return history.agreement(old: start..<end, new: place) > history.agreement(old: start..<end, new: recorded)
        }
        // The places in the passage history says replaced the claim's line where the whole prefix
        // and suffix stand with other words between them; looked for once, on first need, through
        // the document's index (the passage may be most of a document edited throughout).
        var changedInEditedFound: [Range<Int>]?
        func changedInEdited(_ document: inout AnchoringDocument) -> [Range<Int>] {
            if let found = changedInEditedFound { return found }
            let found = edited.map { edited in
                ranking.changedWordsAnywhere(quote: quote, in: text.scalars, withinParagraph: true) { prefix in
                    document.occurrences(of: prefix).filter { $0.lowerBound + prefix.count >= edited.lowerBound && $0.upperBound <= edited.upperBound }
                }.filter(holdsOtherWords)
            } ?? []
            changedInEditedFound = found
            return found
        }
        // History says the passage that held the words was edited (a figure changed in their
        // sentence): the words intact once in what replaced it, with most of their context, are
        // the claim's, the text beside them changed. Taken, and said so, where the context alone
        // would not tell the place; unless the whole context stands there around other words and
        // is more of the recorded passage (a sentence added above that repeats the claim's
        // opening and its old figure, while the claim's own figure changed).
        if let edited, let start = selector.start {
            let inside = occurrences(of: quote, in: &document, runOn: runOn).filter { edited.contains($0.lowerBound) }
            let confirmed = inside.filter { context($0).contextNearlyHolds }
            if confirmed.count == 1, agreesMoreThanRecorded(confirmed[0]),
               !(ranking.wholeContextOutweighs(confirmed[0], in: text.scalars) && changedInEdited(&document).count == 1) {
                return AnchorResult(tier: .moved, range: confirmed[0], problems: problems,
                                    contextChanged: !ranking.contextMatchesFully(at: confirmed[0], in: text.scalars)
                                        && !ranking.contextMatchesFolded(at: confirmed[0], in: text.scalars, fold: fold))
            }
            // The words once in the claim's line before and once in the line it became are its
            // words, whatever was rearranged around them (the names of a list put in order); where
            // the line held them twice, the one left may be the other's. Not a figure: two
            // figures swapped by a correction leave each once in the line, the other's place.
            if confirmed.isEmpty, inside.count == 1, !Self.isFigure(quote), changedInEdited(&document).isEmpty,
               agreesMoreThanRecorded(inside[0]), let line = history?.lineEdited(around: start), line.contains(inside[0].lowerBound),
               history?.occurrences(of: quote, inOldLineAround: start) == 1 {
                return AnchorResult(tier: .moved, range: inside[0], problems: problems, contextChanged: true)
            }
        }
        // A reviewer widened or narrowed the quote and left the offsets and context it replaced:
        // the new words are where the old ones were, for `gloss fix` to record. Only where the
        // old span is known to be now (the document as recorded, or carried across its edits):
        // at stale offsets, another passage framed the same way would pass for it.
        if let place = carried, place.upperBound <= text.scalarCount,
           let requoted = ranking.requoted(place, quote: quote, in: text.scalars), isWholeCharacters(requoted, in: text) {
            return AnchorResult(tier: .moved, range: requoted, problems: problems,
                                contextChanged: !ranking.contextMatchesFully(at: requoted, in: text.scalars)
                                    && !(ranking.contextMatchesFully(at: place, in: text.scalars) && requoted.overlaps(place)))
        }
        // The recorded prefix still ends where the words began and the recorded suffix follows
        // close after: the words between them are the claim's, changed ("185" edited to "195"),
        // whatever the same words say elsewhere (a correction note quoting the old figure).
        // Only quotation marks or dashes restyled there is the normalized tier's, found below.
        if let recorded, let changed = ranking.changedWords(at: recorded, quote: quote, in: text.scalars), holdsOtherWords(changed) {
            return Self.changedWords(changed, quote: quote, in: text, problems: problems)
        }

        // The document's history puts the recorded words in a passage edited since: when its
        // whole prefix and suffix stand there with other words between them, those are the
        // claim's, changed, whatever the same words say on lines added since (a correction
        // note quoting the old figure, below an editor's note added above).
        if case let changed = changedInEdited(&document), changed.count == 1, agreesMoreThanRecorded(changed[0]) {
            return Self.changedWords(changed[0], quote: quote, in: text, problems: problems)
        }
        if let recorded = exactAtRecorded { return AnchorResult(tier: .exact, range: recorded, problems: problems) }

        // Searched for only while the file's search budget lasts; past it, a quote not at its
        // recorded place is looked for only near it, and the finding says so.
        guard !document.searchBudgetSpent else {
            // Near the recorded place, where an edit beside the words pushed them, they are still
            // looked for: a few hundred scalars cost nothing.
            if let hint {
                let window = max(0, hint - Self.nearbyReach)..<min(text.scalarCount, hint + quote.count + Self.nearbyReach)
                let near = text.scalars[window].ranges(of: quote).filter { Self.isWholeCharacters($0, in: text) }
                if near.count == 1 {
                    return AnchorResult(tier: .moved, range: near[0], problems: problems,
                                        contextChanged: !ranking.contextMatchesFully(at: near[0], in: text.scalars))
                }
            }
            return AnchorResult(tier: .orphaned, problems: problems + [.searchBudgetSpent])
        }
        let found = occurrences(of: quote, in: &document, runOn: runOn)
        // The recorded place may keep its whole context on both sides and hold other words: the
        // quoted words changed there ("185" edited to "180"). A place away from it without the
        // whole context is then not the claim's; taken, it would move the claim silently to
        // another passage's 185.
        let elsewhere = { (range: Range<Int>) in
            guard let recorded, ranking.contextMatchesFully(at: recorded, in: text.scalars) else { return false }
            return !range.overlaps(recorded) && !ranking.contextMatchesFully(at: range, in: text.scalars)
        }
        let holds = { (range: Range<Int>) in confirms(range) && !elsewhere(range) }
        // Or by all of it where only its typography changed: asked of the one place chosen, as
        // folding the context costs more than comparing it.
        let holdsOrFolded = { (range: Range<Int>) in
            holds(range) || (ranking.contextMatchesFolded(at: range, in: text.scalars, fold: fold) && !elsewhere(range))
        }
        // One side of the context there and the other changed: taken, said so, when it is the
        // one place the context points at.
        // History says the claim's line was edited and stands, changed, elsewhere: the same words
        // on another line (a correction note quoting the old figures) take the claim only with
        // its whole context, as a sentence moved there would have it.
        let beyondEditedLine = { (range: Range<Int>) in edited.map { !$0.contains(range.lowerBound) } ?? false }
        let partly = { (range: Range<Int>) in context(range).contextPartlyConfirms && !elsewhere(range) && !beyondEditedLine(range) }
        let choice = found.count > 1 ? ranking.choose(among: found, start: hint, in: text.scalars) : .tooClose(found)
        // Taken with a context that confirms it, the words right beside the quote may still
        // have changed ("now open" now "not open"): said, as where the words stayed.
        let besideChanged = { (range: Range<Int>) in
            !ranking.besideWordsHold(at: range, in: text.scalars, atRecordedPlace: range == recorded)
        }
        // Words taken with their context changed, away from the paragraph's whole recorded
        // context, are not the claim's where that context still stands whole around other
        // words: the claim's passage, its words changed (185 now 195), while the same words
        // elsewhere keep only part of it (a correction note repeating the old figure).
        func movedUnlessChanged(_ range: Range<Int>, contextChanged: Bool, problems: [AnchorProblem],
                                in document: inout AnchoringDocument) -> AnchorResult {
            if contextChanged, !ranking.paragraphContextMatchesFully(at: range, in: text.scalars) {
                let changed = ranking.changedWordsAnywhere(quote: quote, in: text.scalars, withinParagraph: true) {
                    document.occurrences(of: $0)
                }.filter(holdsOtherWords)
                if changed.count == 1 { return Self.changedWords(changed[0], quote: quote, in: text, problems: problems) }
            }
            return AnchorResult(tier: .moved, range: range, problems: problems, contextChanged: contextChanged)
        }
        switch choice {
        case .clear(let range) where holdsOrFolded(range):
            return movedUnlessChanged(range, contextChanged: besideChanged(range), problems: problems, in: &document)
        case .tooClose(let candidates) where candidates.count == 1 && holdsOrFolded(candidates[0]):
            return movedUnlessChanged(candidates[0], contextChanged: besideChanged(candidates[0]), problems: problems, in: &document)
        case .clear(let range) where partly(range)
            && ranking.closest(found, limit: Self.closelyScored, in: text.scalars).filter(partly).count == 1:
            return movedUnlessChanged(range, contextChanged: true, problems: problems, in: &document)
        case .tooClose(let candidates) where candidates.count == 1 && partly(candidates[0]):
            return movedUnlessChanged(candidates[0], contextChanged: true, problems: problems, in: &document)
        case .tooClose(let candidates) where candidates.count > 1 && candidates.contains(where: holds):
            return AnchorResult(tier: .ambiguous, candidates: candidates, problems: problems)
        default:
            break
        }

        // Within their paragraph the sides said too little (a recorded side that crosses a
        // paragraph boundary keeps only the boundary, since paragraphs move): the one place
        // where a whole recorded side, the neighbour's words included, still stands beside the
        // words is the claim's, with the text on its other side changed.
        let besideWholeSide = found.filter {
            ranking.oneSideMatchesWhole(at: $0, minimum: Self.wholeSideEvidence, in: text.scalars) && !elsewhere($0) && !beyondEditedLine($0)
        }
        if besideWholeSide.count == 1, context(besideWholeSide[0]).contextHolds {
            return movedUnlessChanged(besideWholeSide[0], contextChanged: true, problems: problems, in: &document)
        }
        guard quote.count <= FoldedSearch.maximumQuoteLength else {
            return AnchorResult(tier: .orphaned, candidates: found, problems: problems + [.quoteTooLong])
        }
        let view = document.foldedView()
        var spent = 0
        var result = FoldedSearch(selector: selector, hint: hint, recorded: recorded, folded: view, foldingCase: document.foldingCase)
            .anchor(in: text, folded: view, index: { document.foldedViewIndex() }, budget: document.approximateSearchBudget, spent: &spent)
        document.spendApproximateSearch(spent)
        problems += result.problems
        // The same test for what the search found: such a place is offered, not taken.
        if let range = result.range, elsewhere(range) {
            return AnchorResult(tier: .orphaned, candidates: [range], problems: problems)
        }
        // Changed words on lines the document's history shows unchanged since the offsets were
        // recorded were there already, another passage's: the claim's paragraph deleted, a
        // sibling framed the same way left ("260 people" for the deleted "250 people").
        if result.tier == .fuzzy, let range = result.range, history?.isUnchanged(range) == true {
            return AnchorResult(tier: .orphaned, problems: problems)
        }
        if let range = result.range, result.tier == .moved || result.tier == .normalized, besideChanged(range) {
            result.contextChanged = true
        }
        if result.tier == .orphaned {
            // Where an edit above moved the passage and its words were rewritten beyond what
            // approximate search allows: the one place the whole prefix and, soon after it, the
            // whole suffix still stand, with other words between them, holds them, changed;
            // unless the words are still in the article, in a passage reworded around them.
            // Looked for only now, as it reads the whole text.
            let changedElsewhere = found.isEmpty
                ? ranking.changedWordsAnywhere(quote: quote, in: text.scalars) { document.occurrences(of: $0) }.filter(holdsOtherWords) : []
            if changedElsewhere.count == 1 { return Self.changedWords(changedElsewhere[0], quote: quote, in: text, problems: problems) }
            result.setCandidates(Set(result.candidates + found).sorted { $0.lowerBound < $1.lowerBound })
        }
        result.problems = problems
        return result
    }

    /// A claim's answer with what it was found from: its selector (for changed words), and the
    /// span its offsets name as recorded and carried across the document's edits.
    struct FileAnswer {
        var result: AnchorResult?
        let selector: AnchorSelector?
        let recorded: Range<Int>?
        let carried: Range<Int>?
    }

    /// One file's answers, less those found on weak evidence away from the claim's own places at
    /// the very span another of the claims holds more surely: those words are that claim's. Weak
    /// are changed words found without their paragraph's recorded context around them ("23 new
    /// cases", its sentence deleted, resembles the "185 new cases" of the sentence before) and
    /// words taken with their context changed (a box that repeated the lede, deleted, its claim
    /// finding the lede's words). Such a claim is orphaned.
    static func settleSpansHeldByOthers(_ answers: inout [FileAnswer], in text: SourceText?) {
        guard let text, answers.contains(where: { $0.result?.tier == .fuzzy || $0.result?.contextChanged == true }) else { return }
        // How much a place is a claim's own: 2 its words with their context, or at its own place;
        // 1 its words with the context changed; 0 other words than its own without their
        // paragraph's context around them.
        let strengths = answers.map { answer -> Int? in
            guard let result = answer.result, let range = result.range else { return nil }
            if range == answer.recorded || range == answer.carried { return 2 }
            switch result.tier {
            case .fuzzy:
                guard let selector = answer.selector else { return 0 }
                return OccurrenceRanking(prefix: selector.prefix, suffix: selector.suffix)
                    .paragraphContextMatchesFully(at: range, in: text.scalars) ? 2 : 0
            case .moved: return result.contextChanged ? 1 : 2
            case .exact, .normalized: return 2
            case .ambiguous, .orphaned: return nil
            }
        }
        var strongest: [Range<Int>: Int] = [:]
        for (answer, strength) in zip(answers, strengths) {
            guard let range = answer.result?.range, let strength else { continue }
            strongest[range] = max(strongest[range] ?? 0, strength)
        }
        for index in answers.indices {
            guard let result = answers[index].result, let range = result.range, let strength = strengths[index],
                  strength < 2, strength < strongest[range] ?? 0 else { continue }
            // Its own words stand there, in another claim's passage: offered, not taken. Changed
            // words are not its words.
            answers[index].result = AnchorResult(tier: .orphaned, candidates: result.tier == .moved ? [range] : [], problems: result.problems)
        }
    }

    /// The recorded span, when it still holds the quote, cuts no character in half and has the
    /// whole recorded context around it: the first tier's answer for most claims. Compared as
    /// the selector's UTF-8 with the text's (``SourceText/spells(_:at:after:before:)``): making
    /// arrays of the scalars of quote, prefix and suffix cost more than the comparison. Nil sends
    /// the selector the long way.
    private static func stillExact(_ selector: AnchorSelector, in text: SourceText) -> Range<Int>? {
        guard let start = selector.start, let end = selector.end, 0 <= start, start <= end, end <= text.scalarCount,
              text.spells(selector.quote, at: start..<end, after: selector.prefix ?? "", before: selector.suffix ?? ""),
              // Words of spaces alone are no quote, whatever spaces they are (U+3000 too).
              !text.scalars[start..<end].allSatisfy(\.isSpace), isWholeCharacters(start..<end, in: text)
        else { return nil }
        // A side recorded without context does not say where the words end.
        if (selector.prefix ?? "").isEmpty || (selector.suffix ?? "").isEmpty,
           WordRunOn(prefix: selector.prefix, suffix: selector.suffix).widened(start..<end, in: text.scalars) != nil {
            return nil
        }
        return start..<end
    }

    /// Whether the span the document's history carries a selector to holds its quote, with its
    /// context confirmed on both sides or, substantially, on one. Offsets recorded against a
    /// later version than `revision` names (a claim added or fixed while the file kept the old
    /// revision) are carried too far, onto the same words in another passage: history alone is
    /// not taken.
    private static func holdsWithContext(_ selector: AnchorSelector, at carried: Range<Int>, in text: SourceText) -> Bool {
        guard carried.upperBound <= text.scalarCount, text.scalars[carried].elementsEqual(selector.quote.unicodeScalars),
              isWholeCharacters(carried, in: text),
              case let runOn = WordRunOn(prefix: selector.prefix, suffix: selector.suffix),
              runOn.widened(carried, in: text.scalars) == nil, !runOn.droppedScale(carried, in: text.scalars) else { return false }
        let scoring = CandidateScoring(quoteLength: carried.count, prefix: selector.prefix, suffix: selector.suffix, hint: carried.lowerBound)
        let score = scoring.score(carried, distance: 0, in: text.scalars)
        return score.contextConfirms || score.contextPartlyConfirms
    }

    /// The recorded span when it is usable, noting in `problems` why it is not. Offsets count in
    /// the version `revision` names, `recordedLength` long when history knows it: offsets past
    /// the end of the current text but not of that one are not wrong, the text got shorter.
    private static func recordedRange(
        of selector: AnchorSelector, in text: SourceText, recordedLength: Int?, problems: inout [AnchorProblem]
    ) -> Range<Int>? {
        switch (selector.start, selector.end) {
        case (nil, nil):
            return nil
        case (let start?, let end?) where 0 <= start && start <= end:
            guard end <= text.scalarCount else {
                if end > recordedLength ?? text.scalarCount { problems.append(.rangeOutsideText) }
                return nil
            }
            return start..<end
        default:
            problems.append(.invalidRange)
            return nil
        }
    }

    /// How far from its recorded place a quote is still looked for once a file's search budget
    /// is spent.
    static let nearbyReach = 256

    /// Scalars a recorded side must hold to place the words by itself when it stands whole beside
    /// them: half of what tools record, too many for a lookalike's neighbour to repeat.
    static let wholeSideEvidence = 16

    /// How many occurrences of a quote are scored closely for context, at most: the best by
    /// the scalars matching beside them (``OccurrenceRanking/closest(_:limit:in:)``).
    static let closelyScored = 32

    /// Exact occurrences of the quote that cut no character in half, run on into no other
    /// words and lost no scale the figure was recorded with.
    private static func occurrences(of quote: [Unicode.Scalar], in document: inout AnchoringDocument,
                                    runOn: WordRunOn) -> [Range<Int>] {
        document.occurrences(of: quote).filter {
            isWholeCharacters($0, in: document.text) && runOn.widened($0, in: document.text.scalars) == nil
                && !runOn.droppedScale($0, in: document.text.scalars)
        }
    }

    /// Whether a quote is a figure ("185", "12 people", "$4.5 million"): it starts with a digit,
    /// after a currency sign.
    static func isFigure(_ quote: [Unicode.Scalar]) -> Bool {
        quote.drop(while: isCurrencySign).first?.isDigit ?? false
    }

    /// The signs a figure's currency is written with before it.
    private static func isCurrencySign(_ scalar: Unicode.Scalar) -> Bool {
        "$€£¥".unicodeScalars.contains(scalar)
    }

    /// Whether `quote` stands in `words` with no letter or digit right beside it, nor a mark or
    /// modifier joined to its last character.
    private static func holdsAsWords(_ quote: ArraySlice<Unicode.Scalar>, in words: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !quote.isEmpty, words.count > quote.count else { return false }
        var from = words.startIndex
        while let found = words[from...].firstRange(of: quote) {
            let before = found.lowerBound > words.startIndex ? words[found.lowerBound - 1] : nil
            let after = found.upperBound < words.endIndex ? words[found.upperBound] : nil
            if !(before?.continuesWord ?? false), !(after?.continuesWord ?? false) { return true }
            from = found.lowerBound + 1
        }
        return false
    }

    /// Changed words from their first word to their last: a space left beside them, inside the
    /// recorded context, is layout ("noon.  Officials" has one more). For a quote that is a
    /// figure alone ("185"), the one figure among them, when there is one: a word added before
    /// it ("said that 195") is not the claim's.
    private static func changedWords(_ range: Range<Int>, quote: [Unicode.Scalar], in text: SourceText,
                                     problems: [AnchorProblem]) -> AnchorResult {
        var words = trimmedToWords(range, in: text.scalars)
        if isBareFigure(quote[...]), case let figures = figures(in: words, of: text.scalars), figures.count == 1 {
            // With the scale written after it, which makes it another figure ("195 million").
            let figure = WordRunOn(prefix: nil, suffix: nil).widened(figures[0], in: text.scalars) ?? figures[0]
            words = figure.clamped(to: words)
        }
        return AnchorResult(tier: .fuzzy, range: words, textNow: text.string(words), problems: problems)
    }

    /// Whether `scalars` are a figure and nothing else: digits, with points or group separators
    /// between them, after a currency sign if any.
    private static func isBareFigure(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let digits = scalars.drop(while: isCurrencySign)
        guard let first = digits.first, let last = digits.last, first.isDigit, last.isDigit else { return false }
        return digits.allSatisfy { $0.isDigit || WordRunOn.digitGroupSeparators.contains($0) }
    }

    /// The figures in `range`: runs of digits, with a point or group separator between two of
    /// them, after a currency sign if any.
    private static func figures(in range: Range<Int>, of text: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard text[index].isDigit else {
                index += 1
                continue
            }
            let start = index > range.lowerBound && isCurrencySign(text[index - 1]) ? index - 1 : index
            while index < range.upperBound,
                  text[index].isDigit || (WordRunOn.digitGroupSeparators.contains(text[index])
                                          && index + 1 < range.upperBound && text[index + 1].isDigit) {
                index += 1
            }
            found.append(start..<index)
        }
        return found
    }

    /// `range` without the spaces at its ends; itself when it holds nothing else.
    private static func trimmedToWords(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        let isWord = { (offset: Int) in !text[offset].properties.isWhitespace }
        guard let first = range.first(where: isWord), let last = range.last(where: isWord) else { return range }
        return first..<(last + 1)
    }

    /// Folded text without the spaces at its ends.
    private static func trimmingSpaces(_ folded: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        folded[trimmedToWords(folded.indices, in: folded)]
    }

    static func isWholeCharacters(_ range: Range<Int>, in text: SourceText) -> Bool {
        text.isGraphemeBoundary(at: range.lowerBound) && text.isGraphemeBoundary(at: range.upperBound)
    }
}
