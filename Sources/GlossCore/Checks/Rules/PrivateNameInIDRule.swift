/// An id or a document path that carries the name of a private source.
public enum PrivateNameInIDRule: Rule {
    public static let description = RuleDescription(
        id: "private-name-in-id",
        defaultSeverity: .warning,
        summary: "A claim or place id, or the path of an annotated document, holds the name or an alias of a private source.",
        explanation: """
            Reports and exports withhold the name of a source marked `private: true` wherever \
            they print it, but ids and paths are printed as they are: they tie a report's card to \
            its claim, a map's feature to its place, an export to its document, and an import \
            back. An id such as `jane-secret-count` publishes the name it was meant to protect. \
            Rename the id (or the document) so that it says what the claim is, not who said it.
            """,
        triggeringExamples: [
            RuleExample(claims: """
                - id: a-resident-wants-to-go-home
                  kind: quote
                  anchor: {quote: "We want to go home,", start: 43, end: 62}
                """),
            RuleExample(files: [
                RuleExample.annotationPath: RuleExample.header + "claims: []\n",
                "Annotations/places.yaml": "places:\n  - id: home-of-a-resident\n    name: Home\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: resident-wants-to-go-home
                  kind: quote
                  anchor: {quote: "We want to go home,", start: 43, end: 62}
                """),
        ]
    )

    public static func check(_ analysis: Analysis) -> [Finding] {
        let names = PrivateNameWords(analysis.registry.sources)
        guard !names.isEmpty else { return [] }
        var findings: [Finding] = []
        for claim in analysis.claims {
            if let name = names.held(in: claim.id) {
                findings.append(claim.finding("the claim id `\(claim.id)` holds the name of the private source `\(name)`, "
                                              + "which reports and exports print as it is; rename the claim"))
            }
        }
        for place in analysis.registry.places {
            if let name = names.held(in: place.id.value) {
                findings.append(Finding(message: "the place id `\(place.id.value)` holds the name of the private source `\(name)`, "
                                            + "which reports and exports print as it is; rename the place",
                                        location: Location(path: analysis.configuration.placesPath, range: place.id.range)))
            }
        }
        for file in analysis.files {
            if let document = file.annotation?.document, let name = names.held(in: document.value) {
                findings.append(Finding(message: "the document path `\(document.value)` holds the name of the private source `\(name)`, "
                                            + "which reports and exports print as it is when the file gives no `url`; rename the document",
                                        location: Location(path: file.path, range: document.range)))
            }
        }
        return findings
    }
}
