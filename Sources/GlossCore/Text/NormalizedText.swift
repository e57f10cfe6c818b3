/// A typographically folded view of a text (see `TypographicFolding`) that remembers, for every
/// scalar of the view, which scalars of the original it came from, so that a match found in the
/// view is reported at offsets into the raw text.
///
/// Most scalars fold to one scalar each, so that the view's offsets run in step with the
/// original's for long stretches: the correspondence is kept as where that step breaks (after a
/// run of spaces, a dropped scalar, within an expansion), not as an original span per folded
/// scalar: those spans were two thirds of the memory folding a large document wrote, and writing
/// them was some two fifths of its time.
public struct NormalizedText: Sendable {
    /// The text as searched: each scalar folded (``TypographicFolding``), runs of white space
    /// one space, Chinese layout spaces left out.
    public let scalars: [Unicode.Scalar]
    /// Folded scalar `i` at or after `stepStarts[k]` (and before the next) came from original
    /// scalar `originalStarts[k] + i - stepStarts[k]`, and from that one alone unless it is a
    /// wide space (below). `stepStarts[0] == 0`. 32-bit: a document of two billion scalars is
    /// not prose.
    private let stepStarts: [Int32]
    private let originalStarts: [Int32]
    /// The folded spaces that stand for a run of several, in order, and where each run ends.
    private let wideSpaces: [Int32]
    private let wideSpaceEnds: [Int32]
    private let originalCount: Int

