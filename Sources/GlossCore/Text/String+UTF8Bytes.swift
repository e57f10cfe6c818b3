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
}
