/// How an anchor was found, from most to least certain. Each tier maps to its own finding, so the
/// tier is always named in the result rather than folded into a yes or no.
public enum AnchorTier: String, Sendable, Hashable, CaseIterable {
    /// The recorded position still holds the quote, with its recorded context around it.
    case exact
    /// The quote was found exactly, elsewhere, and context or position chose the occurrence; or
    /// it is still at the recorded position but the text around it changed.
    case moved
    /// The quote was found only after typographic normalization (quotes, dashes, spaces,
    /// full-width forms).
    case normalized
    /// Text resembling the quote was found by approximate search; the quoted words changed.
    case fuzzy
    /// Several places fit and nothing tells them apart well enough to choose.
    case ambiguous
    /// Nothing fits well enough.
    case orphaned
}
