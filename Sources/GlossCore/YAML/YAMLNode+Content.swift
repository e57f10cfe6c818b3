extension YAMLNode {
    /// Whether two nodes hold the same data wherever they are written: scalars by text, style
    /// and tag, collections item by item and mappings pair by pair, in order. Every edit Gloss
    /// makes as text is checked with it before it is written: what the edit did not mean to
    /// change must read back the same, or the file is left alone.
    ///
    /// The values of mapping keys in `changeable`, at any depth, may differ, and such keys may be
    /// present on one side only.
    public func hasSameContent(as other: YAMLNode, except changeable: Set<String> = []) -> Bool {
        // Read from the records and the scalars' bytes: `gloss fix` compares every file it
        // changes, and making the nodes' values cost as much as parsing them.
        let mine = document.records[index], theirs = other.document.records[other.index]
        guard mine.kind == theirs.kind, tag == other.tag else { return false }
        switch mine.kind {
        case .scalar:
            return mine.style == theirs.style
                && mine.withText(in: document.text) { a in theirs.withText(in: other.document.text) { b in a.elementsEqual(b) } }
        case .sequence:
            return items.count == other.items.count
                && zip(items, other.items).allSatisfy { $0.hasSameContent(as: $1, except: changeable) }
        case .mapping:
            let kept = { (node: YAMLNode) in
                changeable.isEmpty ? Array(node.pairs) : node.pairs.filter { pair in !changeable.contains { pair.key.isScalar($0) } }
            }
            let (left, right) = (kept(self), kept(other))
            return left.count == right.count && zip(left, right).allSatisfy { pair, other in
                pair.key.hasSameContent(as: other.key) && pair.value.hasSameContent(as: other.value, except: changeable)
            }
        }
    }
}
