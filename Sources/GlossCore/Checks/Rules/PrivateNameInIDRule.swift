/// An id or a path that carries the name of a private source.
public enum PrivateNameInIDRule: Rule {
    public static let description = RuleDescription(
        id: "private-name-in-id",
        defaultSeverity: .warning,
        summary: "A claim, place or source id, or the path of an annotated document or of an annotation file, "
            + "holds the name or an alias of a private source.",
        explanation: """
            Reports and exports withhold the name of a source marked `private: true` wherever \
            they print it, but ids and paths are printed as they are: they tie a report's card to \
            its claim, a map's feature to its place, a source to the claims attributed to it, an \
            export to its document, and an import back. An id such as `jane-secret-count` \
            publishes the name it was meant to protect, and so does a public source \
            `jane-secret-blog` or a file `Annotations/notes-on-jane-secret.yaml`. Rename the id \
            (or the file) so that it says what it is, not who said it.
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
            RuleExample(files: [
                RuleExample.annotationPath: RuleExample.header + "claims: []\n",
                "Annotations/sources.yaml": """
                    sources:
                      - {id: a-resident, name: a resident, kind: person, private: true}
                      - {id: a-resident-blog, name: The Blog, kind: media}
                    """,
            ]),
            RuleExample(files: ["Annotations/notes-on-a-resident.yaml": RuleExample.header + "claims: []\n"]),
        ],
        nonTriggeringExamples: [
            RuleExample(claims: """
                - id: resident-wants-to-go-home
                  kind: quote
                  anchor: {quote: "We want to go home,", start: 43, end: 62}
                """),
            RuleExample(files: [
                RuleExample.annotationPath: RuleExample.header + "claims: []\n",
                "Annotations/sources.yaml": """
                    sources:
                      - {id: a-resident, name: a resident, kind: person, private: true}
                      - {id: residents-blog, name: The Blog, kind: media}
                    """,
            ]),
            RuleExample(files: ["Annotations/notes-on-residents.yaml": RuleExample.header + "claims: []\n"]),
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
        for source in analysis.registry.sources where !source.isPrivate {
            if let name = names.held(in: source.id.value) {
                findings.append(Finding(message: "the source id `\(source.id.value)` holds the name of the private source `\(name)`, "
                                            + "which reports print as it is; rename the source",
                                        location: Location(path: analysis.configuration.sourcesPath, range: source.id.range)))
            }
        }
        for file in analysis.files {
            if let name = names.held(in: file.path) {
                findings.append(Finding(message: "the annotation file's path `\(file.path)` holds the name of the private source `\(name)`, "
                                            + "which reports print as it is; rename the file",
                                        location: Location(path: file.path, range: TextRange(at: .start))))
            }
            if let document = file.annotation?.document, let name = names.held(in: document.value) {
                findings.append(Finding(message: "the document path `\(document.value)` holds the name of the private source `\(name)`, "
                                            + "which reports print as it is; rename the document",
                                        location: Location(path: file.path, range: document.range)))
            }
        }
        return findings
    }
}
