/// Assembles libyaml's events into a ``YAMLNode`` tree with an explicit stack, so that nesting in
/// the file never becomes recursion here, and enforces the limits that depend on the tree: depth,
/// alias expansion, node count and unique keys.
struct YAMLTreeBuilder {
    /// A collection whose end event has not come yet.
    private struct Frame {
        let start: TextPosition
        let tag: String?
        let anchor: String?
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Where each scalar key of a large mapping first appeared; small mappings, the usual
        /// case, are searched directly, which is much cheaper than hashing every key.
        var keyIndex: [String: TextPosition]?
        /// Nodes in the subtree so far, this one included.
        var size = 1
        /// Nesting of the subtree so far: 1 for a collection of scalars.
        var height = 1
    }

    /// A finished node with the measures the limits need, kept for anchors so that each alias
    /// costs O(1) to check.
    private struct Subtree {
        let node: YAMLNode
        let size: Int
        let height: Int
    }

    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: Subtree] = [:]
    private var expanded = 0
    /// Nodes so far, aliases expanded.
    private var nodes = 0
    /// The document's node, once it is complete.
    private(set) var root: YAMLNode?

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func scalar(_ node: consuming YAMLNode, anchor: String?) throws(YAMLError) {
        try count(1, at: node.range.start)
        try attach(node, size: 1, height: 0, anchor: anchor)
    }

    mutating func alias(_ name: String, at position: TextPosition) throws(YAMLError) {
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
        try attach(subtree.node, size: subtree.size, height: subtree.height, anchor: nil)
    }

    mutating func startCollection(
        isMapping: Bool, at start: TextPosition, tag: String?, anchor: String?
    ) throws(YAMLError) {
        guard stack.count < limits.maxDepth else {
            throw YAMLError(.tooDeep(limit: limits.maxDepth), at: start)
        }
        try count(1, at: start)
        var frame = Frame(start: start, tag: tag, anchor: anchor, isMapping: isMapping)
        // Annotation files hold small mappings: room for a claim's keys at once saves the
        // array several regrowths, and the tree lives only until it is decoded.
        if isMapping { frame.pairs.reserveCapacity(Self.expectedPairs) } else { frame.items.reserveCapacity(Self.expectedItems) }
        stack.append(frame)
    }

    private static let expectedPairs = 12
    private static let expectedItems = 4

    mutating func endCollection(at end: TextPosition) throws(YAMLError) {
        let frame = stack.removeLast()
        let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        try attach(YAMLNode(kind: kind, range: TextRange(start: frame.start, end: end), tag: frame.tag),
                   size: frame.size, height: frame.height, anchor: frame.anchor)
    }

    private mutating func count(_ added: Int, at position: TextPosition) throws(YAMLError) {
        nodes += added
        guard nodes <= limits.maxNodes else { throw YAMLError(.tooManyNodes(limit: limits.maxNodes), at: position) }
    }

    /// Adds a finished node, moved in, to the open collection, or makes it the root. Every node
    /// of every file passes through here, so it is not copied on the way.
    private mutating func attach(_ node: consuming YAMLNode, size: Int, height: Int, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = Subtree(node: copy node, size: size, height: height) }
        guard let top = stack.indices.last else {
            root = node
            return
        }
        stack[top].size += size
        stack[top].height = max(stack[top].height, height + 1)
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey.take() else {
            if case .scalar(let name, _) = node.kind, let first = Self.register(name, at: node.range.start, in: &stack[top]) {
                throw YAMLError(.duplicateKey(key: name, first: first), at: node.range.start)
            }
            stack[top].pendingKey = node
            return
        }
        stack[top].pairs.append(YAMLPair(key: key, value: node))
    }

    /// Mappings up to this many keys are checked for duplicates by a scan.
    private static let scannedKeys = 16

    /// Records a mapping key; returns where it first appeared when it is a duplicate.
    private static func register(_ name: String, at position: TextPosition, in frame: inout Frame) -> TextPosition? {
        if frame.keyIndex == nil {
            if let earlier = frame.pairs.first(where: { $0.key.scalar == name }) { return earlier.key.range.start }
            guard frame.pairs.count >= scannedKeys else { return nil }
            frame.keyIndex = Dictionary(frame.pairs.compactMap { pair in pair.key.scalar.map { ($0, pair.key.range.start) } },
                                        uniquingKeysWith: { first, _ in first })
        }
        return frame.keyIndex?.updateValue(position, forKey: name) ?? nil
    }
}
