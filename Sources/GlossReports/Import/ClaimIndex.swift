import GlossCore

/// An annotation file's claims by id and by quote, in file order: what an import looks an
/// annotation up in, to tell one already there, for each of thousands of annotations.
struct ClaimIndex {
    var byID: [String: AnchoredClaim] = [:]
    var byQuote: [String: [AnchoredClaim]] = [:]

    init(_ claims: [AnchoredClaim]) {
        for claim in claims {
            if byID[claim.id] == nil { byID[claim.id] = claim }
            if let quote = claim.claim.anchor?.quote.value { byQuote[quote, default: []].append(claim) }
        }
    }
}
