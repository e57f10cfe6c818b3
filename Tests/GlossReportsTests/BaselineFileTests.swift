import GlossCore
import GlossReports
import Testing

@Suite struct BaselineFileTests {
    static let baseline = Baseline(entries: [
        FindingKey(path: "Annotations/b.yaml", rule: "yaml-syntax", claim: nil, message: "did not find expected key"),
        FindingKey(path: "Annotations/a.yaml", rule: "unreviewed", claim: "crowd", message: "nobody has reviewed this claim"),
        FindingKey(path: "Annotations/a.yaml", rule: "unreviewed", claim: "crowd", message: "nobody has reviewed this claim"),
    ])

    @Test func theFileIsSortedVersionedAndRoundTrips() throws {
        let text = BaselineFile.encode(Self.baseline)
        #expect(text == """
            {
              "findings" : [
                {
                  "claim" : "crowd",
                  "message" : "nobody has reviewed this claim",
                  "path" : "Annotations/a.yaml",
                  "rule" : "unreviewed"
                },
                {
                  "claim" : "crowd",
                  "message" : "nobody has reviewed this claim",
                  "path" : "Annotations/a.yaml",
                  "rule" : "unreviewed"
                },
                {
                  "message" : "did not find expected key",
                  "path" : "Annotations/b.yaml",
                  "rule" : "yaml-syntax"
                }
              ],
              "version" : 1
            }

            """)
        #expect(try BaselineFile.decode(Array(text.utf8)) == Self.baseline)
    }

    @Test(arguments: [
        ("[]", "not a Gloss baseline"),
        // A merge conflict left in the file: where the JSON breaks, not that it is no baseline.
        ("{\n  \"findings\" : [\n<<<<<<< HEAD\n  ]\n}", "not JSON: invalid value at line 3, column 1"),
        ("{\n  \"version\" : 1\n  \"findings\" : []\n}", "not JSON: invalid value at line 3, column 3"),
        // A file cut short breaks where it ends.
        ("{\n  \"version\" : 1,\n  \"findings\" : [\n    {\"path\"", "not JSON: unexpected end of file during JSON parse at line 4, column 12"),
        ("", "not JSON: unexpected end of file during JSON parse at line 1, column 1"),
        // Foundation reads a comma before `]` or `}`; JSON, jq and Python do not.
        ("{\n  \"version\" : 1,\n  \"findings\" : [\n  ],\n}", "not JSON: a comma before `}` at line 4, column 4"),
        ("{\"version\": 1, \"findings\": [{\"path\": \"a.yaml\", \"rule\": \"schema\", \"message\": \"x\"},]}",
         "not JSON: a comma before `]` at line 1, column 81"),
        ("{\"version\": 2, \"findings\": []}", "baseline version 2 is not supported"),
        ("{\"version\": 1, \"findings\": [{\"path\": \"a.yaml\", \"rule\": \"schema\"}]}", "every finding in a baseline needs"),
        ("{\"version\": 1}", "the baseline has no `findings` list"),
        ("{\"version\": 1, \"findings\": {}}", "the baseline has no `findings` list"),
    ])
    func brokenFilesAreRefusedWithAReason(_ text: String, _ reason: String) {
        #expect {
            try BaselineFile.decode(Array(text.utf8))
        } throws: { error in
            (error as? BaselineFileError)?.message.hasPrefix(reason) == true
        }
    }
}
