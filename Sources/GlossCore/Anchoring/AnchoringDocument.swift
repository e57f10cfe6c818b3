/// A document prepared for anchoring many selectors: what serves every selector is made once, on
/// first need, instead of once per selector: the folded view (``NormalizedText``), and q-gram
/// indexes (`QGramIndex`) of the raw text, for exact occurrences, and of the folded view, for
/// the whole-text approximate search. Once the folded view is indexed, its index serves exact
/// occurrences too, so that a document needing both never pays for the raw one.
public struct AnchoringDocument: Sendable {
    /// Exact searches done by a plain scan before the raw text is indexed: building the index
    /// costs about a dozen scans, so a document with a handful of selectors never pays for it,
    /// and one with many pays at most twice what indexing first would have cost.
    static let scansBeforeIndexing = 12
    /// The raw text's index records every fourth q-gram (``QGramIndex/stride``): it serves exact
    /// occurrences only, of quotes of six scalars or more, and costs a quarter to build.
    static let rawIndexStride = 4

    public let text: SourceText
    /// Whether the folded view ignores case too, so that "Lanzhou" is found as "LANZHOU".
    public let foldingCase: Bool
    /// The edits since the version the selectors were recorded against, when known: words on
    /// lines it leaves unchanged cannot be a claim's words, changed.
    public var history: DocumentHistory?
    /// Whether the selectors' offsets count in a version of the document that is not at hand:
    /// `revision` names another one and git does not have it. Offsets past the end of this
    /// version are then no defect.
    public var offsetsCountInAnotherVersion = false
    /// What searches of the whole text may still cost, in steps of the bit-parallel matcher (a
    /// scalar of text for each 64 scalars of quote): a long quote that is nowhere costs seconds
    /// in a large document, and a file may hold thousands of them. Exact occurrences found and
    /// approximate matches weighed are charged too (``stepsPerOccurrence``): a quote of one
    /// letter occurs a hundred thousand times in a long article, and ranking them all for each
    /// of ten thousand claims took minutes.
    private(set) var approximateSearchBudget: Int
    /// The budget a document starts with for one annotation file's claims: about five seconds
    /// of search on the machine the benchmarks run on.
    public static let approximateSearchBudgetPerFile = 2_000_000_000
    private var scans = 0
    private var rawIndex: QGramIndex?
    private var folded: NormalizedText?
    private var foldedIndex: QGramIndex?

    public init(_ text: SourceText, foldingCase: Bool = false, approximateSearchBudget: Int = approximateSearchBudgetPerFile) {
        self.text = text
        self.foldingCase = foldingCase
        self.approximateSearchBudget = approximateSearchBudget
    }

    /// Takes `steps` off the search budget.
    mutating func spendApproximateSearch(_ steps: Int) {
        approximateSearchBudget -= steps
    }

    /// What an occurrence found costs, in matcher steps: about what ranking it and weighing it
    /// as a candidate take.
    static let stepsPerOccurrence = 256

    /// Whether the claims anchored so far spent the search one file may take: later quotes are
    /// looked for only near their recorded places.
    var searchBudgetSpent: Bool { approximateSearchBudget <= 0 }

    /// Anchors one selector. `carried` is its recorded span carried across the document's edits
    /// since the annotation was written (``DocumentHistory``), or the recorded span itself when
    /// the document has not changed since, when known: it is tried first, serves as the position
    /// hint, and is where a quote widened or narrowed by hand is looked for.
    public mutating func anchor(_ selector: AnchorSelector, carried: Range<Int>? = nil) -> AnchorResult {
        var result = Anchorer.anchor(selector, carried: carried, in: &self)
        // The same characters in another Unicode form (an é composed in the quote, decomposed in
        // the article after a CMS normalized it): no words changed, only their encoding. (The
        // same scalars are the quote's figure without the scale it had, which stays changed.)
        if result.tier == .fuzzy, let now = result.textNow, now == selector.quote,
           !now.unicodeScalars.elementsEqual(selector.quote.unicodeScalars) {
            result.tier = .normalized
        }
        return result
    }

    /// Every exact occurrence of `quote` in the raw text, in order, charged to the search
    /// budget with the looking for them; none once the budget is spent.
    mutating func occurrences(of quote: [Unicode.Scalar]) -> [Range<Int>] {
        guard !searchBudgetSpent else { return [] }
        var visited = 0
        let found = allOccurrences(of: quote, visited: &visited)
        spendApproximateSearch(found.count * Self.stepsPerOccurrence + visited * Self.stepsPerPlaceVisited)
        return found
    }

    /// What looking at a place an index gives costs, in matcher steps: a quote of the words a
    /// document is made of has even its rarest q-gram at hundreds of thousands of places, and
    /// looking at them all for each of a thousand claims took minutes.
    static let stepsPerPlaceVisited = 16

    /// Every exact occurrence of `quote`, with the places of an index looked at (a scan of the
    /// text counted as one place for each 16 scalars).
    private mutating func allOccurrences(of quote: [Unicode.Scalar], visited: inout Int) -> [Range<Int>] {
        if let folded, let foldedIndex, let found = foldedIndex.originalOccurrences(
            of: quote, in: text.scalars, folded: folded, foldingCase: foldingCase, visited: &visited) {
            return found
        }
        if rawIndex == nil {
            scans += 1
            if scans > Self.scansBeforeIndexing { rawIndex = QGramIndex(text.scalars, stride: Self.rawIndexStride) }
        }
        if let found = rawIndex?.occurrences(of: quote, in: text.scalars, visited: &visited) { return found }
        // A quote too short for the index is scanned for.
        visited += text.scalarCount / 16
        return text.occurrences(of: quote)
    }

    /// The folded view of the text.
    mutating func foldedView() -> NormalizedText {
        if let folded { return folded }
        let made = NormalizedText(text, foldingCase: foldingCase)
        folded = made
        return made
    }

    /// An index of the folded view.
    mutating func foldedViewIndex() -> QGramIndex {
        if let foldedIndex { return foldedIndex }
        let made = QGramIndex(foldedView().scalars)
        foldedIndex = made
        return made
    }
}
