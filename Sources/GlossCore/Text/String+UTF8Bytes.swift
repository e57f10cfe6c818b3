import CByteSearch

extension String {
    /// Calls `body` with the string's UTF-8 where the string keeps it. `withUTF8` is `mutating`,
    /// so a `let` string had to be copied into a `var` to call it: a retain and a release, for
    /// every claim's id, quote and context, where this reads the bytes of a native string in place.
    /// A string without contiguous UTF-8 (one bridged from elsewhere) is copied into an array first.
    @inlinable
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `needle`'s UTF-8 occurs in the string's, by the C library's `memmem`: for the
    /// checks that let most of a report's text through untouched. Searching a `UTF8View` through
    /// its indices, or the characters, for `<code` and ` href="` took a twentieth of an HTML report.
    package func containsUTF8(_ needle: String) -> Bool {
        withUTF8Bytes { haystack in
            needle.withUTF8Bytes { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count else { return false }
                return gloss_memmem(haystack.baseAddress!, haystack.count, needle.baseAddress!, needle.count) != nil
            }
        }
    }
}
