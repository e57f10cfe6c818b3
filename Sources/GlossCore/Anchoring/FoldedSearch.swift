/// The tiers past exact matching: the quote and its context are folded like the document, searched
/// approximately around the position hint and then everywhere, and the candidates scored and
/// decided on as ``Anchorer`` describes.
struct FoldedSearch: Sendable {
    /// The longest quote searched for approximately, in scalars: the bit-parallel matcher holds a
    /// word for every 64 scalars of the quote for each distinct scalar in it, so its memory grows
    /// with the square of the quote. A quote this long is a long passage; it is still found where
    /// it is exact.
    static let maximumQuoteLength = 4_096
    /// How far either side of the hint the first window reaches, at least.
    static let windowRadius = 512
    /// A candidate in the window this close to the quote and its context ends the search there:
    /// nothing elsewhere could beat it by the margin.
    static let decisive = 0.9

    private struct Candidate {
        var match: ApproximateMatch
        var original: Range<Int>
        var score: CandidateScoring.Score
    }

    private let quote: [Unicode.Scalar]
    private let rawQuote: String
    /// The recorded span, where the quote's words may stay when their context changed.
    private let recorded: Range<Int>?
    private let search: ApproximateSearch
    private let scoring: CandidateScoring
    private let runOn: WordRunOn

    init(selector: AnchorSelector, hint: Int?, recorded: Range<Int>? = nil, folded: NormalizedText, foldingCase: Bool) {
        let fold = { (text: String) in NormalizedText(text.unicodeScalars, foldingCase: foldingCase).scalars }
        quote = Self.withoutLayoutSpaces(fold(selector.quote), of: selector)
        rawQuote = selector.quote
        self.recorded = recorded
        runOn = WordRunOn(prefix: selector.prefix, suffix: selector.suffix)
        search = ApproximateSearch(quote, maxErrors: quote.count / 4)
        scoring = CandidateScoring(quoteLength: quote.count, prefix: selector.prefix, suffix: selector.suffix,
                                   hint: hint.map(folded.normalizedOffset)) { NormalizedText($0, foldingCase: foldingCase).scalars }
    }

    /// `index` indexes `folded`; it is asked for only when the search goes past the hint's window.
    /// The search of the whole text is made only when it costs at most `budget` steps of the
    /// matcher (``AnchoringDocument/approximateSearchBudget``); `spent` gets what it cost.
    func anchor(in text: SourceText, folded: NormalizedText, index: () -> QGramIndex,
                budget: Int, spent: inout Int) -> AnchorResult {
        guard !quote.isEmpty else { return AnchorResult(tier: .orphaned) }
        let count = folded.scalars.count
        if let hint = scoring.hint {
            let radius = max(Self.windowRadius, 4 * quote.count)
            let window = max(0, hint - radius)..<min(count, hint + quote.count + radius)
            let candidates = self.candidates(in: [window], text: text, folded: folded) ?? []
            if case .chosen(let index) = CandidateScoring.decide(candidates.map(\.score)),
               isDecisive(candidates[index].score) {
                return result(candidates[index], among: candidates, in: text, folded: folded)
            }
        }
        // The whole text, where the q-gram filter says a match can be; the filter is charged
        // too, and not run when it alone would cost more than is left.
        let filter = index()
        let filtering = filter.costOfWindows(for: quote, maxErrors: search.maxErrors, textCount: count)
        guard filtering <= budget else {
            spent = 0
            return AnchorResult(tier: .orphaned, problems: [.searchBudgetSpent])
        }
        let windows = filter.windows(for: quote, maxErrors: search.maxErrors, textCount: count) ?? [0..<count]
        spent = filtering + windows.reduce(0) { $0 + $1.count } * ((quote.count + 63) / 64)
        guard spent <= budget else {
            spent = filtering
            return AnchorResult(tier: .orphaned, problems: [.searchBudgetSpent])
        }
        // Each match weighed is charged as an occurrence is: a quote that matches everywhere
        // stops when the budget does.
        let affordable = (budget - spent) / AnchoringDocument.stepsPerOccurrence
        guard let candidates = self.candidates(in: windows, text: text, folded: folded, atMost: affordable) else {
            spent = budget
            return AnchorResult(tier: .orphaned, problems: [.searchBudgetSpent])
        }
        spent += candidates.count * AnchoringDocument.stepsPerOccurrence
        switch CandidateScoring.decide(candidates.map(\.score)) {
        case .chosen(let index):
            return result(candidates[index], among: candidates, in: text, folded: folded)
        case .tooClose(let indices):
            return AnchorResult(tier: .ambiguous, candidates: indices.map { candidates[$0].original })
        case .none:
            return AnchorResult(tier: .orphaned)
        }
    }

