/// Scores places that might hold a quote on four separate grounds, so that a decision can be
/// explained and none of them dominates by accident: how closely the words match the quote, how
/// closely the text before and after matches the recorded `prefix` and `suffix`, and how near the
/// place is to where the quote was (the position hint).
struct CandidateScoring: Sendable {
    struct Score: Sendable, Hashable {
        /// 1 - edits / quote length.
        var quote: Double
        /// Similarity of the text before the candidate to the recorded prefix; nil without one.
        var prefix: Double?
        var suffix: Double?
        /// 1 at the hint, falling with distance; nil without a hint.
        var position: Double?

        /// The weighted sum of the grounds that are known: the words count most, then context,
        /// then position, which mostly breaks ties. Summed without arrays: deciding among a
        /// claim's hundreds of candidates in a large document asks for it several times each.
        var total: Double {
            var sum = quote * 0.55, weights = 0.55
            func add(_ value: Double?, _ weight: Double) {
                guard let value else { return }
                sum += value * weight
                weights += weight
            }
            add(prefix, 0.175)
            add(suffix, 0.175)
            add(position, 0.1)
            return sum / weights
        }

        /// Whether the recorded context is still nearly all there on every side it was recorded
        /// (vacuously so without any), however short: the evidence that a place other than the
        /// recorded one, holding the quote's words, is the claim's passage. A side that merely
        /// resembles (the same sentence about another city, the same opening words of another
        /// paragraph) is a lookalike's, and so are words that once began the document.
        var contextConfirms: Bool {
            prefixConfirms && suffixConfirms
        }

        /// Whether one side, with enough recorded on it to go on (not a paragraph boundary
        /// alone), confirms the place while the other changed: the claim's sentence edited
        /// beside its words, or another sentence that begins or ends the same way. Taken only
        /// as a `moved` that asks a reviewer to look.
        var contextPartlyConfirms: Bool {
            (prefixConfirms && prefixIsSubstantial) || (suffixConfirms && suffixIsSubstantial)
        }

        /// Whether one side, with enough recorded on it to go on, is nearly all there: at most a
        /// few scalars edited, figures in it included (“1,200 residents” now “1,500 residents”).
        /// Less than ``contextPartlyConfirms``, which a changed figure beside the words fails; more
        /// than ``contextHolds``, which another sentence that ends the same way passes.
        var contextNearlyHolds: Bool {
            (prefixIsSubstantial && (prefix ?? 0) >= CandidateScoring.nearlyAllContext)
                || (suffixIsSubstantial && (suffix ?? 0) >= CandidateScoring.nearlyAllContext)
        }

        /// Whether at least one side of the recorded context still resembles the text beside the
        /// candidate (vacuously so without context). A place whose surroundings both changed is
        /// another passage that happens to use the same words, not the claim's passage. A side of
        /// a few scalars with no paragraph boundary (a lone "." before the end of the document)
        /// is too little to go on, and counts only when nothing else was recorded.
        var contextHolds: Bool {
            let sides = [(prefix, prefixIsEvidence), (suffix, suffixIsEvidence)].compactMap { side, evidence in
                side.map { ($0, evidence) }
            }
            let strong = sides.filter(\.1)
            return (strong.isEmpty ? sides : strong).isEmpty
                || (strong.isEmpty ? sides : strong).contains { $0.0 >= CandidateScoring.minimumContext }
        }

        var prefixIsEvidence = true
        var suffixIsEvidence = true
        /// Whether the side is there but for at most an eighth of its scalars edited (two, for a
        /// short side), with its paragraph boundary where one was recorded; true when nothing
        /// was recorded on that side.
        var prefixConfirms = true
        var suffixConfirms = true
        /// Whether a side records at least ``CandidateScoring/minimumEvidence`` scalars within
        /// the quote's paragraph.
        var prefixIsSubstantial = false
        var suffixIsSubstantial = false
    }

    enum Decision: Sendable, Equatable {
        case chosen(Int)
        /// Indices of the acceptable candidates too close to the best to choose, in the order given.
        case tooClose([Int])
        case none
    }

    static let minimumScore = 0.75
    static let minimumContext = 0.6
    static let nearlyAllContext = 0.85
    static let margin = 0.05
    /// Scalars of context below which one side alone proves little.
    static let minimumEvidence = 4

