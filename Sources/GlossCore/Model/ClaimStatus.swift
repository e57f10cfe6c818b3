/// Where a claim stands: nobody has judged it, its reviewers disagree with no final word, or
/// the verdict (the editor's final one, else the one the reviews agree on).
public enum ClaimStatus: Sendable, Hashable, CustomStringConvertible {
    case unreviewed
    case disputed
    case verdict(Verdict)

    public init(reviews: [Verdict], finalVerdict: Verdict?) {
        if let finalVerdict {
            self = .verdict(finalVerdict)
        } else if let first = reviews.first {
            self = reviews.allSatisfy { $0 == first } ? .verdict(first) : .disputed
        } else {
            self = .unreviewed
        }
    }

    public var description: String {
        switch self {
        case .unreviewed: "unreviewed"
        case .disputed: "disputed"
        case .verdict(let verdict): verdict.rawValue
        }
    }
}
