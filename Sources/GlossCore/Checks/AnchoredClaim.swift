/// A claim with where it lives and where its anchor landed.
///
/// A class, immutable once loaded: every rule walks every claim, and passing a reference costs
/// one retain where copying the whole claim would cost dozens.
public final class AnchoredClaim: Sendable {
    public let claim: Claim
    /// The annotation file's path.
    public let path: String
    public let document: LoadedDocument?
    /// Nil when there is no anchor or no readable document to anchor in.
    public let anchoring: AnchorResult?

    public init(claim: Claim, path: String, document: LoadedDocument?, anchoring: AnchorResult?) {
        self.claim = claim
        self.path = path
        self.document = document
        self.anchoring = anchoring
    }

    public var id: String { claim.id.value }

    /// A location in this claim's annotation file.
    public func location(_ range: TextRange) -> Location { Location(path: path, range: range) }

    /// Where findings about the claim as a whole point: its `id`.
    public var primaryLocation: Location { location(claim.id.range) }

    /// The article span it landed on, as a related location, when it landed.
    public var spanLocation: RelatedLocation? {
        guard let document, let range = anchoring?.range else { return nil }
        return RelatedLocation(location: document.location(of: range), message: "the claim's words in the article")
    }

    /// A finding about this claim, pointing at `range` (default: the id) with the article span related.
    public func finding(_ message: String, at range: TextRange? = nil, related: [RelatedLocation] = []) -> Finding {
        Finding(message: message, location: location(range ?? claim.id.range), related: withSpan(related), claimID: id)
    }

    /// `related` and the article span, when the claim landed. Most findings have no other related
    /// location, and a large workspace has a hundred thousand findings: those get an array made
    /// at its size, not an empty one grown by an append.
    private func withSpan(_ related: [RelatedLocation]) -> [RelatedLocation] {
        guard let span = spanLocation else { return related }
        return related.isEmpty ? [span] : related + [span]
    }
}
