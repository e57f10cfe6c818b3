/// Unicode scalars counted straight from valid UTF-8, without making a string or an array: what
/// decoding a document and comparing a selector with the text at its recorded place need.
enum UTF8Scalars {
    /// How many scalars the bytes hold: each scalar has exactly one byte that is not a
    /// continuation byte (10xxxxxx).
    static func count(in bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
