import CSHA1

/// SHA-1 (FIPS 180-4), for git object ids and finding fingerprints: git names blobs by it, and
/// Gloss must compute those ids in-process without a dependency. Not for anything that needs
/// collision resistance.
///
/// Every document of a workspace is hashed on every check, so blocks are read in place and the
/// message schedule lives on the stack; where the processor has SHA instructions, they fold the
/// blocks (`CSHA1`), and this file's rounds are the fallback and the tests' reference.
enum SHA1 {
    /// What folds the 64-byte blocks into the state.
    enum Engine: CaseIterable {
        /// This file's rounds, on any processor.
        case portable
        /// The processor's SHA instructions; only where ``isAvailable`` says so.
        case hardware

        var isAvailable: Bool { self == .portable || Self.hasHardware }

        /// The hardware when the processor has it.
        static let fastest: Engine = hasHardware ? .hardware : .portable

        private static let hasHardware = gloss_sha1_hardware_available() != 0
    }

    /// The digest as 40 lowercase hexadecimal digits, as git prints object ids.
    static func hexDigest(_ message: [UInt8]) -> String {
        hex(digest(message))
    }

    /// The digest of `prefix` followed by `message`, as hexadecimal digits.
    static func hexDigest(prefix: [UInt8], _ message: [UInt8]) -> String {
        hex(digest(prefix: prefix, message))
    }

