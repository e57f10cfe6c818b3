/// Who a claim is attributed to: an explicit statement that the article names nobody, or the
/// chain of sources, nearest the reader first ("The Paper said that officials said …").
public enum Attribution: Sendable, Hashable {
    case unattributed
    case chain([Located<String>])

    /// The YAML spelling of an explicitly unattributed claim.
    public static let unattributedKeyword = "unattributed"

    /// The source ids of the chain; empty when unattributed.
    public var sourceIDs: [Located<String>] {
        switch self {
        case .unattributed: []
        case .chain(let ids): ids
        }
    }
}
