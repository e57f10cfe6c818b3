import GlossCore
import Testing

/// A name or alias that two places share names neither: taking the one listed first compared a
/// statement about one Chaoyang district with another's, and which depended on the file's order.
@Suite struct SharedNameTests {
    static let places = [
        "- {id: beijing-chaoyang, name: \"Chaoyang District, Beijing\", aliases: [Chaoyang, 朝阳区]}",
        "- {id: changchun-chaoyang, name: \"Chaoyang District, Changchun\", aliases: [Chaoyang, 朝阳区]}",
    ]

    /// The findings of a workspace whose claims state different counts of the same property of
    /// `subjects`, with `places` in `places.yaml`.
    func diagnostics(subjects: [String], places: [String] = places, sources: String? = nil) -> [Diagnostic] {
        let claims = subjects.enumerated().map { index, subject in
            """
              - id: count-\(index)
                kind: number
                anchor: {quote: "185", start: 24, end: 27}
                attributed_to: unattributed
                statement: {subject: "\(subject)", property: arrests, value: "\(185 + index)", as_of: 2022-10-02}
            """
        }
        var files = [
            RuleExample.annotationPath: RuleExample.header + "claims:\n" + claims.joined(separator: "\n") + "\n",
            "Annotations/places.yaml": "places:\n" + places.map { "  " + $0 }.joined(separator: "\n") + "\n",
        ]
        if let sources { files["Annotations/sources.yaml"] = sources }
        return RuleExample(files: files).diagnostics()
    }

    @Test func aNameTwoPlacesShareIsComparedWithNeitherAndSaid() {
        for places in [Self.places, Self.places.reversed()] {
            let found = diagnostics(subjects: ["beijing-chaoyang", "朝阳区", "changchun-chaoyang"], places: places)
            #expect(!found.contains { $0.ruleID == "statement-conflict" }, "\(found.map(\.message))")
            let ids = places.map { $0.contains("beijing") ? "`beijing-chaoyang`" : "`changchun-chaoyang`" }.joined(separator: ", ")
            #expect(found.filter { $0.ruleID == "unknown-reference" }.map(\.message) == [
                "the subject `朝阳区` names 2 places (\(ids)), so the statement is compared with none of theirs; write the id of the one meant",
            ])
        }
    }

    /// Two statements both naming a shared name may mean different places: compared with
    /// neither place, and not with each other.
    @Test func statementsNamingASharedNameAreNotComparedWithEachOther() {
        let found = diagnostics(subjects: ["朝阳区", "朝阳区"])
        #expect(!found.contains { $0.ruleID == "statement-conflict" }, "\(found.map(\.message))")
        #expect(found.filter { $0.ruleID == "unknown-reference" }.count == 2)
    }

    @Test func anIdAndANameOfOnePlaceStillResolve() {
        let found = diagnostics(subjects: ["beijing-chaoyang", "Chaoyang District, Beijing"])
        #expect(found.filter { $0.ruleID == "statement-conflict" }.count == 1, "\(found.map(\.message))")
        #expect(!found.contains { $0.ruleID == "unknown-reference" })
    }

    /// A value that names a name two places share could be either: it holds with a value
    /// naming either (or a place within one), and conflicts with a place that is neither.
    @Test func aValueNamingASharedNameHoldsWithEitherPlace() {
        let places = Self.places + ["- {id: lanzhou, name: Lanzhou}"]
        func conflicts(_ values: [String]) -> [String] {
            let claims = values.enumerated().map { index, value in
                """
                  - id: place-\(index)
                    kind: location
                    anchor: {quote: "185", start: 24, end: 27}
                    attributed_to: unattributed
                    statement: {subject: protest, property: location, value: "\(value)", as_of: 2022-10-02}
                """
            }
            return RuleExample(files: [
                RuleExample.annotationPath: RuleExample.header + "claims:\n" + claims.joined(separator: "\n") + "\n",
                "Annotations/places.yaml": "places:\n" + places.map { "  " + $0 }.joined(separator: "\n") + "\n",
            ]).diagnostics().filter { $0.ruleID == "statement-conflict" }.map(\.message)
        }
        #expect(conflicts(["Chaoyang", "changchun-chaoyang"]).isEmpty)
        #expect(conflicts(["朝阳区", "Chaoyang District, Beijing"]).isEmpty)
        #expect(conflicts(["Chaoyang", "Lanzhou"]).count == 1)
        #expect(conflicts(["beijing-chaoyang", "changchun-chaoyang"]).count == 1)
    }

    /// A subject is resolved by its words as a value is: `the Lanzhou police` and
    /// `lanzhou-police` are one subject, and their figures are compared.
    @Test func aSubjectIsResolvedByItsWords() {
        let sources = "sources:\n  - {id: lanzhou-police, name: Lanzhou police, kind: government}\n"
        for written in ["the Lanzhou police", "Lanzhou police."] {
            let found = diagnostics(subjects: ["lanzhou-police", written], places: ["- {id: lanzhou, name: Lanzhou}"], sources: sources)
            #expect(found.filter { $0.ruleID == "statement-conflict" }.count == 1, "\(written): \(found.map(\.message))")
        }
        let place = diagnostics(subjects: ["lanzhou", "Lanzhou."], places: ["- {id: lanzhou, name: Lanzhou}"])
        #expect(place.filter { $0.ruleID == "statement-conflict" }.count == 1, "\(place.map(\.message))")
    }

    /// A place and a source that share a name: the place, as documented, without a word.
    @Test func placesWinOverSourcesThatShareAName() {
        let sources = "sources:\n  - {id: gansu-daily, name: Gansu Daily, kind: media, aliases: [Gansu]}\n"
        let found = diagnostics(subjects: ["gansu", "Gansu"], places: ["- {id: gansu, name: Gansu Province, aliases: [Gansu]}"],
                                sources: sources)
        #expect(found.filter { $0.ruleID == "statement-conflict" }.count == 1, "\(found.map(\.message))")
        #expect(!found.contains { $0.ruleID == "unknown-reference" })
    }
}
