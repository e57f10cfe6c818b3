#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SourceText {
    /// Whether the scalars in `range` are `quote`'s, with `prefix` right before them and `suffix`
    /// right after: a claim's recorded place still holding its words and their context, asked
    /// for every claim of a workspace. Compared as UTF-8 in place: the text and the strings are
    /// valid UTF-8, whose scalars are the same exactly where their bytes are, so one conversion
    /// of an offset replaces decoding every scalar of the three.
    func spells(_ quote: String, at range: Range<Int>, after prefix: String, before suffix: String) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= scalarCount else { return false }
        let start = codeUnitOffset(at: range.lowerBound, in: .utf8)
        return utf8.withUnsafeBufferPointer { text in
            func holds(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Bool {
                guard offset >= 0, offset + bytes.count <= text.count else { return false }
                return bytes.isEmpty || memcmp(text.baseAddress! + offset, bytes.baseAddress!, bytes.count) == 0
            }
            func holds(_ string: String, from offset: Int) -> Bool {
                string.withUTF8Bytes { holds($0, from: offset) }
            }
            // The quote's bytes there, as many scalars as the range holds, end where the range does.
            let quoteEnd = start + quote.utf8.count
            return holds(quote, from: start) && UTF8Scalars.count(in: text[start..<quoteEnd]) == range.count
                && holds(prefix, from: start - prefix.utf8.count) && holds(suffix, from: quoteEnd)
        }
    }
}
