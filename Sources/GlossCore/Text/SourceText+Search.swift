import CByteSearch

extension SourceText {
    /// Every place `pattern` occurs, overlapping ones included, in ascending order, in scalar
    /// offsets; only the first `limit` of them, the search stopping there. Package-visible so that
    /// `gloss-anchor-benchmark` can time the exact search alone, for every occurrence (what
    /// anchoring needs) and for the first (what its peer `str.find` does).
    ///
    /// The C library's `memmem` on the UTF-8 bytes: it reads a quarter of the memory the scalars
    /// take (an exact search over a large text is bound by memory, not by comparisons), and its
    /// skip loop is tuned per platform. UTF-8 is self-synchronising, so every byte match of the
    /// encoded pattern starts and ends on scalar boundaries; the few found are converted to scalar
    /// offsets by the code-unit index.
    package func occurrences(of pattern: [Unicode.Scalar], limit: Int = .max) -> [Range<Int>] {
        var needle: [UInt8] = []
        needle.reserveCapacity(pattern.count * 4)
        for scalar in pattern { needle.append(contentsOf: UTF8.encode(scalar)!) }
        guard !needle.isEmpty, needle.count <= utf8.count else { return [] }
        var found: [Range<Int>] = []
        utf8.withUnsafeBytes { text in
            needle.withUnsafeBytes { needle in
                var from = 0
                while found.count < limit, from <= text.count - needle.count,
                      let hit = gloss_memmem(text.baseAddress! + from, text.count - from, needle.baseAddress!, needle.count) {
                    let byte = text.baseAddress!.distance(to: UnsafeRawPointer(hit))
                    // `byte` starts a scalar, so the conversion always succeeds.
                    let start = codeUnits.scalarOffset(atCodeUnit: byte, in: .utf8, of: scalars)!
                    found.append(start..<(start + pattern.count))
                    from = byte + 1
                }
            }
        }
        return found
    }
}
