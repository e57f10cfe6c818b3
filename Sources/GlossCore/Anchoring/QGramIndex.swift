/// Where every q-gram (run of ``q`` scalars) of a text occurs, built once per document so that each
/// quote anchored in it costs work in proportion to the occurrences of its own q-grams instead of
/// the text's length: exact occurrences come from the quote's rarest q-gram, and the places that
/// can hold an approximate match from counting shared q-grams (below).
///
/// Q-grams are grouped by a hash into buckets (compressed: one array of positions, in text order
/// within each bucket, and where each bucket begins). Q-grams sharing a bucket are not told apart:
/// both uses below check or tolerate the extra positions, so a collision costs time, never a match.
///
/// An index for exact occurrences only may record every `stride`-th position (below), which
/// makes it that many times cheaper to build; the approximate filter needs every position.
struct QGramIndex: Sendable {
    static let q = 3

    /// Only the q-grams starting at multiples of `stride` are recorded.
    let stride: Int
    private let shift: UInt32
    /// `positions[bucketStarts[b]..<bucketStarts[b + 1]]`: where the q-grams of bucket `b` start.
    private let bucketStarts: [Int32]
    private let positions: [Int32]

    init(_ text: [Unicode.Scalar], stride: Int = 1) {
        precondition(stride >= 1)
        self.stride = stride
        let grams = (max(0, text.count - Self.q + 1) + stride - 1) / stride
        // 2^10 or 2^11 buckets: filling in the positions writes to every bucket's end at once, and
        // with more buckets those ends no longer stay in the processor's cache, which made most
        // of the building; the extra positions a shared bucket brings cost little next to those
        // of the common q-grams.
        let bits = min(11, max(10, Int.bitWidth - grams.leadingZeroBitCount))
        let shift = UInt32(32 - bits)
        self.shift = shift
        var starts = [Int32](repeating: 0, count: (1 << bits) + 1)
        // Every position is written once below, so the array is not filled with zeros first.
        positions = text.withUnsafeBufferPointer { text in
            starts.withUnsafeMutableBufferPointer { starts in
                // Each q-gram's bucket, hashed once for both passes (at most 11 bits).
                let keys = [UInt16](unsafeUninitializedCapacity: grams) { keys, count in
                    for gram in 0..<grams {
                        let position = gram * stride
                        let key = Self.bucket(text[position], text[position + 1], text[position + 2], shift: shift)
                        keys[gram] = UInt16(truncatingIfNeeded: key)
                        starts[Int(key) + 1] &+= 1
                    }
                    count = grams
                }
                for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
                // Filling each bucket moves its start up to the next bucket's; moved back after.
                let positions = [Int32](unsafeUninitializedCapacity: grams) { positions, count in
                    for gram in 0..<grams {
                        let position = gram * stride
                        let key = Int(keys[gram])
                        // Read once: reading it again after the store waited on the store.
                        let slot = starts[key]
                        positions[Int(slot)] = Int32(truncatingIfNeeded: position)
                        starts[key] = slot &+ 1
                    }
                    count = grams
                }
                for bucket in Swift.stride(from: starts.count - 1, to: 0, by: -1) { starts[bucket] = starts[bucket - 1] }
                starts[0] = 0
                return positions
            }
        }
        bucketStarts = starts
    }

    @inline(__always)
    private static func bucket(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar,
                               shift: UInt32) -> UInt32 {
        ((first.value &* 0x9E37_79B1 ^ second.value &* 0x85EB_CA77 ^ third.value &* 0xC2B2_AE3D) &* 0x27D4_EB2F) >> shift
    }

    /// The positions in the bucket of the q-gram that starts `pattern[offset...]`.
    private func positions(ofGramAt offset: Int, in pattern: [Unicode.Scalar]) -> ArraySlice<Int32> {
        let key = Int(Self.bucket(pattern[offset], pattern[offset + 1], pattern[offset + 2], shift: shift))
        return positions[Int(bucketStarts[key])..<Int(bucketStarts[key + 1])]
    }

    /// Of the q-grams of `pattern` starting at `offsets` (which must leave room for a q-gram),
    /// the one with the smallest bucket, and the positions in it.
    func rarestGram(of pattern: [Unicode.Scalar], at offsets: some Sequence<Int>) -> (offset: Int, positions: ArraySlice<Int32>)? {
        offsets.lazy.map { (offset: $0, positions: positions(ofGramAt: $0, in: pattern)) }
            .min { $0.positions.count < $1.positions.count }
    }

