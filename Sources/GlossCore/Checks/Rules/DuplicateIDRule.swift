/// Two claims, sources or places share an id, so references to it are ambiguous.
public enum DuplicateIDRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate-id",
        defaultSeverity: .error,
        summary: "An id is used twice: claim ids are unique in the workspace, as are source and place ids.",
        explanation: """
            Relations, `derived:` formulas, baselines and exports refer to claims by id across \
            files, and claims refer to sources and places by id. Every occurrence after the first \
            is reported, pointing back at the first.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                - id: crowd
                  kind: location
                  anchor: {quote: Central Park, start: 47, end: 59}
                """),
            RuleExample(files: ["Annotations/places.yaml": """
                places:
                  - id: central-park
                    name: Central Park
                  - id: central-park
                    name: Central Park West
                """]),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: crowd
                  kind: number
                  anchor: {quote: "185", start: 24, end: 27}
                - id: crowd-place
                  kind: location
                  anchor: {quote: Central Park, start: 47, end: 59}
                """),
        ]
    )

    public static let looksAcrossFiles = true

    public static func check(_ analysis: Analysis) -> [Finding] {
        // Claims are many: the analysis notes the repeated ids while it indexes them by id.
        let (claims, firstClaims) = (analysis.claims, analysis.claimsByID)
        let claimFindings = analysis.repeatedClaimIDs.map { position in
            finding(claims[position].claim.id, at: claims[position].path, firstUse: claims[firstClaims[claims[position].id]!].primaryLocation,
                    what: "claim")
        }
        return claimFindings
            + duplicates(analysis.registry.sources.map { ($0.id, analysis.configuration.sourcesPath) }, what: "source")
            + duplicates(analysis.registry.places.map { ($0.id, analysis.configuration.placesPath) }, what: "place")
    }

    private static func duplicates(_ ids: [(id: Located<String>, path: String)], what: String) -> [Finding] {
        var first: [String: Location] = [:]
        var findings: [Finding] = []
        for (id, path) in ids {
            if let earlier = first[id.value] {
                findings.append(finding(id, at: path, firstUse: earlier, what: what))
            } else {
                first[id.value] = Location(path: path, range: id.range)
            }
        }
        return findings
    }

    private static func finding(_ id: Located<String>, at path: String, firstUse: Location, what: String) -> Finding {
        Finding(message: "the \(what) id `\(id.value)` is already used", location: Location(path: path, range: id.range),
                related: [RelatedLocation(location: firstUse, message: "first use of `\(id.value)`")],
                claimID: what == "claim" ? id.value : nil)
    }
}
