extension YAMLNode {
    /// Whether two nodes hold the same data wherever they are written: scalars by text, style
    /// and tag, collections item by item and mappings pair by pair, in order. Every edit Gloss
    /// makes as text is checked with it before it is written: what the edit did not mean to
    /// change must read back the same, or the file is left alone.
    ///
    /// The values of mapping keys in `changeable`, at any depth, may differ, and such keys may be
    /// present on one side only.
    public func hasSameContent(as other: YAMLNode, except changeable: Set<String> = []) -> Bool {
        guard tag == other.tag else { return false }
        switch (kind, other.kind) {
        case (.scalar(let text, let style), .scalar(let otherText, let otherStyle)):
            return text == otherText && style == otherStyle
        case (.sequence(let items), .sequence(let otherItems)):
            return items.count == otherItems.count
                && zip(items, otherItems).allSatisfy { $0.hasSameContent(as: $1, except: changeable) }
        case (.mapping(let pairs), .mapping(let otherPairs)):
            let kept = { (pairs: [YAMLPair]) in pairs.filter { $0.key.scalar.map(changeable.contains) != true } }
            let (mine, theirs) = (kept(pairs), kept(otherPairs))
            return mine.count == theirs.count && zip(mine, theirs).allSatisfy { pair, other in
                pair.key.hasSameContent(as: other.key) && pair.value.hasSameContent(as: other.value, except: changeable)
            }
        default:
            return false
        }
    }
}
