/// The findings the loader already made, for the rules that report problems met while reading.
enum LoadProblemFindings {
    /// A problem inside a claim that decoded (an unknown key in it, a review's bad date) is
    /// that claim's, so that the claim's `ignore` can silence it as it silences any finding
    /// about the claim.
    static func of(_ kind: LoadProblem.Kind, in analysis: Analysis) -> [Finding] {
        let problems = analysis.loadProblems.filter { $0.kind == kind }
        guard !problems.isEmpty else { return [] }
        var claimsByPath: [String: [AnchoredClaim]] = [:]
        for file in analysis.files where claimsByPath[file.path] == nil { claimsByPath[file.path] = file.claims }
        return problems.map { (problem: LoadProblem) -> Finding in
            let offset = problem.location.range.start.offset
            var owner: AnchoredClaim? = claimsByPath[problem.location.path].flatMap { claims in claim(holding: offset, among: claims) }
            // A problem in an `ignore` entry itself (no reason, a blank one) is not the claim's:
            // an entry cannot excuse its own want of a reason.
            if owner?.claim.ignore.contains(where: { $0.range.offsets.contains(offset) }) == true { owner = nil }
            return Finding(message: problem.message, location: problem.location, related: problem.related, claimID: owner?.id)
        }
    }

    /// The claim whose mapping holds `offset`, among a file's claims in file order.
    private static func claim(holding offset: Int, among claims: [AnchoredClaim]) -> AnchoredClaim? {
        // The last claim starting at or before the offset, by bisection: a file holds up to
        // ten thousand claims, and a hostile one as many problems.
        var (low, high) = (0, claims.count)
        while low < high {
            let middle = (low + high) / 2
            if claims[middle].claim.range.start.offset <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let claim = claims[low - 1]
        return claim.claim.range.offsets.contains(offset) ? claim : nil
    }
}
