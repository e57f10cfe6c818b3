/// Line breaks in files Gloss edits as text. YAML and editors end a line at LF, CRLF or a lone
/// CR; the lines an edit adds use the file's own break, so that an edit never mixes them.
enum LineBreak {
    /// The break to write in a file: CRLF when the file has one, a lone CR when that is the only
    /// break it has, LF otherwise. `codes` are its bytes or its scalars' values.
    static func of(_ codes: some Sequence<UInt32>) -> String {
        var previous: UInt32 = 0
        var (lineFeeds, loneReturns) = (false, false)
        for code in codes {
            if code == 0x0A {
                if previous == 0x0D { return "\r\n" }
                lineFeeds = true
            } else if previous == 0x0D {
                loneReturns = true
            }
            previous = code
        }
        return (loneReturns || previous == 0x0D) && !lineFeeds ? "\r" : "\n"
    }

    /// Whether `offset` sits just after a line break (not between the CR and LF of a CRLF).
    static func ends(at offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard offset > 0, offset <= scalars.count else { return false }
        return scalars[offset - 1] == "\n" || (scalars[offset - 1] == "\r" && (offset == scalars.count || scalars[offset] != "\n"))
    }

    /// The offset just after the line break that ends the line holding `offset`; the end of the
    /// text when that line has none.
    static func lineEnd(after offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = offset
        while index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" { index += 1 }
        guard index < scalars.count else { return scalars.count }
        return index + (scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1)
    }
}
