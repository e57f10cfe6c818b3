/// The keys one kind of mapping accepts, with their UTF-8 bytes laid out together: every key of
/// every mapping in a workspace is looked up among them, and comparing bytes already at hand
/// costs a fraction of comparing `String`s.
struct KnownKeys: Sendable, ExpressibleByArrayLiteral {
    let names: [String]
    /// Every name's bytes, one after another; name `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(_ names: [String]) {
        self.names = names
        bytes = names.flatMap(\.utf8)
        offsets = names.reduce(into: [0]) { offsets, name in offsets.append(offsets.last! + name.utf8.count) }
    }

    init(arrayLiteral names: String...) {
        self.init(names)
    }

    /// The position of the key spelled by `key`'s bytes, if it is known.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        // Every key of every mapping is looked up: both arrays are read through their buffers,
        // whose subscripts check nothing in a release build, where the arrays' checked each read.
        bytes.withUnsafeBufferPointer { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                var start = 0
                for position in 0..<offsets.count - 1 {
                    let end = offsets[position + 1]
                    if end - start == key.count, (0..<key.count).allSatisfy({ bytes[start &+ $0] == key[$0] }) { return position }
                    start = end
                }
                return nil
            }
        }
    }

    /// The position of `key`, if it is known. The lengths at hand are compared first: only a
    /// name of the same length is compared as a string.
    func position(of key: String) -> Int? {
        let length = key.utf8.count
        for position in names.indices where offsets[position + 1] - offsets[position] == length && names[position] == key {
            return position
        }
        return nil
    }
}

/// A key of one kind of mapping, named by its position among the mapping's ``known`` keys: a
/// field read by it is a slot of ``Fields`` read, where a field read by name searched the names
/// (every field of every claim is read).
protocol KnownKey: RawRepresentable<Int>, CaseIterable {
    /// The keys' names, in the order of the cases.
    static var known: KnownKeys { get }
}

extension KnownKey {
    var name: String { Self.known.names[rawValue] }
}
