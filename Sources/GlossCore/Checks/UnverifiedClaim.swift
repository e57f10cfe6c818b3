/// A claim nobody can yet rely on, for `gloss check --unverified`: where it is, its status and why.
public struct UnverifiedClaim: Sendable, Hashable {
    public var claimID: String
    /// The claim's `id` in its annotation file.
    public var location: Location
    public var status: ClaimStatus
    public var reason: UnverifiedReason

    public init(claimID: String, location: Location, status: ClaimStatus, reason: UnverifiedReason) {
        self.claimID = claimID
        self.location = location
        self.status = status
        self.reason = reason
    }
}

extension Analysis {
    /// Every unverified claim, sorted by file and position.
    public var unverifiedClaims: [UnverifiedClaim] {
        claims.compactMap { claim in
            claim.claim.unverifiedReason.map {
                UnverifiedClaim(claimID: claim.id, location: claim.primaryLocation, status: claim.claim.status, reason: $0)
            }
        }.sorted { $0.location < $1.location }
    }
}
