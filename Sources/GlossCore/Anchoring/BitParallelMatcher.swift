/// Approximate matching of one pattern against a text by Myers' bit-parallel algorithm ("A fast
/// bit-vector algorithm for approximate string matching based on dynamic programming", JACM 1999),
/// over Unicode scalars with 64-bit words: a column of the edit-distance matrix is two words of
/// +1/-1 vertical deltas, advanced by a dozen word operations per text scalar.
///
/// Patterns longer than 64 scalars use the block-based variant: one pair of words per 64 rows,
/// the horizontal delta carried from block to block, and only the blocks that can still hold a
/// value within the error bound computed (Ukkonen's cut-off, as in Myers' paper and Hyyrö's
/// block formulation).
struct BitParallelMatcher: Sendable {
    static let wordSize = 64
    /// Stripes of the text a one-word scan advances side by side, one column each (see `scanOneWord`).
    static let stripes = Columns.Words.scalarCount

    let length: Int
    private let alphabet: ScalarAlphabet
    /// `equal[symbol * blocks + block]`: which rows of `block` hold `symbol`.
    private let equal: [UInt64]
    private let blocks: Int
    /// `equal` of every scalar below 256 by its value, for one-word patterns: most of a text's
    /// scalars then cost one load instead of an alphabet lookup and a load.
    private let byteEqual: [UInt64]

    init(_ pattern: [Unicode.Scalar]) {
        length = pattern.count
        let alphabet = ScalarAlphabet(pattern)
        blocks = max(1, (pattern.count + Self.wordSize - 1) / Self.wordSize)
        var equal = [UInt64](repeating: 0, count: alphabet.count * blocks)
        // Filled from the pattern's rows, not by looking up all 256 values: a claim prepares
        // several matchers, for a search of a few thousand scalars.
        var byteEqual = [UInt64](repeating: 0, count: blocks == 1 ? 256 : 0)
        for (row, scalar) in pattern.enumerated() {
            let bit: UInt64 = 1 << UInt64(row % Self.wordSize)
            equal[alphabet.symbol(scalar) * blocks + row / Self.wordSize] |= bit
            if blocks == 1, scalar.value < 256 { byteEqual[Int(scalar.value)] |= bit }
        }
        self.byteEqual = byteEqual
        self.alphabet = alphabet
        self.equal = equal
    }

    /// The number of pattern rows in a block.
    private func rows(_ block: Int) -> Int {
        block < blocks - 1 ? Self.wordSize : length - block * Self.wordSize
    }

    /// Scans `text` from left to right and calls `report(end, distance)` for every end offset (an
    /// index into `text`, exclusive) at which some substring ending there is within `maxErrors`
    /// edits of the pattern, with the least such number of edits.
    ///
    /// With `anchored`, substrings must start at `text`'s first scalar instead of anywhere: the
    /// distance reported at `end` is then that of `text[..<end]`, which is how the start of a
    /// match is found (scanning backwards with the pattern reversed).
    func scan(_ text: UnsafeBufferPointer<Unicode.Scalar>, maxErrors: Int, anchored: Bool = false,
              report: (_ end: Int, _ distance: Int) -> Void) {
        guard length > 0 else { return }
        equal.withUnsafeBufferPointer { equal in
            if blocks == 1 {
                byteEqual.withUnsafeBufferPointer { byteEqual in
                    scanOneWord(text, equal, byteEqual, maxErrors: maxErrors, anchored: anchored, report: report)
                }
            } else {
                scanBlocks(text, equal, maxErrors: maxErrors, anchored: anchored, report: report)
            }
        }
    }

    /// A one-word pattern's column: the vertical deltas and the value in its last row.
    struct Column {
        var positive: UInt64 = ~0
        var negative: UInt64 = 0
        var score: Int