    let quoteLength: Int
    /// The recorded context within the quote's paragraph: a blank line in the recorded prefix or
    /// suffix is a paragraph boundary, and text past it belongs to a neighbour, which a moved
    /// paragraph leaves behind. What stays is compared, and so is the boundary itself.
    let prefix: EditDistance
    let suffix: EditDistance
    let hint: Int?
    private let prefixBoundary: Int?
    private let suffixBoundary: Int?

    /// The most context either side of the quote that scoring compares, in scalars.
    static let maximumContextLength = 1_024

    /// `fold` turns raw context into the scalars of the text scored (identity for the raw text),
    /// given the scalars themselves: a string made of them to fold cost more than the scoring
    /// of a claim. `prefixBoundary` and `suffixBoundary` are set when a paragraph boundary was
    /// recorded, to the raw scalars between it and the quote.
    init(quoteLength: Int, prefix: String?, suffix: String?, hint: Int?,
         fold: (ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] = { Array($0) }) {
        // Only the context nearest the quote is compared (tools write about 32 scalars): the
        // matchers' memory grows with the square of what they are given.
        let rawPrefix = Array((prefix ?? "").scalarArray.suffix(Self.maximumContextLength))
        let rawSuffix = Array((suffix ?? "").scalarArray.prefix(Self.maximumContextLength))
        let prefixBreak = Self.lastParagraphBreak(in: rawPrefix)
        let suffixBreak = Self.firstParagraphBreak(in: rawSuffix)
        let keptPrefix = prefixBreak.map { rawPrefix[$0...] } ?? rawPrefix[...]
        let keptSuffix = suffixBreak.map { rawSuffix[..<$0] } ?? rawSuffix[...]
        self.quoteLength = quoteLength
        self.prefix = EditDistance(from: fold(keptPrefix))
        self.suffix = EditDistance(from: fold(keptSuffix))
        self.hint = hint
        prefixBoundary = prefixBreak.map { _ in keptPrefix.count }
        suffixBoundary = suffixBreak.map { _ in keptSuffix.count }
    }

    /// Where the text after the last blank line of `context` begins.
    private static func lastParagraphBreak(in context: [Unicode.Scalar]) -> Int? {
        paragraphBreaks(in: context).last.map { $0.upperBound }
    }

    /// Where the first blank line of `context` begins.
    private static func firstParagraphBreak(in context: [Unicode.Scalar]) -> Int? {
        paragraphBreaks(in: context).first.map { $0.lowerBound }
    }

