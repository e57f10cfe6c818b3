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
}