    /// The folded quote without a space at an end that the folded article leaves out as layout
    /// (see ``NormalizedText``): one between Chinese or Japanese and anything but a Latin letter,
    /// or between a digit and Chinese or Japanese, the other side read from the recorded
    /// context. Matched against the character before, it put a word that is not the claim's
    /// into the text now there.
    static func withoutLayoutSpaces(_ folded: [Unicode.Scalar], of selector: AnchorSelector) -> [Unicode.Scalar] {
        // Nearly every quote starts and ends with a word: nothing to look at.
        guard folded.first == " " || folded.last == " " else { return folded }
        let isWord = { (scalar: Unicode.Scalar) in !scalar.properties.isWhitespace }
        let isLayout = { (before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool in
            guard let before, let after else { return false }
            return NormalizedText.isLayoutSpace(after: before, before: after)
        }
        var kept = folded[...]
        if kept.first == " ", isLayout(selector.prefix?.unicodeScalars.last(where: isWord), selector.quote.unicodeScalars.first(where: isWord)) {
            kept = kept.dropFirst()
        }
        if kept.last == " ", isLayout(selector.quote.unicodeScalars.last(where: isWord), selector.suffix?.unicodeScalars.first(where: isWord)) {
            kept = kept.dropLast()
        }
        return Array(kept)
    }

    /// One candidate a place: of the match and its word endings, the one the scoring likes best.
    /// Two places whose best readings are the same span are one place, not a tie.
    /// Nil when the matches number more than `limit`.
    private func candidates(in windows: [Range<Int>], text: SourceText, folded: NormalizedText, atMost limit: Int = .max) -> [Candidate]? {
        var candidates: [Candidate] = []
        var bySpan: [Range<Int>: Int] = [:]
        var weighed = 0
        for window in windows {
            for match in search.matches(in: folded.scalars, window: window) {
                weighed += 1
                if weighed > limit { return nil }
                let endings = match.distance > 0 ? search.wordEndings(of: match, in: folded.scalars, window: window) : []
                guard let best = ([match] + endings).compactMap({ candidate(for: $0, text: text, folded: folded) })
                    .max(by: { worse($0, than: $1) }) else { continue }
                if let same = bySpan[best.original] {
                    if worse(candidates[same], than: best) { candidates[same] = best }
                } else {
                    bySpan[best.original] = candidates.count
                    candidates.append(best)
                }
            }
        }
        return candidates
    }

    private func candidate(for match: ApproximateMatch, text: SourceText, folded: NormalizedText) -> Candidate? {
        let original = folded.originalRange(of: match.range)
        guard !original.isEmpty, Anchorer.isWholeCharacters(original, in: text) else { return nil }
        return Candidate(match: match, original: original,
                         score: scoring.score(match.range, distance: match.distance, in: folded.scalars,
                                             original: (text.scalars, original)))
    }

    /// Whether `one` is the worse reading of a place than `other`: one the decision could not
    /// take is worse than one it could, and otherwise the lower total is.
    private func worse(_ one: Candidate, than other: Candidate) -> Bool {
        let acceptable = { (score: CandidateScoring.Score) in score.total >= CandidateScoring.minimumScore && score.contextHolds }
        if acceptable(one.score) != acceptable(other.score) { return !acceptable(one.score) }
        return one.score.total < other.score.total
    }

    private func isDecisive(_ score: CandidateScoring.Score) -> Bool {
        ([score.quote, score.prefix, score.suffix] as [Double?]).allSatisfy { ($0 ?? 1) >= Self.decisive }
    }

    private func result(_ candidate: Candidate, among candidates: [Candidate], in text: SourceText, folded: NormalizedText) -> AnchorResult {
        var candidate = candidate
        if candidate.match.distance > 0 {
            let aligned = search.wordAligned(candidate.match, in: folded.scalars)
            let original = folded.originalRange(of: aligned.range)
            if aligned != candidate.match, !original.isEmpty, Anchorer.isWholeCharacters(original, in: text) {
                (candidate.match, candidate.original) = (aligned, original)
            }
        }
        // The quote's words (perhaps in other typography) away from where they were recorded
        // take the claim where the recorded context confirms it on both sides, or, said so, as
        // the one place where it confirms one side; elsewhere they are a lookalike, offered and
        // not taken. At the recorded offsets, with some of the context left, they stay, said
        // so. Changed words are a finding whatever their context.
        let sameWords = candidate.match.distance == 0
        let away = sameWords && candidate.original != recorded
        if away, !candidate.score.contextConfirms {
            guard candidate.score.contextPartlyConfirms else { return AnchorResult(tier: .orphaned, candidates: [candidate.original]) }
            let alike = candidates.filter { $0.match.distance == 0 && $0.original != recorded && $0.score.contextPartlyConfirms }
            if alike.count > 1 { return AnchorResult(tier: .ambiguous, candidates: alike.map(\.original)) }
        }
        if sameWords, !away, !candidate.score.contextConfirms, !candidate.score.contextHolds {
            return AnchorResult(tier: .orphaned, candidates: [candidate.original])
        }
        let changedContext = sameWords && !candidate.score.contextConfirms
        // The quote's words running on into other letters or digits there are those other words.
        // (A place with edits was aligned to the words already.)
        if sameWords, let widened = runOn.widened(candidate.original, in: text.scalars), Anchorer.isWholeCharacters(widened, in: text) {
            return AnchorResult(tier: .fuzzy, range: widened, textNow: text.string(widened), contextChanged: changedContext)
        }
        let now = text.string(candidate.original)
        // The figure's digits without the scale recorded after them are another figure: the
        // text now there is the quote's, and the finding names the scale it lost.
        if sameWords, runOn.droppedScale(candidate.original, in: text.scalars) {
            return AnchorResult(tier: .fuzzy, range: candidate.original, textNow: now, contextChanged: changedContext)
        }
        // The quote's very scalars (Swift's `==` would also take another Unicode form of them,
        // which is the normalized tier's: recorded as moved, `gloss fix` could never settle it).
        if now.unicodeScalars.elementsEqual(rawQuote.unicodeScalars) {
            return AnchorResult(tier: .moved, range: candidate.original, contextChanged: changedContext)
        }
        guard sameWords else {
            // Changed words aligned to word edges may still start or end inside a figure, at a
            // point or a group separator ("5 more" of "185.5 more"): the whole figure is there.
            let whole = runOn.widened(candidate.original, in: text.scalars).flatMap { Anchorer.isWholeCharacters($0, in: text) ? $0 : nil }
                ?? candidate.original
            return AnchorResult(tier: .fuzzy, range: whole, textNow: text.string(whole), contextChanged: changedContext)
        }
        return AnchorResult(tier: .normalized, range: candidate.original, textNow: now, contextChanged: changedContext)
    }
}
