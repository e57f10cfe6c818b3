/// SHA-1 (FIPS 180-4), for git object ids and finding fingerprints: git names blobs by it, and
/// Gloss must compute those ids in-process without a dependency. Not for anything that needs
/// collision resistance.
///
/// Every document of a workspace is hashed on every check, so blocks are read in place and the
/// message schedule lives on the stack.
enum SHA1 {
    /// The digest as 40 lowercase hexadecimal digits, as git prints object ids.
    static func hexDigest(_ message: [UInt8]) -> String {
        hex(digest(message))
    }

    /// The digest of `prefix` followed by `message`, as hexadecimal digits.
    static func hexDigest(prefix: [UInt8], _ message: [UInt8]) -> String {
        hex(digest(prefix: prefix, message))
    }

    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }, as: UTF8.self)
    }

    /// The 20-byte digest of a message.
    static func digest(_ message: [UInt8]) -> [UInt8] {
        digest(prefix: [], message)
    }

    /// The 20-byte digest of `prefix` followed by `message`, without joining them: git hashes a
    /// short header before a whole document.
    static func digest(prefix: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        func compressBlocks(_ bytes: UnsafeBufferPointer<UInt8>, _ blocks: StrideTo<Int>) {
            for block in blocks { compress(&state, UnsafeBufferPointer(rebasing: bytes[block..<(block + 64)])) }
        }
        // The prefix with enough of the message to end on a block boundary, then the message's
        // whole blocks read in place, then what is left, padded.
        let borrowed = min(message.count, (64 - prefix.count % 64) % 64)
        var tail = prefix + message[..<borrowed]
        if tail.count % 64 == 0 {
            tail.withUnsafeBufferPointer { compressBlocks($0, stride(from: 0, to: $0.count, by: 64)) }
            let end = borrowed + (message.count - borrowed) / 64 * 64
            message.withUnsafeBufferPointer { compressBlocks($0, stride(from: borrowed, to: end, by: 64)) }
            tail = Array(message[end...])
        }
        // Padding: 0x80, zeros up to 56 mod 64, then the length in bits, big-endian.
        let zeros = (119 - tail.count % 64) % 64
        tail.append(0x80)
        tail += [UInt8](repeating: 0, count: zeros)
        tail += bigEndianBytes(UInt64(prefix.count + message.count) &* 8)
        tail.withUnsafeBufferPointer { compressBlocks($0, stride(from: 0, to: $0.count, by: 64)) }
        return [state.0, state.1, state.2, state.3, state.4].flatMap(bigEndianBytes)
    }

    /// Folds one 64-byte block into the state.
    private static func compress(_ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32), _ block: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
            for index in 0..<16 {
                let byte = index * 4
                schedule[index] = UInt32(block[byte]) << 24 | UInt32(block[byte + 1]) << 16
                    | UInt32(block[byte + 2]) << 8 | UInt32(block[byte + 3])
            }
            for index in 16..<80 {
                schedule[index] = rotate(schedule[index - 3] ^ schedule[index - 8] ^ schedule[index - 14] ^ schedule[index - 16], 1)
            }
            var (a, b, c, d, e) = state
            // The four stages, each with its own mixing function and constant, as separate loops.
            func round(_ index: Int, _ mix: UInt32, _ constant: UInt32) {
                let next = rotate(a, 5) &+ mix &+ e &+ constant &+ schedule[index]
                (e, d, c, b, a) = (d, c, rotate(b, 30), a, next)
            }
            for index in 0..<20 { round(index, (b & c) | (~b & d), 0x5A82_7999) }
            for index in 20..<40 { round(index, b ^ c ^ d, 0x6ED9_EBA1) }
            for index in 40..<60 { round(index, (b & c) | (b & d) | (c & d), 0x8F1B_BCDC) }
            for index in 60..<80 { round(index, b ^ c ^ d, 0xCA62_C1D6) }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
        }
    }

    private static func bigEndianBytes<Word: FixedWidthInteger>(_ word: Word) -> [UInt8] {
        stride(from: Word.bitWidth - 8, through: 0, by: -8).map { UInt8(truncatingIfNeeded: word >> $0) }
    }

    private static func rotate(_ word: UInt32, _ count: UInt32) -> UInt32 {
        word << count | word >> (32 - count)
    }
}