        /// Advances by one text scalar whose rows are `match`; `carryIn` is 1 for an anchored scan
        /// (the top row grows by one per scalar) and 0 for a search (it stays 0).
        @inline(__always)
        mutating func advance(_ match: UInt64, lastRow: UInt64, carryIn: UInt64) {
            let vertical = match | negative
            let horizontal = (((match & positive) &+ positive) ^ positive) | match
            var plus = negative | ~(horizontal | positive)
            var minus = positive & horizontal
            // Branch-free: which way the last row moves is as good as random.
            score &+= Int(truncatingIfNeeded: (plus &>> lastRow) & 1) &- Int(truncatingIfNeeded: (minus &>> lastRow) & 1)
            plus = plus << 1 | carryIn
            minus <<= 1
            positive = minus | ~(vertical | plus)
            negative = plus & vertical
        }
    }

    /// Four one-word columns advanced as one, in vector registers (two pairs with SSE2): the
    /// operations of `Column` lane by lane. Four separate `Column`s spilled registers; eight
    /// lanes, or lanes filled in a loop, were slower.
    struct Columns {
        typealias Words = SIMD4<UInt64>
        typealias Scores = SIMD4<Int>

        var positive = Words(repeating: ~0)
        var negative = Words(repeating: 0)
        var score: Scores

        init(score: Int) { self.score = Scores(repeating: score) }

        @inline(__always)
        mutating func advance(_ match: Words, lastRow: UInt64) {
            let vertical = match | negative
            let horizontal = (((match & positive) &+ positive) ^ positive) | match
            var plus = negative | ~(horizontal | positive)
            var minus = positive & horizontal
            let up = Scores(truncatingIfNeeded: (plus &>> lastRow) & 1)
            let down = Scores(truncatingIfNeeded: (minus &>> lastRow) & 1)
            score = score &+ up &- down
            plus = plus &<< 1
            minus = minus &<< 1
            positive = minus | ~(vertical | plus)
            negative = plus & vertical
        }

        /// One lane as a `Column`, to go on alone.
        func column(_ lane: Int) -> Column {
            Column(positive: positive[lane], negative: negative[lane], score: score[lane])
        }
    }

    /// One word per column. A column depends on the one before, so a plain scan waits on a chain
    /// of a dozen operations per scalar; long texts are cut into ``stripes`` stripes advanced side
    /// by side, whose chains the processor overlaps. Each stripe but the first starts
    /// `length + maxErrors` scalars early (a match within the bound is no longer than that, so its
    /// distance is settled by then) and reports only the ends past that overlap, which are the
    /// ends the stripe before does not reach: every end is reported once, in order, as by one scan.
    private func scanOneWord(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ equal: UnsafeBufferPointer<UInt64>,
                             _ byteEqual: UnsafeBufferPointer<UInt64>, maxErrors: Int, anchored: Bool,
                             report: (Int, Int) -> Void) {
        // Scalars past 255 are rarer, but their lookup stays inline too: a call, however rarely
        // made, makes the columns below leave their registers at every step (every vector
        // register is the caller's to save).
        @inline(__always) func rows(_ scalar: Unicode.Scalar) -> UInt64 {
            scalar.value < 256 ? byteEqual[Int(scalar.value)] : equal[alphabet.symbol(scalar)]
        }
        let lastRow = UInt64(length - 1)
        let carryIn: UInt64 = anchored ? 1 : 0
        let overlap = length + maxErrors
        guard !anchored, maxErrors < length, text.count >= 16 * Self.stripes * overlap else {
            var column = Column(score: length)
            for index in 0..<text.count {
                column.advance(rows(text[index]), lastRow: lastRow, carryIn: carryIn)
                if column.score <= maxErrors { report(index + 1, column.score) }
            }
            return
        }
        // Stripe `s` scans `steps` scalars from `s * (steps - overlap)`; the last reaches the end.
        let steps = (text.count + (Self.stripes - 1) * overlap + Self.stripes - 1) / Self.stripes
        let starts = (0..<Self.stripes).map { $0 * (steps - overlap) }
        var found: [[(end: Int, distance: Int)]] = Array(repeating: [], count: Self.stripes)
        func record(_ stripe: Int, _ end: Int, _ distance: Int) {
            if stripe == 0 || end > starts[stripe] + overlap { found[stripe].append((end, distance)) }
        }
        var columns = Columns(score: length)
        let base = text.baseAddress!
        let (a, b, c, d) = (base + starts[0], base + starts[1], base + starts[2], base + starts[3])
        let together = text.count - starts[3]
        @inline(__always) func advance(_ step: Int) {
            columns.advance(Columns.Words(rows(a[step]), rows(b[step]), rows(c[step]), rows(d[step])), lastRow: lastRow)
        }
        var step = 0
        while step < together {
            // A score falls by at most one per scalar, so while every stripe's is `calm` above the
            // bound the next `calm` scalars cannot report: they run without the comparison of four
            // 64-bit lanes (no single SSE2 instruction), which was a third of a step.
            let calm = columns.score.min() - maxErrors
            if calm > 1 {
                for _ in 0..<min(calm - 1, together - step) {
                    advance(step)
                    step += 1
                }
                continue
            }
            advance(step)
            if (columns.score .<= maxErrors) != SIMDMask(repeating: false) {
                for stripe in 0..<Self.stripes where columns.score[stripe] <= maxErrors {
                    record(stripe, starts[stripe] + step + 1, columns.score[stripe])
                }
            }
            step += 1
        }
        // The other stripes are up to `stripes - 1` scalars short of their ends.
        for stripe in 0..<(Self.stripes - 1) {
            var column = columns.column(stripe)
            for index in (starts[stripe] + together)..<(starts[stripe] + steps) {
                column.advance(rows(text[index]), lastRow: lastRow, carryIn: 0)
                if column.score <= maxErrors { record(stripe, index + 1, column.score) }
            }
        }
        for match in found.joined() { report(match.end, match.distance) }
    }

