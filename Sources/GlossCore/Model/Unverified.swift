/// Why a claim counts as unverified: nobody has judged it, its reviewers disagree, the verdict
/// is that it cannot be verified, or the verdict rests on no evidence.
public enum UnverifiedReason: Sendable, Hashable, CustomStringConvertible {
    case unreviewed
    case disputed
    case unverifiable
    case noEvidence(Verdict)

    public var description: String {
        switch self {
        case .unreviewed: "nobody has reviewed it"
        case .disputed: "reviewers disagree and no final verdict resolves it"
        case .unverifiable: "the verdict is that it cannot be verified"
        case .noEvidence(let verdict): "the verdict `\(verdict.rawValue)` rests on no evidence"
        }
    }
}

extension Claim {
    /// Why the claim is unverified, or nil when a verdict backed by evidence settles it.
    public var unverifiedReason: UnverifiedReason? {
        switch status {
        case .unreviewed: .unreviewed
        case .disputed: .disputed
        case .verdict(.unverifiable): .unverifiable
        case .verdict(let verdict): reviews.allSatisfy(\.evidence.isEmpty) ? .noEvidence(verdict) : nil
        }
    }
}