    /// Blank lines: a line break, optional spaces, another line break.
    static func paragraphBreaks(in context: [Unicode.Scalar]) -> [Range<Int>] {
        let newlines = context.indices.filter { context[$0] == "\n" }
        return zip(newlines, newlines.dropFirst()).compactMap { first, second in
            context[(first + 1)..<second].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } ? first..<(second + 1) : nil
        }
    }

    /// `range` in `text` (raw or folded); `original` is the same place in the raw text, where
    /// paragraph boundaries are checked.
    func score(_ range: Range<Int>, distance: Int, in text: [Unicode.Scalar],
               original: (text: [Unicode.Scalar], range: Range<Int>)? = nil) -> Score {
        let raw = original ?? (text, range)
        let before = text[max(0, range.lowerBound - prefix.expected.count)..<range.lowerBound]
        let after = text[range.upperBound..<min(text.count, range.upperBound + suffix.expected.count)]
        // The boundary where it was, give or take the edits a side tolerates: a typo mended
        // between the paragraph's start and the quote moves it by a scalar or two.
        let startsParagraph = prefixBoundary.map { kept in
            let start = raw.range.lowerBound - kept
            return (start - Self.tolerated(kept)...start + Self.tolerated(kept)).contains { at in
                at <= 0 || (at <= raw.range.lowerBound && (raw.text[at - 1] == "\n" || raw.text[at - 1] == "\r"))
            }
        }
        let endsParagraph = suffixBoundary.map { kept in
            let end = raw.range.upperBound + kept
            return (end - Self.tolerated(kept)...end + Self.tolerated(kept)).contains { at in
                at >= raw.text.count || (at >= raw.range.upperBound && (raw.text[at] == "\n" || raw.text[at] == "\r"))
            }
        }
        // Numbers in the context are compared as written, past the ends of the compared text by
        // what a side tolerates: "October 2" is not "October 3", whatever the edit distance.
        let reachBefore = text[max(0, range.lowerBound - prefix.expected.count - Self.tolerated(prefix.expected.count))..<range.lowerBound]
        let reachAfter = text[range.upperBound..<min(text.count, range.upperBound + suffix.expected.count + Self.tolerated(suffix.expected.count))]
        let (prefixSide, suffixSide) = (Self.side(prefix, found: before, boundary: startsParagraph, numbersIn: reachBefore, farEnd: .start),
                                        Self.side(suffix, found: after, boundary: endsParagraph, numbersIn: reachAfter, farEnd: .end))
        return Score(
            quote: max(0, 1 - Double(distance) / Double(max(quoteLength, 1))),
            prefix: prefixSide?.similarity,
            suffix: suffixSide?.similarity,
            position: hint.map { 1 / (1 + Double(abs(range.lowerBound - $0)) / Double(quoteLength + 64)) },
            prefixIsEvidence: prefix.expected.count >= Self.minimumEvidence || prefixBoundary != nil,
            suffixIsEvidence: suffix.expected.count >= Self.minimumEvidence || suffixBoundary != nil,
            prefixConfirms: prefixSide?.confirms ?? true,
            suffixConfirms: suffixSide?.confirms ?? true,
            prefixIsSubstantial: prefix.expected.count >= Self.minimumEvidence,
            suffixIsSubstantial: suffix.expected.count >= Self.minimumEvidence
        )
    }

    /// The edits a side of `length` scalars may have and still confirm a place: an eighth, at
    /// least two (the text compared is as long as the recorded side, so one scalar inserted or
    /// deleted near the quote counts twice, pushing one off the far end).
    private static func tolerated(_ length: Int) -> Int {
        max(2, length / 8)
    }

    /// One side's similarity: of the kept context, halved when the recorded paragraph boundary is
    /// not there; nil when nothing was recorded on that side. And whether the side confirms the
    /// place: its boundary there, and at most an eighth of its scalars edited (two, when short).
    /// The end of a recorded side away from the quote, where tools cut the context.
    enum FarEnd { case start, end }

    private static func side(_ context: EditDistance, found: ArraySlice<Unicode.Scalar>, boundary: Bool?,
                             numbersIn reach: ArraySlice<Unicode.Scalar>, farEnd: FarEnd) -> (similarity: Double, confirms: Bool)? {
        guard !context.expected.isEmpty || boundary != nil else { return nil }
        let edits = context.expected.isEmpty ? 0 : context.distance(to: found)
        let similarity = context.similarity(edits: edits)
        // Unedited, the side holds its numbers; edited, they are looked for.
        let confirms = boundary != false && edits <= tolerated(context.expected.count)
            && (edits == 0 || numbers(of: context.expected, areIn: reach, farEnd: farEnd))
        return (boundary == false ? (context.expected.isEmpty ? 0 : similarity / 2) : similarity, confirms)
    }

    /// Whether every run of ASCII digits in `expected` is in `text` as a whole run; a run at the
    /// far end may be a number cut in two by the recorded side's length ("23" of "1923") and
    /// only has to be part of one.
    static func numbers(of expected: [Unicode.Scalar], areIn text: ArraySlice<Unicode.Scalar>, farEnd: FarEnd) -> Bool {
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        var start = expected.startIndex
        while let first = expected[start...].firstIndex(where: isDigit) {
            let end = expected[first...].firstIndex { !isDigit($0) } ?? expected.endIndex
            let run = expected[first..<end]
            if (farEnd == .start && first == expected.startIndex) || (farEnd == .end && end == expected.endIndex) {
                guard text.firstRange(of: run) != nil else { return false }
                start = end
                continue
            }
            var found = false
            var from = text.startIndex
            while !found, let match = text[from...].firstRange(of: run) {
                found = (match.lowerBound == text.startIndex || !isDigit(text[match.lowerBound - 1]))
                    && (match.upperBound == text.endIndex || !isDigit(text[match.upperBound]))
                from = match.lowerBound + 1
            }
            guard found else { return false }
            start = end
        }
        return true
    }

    /// The best acceptable candidate when it beats every other acceptable one by the margin.
    /// Acceptable: a total of at least ``minimumScore`` and context that holds.
    static func decide(_ scores: [Score]) -> Decision {
        let acceptable = scores.indices.filter { scores[$0].total >= minimumScore && scores[$0].contextHolds }
        guard let best = acceptable.max(by: { scores[$0].total < scores[$1].total }) else { return .none }
        let close = acceptable.filter { scores[best].total - scores[$0].total < margin }
        return close.count == 1 ? .chosen(best) : .tooClose(close)
    }
}
