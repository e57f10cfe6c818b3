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
        var input = bytes[byteOffset...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                byteOffset += encoded.count
            case .emptyInput:
                return (scalars, hadByteOrderMark)
            case .error:
                let position = LineIndex(scalars).position(at: scalars.count)
                throw .invalidUTF8(byteOffset: byteOffset, position: position)
            }
        }
    }
}
