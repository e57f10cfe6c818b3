/// Findings about claims anchored where the article's text differs from the quote (the
/// normalized and fuzzy tiers), pointing at the quote and carrying the text now there.
enum AnchorTextFindings {
    static func finding(about claim: AnchoredClaim, tier: AnchorTier, into findings: inout [Finding],
                        message: (_ quote: String, _ now: String) -> String) {
        guard let result = claim.anchoring, result.tier == tier, let anchor = claim.claim.anchor,
              let now = result.textNow else { return }
        let (quote, shown) = Excerpt.differing(anchor.quote.value, now)
        findings.append(claim.finding(message(quote, shown), at: anchor.quote.range))
    }
}
