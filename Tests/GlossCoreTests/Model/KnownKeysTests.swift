@testable import GlossCore
import Testing

@Suite struct KnownKeysTests {
    let keys: KnownKeys = ["id", "kind", "anchor", "as_of", "", "名前", "kin"]

    func found(byBytes key: String) -> Int? {
        Array(key.utf8).withUnsafeBufferPointer { keys.position(of: $0) }
    }

    @Test func everyNameIsFoundByItsBytesAndByItself() {
        for (position, name) in keys.names.enumerated() {
            #expect(found(byBytes: name) == position)
            #expect(keys.position(of: name) == position)
        }
    }

    @Test func prefixesExtensionsAndNearMissesAreNotKeys() {
        for key in ["i", "idx", "kinds", "ki", "anchoR", "as-of", "名", "名前s", " id"] {
            #expect(found(byBytes: key) == nil, "\(key)")
            #expect(keys.position(of: key) == nil, "\(key)")
        }
    }

    /// Each case reads the slot of the name at its position: the names must be the cases', in order.
    func namesFollowCases<Key: KnownKey>(_: Key.Type) -> Bool {
        let spelled = Key.allCases.map { key in
            String(describing: key).reduce(into: "") { name, character in
                name += character.isUppercase ? "_" + character.lowercased() : String(character)
            }
        }
        return spelled == Key.known.names && Key.allCases.map(\.rawValue) == Array(Key.known.names.indices)
    }

    @Test func annotationKeysAreNamedInTheOrderOfTheirCases() {
        typealias Decoder = AnnotationFileDecoder
        #expect(namesFollowCases(Decoder.FileKey.self))
        #expect(namesFollowCases(Decoder.ClaimKey.self))
        #expect(namesFollowCases(Decoder.AnchorKey.self))
        #expect(namesFollowCases(Decoder.StatementKey.self))
        #expect(namesFollowCases(Decoder.ReviewKey.self))
        #expect(namesFollowCases(Decoder.EvidenceKey.self))
        #expect(namesFollowCases(Decoder.SuppressionKey.self))
    }
}
