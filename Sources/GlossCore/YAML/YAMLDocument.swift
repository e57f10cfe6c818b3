/// The nodes of one parsed YAML document, held flat: one record a node in document order (a
/// collection before its contents, a key before its value), and the text of every scalar in one
/// byte buffer. ``YAMLNode`` is a position in it.
///
/// A tree of separate values cost an allocation for every mapping and list, a copy at every step
/// of decoding and a release of every node afterwards; ten thousand annotation files are millions
/// of nodes. Here a document is three arrays, whatever its size.
final class YAMLDocument: Sendable {
    /// One node. A collection's records follow it: its children in order, each followed by its
    /// own subtree, so the next sibling of a child is `extent` records further on.
    struct Record: Sendable {
        enum Kind: UInt8, Sendable {
            case scalar, sequence, mapping
        }

        var range: TextRange
        /// A scalar: where its text starts in ``YAMLDocument/text``. A collection: how many
        /// nodes it holds directly, keys and values both counted for a mapping.
        var first: Int32
        /// A scalar: its text's length in bytes. A collection: the records of its subtree,
        /// its own included.
        var extent: Int32
        /// The position of the explicit tag in ``YAMLDocument/tags``, or -1.
        var tag: Int32
        var kind: Kind
        var style: YAMLScalarStyle

        /// The records of the subtree this record starts.
        var subtreeSize: Int { kind == .scalar ? 1 : Int(extent) }

        /// Calls `body` with a scalar's text, which is in `text` (the document's, or the text
        /// gathered so far while it is built).
        func withText<Result>(in text: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            text.withUnsafeBufferPointer { text in
                body(UnsafeBufferPointer(rebasing: text[Int(first)..<Int(first + extent)]))
            }
        }

        /// A scalar's text as a string.
        func string(in text: [UInt8]) -> String {
            withText(in: text) { String(decoding: $0, as: UTF8.self) }
        }
    }

    let records: [Record]
    /// The scalars' text, UTF-8, one after another.
    let text: [UInt8]
    let tags: [String]

    init(records: [Record], text: [UInt8], tags: [String]) {
        self.records = records
        self.text = text
        self.tags = tags
    }

    /// Calls `body` with the records of each key and value of mapping record `index`, in file
    /// order, without making a node of either: every mapping of every file is walked this way.
    func forEachPair(ofMapping index: Int, _ body: (_ key: Int, _ value: Int) -> Void) {
        records.withUnsafeBufferPointer { records in
            var key = index + 1
            for _ in 0..<Int(records[index].first) / 2 {
                let value = key + records[key].subtreeSize
                body(key, value)
                key = value + records[value].subtreeSize
            }
        }
    }

    /// The text of scalar record `index`.
    func string(_ index: Int) -> String {
        records[index].string(in: text)
    }

    /// Whether scalar record `index` holds exactly `string`, compared without making a `String`:
    /// every key of every mapping is compared this way.
    func scalar(_ index: Int, equals string: String) -> Bool {
        let record = records[index]
        guard record.kind == .scalar, string.utf8.count == Int(record.extent) else { return false }
        return record.withText(in: text) { Self.equal($0, string) }
    }

    /// The position among `keys` of the one scalar record `index` holds, if any.
    func scalar(_ index: Int, in keys: KnownKeys) -> Int? {
        let record = records[index]
        guard record.kind == .scalar else { return nil }
        return record.withText(in: text) { keys.position(of: $0) }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ string: String) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            for offset in 0..<stored.count where stored[offset] != bytes[offset] { return false }
            return true
        } ?? utf8.elementsEqual(bytes)
    }
}
