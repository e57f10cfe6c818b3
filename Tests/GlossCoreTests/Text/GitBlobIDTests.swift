import Testing

@testable import GlossCore

/// Expected values were produced with `git hash-object` and `sha1sum` when the tests were written.
@Suite("Git blob ids and SHA-1")
struct GitBlobIDTests {
    /// The first `count` bytes of a repeated pangram: lengths around the 55/56/64-byte padding
    /// boundaries of SHA-1.
    static func pangram(_ count: Int) -> [UInt8] {
        Array(Array(String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 30).utf8).prefix(count))
    }

    @Test func emptyFile() {
        #expect(GitBlobID.of([]) == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
    }

    @Test func helloNewline() {
        #expect(GitBlobID.of(Array("hello\n".utf8)) == "ce013625030ba8dba906f756967f9e9ca394464a")
    }

    @Test func cjkText() {
        let bytes = Array("兰州封控：甘肃新增本土感染者185例，其中无症状感染者占98%以上。\n".utf8)
        #expect(GitBlobID.of(bytes) == "8aa82605b41d63275dc01d3e9f1984e29ba04d72")
    }

    @Test func byteOrderMarkIsPartOfTheBlob() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("hello\r\n".utf8)
        #expect(GitBlobID.of(bytes) == "ad3a9a389a67fed3081f0079c859b1e5c190df53")
    }

    @Test(arguments: [
        (55, "84f0cc808e18d65fe87ca908a68c4de91df4fa98"),
        (56, "a9cf06133132d04b59276f64bfe86dc0f3e62096"),
        (63, "9b070c257b00b575432aad73cb4734495fe56297"),
        (64, "9784104a67a6f87b0272d98eb78976a29a1564c4"),
        (65, "5da6527b8116ab6af8933b1170f23033fa33d34d"),
        (119, "29a41740af8f06630dd0f008476a5657a8c47be8"),
        (120, "90368b8155a86cd2703d7f8dfd667a0a504daaac"),
        (1000, "2b81ae2e24a77f1e27ffaf8435fac9328e7c221c"),
    ])
    func blobsAcrossPaddingBoundaries(count: Int, id: String) {
        #expect(GitBlobID.of(Self.pangram(count)) == id)
    }

    @Test(arguments: [
        (0, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        (55, "0558010a9a9800dc97ab12953301cba5c9d78cec"),
        (56, "6bb6eba88f4fae6b798459a25a46ecd420a78847"),
        (63, "9921d82a69493909e6f8eb4821b231b0509aacf9"),
        (64, "3136efa02dc83c7ce195563a49962da5f2f41a54"),
        (65, "049e31479c97920676010622896e84c4aa900b6f"),
        (119, "3692531d76fb737715a30169709fb2471e4b08c6"),
        (120, "45762fdd4a147dc70d9331b400505562211175dc"),
        (1000, "fb88ad7b6d262f8602cfeb3d36d7feb7efaf914e"),
    ])
    func sha1AcrossPaddingBoundaries(count: Int, digest: String) {
        for engine in Self.engines {
            #expect(hex(SHA1.digest(Self.pangram(count), engine: engine)) == digest, "\(engine)")
        }
    }

    /// The engines this processor runs: the hardware's SHA instructions where it has them, and the
    /// portable rounds everywhere, each held to the same digests.
    static let engines = SHA1.Engine.allCases.filter(\.isAvailable)

    /// A prefix hashed in front of a message (git's header before a document) gives the digest of
    /// the two joined, wherever the boundary falls against the 64-byte blocks.
    @Test func sha1OfAPrefixAndAMessageIsTheDigestOfBoth() {
        for prefixCount in [0, 1, 10, 55, 56, 63, 64, 65, 100, 128, 130] {
            for messageCount in [0, 1, 8, 54, 55, 63, 64, 65, 119, 120, 200, 1000] {
                let (prefix, message) = (Array(Self.pangram(prefixCount).reversed()), Self.pangram(messageCount))
                for engine in Self.engines {
                    #expect(SHA1.digest(prefix: prefix, message, engine: engine) == SHA1.digest(prefix + message, engine: .portable),
                            "\(prefixCount) + \(messageCount), \(engine)")
                }
            }
        }
    }

    @Test func sha1OfABC() {
        for engine in Self.engines {
            #expect(hex(SHA1.digest(Array("abc".utf8), engine: engine)) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        }
    }

    /// A document of many blocks, hashed in place in one call to the hardware: the engines agree.
    @Test func enginesAgreeOnALongDocument() {
        let document = Array(Self.pangram(1000)) + Array(String(repeating: "兰州封控。", count: 4000).utf8)
        let digests = Self.engines.map { SHA1.digest(prefix: Array("blob \(document.count)\0".utf8), document, engine: $0) }
        #expect(Set(digests).count == 1)
        #expect(Self.engines.contains(.portable))
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
