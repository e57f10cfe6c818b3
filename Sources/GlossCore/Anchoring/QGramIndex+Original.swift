extension QGramIndex {
    /// Every place `quote` occurs exactly in `original`, found with this index of `original`'s
    /// folded view, `folded` (folded with `foldingCase`), in ascending order; nil for a quote
    /// whose fold is too short for the index; `visited` counts the places of the index looked
    /// at. Once a document's folded view is indexed for the approximate search, exact searches
    /// need neither a scan nor an index of the raw text.
    ///
    /// Where `quote` occurs, its folded q-grams occur in the view, each starting at the original
    /// offset of the occurrence plus its start within the quote; all but a space at either end,
    /// which may have merged with spaces beside the occurrence, or gone where Chinese or Japanese
    /// is beside it (folding is otherwise scalar by scalar).
    /// The rarest of those q-grams gives the candidates, each compared in full with the raw text.
    func originalOccurrences(of quote: [Unicode.Scalar], in original: [Unicode.Scalar], folded: NormalizedText,
                             foldingCase: Bool, visited: inout Int) -> [Range<Int>]? {
        let quoteFolded = NormalizedText(quote, foldingCase: foldingCase)
        let lead = quoteFolded.scalars.first == " " ? 1 : 0
        let trail = quoteFolded.scalars.count > lead && quoteFolded.scalars.last == " " ? 1 : 0
        guard stride == 1, quoteFolded.scalars.count >= lead + trail + Self.q,
              let (offset, positions) = rarestGram(of: quoteFolded.scalars, at: lead...(quoteFolded.scalars.count - trail - Self.q))
        else { return nil }
        let within = quoteFolded.originalRange(of: offset..<(offset + 1)).lowerBound
        visited += positions.count
        var starts: [Int] = []
        for position in positions {
            let start = folded.originalRange(of: Int(position)..<(Int(position) + 1)).lowerBound - within
            guard start >= 0, start + quote.count <= original.count,
                  original[start..<(start + quote.count)].elementsEqual(quote) else { continue }
            starts.append(start)
        }
        // Scalars of one expansion share their original start, so a start may come twice.
        var previous = -1
        return starts.sorted().compactMap { start in
            defer { previous = start }
            return start == previous ? nil : start..<(start + quote.count)
        }
    }
}
