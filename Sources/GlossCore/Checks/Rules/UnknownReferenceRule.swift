/// An id that names nothing: a source, place or claim that does not exist.
public enum UnknownReferenceRule: Rule {
    public static let description = RuleDescription(
        id: "unknown-reference",
        defaultSeverity: .error,
        summary: "A source, place, claim or rule id refers to nothing, or a statement's subject to several places or sources.",
        explanation: """
            `attributed_to` and `publisher` name sources in `sources.yaml`; `place` and a place's \
            `within` name places in `places.yaml`; relations name claims anywhere in the \
            workspace, as do the ids in a statement's `derived:` formula; `ignore` entries name \
            rules. A typo in an id would otherwise detach a claim from its source or place, or leave \
            a suppression silencing nothing, without a word. The nearest existing id is suggested. \
            A statement's subject written as a name or alias that two places (or two sources) \
            share is compared with none of them, and said: write the id of the one meant.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  attributed_to: the-dialy
                """),
            RuleExample(claims: """
                - id: park
                  kind: location
                  anchor: {quote: Central Park, start: 47, end: 59}
                  place: central-prak
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  relations:
                    - contradicts: crowd-estimate
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  ignore:
                    - {rule: missing-atribution, reason: The article names no source.}
                """),
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  statement: {subject: central-park, property: crowd-doubled, derived: crowds * 2}
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                  attributed_to: [the-daily, a-resident]
                  place: central-park
                - id: park
                  kind: location
                  anchor: {quote: Central Park, start: 47, end: 59}
                  relations:
                    - supports: crowd
                """),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        let registry = analysis.registry
        let sourceIDs = Set(registry.sources.map(\.id.value))
        let placeIDs = Set(registry.places.map(\.id.value))
        let claimIDs = analysis.claimsByID
        let ruleIDs = Set(RuleCatalog.all.map { $0.description.id })
        // Made on first need, one for each kind of id, with one budget for all it is asked.
        var suggestions: [String: DidYouMean] = [:]
        var findings: [Finding] = []

        func check(_ id: Located<String>, path: String, claimID: String?, isKnown: (String) -> Bool,
                   known: @autoclosure () -> [String], what: String) {
            guard !isKnown(id.value) else { return }
            let phrase = suggestions[what, default: DidYouMean(among: known())].phrase(for: id.value)
            findings.append(Finding(message: "no \(what) has the id `\(id.value)`" + phrase,
                                    location: Location(path: path, range: id.range), claimID: claimID))
        }
        func check(_ id: Located<String>, path: String, claimID: String?, known: Set<String>, what: String) {
            check(id, path: path, claimID: claimID, isKnown: known.contains, known: known.sorted(), what: what)
        }

        for file in analysis.files {
            if let publisher = file.annotation?.publisher {
                check(publisher, path: file.path, claimID: nil, known: sourceIDs, what: "source")
            }
        }
        for claim in analysis.claims {
            for source in claim.claim.attributedTo?.value.sourceIDs ?? [] {
                check(source, path: claim.path, claimID: claim.id, known: sourceIDs, what: "source")
            }
            if let place = claim.claim.place {
                check(place, path: claim.path, claimID: claim.id, known: placeIDs, what: "place")
            }
            for relation in claim.claim.relations where !analysis.claimIDsElsewhere.contains(relation.target.value) {
                check(relation.target, path: claim.path, claimID: claim.id, isKnown: { claimIDs[$0] != nil },
                      known: claimIDs.keys.sorted(), what: "claim")
            }
            for suppression in claim.claim.ignore {
                check(suppression.rule, path: claim.path, claimID: claim.id, known: ruleIDs, what: "rule")
            }
        }
        for place in registry.places {
            if let within = place.within {
                check(within, path: analysis.configuration.placesPath, claimID: nil, known: placeIDs, what: "place")
            }
        }
        return findings + StatementFindings.unknownReferences(in: analysis)
    }
}
