/// A typographically folded view of a text (see ``TypographicFolding``) that remembers, for every
/// scalar of the view, which scalars of the original it came from, so that a match found in the
/// view is reported at offsets into the raw text.
public struct NormalizedText: Sendable {
    /// The folded scalars.
    public let scalars: [Unicode.Scalar]
    /// `starts[i]..<ends[i]` is the original span folded into `scalars[i]`: one scalar, a whole
    /// run of spaces, or the ellipsis a dot came from.
    private let starts: [Int]
    private let ends: [Int]
    private let originalCount: Int

    /// Folds `original`; with `foldingCase`, letters are compared in lowercase too.
    public init(_ original: some Collection<Unicode.Scalar>, foldingCase: Bool = false) {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []
        scalars.reserveCapacity(original.count)
        starts.reserveCapacity(original.count)
        ends.reserveCapacity(original.count)
        for (offset, scalar) in original.enumerated() {
            switch TypographicFolding.fold(scalar, foldingCase: foldingCase) {
            case .drop:
                continue
            case .space:
                if scalars.last == " ", ends.last == offset {
                    ends[ends.count - 1] = offset + 1
                    continue
                }
                scalars.append(" ")
            case .scalar(let folded):
                scalars.append(folded)
            case .expansion(let folded):
                scalars += folded
                starts += Array(repeating: offset, count: folded.count - 1)
                ends += Array(repeating: offset + 1, count: folded.count - 1)
            }
            starts.append(offset)
            ends.append(offset + 1)
        }
        self.scalars = scalars
        self.starts = starts
        self.ends = ends
        originalCount = original.count
    }

    public init(_ text: SourceText, foldingCase: Bool = false) {
        self.init(text.scalars, foldingCase: foldingCase)
    }

    /// The original span a range of the view came from: from the first original scalar of its
    /// first folded scalar to the last of its last. An empty range maps to an empty span.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound < starts.count ? starts[range.lowerBound] : originalCount
        guard !range.isEmpty else { return start..<start }
        return start..<ends[range.upperBound - 1]
    }

    /// The offset in the view of an original offset: the first folded scalar that begins at or
    /// after it. For carrying a position hint into the view.
    public func normalizedOffset(of original: Int) -> Int {
        guard let index = starts.lastIndex(notAbove: original - 1) else { return 0 }
        return index + 1
    }
}
