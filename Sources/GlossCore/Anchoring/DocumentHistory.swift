/// Reads older versions of documents from git. A protocol so that the core stays pure: the
/// command line runs `git cat-file`, tests pass a dictionary.
public protocol GitObjectReader: Sendable {
    /// The bytes of the blob `id` in the repository holding `folder`, or nil when git does not have
    /// it, or there is no git or no repository: anchoring then searches without complaint. Nil
    /// too when the blob is larger than `limit` bytes, the limit documents are read with: a
    /// `revision:` is written by hand as easily as by tools, and may name any blob at all.
    func blob(_ id: String, in folder: String, limit: Int) -> [UInt8]?
}

/// Carries offsets from the version of a document an annotation was written against to the
/// current one, through a Myers diff of their lines: an offset on an unchanged line moves with
/// it; one in a changed stretch goes to the start of what replaced it. The result is a hint that
/// anchoring confirms, never taken on trust.
public struct DocumentHistory: Sendable {
    private let oldStarts: [Int]
    private let oldCount: Int
    private let newStarts: [Int]
    private let newCount: Int
    private let runs: [MyersDiff.Run]
    /// The equal runs that hold only blank lines: a diff pairs blank lines wherever it can, so a
    /// paragraph added above an edited one puts a blank run between the two halves of one edit.
    private let blankRuns: Set<Int>
    /// Both versions' scalars, to tell which line of an edited stretch an old line became.
    private let oldScalars: [Unicode.Scalar]
    private let newScalars: [Unicode.Scalar]

    /// Nil when the versions differ too much for the diff to be worth it.
    public init?(from old: SourceText, to new: SourceText) {
        let oldLines = Self.lines(old), newLines = Self.lines(new)
        guard let runs = MyersDiff.runs(oldLines, newLines, maxEdits: 2_000) else { return nil }
        self.runs = runs
        blankRuns = Set(runs.indices.filter { index in
            runs[index].isEqual && newLines[runs[index].new].allSatisfy { $0.allSatisfy(\.properties.isWhitespace) }
        })
        oldStarts = old.lines.starts
        oldCount = old.scalarCount
        newStarts = new.lines.starts
        newCount = new.scalarCount
        oldScalars = old.scalars
        newScalars = new.scalars
    }

    /// The history of a document unchanged since the version recorded: every offset stays, and
    /// no words can have been edited. Made without a diff.
    public init(unchanged text: SourceText) {
        let starts = text.lines.starts
        runs = [MyersDiff.Run(old: 0..<starts.count, new: 0..<starts.count, isEqual: true)]
        blankRuns = []
        oldStarts = starts
        newStarts = starts
        oldCount = text.scalarCount
        newCount = text.scalarCount
        oldScalars = text.scalars
        newScalars = text.scalars
    }

    /// The length in scalars of the version the history starts from, which recorded offsets
    /// count in.
    public var oldLength: Int { oldCount }

    private static func lines(_ text: SourceText) -> [ArraySlice<Unicode.Scalar>] {
        let starts = text.lines.starts
        return starts.indices.map { index in
            text.scalars[starts[index]..<(index + 1 < starts.count ? starts[index + 1] : text.scalarCount)]
        }
    }

    /// Whether the lines holding `range` of the current text are unchanged since the old version:
    /// no words there can have been edited since.
    public func isUnchanged(_ range: Range<Int>) -> Bool {
        let first = newStarts.lastIndex(notAbove: max(0, min(range.lowerBound, newCount))) ?? 0
        let last = newStarts.lastIndex(notAbove: max(0, min(max(range.upperBound - 1, range.lowerBound), newCount))) ?? 0
        return runs.contains { $0.isEqual && $0.new.contains(first) && $0.new.contains(last) }
    }

    /// What now stands in place of the old line holding `offset`, when that line was edited
    /// since: where the words recorded there are, changed. Edits separated only by blank lines
    /// the diff paired are one (a note added above a paragraph edited). Of what replaced them,
    /// the one line that clearly shares most of the old line's text is the old line edited (a
    /// figure changed in it), rather than a line added beside it that repeats its opening.
    /// Nil when the line is unchanged, or was deleted with nothing in its place.
    public func editedRegion(around offset: Int) -> Range<Int>? {
        edited(around: offset).map { $0.line ?? $0.stretch }
    }

    /// The line that the old line holding `offset` became, when that line was edited since and
    /// one line of what replaced it clearly shares most of its text: the same sentence with a
    /// word changed or its words put in another order. Nil otherwise: a paragraph the diff
    /// paired with it because both moved is another paragraph.
    public func lineEdited(around offset: Int) -> Range<Int>? {
        edited(around: offset, evenAlone: true)?.line
    }

    /// What replaced the old line holding `offset`, when it was edited since: the stretch of
    /// new text (edits separated only by blank lines the diff paired being one), and the line of
    /// it that line became, when one clearly is (``mostSimilar(_:among:evenAlone:)``).
    private func edited(around offset: Int, evenAlone: Bool = false) -> (stretch: Range<Int>, line: Range<Int>?)? {
        let line = oldStarts.lastIndex(notAbove: min(max(offset, 0), oldCount)) ?? 0
        guard let index = runs.firstIndex(where: { $0.old.contains(line) }), !runs[index].isEqual else { return nil }
        var (first, last) = (index, index)
        while first >= 2, blankRuns.contains(first - 1), !runs[first - 2].isEqual { first -= 2 }
        while last + 2 < runs.count, blankRuns.contains(last + 1), !runs[last + 2].isEqual { last += 2 }
        let new = runs[first].new.lowerBound..<runs[last].new.upperBound
        guard !new.isEmpty else { return nil }
        // The edited lines nearest where the old line would stand, at most a few dozen: a
        // document edited throughout is one stretch, and each of its claims compares its line
        // with them.
        let edited = runs[first...last].filter { !$0.isEqual }.flatMap { Array($0.new) }
        let estimate = runs[index].new.lowerBound + (line - runs[index].old.lowerBound)
        let nearest = edited.partitioningIndex(where: { $0 >= estimate })
        let lower = max(0, min(nearest - Self.linesCompared / 2, edited.count - Self.linesCompared))
        let window = lower..<min(edited.count, lower + Self.linesCompared)
        let lines = Array(edited[window])
        let stretch = newStarts[new.lowerBound]..<(new.upperBound < newStarts.count ? newStarts[new.upperBound] : newCount)
        let similar = Self.mostSimilar(scalars(ofLine: line, in: oldScalars, starts: oldStarts),
                                       among: lines.map { scalars(ofLine: $0, in: newScalars, starts: newStarts) }, evenAlone: evenAlone)
        return (stretch, similar.map { span(ofLine: lines[$0], starts: newStarts, count: newCount) })
    }

