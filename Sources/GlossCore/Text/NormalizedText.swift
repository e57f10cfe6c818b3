/// A typographically folded view of a text (see ``TypographicFolding``) that remembers, for every
/// scalar of the view, which scalars of the original it came from, so that a match found in the
/// view is reported at offsets into the raw text.
public struct NormalizedText: Sendable {
    /// The folded scalars.
    public let scalars: [Unicode.Scalar]
    /// `starts[i]..<ends[i]` is the original span folded into `scalars[i]`: one scalar, a whole
    /// run of spaces, or the ellipsis a dot came from.
    /// 32-bit, like ``QGramIndex``'s positions: a document of two billion scalars is not prose,
    /// and half the memory to write is noticeably less time for a large one.
    private let starts: [Int32]
    private let ends: [Int32]
    private let originalCount: Int

    /// Folds `original`; with `foldingCase`, letters are compared in lowercase too.
    ///
    /// Written into buffers sized for the longest fold (``TypographicFolding/longestFold`` scalars
    /// per scalar, pages never touched cost nothing), with ASCII folded by a table of scalars:
    /// appending to three arrays and folding by rule for each scalar made this most of the cost of
    /// anchoring many claims in a large document, and so did copying a `Fold` (which may hold an
    /// array) out of a table for each ASCII scalar.
    public init(_ original: some Collection<Unicode.Scalar>, foldingCase: Bool = false) {
        let capacity = original.count * TypographicFolding.longestFold
        var count = 0
        var starts: [Int32] = [], ends: [Int32] = []
        let ascii = foldingCase ? Self.asciiFoldingCase : Self.ascii
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { scalars, initialized in
            starts = Array(unsafeUninitializedCapacity: capacity) { starts, startsCount in
                ends = Array(unsafeUninitializedCapacity: capacity) { ends, endsCount in
                    func append(_ scalar: Unicode.Scalar, from offset: Int) {
                        scalars[count] = scalar
                        starts[count] = Int32(offset)
                        ends[count] = Int32(offset + 1)
                        count += 1
                    }
                    func appendSpace(from offset: Int) {
                        if count > 0, scalars[count - 1] == " ", ends[count - 1] == Int32(offset) {
                            ends[count - 1] = Int32(offset + 1)
                        } else {
                            append(" ", from: offset)
                        }
                    }
                    for (offset, scalar) in original.enumerated() {
                        if scalar.value < 128 {
                            let folded = ascii[Int(scalar.value)]
                            if folded == " " { appendSpace(from: offset) } else { append(folded, from: offset) }
                            continue
                        }
                        switch TypographicFolding.fold(scalar, foldingCase: foldingCase) {
                        case .drop:
                            continue
                        case .space:
                            appendSpace(from: offset)
                        case .scalar(let folded):
                            append(folded, from: offset)
                        case .expansion(let folded):
                            precondition(folded.count <= TypographicFolding.longestFold)
                            for scalar in folded { append(scalar, from: offset) }
                        }
                    }
                    endsCount = count
                }
                startsCount = count
            }
            initialized = count
        }
        self.scalars = scalars
        self.starts = starts
        self.ends = ends
        originalCount = original.count
    }

    /// The folds of the ASCII scalars, without and with case folding: each folds to one scalar, a
    /// space (" ", which no other ASCII scalar folds to) for every kind of space.
    private static let ascii = asciiFolds(foldingCase: false)
    private static let asciiFoldingCase = asciiFolds(foldingCase: true)

    private static func asciiFolds(foldingCase: Bool) -> [Unicode.Scalar] {
        (0..<128).map { value in
            switch TypographicFolding.fold(Unicode.Scalar(UInt8(value)), foldingCase: foldingCase) {
            case .scalar(let folded): folded
            case .space: " "
            case .drop, .expansion: preconditionFailure("ASCII folds to one scalar or a space")
            }
        }
    }

    public init(_ text: SourceText, foldingCase: Bool = false) {
        self.init(text.scalars, foldingCase: foldingCase)
    }

    /// The original span a range of the view came from: from the first original scalar of its
    /// first folded scalar to the last of its last. An empty range maps to an empty span.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound < starts.count ? Int(starts[range.lowerBound]) : originalCount
        guard !range.isEmpty else { return start..<start }
        return start..<Int(ends[range.upperBound - 1])
    }

    /// The offset in the view of an original offset: the first folded scalar that begins at or
    /// after it. For carrying a position hint into the view.
    public func normalizedOffset(of original: Int) -> Int {
        guard let index = starts.lastIndex(notAbove: Int32(clamping: original - 1)) else { return 0 }
        return index + 1
    }
}