    /// Written into one buffer: an array of two digits for each byte cost more than the hashing
    /// of a short document.
    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: digest.count * 2) { text in
            for (index, byte) in digest.enumerated() {
                text[2 * index] = digits[Int(byte >> 4)]
                text[2 * index + 1] = digits[Int(byte & 0xF)]
            }
            return digest.count * 2
        }
    }

    /// The 20-byte digest of a message.
    static func digest(_ message: [UInt8], engine: Engine = .fastest) -> [UInt8] {
        digest(prefix: [], message, engine: engine)
    }

    /// The 20-byte digest of `prefix` followed by `message`, without joining them: git hashes a
    /// short header before a whole document.
    static func digest(prefix: [UInt8], _ message: [UInt8], engine: Engine = .fastest) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        func compress(_ blocks: UnsafeRawPointer, count: Int) {
            switch engine {
            case .hardware:
                withUnsafeMutableBytes(of: &state) { words in
                    gloss_sha1_compress_hardware(words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                                 blocks.assumingMemoryBound(to: UInt8.self), count)
                }
            case .portable:
                for block in 0..<count { Self.compress(&state, blocks + 64 * block) }
            }
        }
        // Whole blocks are read in place; the bytes that do not make one wait in two blocks on the
        // stack, which then take the padding: joined, padded and split in arrays, a document's
        // last bytes cost a third as much as hashing it.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { waiting in
            let waitingBlocks = UnsafeMutableRawPointer(waiting.baseAddress!)
            var waitingCount = 0
            func hash(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let base = bytes.baseAddress else { return }
                var start = 0
                if waitingCount > 0 {
                    start = min(64 - waitingCount, bytes.count)
                    (waitingBlocks + waitingCount).copyMemory(from: base, byteCount: start)
                    waitingCount += start
                    guard waitingCount == 64 else { return }
                    compress(UnsafeRawPointer(waitingBlocks), count: 1)
                    waitingCount = 0
                }
                let wholeBlocks = (bytes.count - start) / 64
                compress(UnsafeRawPointer(base + start), count: wholeBlocks)
                start += 64 * wholeBlocks
                waitingBlocks.copyMemory(from: base + start, byteCount: bytes.count - start)
                waitingCount = bytes.count - start
            }
            prefix.withUnsafeBufferPointer(hash)
            message.withUnsafeBufferPointer(hash)
            // Padding: 0x80, zeros up to 56 mod 64, then the length in bits, big-endian.
            let end = waitingCount < 56 ? 64 : 128
            waitingBlocks.storeBytes(of: 0x80, toByteOffset: waitingCount, as: UInt8.self)
            (waitingBlocks + waitingCount + 1).initializeMemory(as: UInt8.self, repeating: 0, count: end - 8 - waitingCount - 1)
            waitingBlocks.storeBytes(of: (UInt64(prefix.count + message.count) &* 8).bigEndian, toByteOffset: end - 8, as: UInt64.self)
            compress(UnsafeRawPointer(waitingBlocks), count: end / 64)
        }
        return [UInt8](unsafeUninitializedCapacity: 20) { digest, count in
            let target = UnsafeMutableRawPointer(digest.baseAddress!)
            for (index, word) in [state.0, state.1, state.2, state.3, state.4].enumerated() {
                target.storeBytes(of: word.bigEndian, toByteOffset: 4 * index, as: UInt32.self)
            }
            count = 20
        }
    }

    /// Folds one 64-byte block into the state. Each word of the block is read as one big-endian
    /// load, and the rounds are written five at a time, the letters taking each other's parts
    /// in turn, instead of the five state words being shifted along after every round.
    private static func compress(_ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32), _ bytes: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
            for index in 0..<16 {
                schedule[index] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
            }
            for index in 16..<32 {
                schedule[index] = rotate(schedule[index - 3] ^ schedule[index - 8] ^ schedule[index - 14] ^ schedule[index - 16], 1)
            }
            // From the 32nd word on, the recurrence applied twice is w[i] = rotate(w[i - 6] ^
            // w[i - 16] ^ w[i - 28] ^ w[i - 32], 2), in which no word depends on the three before
            // it: four words are made at once, in vectors, instead of one at a time.
            let words = UnsafeMutableRawPointer(schedule.baseAddress!)
            for index in stride(from: 32, to: 80, by: 4) {
                let mixed = words.loadUnaligned(fromByteOffset: 4 * (index - 6), as: SIMD4<UInt32>.self)
                    ^ words.loadUnaligned(fromByteOffset: 4 * (index - 16), as: SIMD4<UInt32>.self)
                    ^ words.loadUnaligned(fromByteOffset: 4 * (index - 28), as: SIMD4<UInt32>.self)
                    ^ words.loadUnaligned(fromByteOffset: 4 * (index - 32), as: SIMD4<UInt32>.self)
                words.storeBytes(of: mixed &<< 2 | mixed &>> 30, toByteOffset: 4 * index, as: SIMD4<UInt32>.self)
            }
            var (a, b, c, d, e) = state
            // One round: `e` takes the next value and `b` its rotation; the callers turn the letters.
            @inline(__always) func round(_ mix: UInt32, _ e: inout UInt32, _ a: UInt32, _ b: inout UInt32, _ constant: UInt32, _ index: Int) {
                e = e &+ rotate(a, 5) &+ mix &+ constant &+ schedule[index]
                b = rotate(b, 30)
            }
            // The four stages, each with its own mixing function and constant, as separate loops.
            @inline(__always) func stage(_ rounds: Range<Int>, _ constant: UInt32, _ mix: (UInt32, UInt32, UInt32) -> UInt32) {
                for index in stride(from: rounds.lowerBound, to: rounds.upperBound, by: 5) {
                    round(mix(b, c, d), &e, a, &b, constant, index)
                    round(mix(a, b, c), &d, e, &a, constant, index + 1)
                    round(mix(e, a, b), &c, d, &e, constant, index + 2)
                    round(mix(d, e, a), &b, c, &d, constant, index + 3)
                    round(mix(c, d, e), &a, b, &c, constant, index + 4)
                }
            }
            stage(0..<20, 0x5A82_7999) { b, c, d in (b & c) | (~b & d) }
            stage(20..<40, 0x6ED9_EBA1) { b, c, d in b ^ c ^ d }
            stage(40..<60, 0x8F1B_BCDC) { b, c, d in (b & c) | (b & d) | (c & d) }
            stage(60..<80, 0xCA62_C1D6) { b, c, d in b ^ c ^ d }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
        }
    }

    private static func rotate(_ word: UInt32, _ count: UInt32) -> UInt32 {
        word << count | word >> (32 - count)
    }
}
