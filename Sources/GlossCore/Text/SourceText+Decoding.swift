extension SourceText {
    /// Decodes strict UTF-8 (no overlong forms, surrogates or values past U+10FFFF), dropping a
    /// leading byte order mark, and reports the first ill-formed sequence by where it begins.
    static func decodeUTF8(
        _ bytes: [UInt8]
    ) throws(SourceTextError) -> (scalars: [Unicode.Scalar], hadByteOrderMark: Bool) {
        let hadByteOrderMark = bytes.starts(with: byteOrderMark.utf8)
        var byteOffset = hadByteOrderMark ? byteOrderMark.utf8.count : 0
        var scalars: [Unicode.Scalar] = []
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        scalars.reserveCapacity(bytes[byteOffset...].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })
        try bytes.withUnsafeBufferPointer { (buffer) throws(SourceTextError) in
            while byteOffset < buffer.count {
                // Articles are mostly ASCII, one byte a scalar; the parser takes the rest.
                if buffer[byteOffset] < 0x80 {
                    scalars.append(Unicode.Scalar(buffer[byteOffset]))
                    byteOffset += 1
                    continue
                }
                var input = buffer[byteOffset...].makeIterator()
                var parser = Unicode.UTF8.ForwardParser()
                guard case .valid(let encoded) = parser.parseScalar(from: &input) else {
                    throw .invalidUTF8(byteOffset: byteOffset, position: LineIndex(scalars).position(at: scalars.count))
                }
                scalars.append(Unicode.UTF8.decode(encoded))
                byteOffset += encoded.count
            }
        }
        return (scalars, hadByteOrderMark)
    }
}
