/// Problems with statements that belong to the general rules: values and formulas that cannot
/// be read or evaluated (`invalid-value`), formula ids that name no claim and subjects written
/// as a name several places or sources share (`unknown-reference`), and claims related to
/// themselves (`invalid-value`).
enum StatementFindings {
    static func invalidValues(in analysis: Analysis) -> [Finding] {
        let index = analysis.statements
        let derived = analysis.derivedValues
        var findings: [Finding] = []
        for entry in index.entries {
            let (claim, statement) = (index.claim(entry), index.statement(entry))
            if case .failure(let error)? = entry.value, let value = statement.value {
                findings.append(claim.finding(error.message, at: value.range))
            }
            guard let formula = statement.derived else { continue }
            switch (entry.formula, derived.outcomes[entry.id]) {
            case (.failure(let error)?, _), (_, .invalid(let error)?):
                findings.append(claim.finding("`derived`: \(error.message)", at: formula.range))
            default:
                if case .success(.quantity(let quantity))? = entry.value, quantity.dimension == .duration || quantity.dimension == .date {
                    findings.append(claim.finding(
                        "`derived` computes a number, but the value is a \(quantity.dimension.rawValue)", at: formula.range))
                } else if case .success(.text)? = entry.value, let value = statement.value {
                    // Words the formula's number cannot be checked against would pass it silently.
                    findings.append(claim.finding(
                        "`derived` computes a number, but the value `\(value.value)` is not one", at: formula.range))
                }
            }
        }
        for claim in analysis.claims {
            for relation in claim.claim.relations where relation.target.value == claim.id {
                findings.append(claim.finding("a claim cannot relate to itself (`\(relation.kind.rawValue): \(claim.id)`)", at: relation.target.range))
            }
        }
        return findings
    }

    static func unknownReferences(in analysis: Analysis) -> [Finding] {
        let (index, claimIDs) = (analysis.statements, analysis.claimsByID.keys)
        // A subject written as a name several places (or sources) share is compared with none of them.
        let resolver = analysis.registry.resolver
        // The same few subjects recur on thousands of statements: each is looked up once.
        var sharedBySubject: [String: [EntityResolver.Entity]?] = [:]
        let ambiguous = index.entries.compactMap { entry -> Finding? in
            let subject = index.statement(entry).subject
            let shared: [EntityResolver.Entity]?
            if let known = sharedBySubject[subject.value] {
                shared = known
            } else {
                let written = resolver.entity(named: subject.value) == nil ? TextFolding.words(subject.value) : subject.value
                shared = resolver.entities(sharing: subject.value) ?? resolver.entities(sharing: written)
                sharedBySubject[subject.value] = shared
            }
            guard let entities = shared else { return nil }
            let ids = entities.map { entity in
                switch entity {
                case .place(let id), .source(let id): "`\(id)`"
                }
            }
            let what = entities.allSatisfy(\.isPlace) ? "places" : "sources"
            return index.claim(entry).finding("the subject `\(subject.value)` names \(entities.count) \(what) (\(ids.joined(separator: ", "))), "
                                               + "so the statement is compared with none of theirs; write the id of the one meant",
                                               at: subject.range)
        }
        // Made on first need, with one budget for every unknown id.
        var suggestion: DidYouMean?
        return ambiguous + index.entries.flatMap { entry -> [Finding] in
            guard case .success(let formula)? = entry.formula, let derived = index.statement(entry).derived else { return [] }
            return formula.references.filter { !analysis.hasClaim(withID: $0) }.map { id in
                if suggestion == nil { suggestion = DidYouMean(among: claimIDs.sorted()) }
                return index.claim(entry).finding("`derived` uses `\(id)`, but no claim has that id" + suggestion!.phrase(for: id),
                                                  at: derived.range)
            }
        }
    }
}
