/// A check of some files of a workspace still knows the ids of the claims in the others: a
/// relation or a `derived:` formula that names a claim of another file refers to something that
/// exists, and is not reported as unknown; it is only left unchecked.
extension Analysis {
    /// Whether a claim has this id: one loaded, or one in ``claimIDsElsewhere``.
    public func hasClaim(withID id: String) -> Bool {
        claimsByID[id] != nil || claimIDsElsewhere.contains(id)
    }

    /// The claim ids that relations and `derived:` formulas name and no loaded claim has: what a
    /// check of some files has to look for in the others.
    public var unresolvedClaimReferences: Set<String> {
        var unresolved: Set<String> = []
        for claim in claims {
            for relation in claim.claim.relations where claimsByID[relation.target.value] == nil {
                unresolved.insert(relation.target.value)
            }
        }
        let index = statements
        for entry in index.entries {
            guard case .success(let formula)? = entry.formula else { continue }
            unresolved.formUnion(formula.references.filter { claimsByID[$0] == nil })
        }
        return unresolved
    }
}

extension WorkspaceLoader {
    /// The ids of the claims in the annotation files `paths`, read and decoded but not anchored:
    /// for a check of other files, whose references may name them. A file that does not read
    /// gives none.
    public func claimIDs(in paths: [String]) -> Set<String> {
        Set(ConcurrentMap.map(paths) { path in declaredClaimIDs(path) }.joined())
    }
}
