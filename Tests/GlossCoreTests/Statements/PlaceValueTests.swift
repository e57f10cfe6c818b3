import GlossCore
import Testing

/// A value naming a place and one naming a place within it can both be true: a protest in
/// Jiuzhou Central Park was in Lanzhou, and in Gansu.
@Suite struct PlaceValueTests {
    static let places = """
        places:
          - {id: gansu, name: Gansu}
          - {id: lanzhou, name: Lanzhou, within: gansu}
          - {id: jiuzhou-central-park, name: Jiuzhou Central Park, within: lanzhou}
          - {id: tianyu-phoenix-city, name: Tianyu Phoenix City, within: lanzhou}
          - {id: beijing, name: Beijing}
          - {id: loop-a, name: Loop A, within: loop-b}
          - {id: loop-b, name: Loop B, within: loop-a}

        """

    /// The `statement-conflict` findings of two claims giving `first` and `second` as where the
    /// protest was.
    func conflicts(_ first: String, _ second: String) -> [Diagnostic] {
        let claims = [first, second].enumerated().map { index, value in
            """
              - id: where-\(index)
                kind: location
                anchor: {quote: "185", start: 24, end: 27}
                attributed_to: unattributed
                statement: {subject: the-protest, property: location, value: "\(value)", as_of: 2022-10-02}
            """
        }
        return RuleExample(files: [
            RuleExample.annotationPath: RuleExample.header + "claims:\n" + claims.joined(separator: "\n") + "\n",
            "Annotations/places.yaml": Self.places,
        ]).diagnostics().filter { $0.ruleID == "statement-conflict" }
    }

    @Test func placesWithinOneAnotherAgree() {
        for (first, second) in [("Lanzhou", "Jiuzhou Central Park"), ("Gansu", "Lanzhou"), ("jiuzhou-central-park", "Gansu")] {
            #expect(conflicts(first, second).isEmpty, "\(first) and \(second)")
        }
        // A `within` chain that comes back on itself ends there: each is only itself.
        #expect(conflicts("Loop A", "Loop B").count == 1)
    }

    @Test func placesApartConflict() {
        for (first, second) in [("Lanzhou", "Beijing"), ("Jiuzhou Central Park", "Tianyu Phoenix City"), ("Jiuzhou Central Park", "Beijing")] {
            #expect(conflicts(first, second).count == 1, "\(first) and \(second)")
        }
    }
}
