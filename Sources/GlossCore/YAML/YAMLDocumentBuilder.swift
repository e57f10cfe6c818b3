/// Assembles libyaml's events into a ``YAMLDocument`` with an explicit stack, so that nesting in
/// the file never becomes recursion here, and enforces the limits that depend on the tree: depth,
/// alias expansion, node count and unique keys.
struct YAMLDocumentBuilder {
    private typealias Record = YAMLDocument.Record

    /// A collection whose end event has not come yet.
    private struct Frame {
        /// Its record, whose count and extent are filled in at the end.
        let record: Int
        let anchor: String?
        let isMapping: Bool
        /// A block collection, which ends with its content; a flow one ends at its bracket.
        let isBlock: Bool
        /// Where the text of the nodes attached so far ends: where a block collection ends.
        var contentEnd: TextPosition?
        /// Nodes attached so far; in a mapping, keys and values alternately.
        var children = 0
        /// Where each scalar key of a large mapping first appeared; small mappings, the usual
        /// case, are searched directly, which is much cheaper than hashing every key.
        var keyIndex: [String: TextPosition]?
        /// A bit for each length and first byte of the mapping's keys so far: a key whose bit is
        /// not set yet cannot repeat one, and most keys are not searched for at all.
        var keyBits: UInt64 = 0
        /// Nesting of the subtree so far: 1 for a collection of scalars.
        var height = 1
    }

    /// A finished anchored node: its records, copied for each alias, and the measures the limits
    /// need, so that each alias costs O(1) to check.
    private struct Subtree {
        let start: Int
        let size: Int
        let height: Int
    }

    private let limits: YAMLLimits
    private var records: [Record] = []
    /// The scalars' text, then zeros: room made ahead, so that a scalar's text is copied in
    /// place, where appending it cost several times the copy.
    private var text: [UInt8] = []
    /// How much of ``text`` is scalars' text.
    private var textCount = 0
    private var tags: [String] = []
    private var stack: [Frame] = []
    private var anchors: [String: Subtree] = [:]
    private var expanded = 0

    /// `bytes` is the size of the file, which bounds how much room the document needs.
    init(limits: YAMLLimits, bytes: Int) {
        self.limits = limits
        // A node takes at least a few bytes of the file, and a scalar's text is about as long
        // as it is in the file: room for both at once saves the arrays their regrowths.
        records.reserveCapacity(min(bytes / 8, limits.maxNodes) + 1)
        text.reserveCapacity(bytes)
    }

    /// The document, once its root is complete; nil before, or when there was no node.
    mutating func finish() -> YAMLNode? {
        guard stack.isEmpty, !records.isEmpty else { return nil }
        text.removeLast(text.count - textCount)
        return YAMLNode(YAMLDocument(records: records, text: text, tags: tags), at: 0)
    }

    /// `tag` and `anchor` are libyaml's, nearly always absent: made `String`s only when present,
    /// so that a scalar without them has no optional strings to release (two for each scalar).
    mutating func scalar(_ value: UnsafeBufferPointer<UInt8>, style: YAMLScalarStyle, range: TextRange,
                         tag: UnsafePointer<UInt8>?, anchor: UnsafePointer<UInt8>?) throws(YAMLError) {
        try count(1, at: range.start)
        let index = records.count
        records.append(Record(range: range, first: Int32(textCount), extent: Int32(value.count), tag: tagIndex(tag),
                              kind: .scalar, style: style))
        appendText(value)
        if let anchor { anchors[String(cString: anchor)] = Subtree(start: index, size: 1, height: 0) }
        try attach(index, size: 1, height: 0, anchor: nil, end: range.end)
    }

    private mutating func appendText(_ value: UnsafeBufferPointer<UInt8>) {
        guard let source = value.baseAddress else { return }
        // Zeroed a few pages at a time, so that no more memory is touched than the text needs.
        if text.count - textCount < value.count { text.append(contentsOf: repeatElement(0, count: max(value.count, 16_384))) }
        text.withUnsafeMutableBufferPointer { text in
            // In bounds: the room was checked above.
            text.baseAddress!.advanced(by: textCount).update(from: source, count: value.count)
        }
        textCount += value.count
    }

    mutating func alias(_ name: String, at range: TextRange) throws(YAMLError) {
        let position = range.start
        guard let subtree = anchors[name] else {
            throw YAMLError(.undefinedAlias(name: name), at: position)
        }
        expanded += subtree.size
        guard expanded <= limits.maxAliasExpansion else {
            throw YAMLError(.aliasBudgetExceeded(limit: limits.maxAliasExpansion), at: position)
        }
        guard stack.count + subtree.height <= limits.maxDepth else {
            throw YAMLError(.tooDeep(limit: limits.maxDepth), at: position)
        }
        try count(subtree.size, at: position)
        // Counts and extents are relative and scalar text is shared, so the records copy as they are.
        let index = records.count
        for source in subtree.start..<subtree.start + subtree.size { records.append(records[source]) }
        // The copy keeps the anchored node's positions; the alias's own text is where it ends here.
        try attach(index, size: subtree.size, height: subtree.height, anchor: nil, end: range.end)
    }