    private func scanBlocks(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ equal: UnsafeBufferPointer<UInt64>,
                            maxErrors: Int, anchored: Bool, report: (Int, Int) -> Void) {
        let lastBlock = blocks - 1
        var positive = [UInt64](repeating: ~0, count: blocks)
        var negative = [UInt64](repeating: 0, count: blocks)
        // The value in the last row of each block, initially the row number (an empty text).
        var scores = (0..<blocks).map { min(($0 + 1) * Self.wordSize, length) }
        // Blocks past `active` hold only values over the bound; the first must always be computed.
        var active = min(lastBlock, max(0, maxErrors) / Self.wordSize)
        let highBits = (0..<blocks).map { UInt64(1) << UInt64(rows($0) - 1) }
        for index in 0..<text.count {
            let symbol = alphabet.symbol(text[index]) * blocks
            var carry = anchored ? 1 : 0
            for block in 0...active {
                carry = advance(&positive[block], &negative[block], equal[symbol + block], carry, highBits[block])
                scores[block] += carry
            }
            while active < lastBlock, scores[active] <= maxErrors {
                // A new block starts from the worst column consistent with its neighbour above:
                // every value in it was over the bound, and any value over the bound is as good.
                let previous = scores[active] - carry
                active += 1
                positive[active] = ~0
                negative[active] = 0
                carry = advance(&positive[active], &negative[active], equal[symbol + active], carry, highBits[active])
                scores[active] = previous + rows(active) + carry
            }
            while active > 0, scores[active] >= maxErrors + rows(active) { active -= 1 }
            if active == lastBlock, scores[lastBlock] <= maxErrors { report(index + 1, scores[lastBlock]) }
        }
    }

    /// Advances one block by one text scalar, given the horizontal delta entering its top row, and
    /// returns the delta leaving its `highBit` row.
    @inline(__always)
    private func advance(_ positive: inout UInt64, _ negative: inout UInt64, _ match: UInt64, _ carryIn: Int,
                         _ highBit: UInt64) -> Int {
        let match = carryIn < 0 ? match | 1 : match
        let vertical = match | negative
        let horizontal = (((match & positive) &+ positive) ^ positive) | match
        var plus = negative | ~(horizontal | positive)
        var minus = positive & horizontal
        let carryOut = plus & highBit != 0 ? 1 : minus & highBit != 0 ? -1 : 0
        plus <<= 1
        minus <<= 1
        if carryIn < 0 { minus |= 1 } else if carryIn > 0 { plus |= 1 }
        positive = minus | ~(vertical | plus)
        negative = plus & vertical
        return carryOut
    }
}
