/// Something wrong with a selector itself, as opposed to with the document. Anchoring reports
/// these instead of failing, so that a rule can turn each into a diagnostic and the remaining
/// anchors are still checked.
public enum AnchorProblem: String, Sendable, Hashable, CaseIterable {
    /// The quote is empty or only whitespace, which would match everywhere; nothing is searched.
    case emptyQuote
    /// The recorded position cannot be a span: a negative offset, `start` after `end`, or only one
    /// of the two. The position is ignored (a non-negative `start` still serves as a hint).
    case invalidRange
    /// The recorded position ends past the end of the text; the quote is searched for instead.
    case rangeOutsideText
    /// The quote is not at its recorded position or anywhere exactly, and it is longer than
    /// 4,096 scalars: approximate search, whose memory grows with the square
    /// of the quote, is not tried.
    case quoteTooLong
    /// The quote is not at its recorded position, and the claims before it in its file spent
    /// the search of the whole document one file may take
    /// (``AnchoringDocument/approximateSearchBudget``): it is looked for only near its recorded
    /// place, or not approximately, so that no file can cost a run hours.
    case searchBudgetSpent
}
