extension SourceText {
    /// Decodes strict UTF-8 (no overlong forms, surrogates or values past U+10FFFF), dropping a
    /// leading byte order mark, and reports the first ill-formed sequence by where it begins.
    ///
    /// Where lines begin and the code-unit checkpoints are found in the same pass over the bytes:
    /// walking the decoded scalars again for each cost more than decoding them. The scalars are
    /// given room for one a byte, the most there can be, rather than counted first.
    static func decodeUTF8(
        _ bytes: [UInt8]
    ) throws(SourceTextError) -> (scalars: [Unicode.Scalar], lines: LineIndex, codeUnits: CodeUnitIndex, hadByteOrderMark: Bool) {
        let hadByteOrderMark = bytes.starts(with: byteOrderMarkBytes)
        let start = hadByteOrderMark ? byteOrderMarkBytes.count : 0
        var pass: DecodingPass?
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count - start) { scalars, decoded in
            bytes.withUnsafeBufferPointer { buffer in
                let done = DecodingPass(UnsafeBufferPointer(rebasing: buffer[start...]), into: scalars)
                decoded = done.scalarCount
                pass = done
            }
        }
        guard let pass else { preconditionFailure("the decoding pass always runs") }
        let lines = LineIndex(starts: pass.lineStarts, scalarCount: pass.scalarCount)
        if let invalidOffset = pass.invalidOffset {
            throw .invalidUTF8(byteOffset: start + invalidOffset, position: lines.position(at: pass.scalarCount))
        }
        return (scalars, lines, CodeUnitIndex(utf8: pass.utf8Checkpoints, utf16: pass.utf16Checkpoints), hadByteOrderMark)
    }
}

/// One pass over a text's UTF-8, decoding its scalars and finding what ``LineIndex`` and
/// ``CodeUnitIndex`` hold: up to the first ill-formed sequence, if there is one.
private struct DecodingPass {
    /// The scalars decoded.
    private(set) var scalarCount = 0
    /// ``LineIndex/starts`` of the text decoded.
    private(set) var lineStarts = [0]
    /// The UTF-8 and UTF-16 units before every ``CodeUnitIndex/stride``-th scalar.
    private(set) var utf8Checkpoints = [0]
    private(set) var utf16Checkpoints = [0]
    /// The offset of the first byte of an ill-formed sequence.
    private(set) var invalidOffset: Int?

    /// Decodes `input` into `scalars`, which has room for one scalar a byte.
    init(_ input: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>) {
        var offset = 0
        // Scalars past U+FFFF so far, which take two UTF-16 units.
        var supplementary = 0
        var nextCheckpoint = CodeUnitIndex.stride
        // At most one scalar a byte.
        utf8Checkpoints.reserveCapacity(input.count / CodeUnitIndex.stride + 1)
        utf16Checkpoints.reserveCapacity(input.count / CodeUnitIndex.stride + 1)
        // Counts scalars just decoded and records a checkpoint they reach. More than one at a
        // time must all be ASCII, one unit each in both encodings, so a checkpoint they pass lies
        // as many units back as it lies scalars back. (Fewer than a stride at a time.)
        func advance(scalars count: Int, bytes byteCount: Int) {
            scalarCount &+= count
            offset &+= byteCount
            if scalarCount >= nextCheckpoint {
                let past = scalarCount &- nextCheckpoint
                utf8Checkpoints.append(offset &- past)
                utf16Checkpoints.append(nextCheckpoint &+ supplementary)
                nextCheckpoint &+= CodeUnitIndex.stride
            }
        }
        while offset < input.count {
            // Articles are mostly ASCII, one byte a scalar, copied eight at a time up to the first
            // byte that is not ASCII or may end a line; the rest go one at a time. (Lanes past it
            // are copied too, and overwritten later: `scalarCount <= offset`, so all eight have
            // room.)
            if offset &+ 8 <= input.count {
                let eight = UnsafeRawPointer(input.baseAddress! + offset)
                let plain = Self.plainASCIIPrefix(eight)
                if plain > 0 {
                    let target = scalars.baseAddress! + scalarCount
                    for lane in 0..<8 { target[lane] = Unicode.Scalar(eight.load(fromByteOffset: lane, as: UInt8.self)) }
                    advance(scalars: plain, bytes: plain)
                    continue
                }
            }
            let byte = input[offset]
            if byte < 0x80 {
                scalars[scalarCount] = Unicode.Scalar(byte)
                // A line ends at LF, CRLF (one break) or a lone CR.
                if byte == 0x0D, offset &+ 1 < input.count, input[offset &+ 1] == 0x0A {
                    scalars[scalarCount &+ 1] = "\n"
                    advance(scalars: 2, bytes: 2)
                    lineStarts.append(scalarCount)
                } else {
                    advance(scalars: 1, bytes: 1)
                    if byte == 0x0A || byte == 0x0D { lineStarts.append(scalarCount) }
                }
                continue
            }
            var rest = input[offset...].makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            guard case .valid(let encoded) = parser.parseScalar(from: &rest) else {
                invalidOffset = offset
                return
            }
            scalars[scalarCount] = Unicode.UTF8.decode(encoded)
            if encoded.count == 4 { supplementary &+= 1 }
            advance(scalars: 1, bytes: encoded.count)
        }
    }

    /// How many of the eight bytes at `bytes` lead up to the first that is not ASCII or is a
    /// control character up to CR (which may end a line): 8 when there is none.
    private static func plainASCIIPrefix(_ bytes: UnsafeRawPointer) -> Int {
        let word = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        // A byte's top bit is set when it is not ASCII, and an ASCII byte's is after subtracting
        // 0x0E when it is below 0x0E. A borrow only carries up from a lane so flagged, so the
        // lowest flagged lane is the first such byte.
        let flagged = (word | (word &- 0x0E0E_0E0E_0E0E_0E0E)) & 0x8080_8080_8080_8080
        return flagged.trailingZeroBitCount / 8
    }
}
