/// Unicode scalars counted straight from valid UTF-8, without making a string or an array: what
/// decoding a document and comparing a selector with the text at its recorded place need.
enum UTF8Scalars {
    /// How many scalars the bytes hold: each scalar has exactly one byte that is not a
    /// continuation byte (10xxxxxx).
    ///
    /// Counted in place where the bytes are contiguous (every document is), eight bytes at a
    /// time: `reduce` took seven instructions a byte.
    static func count(in bytes: some Collection<UInt8>) -> Int {
        bytes.withContiguousStorageIfAvailable { buffer in
            var (count, index) = (0, 0)
            while index + 8 <= buffer.count {
                let word = UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A continuation byte has its top bit set and the one below it clear.
                count &+= 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
            for byte in buffer[index...] { count &+= startsScalar(byte) ? 1 : 0 }
            return count
        } ?? bytes.reduce(0) { $0 + (startsScalar($1) ? 1 : 0) }
    }

    private static func startsScalar(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }
}
