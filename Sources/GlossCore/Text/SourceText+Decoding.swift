extension SourceText {
    /// Decodes strict UTF-8 (no overlong forms, surrogates or values past U+10FFFF), dropping a
    /// leading byte order mark, and reports the first ill-formed sequence by where it begins.
    static func decodeUTF8(
        _ bytes: [UInt8]
    ) throws(SourceTextError) -> (scalars: [Unicode.Scalar], hadByteOrderMark: Bool) {
        let hadByteOrderMark = bytes.starts(with: byteOrderMark.utf8)
        let start = hadByteOrderMark ? byteOrderMark.utf8.count : 0
        let count = UTF8Scalars.count(in: bytes[start...])
        var failure: SourceTextError?
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, decoded in
            bytes.withUnsafeBufferPointer { buffer in
                var byteOffset = start
                while byteOffset < buffer.count {
                    // Articles are mostly ASCII, one byte a scalar, copied eight at a time when
                    // eight in a row are; the parser takes the rest.
                    if byteOffset + 8 <= buffer.count, decoded + 8 <= count,
                       UnsafeRawPointer(buffer.baseAddress! + byteOffset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for lane in 0..<8 { scalars[decoded + lane] = Unicode.Scalar(buffer[byteOffset + lane]) }
                        decoded += 8
                        byteOffset += 8
                        continue
                    }
                    if buffer[byteOffset] < 0x80 {
                        scalars[decoded] = Unicode.Scalar(buffer[byteOffset])
                        decoded += 1
                        byteOffset += 1
                        continue
                    }
                    var input = buffer[byteOffset...].makeIterator()
                    var parser = Unicode.UTF8.ForwardParser()
                    guard case .valid(let encoded) = parser.parseScalar(from: &input) else {
                        let before = Array(scalars[..<decoded])
                        failure = .invalidUTF8(byteOffset: byteOffset, position: LineIndex(before).position(at: before.count))
                        return
                    }
                    scalars[decoded] = Unicode.UTF8.decode(encoded)
                    decoded += 1
                    byteOffset += encoded.count
                }
            }
        }
        if let failure { throw failure }
        return (scalars, hadByteOrderMark)
    }
}