    /// Lines of an edited stretch an old line is compared with, at most.
    static let linesCompared = 48

    /// How many scalars beside `span` of the current text are those beside `old` in the old
    /// version, counted outward on each side until they differ, at most `reach` a side: how much
    /// of the old passage around the words is still around a place, far past the recorded context.
    public func agreement(old: Range<Int>, new span: Range<Int>, reach: Int = 256) -> Int {
        let old = min(max(old.lowerBound, 0), oldCount)..<min(max(old.upperBound, 0), oldCount)
        var before = 0
        while before < reach, old.lowerBound - before > 0, span.lowerBound - before > 0,
              oldScalars[old.lowerBound - before - 1] == newScalars[span.lowerBound - before - 1] {
            before += 1
        }
        var after = 0
        while after < reach, old.upperBound + after < oldCount, span.upperBound + after < newCount,
              oldScalars[old.upperBound + after] == newScalars[span.upperBound + after] {
            after += 1
        }
        return before + after
    }

    /// How many times `quote` stands in the old line holding `offset`.
    public func occurrences(of quote: [Unicode.Scalar], inOldLineAround offset: Int) -> Int {
        guard !quote.isEmpty else { return 0 }
        let line = oldStarts.lastIndex(notAbove: min(max(offset, 0), oldCount)) ?? 0
        var rest = scalars(ofLine: line, in: oldScalars, starts: oldStarts)
        var count = 0
        while let found = rest.firstRange(of: quote) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }

    private func span(ofLine line: Int, starts: [Int], count: Int) -> Range<Int> {
        starts[line]..<(line + 1 < starts.count ? starts[line + 1] : count)
    }

    private func scalars(ofLine line: Int, in scalars: [Unicode.Scalar], starts: [Int]) -> ArraySlice<Unicode.Scalar> {
        scalars[span(ofLine: line, starts: starts, count: scalars.count)]
    }

    /// The runs of scalars lines are compared by.
    static let similarityGram = 4

    /// The line of `lines` that shares most of `old`'s four-scalar runs, when it shares at least
    /// half of them and a fifth more of them than any other line does; nil when none clearly does.
    /// A line alone is not compared unless `evenAlone`: it is then the one that replaced `old`.
    static func mostSimilar(_ old: ArraySlice<Unicode.Scalar>, among lines: [ArraySlice<Unicode.Scalar>], evenAlone: Bool = false) -> Int? {
        guard lines.count > (evenAlone ? 0 : 1) else { return nil }
        let grams = Self.grams(old).sorted()
        guard grams.count >= 8 else { return nil }
        let shares = lines.map { line -> Double in
            // The runs both hold, each as often as the one holding it less often: a merge of the
            // two sorted lists.
            let other = Self.grams(line).sorted()
            var (mine, theirs, shared) = (0, 0, 0)
            while mine < grams.count, theirs < other.count {
                if grams[mine] == other[theirs] {
                    shared += 1
                    mine += 1
                    theirs += 1
                } else if grams[mine] < other[theirs] {
                    mine += 1
                } else {
                    theirs += 1
                }
            }
            return Double(shared) / Double(grams.count)
        }
        guard let best = shares.indices.max(by: { shares[$0] < shares[$1] }), shares[best] >= 0.5,
              shares.indices.allSatisfy({ $0 == best || shares[$0] <= shares[best] - 0.2 }) else { return nil }
        return best
    }

    /// Each run of ``similarityGram`` scalars, as a number (two runs may rarely share one).
    private static func grams(_ line: ArraySlice<Unicode.Scalar>) -> [UInt64] {
        guard line.count >= similarityGram else { return [] }
        return (line.startIndex...(line.endIndex - similarityGram)).map { start in
            line[start..<(start + similarityGram)].reduce(0) { $0 &* 0x1F_FFFF &+ UInt64($1.value) }
        }
    }

    /// Where an old offset is now.
    public func carry(_ offset: Int) -> Int {
        // Clamped into the old text, as offsets are everywhere: a recorded offset past its end
        // would otherwise overflow the arithmetic below.
        let offset = min(max(offset, 0), oldCount)
        let line = oldStarts.lastIndex(notAbove: offset) ?? 0
        guard let run = runs.first(where: { $0.old.contains(line) }) else { return newCount }
        guard run.isEqual else { return run.new.lowerBound < newStarts.count ? newStarts[run.new.lowerBound] : newCount }
        return min(newStarts[run.new.lowerBound + line - run.old.lowerBound] + offset - oldStarts[line], newCount)
    }

    /// Where an old span is now, when both ends still bound it.
    public func carry(_ range: Range<Int>) -> Range<Int> {
        let start = carry(range.lowerBound)
        return start..<max(start, carry(range.upperBound))
    }
}