    mutating func startCollection(isMapping: Bool, isBlock: Bool, at start: TextPosition, tag: UnsafePointer<UInt8>?,
                                  anchor: UnsafePointer<UInt8>?) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(.tooDeep(limit: limits.maxDepth), at: start)
        }
        try count(1, at: start)
        stack.append(Frame(record: records.count, anchor: anchor.map { String(cString: $0) }, isMapping: isMapping, isBlock: isBlock))
        records.append(Record(range: TextRange(at: start), first: 0, extent: 1, tag: tagIndex(tag),
                              kind: isMapping ? .mapping : .sequence, style: .plain))
    }

    /// libyaml ends a block collection where the next token starts, past the blank lines and
    /// comments after it (a claim's mapping ran on to the `-` of the next claim); it ends here
    /// with its last node, so that a finding about it covers its own lines.
    mutating func endCollection(at end: TextPosition) throws(YAMLError) {
        let frame = stack.removeLast()
        let size = records.count - frame.record
        let end = frame.isBlock ? frame.contentEnd ?? end : end
        records[frame.record].first = Int32(frame.children)
        records[frame.record].extent = Int32(size)
        records[frame.record].range.end = end
        try attach(frame.record, size: size, height: frame.height, anchor: frame.anchor, end: end)
    }

    private mutating func count(_ added: Int, at position: TextPosition) throws(YAMLError) {
        // Records count in 32 bits, whatever limit a configuration sets.
        let limit = min(limits.maxNodes, Int(Int32.max))
        guard records.count + added <= limit else { throw YAMLError(.tooManyNodes(limit: limit), at: position) }
    }

    private mutating func tagIndex(_ tag: UnsafePointer<UInt8>?) -> Int32 {
        guard let tag else { return -1 }
        tags.append(String(cString: tag))
        return Int32(tags.count - 1)
    }

    /// Adds the finished node at record `index` to the open collection; without one, it is the root.
    /// `end` is where the node's text ends.
    private mutating func attach(_ index: Int, size: Int, height: Int, anchor: String?, end: TextPosition) throws(YAMLError) {
        if let anchor { anchors[anchor] = Subtree(start: index, size: size, height: height) }
        guard let top = stack.indices.last else { return }
        stack[top].height = max(stack[top].height, height + 1)
        stack[top].contentEnd = end
        defer { stack[top].children += 1 }
        guard stack[top].isMapping, stack[top].children.isMultiple(of: 2), records[index].kind == .scalar else { return }
        // Most keys of a small mapping are told new by their bit alone: they are done here, without
        // taking out the key index and passing the records, which cost more than the rest.
        if stack[top].keyIndex == nil, stack[top].children / 2 < Self.scannedKeys {
            let bit = Self.keyBit(records[index], in: text)
            if stack[top].keyBits & bit == 0 {
                stack[top].keyBits |= bit
                return
            }
        }
        // Only what registering changes is taken out of the frame: copying the whole of it
        // cost a retain of its anchor and its key index for every key of every mapping.
        var keys = (bits: stack[top].keyBits, index: stack[top].keyIndex.take())
        let first = Self.register(key: index, mapping: stack[top].record, children: stack[top].children, keys: &keys,
                                  in: (records, text))
        (stack[top].keyBits, stack[top].keyIndex) = keys
        if let first {
            throw YAMLError(.duplicateKey(key: Self.scalarText(index, in: (records, text)), first: first),
                            at: records[index].range.start)
        }
    }

    /// Mappings up to this many keys are checked for duplicates by a scan.
    private static let scannedKeys = 16

    /// The records and scalar text so far, passed to the static helpers below so that calling
    /// them copies nothing (a method on the builder copied the whole builder at each key).
    private typealias Nodes = (records: [Record], text: [UInt8])

    /// Records the scalar key at record `index`, the next child of the mapping at record
    /// `mapping`, in the mapping's keys so far; returns where it first appeared when it is a
    /// duplicate.
    private static func register(key index: Int, mapping: Int, children: Int,
                                 keys: inout (bits: UInt64, index: [String: TextPosition]?), in nodes: Nodes) -> TextPosition? {
        let records = nodes.records
        if keys.index == nil {
            let bit = keyBit(records[index], in: nodes.text)
            let mightRepeat = keys.bits & bit != 0
            keys.bits |= bit
            var earlier = mapping + 1
            for child in 0..<(mightRepeat ? children : 0) {
                if child.isMultiple(of: 2), sameScalar(earlier, index, in: nodes) { return records[earlier].range.start }
                earlier += records[earlier].subtreeSize
            }
            guard children / 2 >= scannedKeys else { return nil }
            var built: [String: TextPosition] = [:]
            earlier = mapping + 1
            for child in 0..<children {
                if child.isMultiple(of: 2), records[earlier].kind == .scalar {
                    built[scalarText(earlier, in: nodes)] = built[scalarText(earlier, in: nodes)] ?? records[earlier].range.start
                }
                earlier += records[earlier].subtreeSize
            }
            keys.index = built
        }
        return keys.index?.updateValue(records[index].range.start, forKey: scalarText(index, in: nodes)) ?? nil
    }

    /// The bit of a scalar key in ``Frame/keyBits``: one for its length and first byte.
    private static func keyBit(_ record: Record, in text: [UInt8]) -> UInt64 {
        let first = record.extent > 0 ? UInt64(text[Int(record.first)]) : 0
        return UInt64(1) << ((UInt64(record.extent) &* 31 &+ first) & 63)
    }

    private static func scalarText(_ index: Int, in nodes: Nodes) -> String {
        nodes.records[index].string(in: nodes.text)
    }

    /// Whether two records are scalars with the same text.
    private static func sameScalar(_ a: Int, _ b: Int, in nodes: Nodes) -> Bool {
        let (first, second) = (nodes.records[a], nodes.records[b])
        guard first.kind == .scalar, second.kind == .scalar, first.extent == second.extent else { return false }
        return first.withText(in: nodes.text) { one in second.withText(in: nodes.text) { one.elementsEqual($0) } }
    }
}