    /// Folds `original`; with `foldingCase`, letters are compared in lowercase too.
    ///
    /// Written into a buffer sized for the longest fold (`TypographicFolding.longestFold` scalars
    /// per scalar, pages never touched cost nothing), with ASCII folded by a table of scalars:
    /// folding by rule for each scalar made this most of the cost of anchoring many claims in a
    /// large document, and so did copying a `Fold` (which may hold an array) out of a table for
    /// each ASCII scalar.
    public init(_ original: some Collection<Unicode.Scalar>, foldingCase: Bool = false) {
        var stepStarts: [Int32] = [], originalStarts: [Int32] = []
        var wideSpaces: [Int32] = [], wideSpaceEnds: [Int32] = []
        let capacity = original.count * TypographicFolding.longestFold
        scalars = (foldingCase ? Self.asciiFoldingCase : Self.ascii).withUnsafeBufferPointer { ascii in
            [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { scalars, count in
                // The original offset of the last folded scalar (none yet: the first starts a
                // step), and where the run of spaces it stands for ends when it is a space.
                var lastStart = -2
                var spaceEnd = -1
                // Whether the last folded scalar is a space that follows Chinese or Japanese,
                // and may be layout (see `takeBackSpace`); and the original offset of the last
                // scalar of those scripts folded, their full-width marks included (`，` folds
                // to `,`).
                var spaceAfterUnspaced = false
                var lastUnspacedStart = -2
                func append(_ scalar: Unicode.Scalar, from offset: Int) {
                    if offset != lastStart + 1 {
                        stepStarts.append(Int32(count))
                        originalStarts.append(Int32(offset))
                    }
                    scalars[count] = scalar
                    count += 1
                    lastStart = offset
                }
                func appendSpace(from offset: Int) {
                    guard count > 0, scalars[count - 1] == " ", spaceEnd == offset else {
                        spaceAfterUnspaced = count > 0 && lastStart == lastUnspacedStart
                        append(" ", from: offset)
                        spaceEnd = offset + 1
                        return
                    }
                    if spaceEnd == lastStart + 1 {
                        wideSpaces.append(Int32(count - 1))
                        wideSpaceEnds.append(Int32(offset + 1))
                    } else {
                        wideSpaceEnds[wideSpaceEnds.count - 1] = Int32(offset + 1)
                    }
                    spaceEnd = offset + 1
                }
                // Takes back the space just folded, which `next` follows (`nextIsUnspaced`: it
                // is Chinese or Japanese): those scripts do not space their words, so a space
                // after one of their scalars, but before a Latin letter, is layout, and so is one
                // between a digit and one of them ("截至 10 月" is "截至10月", a line break inside
                // "百分之九十八" or after "，" is none). Spaces beside a Latin word stay.
                func takeBackSpace(before next: Unicode.Scalar, nextIsUnspaced: Bool) {
                    defer { spaceAfterUnspaced = false }
                    guard count > 1, scalars[count - 1] == " " else { return }
                    guard spaceAfterUnspaced ? !next.isASCIILetter : nextIsUnspaced && scalars[count - 2].isASCIIDigit else { return }
                    count -= 1
                    if stepStarts.last == Int32(count) {
                        stepStarts.removeLast()
                        originalStarts.removeLast()
                    }
                    if wideSpaces.last == Int32(count) {
                        wideSpaces.removeLast()
                        wideSpaceEnds.removeLast()
                    }
                    // What follows continues no step: the scalars of the space lie between.
                    lastStart = -2
                }
                for (offset, scalar) in original.enumerated() {
                    if scalar.value < 128 {
                        let folded = ascii[Int(scalar.value)]
                        if folded == " " {
                            appendSpace(from: offset)
                        } else {
                            if spaceAfterUnspaced { takeBackSpace(before: folded, nextIsUnspaced: false) }
                            append(folded, from: offset)
                        }
                        continue
                    }
                    switch TypographicFolding.fold(scalar, foldingCase: foldingCase) {
                    case .drop:
                        continue
                    case .space:
                        appendSpace(from: offset)
                    case .scalar(let folded):
                        let unspaced = scalar.value >= Unicode.Scalar.lowestOfUnspacedScripts && scalar.isOfUnspacedScript
                        if count > 1, scalars[count - 1] == " " { takeBackSpace(before: folded, nextIsUnspaced: unspaced) }
                        append(folded, from: offset)
                        if unspaced { lastUnspacedStart = offset }
                    case .expansion(let folded):
                        precondition(folded.count <= TypographicFolding.longestFold)
                        if spaceAfterUnspaced { takeBackSpace(before: folded[0], nextIsUnspaced: false) }
                        for scalar in folded { append(scalar, from: offset) }
                    }
                }
            }
        }
        self.stepStarts = stepStarts
        self.originalStarts = originalStarts
        self.wideSpaces = wideSpaces
        self.wideSpaceEnds = wideSpaceEnds
        originalCount = original.count
    }

    /// Whether a space between `before` and `after` (scalars as written) is layout the view
    /// leaves out: after Chinese or Japanese, unless a Latin letter follows, or between a digit
    /// and Chinese or Japanese. The view decides it as it folds, scalar by scalar; this is the
    /// rule for a caller that has the two scalars.
    static func isLayoutSpace(after before: Unicode.Scalar, before after: Unicode.Scalar) -> Bool {
        before.isOfUnspacedScript && !after.isASCIILetter || after.isOfUnspacedScript && before.isASCIIDigit
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

    /// The original offset of the first scalar folded into `scalars[index]`.
    private func originalStart(of index: Int) -> Int {
        // `stepStarts[0] == 0 <= index`.
        let step = stepStarts.lastIndex(notAbove: Int32(index))!
        return Int(originalStarts[step]) + index - Int(stepStarts[step])
    }

    /// The original offset just past the scalars folded into `scalars[index]`.
    private func originalEnd(of index: Int) -> Int {
        if scalars[index] == " ", let wide = wideSpaces.lastIndex(notAbove: Int32(index)), wideSpaces[wide] == index {
            return Int(wideSpaceEnds[wide])
        }
        return originalStart(of: index) + 1
    }

    /// The original span a range of the view came from: from the first original scalar of its
    /// first folded scalar to the last of its last. An empty range maps to an empty span.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound < scalars.count ? originalStart(of: range.lowerBound) : originalCount
        guard !range.isEmpty else { return start..<start }
        return start..<originalEnd(of: range.upperBound - 1)
    }

    /// The offset in the view of an original offset: the first folded scalar that begins at or
    /// after it. For carrying a position hint into the view.
    public func normalizedOffset(of original: Int) -> Int {
        // The last folded scalar beginning before `original` lies in the last step beginning so.
        guard let step = originalStarts.lastIndex(notAbove: Int32(clamping: original - 1)) else { return 0 }
        let stepEnd = step + 1 < stepStarts.count ? Int(stepStarts[step + 1]) : scalars.count
        let last = min(stepEnd - 1, Int(stepStarts[step]) + original - 1 - Int(originalStarts[step]))
        return last + 1
    }
}
