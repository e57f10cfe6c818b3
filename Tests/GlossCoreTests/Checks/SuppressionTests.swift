import GlossCore
import Testing

/// `ignore` entries: what they silence, and what is reported when they silence nothing.
@Suite struct SuppressionTests {
    /// A quotation with nothing to report, and the start of its `ignore` list.
    static let reviewed = """
        - id: go-home
          kind: quote
          anchor: {quote: "We want to go home,", start: 87, end: 106}
          speaker: a-resident
          attributed_to: a-resident
          reviews:
            - {reviewer: alice, verdict: unverifiable}
          ignore:

        """

    static func diagnostics(ignoring entries: String, configuration: String? = nil) throws -> [Diagnostic] {
        let example = RuleExample(claims: reviewed + entries)
        guard let configuration else { return example.diagnostics() }
        let files = example.workspaceFiles.merging([".gloss.yml": Array(configuration.utf8)]) { $1 }
        let fileSystem = InMemoryFileSystem(files: Dictionary(uniqueKeysWithValues: files.map { ("/w/" + $0.key, $0.value) }))
        return try CheckResult.check(try Workspace.open(root: "/w", fileSystem: fileSystem)).diagnostics
    }

    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.range.start) \($0.ruleID): \($0.message)" }
    }

    @Test func anEntryThatSilencesNothingIsReportedAtItsRule() throws {
        let diagnostics = try Self.diagnostics(ignoring: "    - {rule: missing-attribution, reason: No source named.}\n")
        #expect(Self.summary(diagnostics) == [
            "12:16 unused-suppression: `ignore` entry for `missing-attribution` silences nothing: the rule reports nothing here",
        ])
        #expect(diagnostics.first?.claimID == "go-home")
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func aRepeatedEntryIsReportedOnceTheFirstHasSilencedTheFinding() throws {
        let diagnostics = try Self.diagnostics(ignoring: """
                - {rule: unreviewed, reason: Checked offline.}
                - {rule: unreviewed, reason: Checked offline again.}

            """)
        // The claim is reviewed, so `unreviewed` reports nothing: both entries are unused.
        #expect(Self.summary(diagnostics).map { String($0.prefix(24)) } == ["12:16 unused-suppression", "13:16 unused-suppression"])

        let unreviewed = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              ignore:
                - {rule: unreviewed, reason: Checked offline.}
                - {rule: unreviewed, reason: Checked offline again.}
            """).diagnostics()
        // Unreviewed, the claim has the finding the first entry silences: the second repeats it.
        #expect(Self.summary(unreviewed) == [
            "10:16 unused-suppression: `ignore` entry for `unreviewed` silences nothing: an entry above for the rule silences its findings already",
        ])
    }

    /// A rule about a pair of claims is silenced by an entry on either claim: the earlier claim
    /// of a conflicting pair may say why the two figures stand, as the later one may.
    @Test(arguments: [[0], [1], [0, 1]])
    func aPairIsSilencedFromEitherClaim(_ silencing: [Int]) throws {
        let ignore = "  ignore:\n    - {rule: statement-conflict, reason: Police and organisers counted differently.}\n"
        func claim(_ index: Int, _ value: String) -> String {
            """
            - id: crowd-\(index)
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              reviews: [{reviewer: alice, verdict: unverifiable}]
              statement: {subject: central-park, property: crowd-size, value: "\(value)", as_of: 2022-10-02}

            """ + (silencing.contains(index) ? ignore : "")
        }
        let diagnostics = RuleExample(claims: claim(0, "185") + claim(1, "250")).diagnostics()
        #expect(Self.summary(diagnostics) == [], "\(Self.summary(diagnostics))")
        let unsilenced = RuleExample(claims: claim(0, "185").replacingOccurrences(of: ignore, with: "")
                                        + claim(1, "250").replacingOccurrences(of: ignore, with: "")).diagnostics()
        #expect(unsilenced.map(\.ruleID) == ["statement-conflict"] && unsilenced.first?.claimID == "crowd-1")
    }

    /// A check of some files cannot see what an entry for a rule across files silences in the
    /// others (the conflict with a claim of a file not read): it leaves such entries unjudged,
    /// and still judges entries for the rules about one claim.
    @Test func aCheckOfSomeFilesLeavesEntriesForRulesAcrossFilesUnjudged() throws {
        func file(_ id: String, _ value: String, ignoring rules: [String]) -> String {
            RuleExample.header + """
                claims:
                  - id: \(id)
                    kind: number
                    anchor: {quote: "185", start: 24, end: 27}
                    attributed_to: the-daily
                    reviews: [{reviewer: alice, verdict: unverifiable}]
                    statement: {subject: central-park, property: crowd-size, value: "\(value)", as_of: 2022-10-02}

                """ + (rules.isEmpty ? "" : "    ignore:\n" + rules.map { "      - {rule: \($0), reason: Counted differently.}\n" }.joined())
        }
        let example = RuleExample(files: [
            "Annotations/police.yaml": file("police-count", "185", ignoring: []),
            "Annotations/daily.yaml": file("daily-count", "250", ignoring: ["statement-conflict", "missing-attribution"]),
        ])
        let workspace = Workspace(root: RuleExample.root, fileSystem: InMemoryFileSystem(
            files: Dictionary(uniqueKeysWithValues: example.workspaceFiles.map { (WorkspacePath.join(RuleExample.root, $0.key), $0.value) })))
        let whole = try CheckResult.check(workspace).diagnostics
        let some = CheckResult.check(workspace, files: ["Annotations/daily.yaml"]).diagnostics
        #expect(Self.summary(whole) == Self.summary(some), "\(Self.summary(whole))")
        #expect(Self.summary(some) == [
            "12:16 unused-suppression: `ignore` entry for `missing-attribution` silences nothing: the rule reports nothing here",
        ])
        // Where the file checked is the whole workspace, the entry is judged.
        let alone = RuleExample(files: ["Annotations/example.yaml": file("daily-count", "250", ignoring: ["statement-conflict"])])
        #expect(alone.diagnostics().map(\.ruleID) == ["unused-suppression"])
    }

    /// Problems met while reading a claim (an unknown key in it, a review's impossible date)
    /// are the claim's findings: its `ignore` silences them as it silences any other, and only
    /// its own; an entry for them is used, not "reports nothing here".
    @Test func problemsMetReadingAClaimAreTheClaims() throws {
        let claims = """
            - id: first
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              colour: red
              reviews: [{reviewer: alice, verdict: unverifiable, date: 2022-13-45}]
              ignore:
                - {rule: schema, reason: Kept while the migration runs.}
                - {rule: invalid-value, reason: The dates are being mended.}
            - id: second
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              colour: blue
              reviews: [{reviewer: alice, verdict: unverifiable}]
            """
        let diagnostics = RuleExample(claims: claims).diagnostics()
        #expect(diagnostics.map { "\($0.ruleID) \($0.claimID ?? "-")" } == ["schema second"], "\(Self.summary(diagnostics))")
        // An entry cannot excuse its own missing or blank reason.
        let reasonless = RuleExample(claims: """
            - id: crowd
              kind: number
              anchor: {quote: "185", start: 24, end: 27}
              attributed_to: the-daily
              ignore:
                - {rule: schema}
                - {rule: invalid-value, reason: ""}
                - {rule: unreviewed, reason: Checked by phone.}
            """).diagnostics()
        #expect(reasonless.filter { $0.ruleID != "unused-suppression" }.map { "\($0.ruleID): \($0.message)" } == [
            "schema: missing required key `reason` in an `ignore` entry",
            "invalid-value: `reason` must have words, found ``",
        ], "\(Self.summary(reasonless))")
    }

    @Test func entriesForRulesSwitchedOffAreNotJudged() throws {
        let entry = "    - {rule: missing-attribution, reason: No source named.}\n"
        #expect(try Self.diagnostics(ignoring: entry, configuration: "rules:\n  missing-attribution: off\n").isEmpty)
        #expect(try Self.diagnostics(ignoring: entry, configuration: "rules:\n  unused-suppression: off\n").isEmpty)
        let asError = try Self.diagnostics(ignoring: entry, configuration: "rules:\n  unused-suppression: error\n")
        #expect(asError.map(\.severity) == [.error])
    }

    @Test func anUnknownRuleIsAnUnknownReferenceWithASuggestion() throws {
        let diagnostics = try Self.diagnostics(ignoring: "    - {rule: missing-atribution, reason: No source named.}\n")
        #expect(Self.summary(diagnostics) == [
            "12:16 unknown-reference: no rule has the id `missing-atribution`; did you mean `missing-attribution`?",
        ])
    }

    @Test func theAuditItselfCanBeSilenced() throws {
        let diagnostics = try Self.diagnostics(ignoring: """
                - {rule: missing-attribution, reason: Kept while the source is confirmed.}
                - {rule: unused-suppression, reason: The entry above stays until the editor decides.}

            """)
        #expect(diagnostics.isEmpty, "\(Self.summary(diagnostics))")
    }
}
