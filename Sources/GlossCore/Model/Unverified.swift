/// Why a claim counts as unverified: nobody has judged it, its reviewers disagree, the verdict
/// is that it cannot be verified, or no evidence backs the verdict.
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
        case .noEvidence(let verdict): "no evidence backs the verdict `\(verdict.rawValue)`"
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
        case .verdict(let verdict): hasEvidence(backing: verdict) ? nil : .noEvidence(verdict)
        }
    }

    /// Whether some evidence in the reviews can back `verdict`: a piece that does not point the
    /// other way. A link a reviewer marked `refutes` does not back `supported`, nor one marked
    /// `supports` `refuted`; a link without a stance, or given as context, backs any verdict.
    public func hasEvidence(backing verdict: Verdict) -> Bool {
        reviews.contains { review in
            review.evidence.contains { evidence in
                switch (evidence.stance?.value, verdict) {
                case (.refutes, .supported), (.supports, .refuted): false
                default: true
                }
            }
        }
    }
}
