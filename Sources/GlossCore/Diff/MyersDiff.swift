/// The shortest edit script between two sequences by Myers' O(ND) algorithm ("An O(ND)
/// Difference Algorithm and Its Variations", 1986), as alternating runs of equal and changed
/// elements. Used on lines: for unified diffs of annotation files, and to carry offsets across the
/// edits of a document since an annotation was written.
public enum MyersDiff {
    /// A stretch of `old` and the stretch of `new` it corresponds to: equal element for element,
    /// or replaced (either side may be empty).
    public struct Run: Sendable, Hashable {
        public var old: Range<Int>
        public var new: Range<Int>
        public var isEqual: Bool
    }

    /// The runs covering both sequences in order, or nil when more than `maxEdits` insertions and
    /// deletions would be needed (the cost grows with their number).
    public static func runs<Element: Equatable>(_ old: [Element], _ new: [Element], maxEdits: Int = 10_000) -> [Run]? {
        let n = old.count, m = new.count
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        var frontier = [Int](repeating: 0, count: 2 * limit + 3)
        // Step d reads only diagonals -d-1...d+1 of the frontier before it: that much is kept of
        // each, so the trace grows with the square of the edits, not with edits times length.
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            trace.append(Array(frontier[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else { return nil }
        // Walk back through the frontiers, collecting the diagonal stretches (equal elements).
        var equalStretches: [(x: Int, y: Int, length: Int)] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            // Diagonal k of step d's frontier is at k + d + 1 of what was kept.
            let previous = trace[d], base = d + 1
            let k = x - y
            let down = k == -d || (k != d && previous[base + k - 1] < previous[base + k + 1])
            let previousK = down ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : previous[base + previousK]
            let previousY = previousX - previousK
            let startX = d == 0 ? 0 : (down ? previousX : previousX + 1)
            let startY = startX - k
            if x > startX { equalStretches.append((startX, startY, x - startX)) }
            x = previousX
            y = d == 0 ? 0 : previousY
        }
        var runs: [Run] = []
        var oldAt = 0, newAt = 0
        for stretch in equalStretches.reversed() {
            if stretch.x > oldAt || stretch.y > newAt {
                runs.append(Run(old: oldAt..<stretch.x, new: newAt..<stretch.y, isEqual: false))
            }
            runs.append(Run(old: stretch.x..<(stretch.x + stretch.length), new: stretch.y..<(stretch.y + stretch.length), isEqual: true))
            oldAt = stretch.x + stretch.length
            newAt = stretch.y + stretch.length
        }
        if oldAt < n || newAt < m { runs.append(Run(old: oldAt..<n, new: newAt..<m, isEqual: false)) }
        return runs
    }
}
