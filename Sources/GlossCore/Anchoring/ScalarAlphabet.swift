/// The distinct scalars of a pattern, numbered from 1 (0 stands for every scalar not in it), with a
/// lookup cheap enough for the inner loop of a scan: a table for ASCII, open addressing for the rest.
///
/// Symbols are 16 bits: patterns are quotes of at most ``FoldedSearch/maximumQuoteLength`` and
/// context of at most ``CandidateScoring/maximumContextLength`` scalars.
struct ScalarAlphabet: Sendable {
    /// Symbol of each ASCII scalar.
    private var ascii = [UInt16](repeating: 0, count: 128)
    /// Open-addressing table for other scalars; `UInt32.max` marks a free slot.
    private var keys: [UInt32]
    private var values: [UInt16]
    private let mask: Int
    /// The number of symbols, 0 (absent) included.
    private(set) var count = 1

    init(_ pattern: [Unicode.Scalar]) {
        precondition(pattern.count < Int(UInt16.max), "patterns are bounded before they are searched for")
        var capacity = 16
        while capacity < pattern.count * 2 { capacity *= 2 }
        keys = [UInt32](repeating: .max, count: capacity)
        values = [UInt16](repeating: 0, count: capacity)
        mask = capacity - 1
        for scalar in pattern where symbol(scalar) == 0 {
            let value = scalar.value
            if value < 128 {
                ascii[Int(value)] = UInt16(count)
            } else {
                var slot = Self.hash(value) & mask
                while keys[slot] != .max { slot = (slot + 1) & mask }
                keys[slot] = value
                values[slot] = UInt16(count)
            }
            count += 1
        }
    }

    @inline(__always)
    private static func hash(_ value: UInt32) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B1) >> 7)
    }

    /// The symbol of a scalar: its number in the pattern, or 0.
    @inline(__always)
    func symbol(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 128 { return Int(ascii[Int(value)]) }
        var slot = Self.hash(value) & mask
        while true {
            let key = keys[slot]
            if key == value { return Int(values[slot]) }
            if key == .max { return 0 }
            slot = (slot + 1) & mask
        }
    }
}