    /// Every place `pattern` occurs in `text` (the indexed text), overlapping ones included, in
    /// ascending order; nil for a pattern too short to hold a recorded q-gram wherever it starts
    /// (shorter than `q + stride - 1`). The candidates are the positions of its q-gram with the
    /// smallest bucket, each compared in full. With a stride, an occurrence starting at `t` has
    /// its q-grams at offsets `j ≡ -t` (mod `stride`) recorded: the rarest q-gram of each class
    /// of offsets finds the occurrences of one class of starts.
    func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], visited: inout Int) -> [Range<Int>]? {
        guard pattern.count >= Self.q + stride - 1 else { return nil }
        var found: [Range<Int>] = []
        for offsetClass in 0..<stride {
            let (rarest, positions) = rarestGram(
                of: pattern, at: Swift.stride(from: offsetClass, through: pattern.count - Self.q, by: stride))!
            visited += positions.count
            for position in positions {
                let start = Int(position) - rarest
                guard start >= 0, start + pattern.count <= text.count,
                      text[start..<(start + pattern.count)].elementsEqual(pattern) else { continue }
                found.append(start..<(start + pattern.count))
            }
        }
        return stride == 1 ? found : found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Disjoint, non-adjacent windows of the indexed text, in order, outside which no substring is
    /// within `maxErrors` edits of `pattern`, each reaching far enough back that a scan of it finds
    /// those matches with the distances a scan of the whole text gives; nil when the bound allows
    /// too many edits for the filter to exclude anything.
    ///
    /// The q-gram lemma (Ukkonen 1992; Jokinen and Ukkonen 1991): a match with at most k edits
    /// shares at least `m - q + 1 - k·q` of the pattern's q-grams, each at a text position p whose
    /// diagonal p - i (i its place in the pattern) lies within k of where the match starts. Hits
    /// are collected in bins of 2k + 1 diagonals, so a match's hits fall in two adjacent bins; only
    /// pairs of bins reaching the threshold are kept. A bin records which of the pattern's q-grams
    /// hit it (one bit each, or for a pattern of more than 64 q-grams one bit per group of them,
    /// counted as the whole group): a common q-gram hitting a bin many times counts once, as in
    /// the lemma, which is what keeps common words from passing most of a text.
    func windows(for pattern: [Unicode.Scalar], maxErrors: Int, textCount: Int) -> [Range<Int>]? {
        precondition(stride == 1, "the q-gram lemma counts every q-gram of the text")
        let length = pattern.count, q = Self.q
        let threshold = Self.threshold(length: length, maxErrors: maxErrors)
        guard threshold > 0 else { return nil }
        let width = 2 * maxErrors + 1
        let grams = length - q + 1
        let group = (grams + UInt64.bitWidth - 1) / UInt64.bitWidth
        // Diagonals run from -(length - q) to the text's end; bin `b` holds `b * width - length` on.
        var hits = [UInt64](repeating: 0, count: (textCount + length) / width + 2)
        hits.withUnsafeMutableBufferPointer { hits in
            for offset in 0..<grams {
                let bit: UInt64 = 1 << (offset / group)
                for position in positions(ofGramAt: offset, in: pattern) {
                    hits[(Int(position) - offset + length) / width] |= bit
                }
            }
        }
        var windows: [Range<Int>] = []
        for bin in 0..<(hits.count - 1) where (hits[bin] | hits[bin + 1]).nonzeroBitCount * group >= threshold {
            // Diagonals of the pair, hence starts within k of them, ends within k of start + length,
            // and a scan beginning length + k before the earliest end.
            let first = bin * width - length, last = (bin + 2) * width - length
            let window = max(0, first - 3 * maxErrors - 2)..<min(textCount, last + 2 * maxErrors + length + 2)
            if let previous = windows.last, window.lowerBound <= previous.upperBound {
                windows[windows.count - 1] = previous.lowerBound..<max(previous.upperBound, window.upperBound)
            } else if !window.isEmpty {
                windows.append(window)
            }
        }
        return windows
    }

    /// What ``windows(for:maxErrors:textCount:)`` costs, in steps of about a matcher's: a step
    /// for each place a q-gram of the pattern stands in the text, and for each bin of diagonals.
    /// A quote of the words a text is made of has its q-grams everywhere: filtering it cost
    /// more than searching, and a file of such quotes ran for minutes past its search budget.
    func costOfWindows(for pattern: [Unicode.Scalar], maxErrors: Int, textCount: Int) -> Int {
        guard Self.threshold(length: pattern.count, maxErrors: maxErrors) > 0 else { return 0 }
        let postings = (0...(pattern.count - Self.q)).reduce(0) { $0 + positions(ofGramAt: $1, in: pattern).count }
        return postings + (textCount + pattern.count) / (2 * maxErrors + 1)
    }

    /// How many of a pattern's q-grams a match with `maxErrors` edits keeps, at least (the
    /// q-gram lemma); none or fewer means the filter can exclude nothing.
    private static func threshold(length: Int, maxErrors: Int) -> Int {
        length - q + 1 - maxErrors * q
    }
}
