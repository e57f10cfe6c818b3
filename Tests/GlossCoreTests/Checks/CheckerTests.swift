import Testing

@testable import GlossCore

/// The Checker runs the per-claim rules together, a chunk of claims at a time on all cores; what
/// they find must not depend on how the claims were cut into chunks, and must be what each rule
/// finds on its own.
@Suite struct CheckerTests {
    static let article = "Protesters gathered in Lanzhou. 185 cases were reported. We want to go home, said a resident.\n"

    /// Claims that trip the per-claim rules in different combinations, in three files.
    static func analysis() throws -> Analysis {
        func file(_ name: String, _ claims: String) -> String {
            "gloss: 1\ndocument: Sources-Docs/\(name).md\nclaims:\n" + claims
        }
        let files = [
            "a": """
                - {id: a-crowd, kind: location, anchor: {quote: "Lanzhou", start: 23, end: 30}}
                - {id: a-cases, kind: number, anchor: {quote: "185", start: 0, end: 3}, attributed_to: unattributed}
                - id: a-home
                  kind: quote
                  anchor: {quote: "We want to go home,"}
                  reviews:
                    - {reviewer: alice, verdict: supported}
                    - {reviewer: bob, verdict: refuted, evidence: [{url: "https://example.org/a", stance: supports}]}

                """,
            "b": """
                - {id: b-gone, kind: event, anchor: {quote: "a curfew"}, attributed_to: unattributed}
                - id: b-cases
                  kind: number
                  anchor: {quote: "185", start: 32, end: 35}
                  attributed_to: unattributed
                  reviews: [{reviewer: alice, verdict: supported, evidence: [{url: "https://example.org/b", stance: refutes}]}]
                  verdict: supported

                """,
            "c": """
                - {id: c-said, kind: quote, anchor: {quote: "said a resident", start: 76, end: 91}}
                - {id: c-protest, kind: event, anchor: {quote: "Protesters gathered", start: 0, end: 19}}
                - {id: c-cases, kind: number, anchor: {quote: "185"}, reviews: [{reviewer: carol, verdict: supported}]}

                """,
        ]
        var texts: [String: String] = [:]
        for (name, claims) in files {
            texts["Annotations/\(name).yaml"] = file(name, claims)
            texts["Sources-Docs/\(name).md"] = article
        }
        let fileSystem = InMemoryFileSystem(root: "/w", texts: texts)
        return WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem))
            .load(files.keys.sorted().map { "Annotations/\($0).yaml" })
    }

    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.path) \($0.location.range) \($0.ruleID) \($0.claimID ?? "-"): \($0.message)" }
    }

    @Test(arguments: [1, 2, 3, 7, Checker.defaultClaimsPerChunk])
    func chunksDoNotChangeTheOutcome(claimsPerChunk: Int) throws {
        let analysis = try Self.analysis()
        let whole = Checker.diagnostics(for: analysis)
        let chunked = Checker.diagnostics(for: analysis, rules: RuleCatalog.all, claimsPerChunk: claimsPerChunk)
        #expect(Self.summary(chunked) == Self.summary(whole))
    }

    /// Each per-claim rule's findings, in the Checker's output, are exactly what the rule finds
    /// when asked about the whole workspace on its own, in the same order.
    @Test func everyClaimRuleFindsWhatItFindsAlone() throws {
        let analysis = try Self.analysis()
        let diagnostics = Checker.diagnostics(for: analysis, rules: RuleCatalog.all, claimsPerChunk: 2)
        let claimRules = RuleCatalog.all.compactMap { $0 as? any ClaimRule.Type }
        #expect(claimRules.count >= 10)
        var triggered = 0
        for rule in claimRules {
            let id = rule.description.id
            let alone = rule.check(analysis).map { "\($0.location.path) \($0.location.range) \(id) \($0.claimID ?? "-"): \($0.message)" }
            let found = Self.summary(diagnostics.filter { $0.ruleID == id })
            #expect(found.sorted() == alone.sorted(), "\(id)")
            if !alone.isEmpty { triggered += 1 }
        }
        // The workspace trips most of them, so the comparison is not of empty lists.
        #expect(triggered >= 7)
    }

    /// Diagnostics are sorted file by file in batches of files; across batch boundaries (300
    /// files, paths not in the order they were loaded) they must come out as one sort would put them.
    @Test func diagnosticsOfManyFilesAreInOrder() throws {
        var texts = ["Sources-Docs/a.md": Self.article]
        let names = (0..<300).map { "f\(($0 * 7919) % 300)" }
        for name in names {
            texts["Annotations/\(name).yaml"] = """
                gloss: 1
                document: Sources-Docs/a.md
                claims:
                  - {id: \(name)-b, kind: number, anchor: {quote: "185", start: 32, end: 35}}
                  - {id: \(name)-a, kind: location, anchor: {quote: "Lanzhou"}}

                """
        }
        let fileSystem = InMemoryFileSystem(root: "/w", texts: texts)
        let analysis = WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem))
            .load(names.map { "Annotations/\($0).yaml" })
        let diagnostics = Checker.diagnostics(for: analysis)
        // Per claim: unreviewed and missing attribution; the second claim's anchor also moved.
        #expect(diagnostics.count == 300 * 5)
        #expect(Self.summary(diagnostics) == Self.summary(diagnostics.sorted(by: Diagnostic.ordered)))
        #expect(diagnostics.first?.location.path == "Annotations/f0.yaml")
        #expect(diagnostics.last?.location.path == "Annotations/f99.yaml")
    }

    /// The order every output lists findings in: by file, then where they start, where they end,
    /// rule and message. Written out here, since the Checker's sort and the check above both
    /// use the order itself.
    @Test func findingsAreOrderedByFilePositionRuleAndMessage() {
        func diagnostic(_ path: String, _ start: Int, _ end: Int, _ rule: String, _ message: String, line: Int = 1) -> Diagnostic {
            let range = TextRange(start: TextPosition(offset: start, line: line, column: start + 1),
                                  end: TextPosition(offset: end, line: line, column: end + 1))
            return Diagnostic(ruleID: rule, severity: .warning, finding: Finding(message: message, location: Location(path: path, range: range)))
        }
        let inOrder = [diagnostic("A/a.yaml", 9, 12, "unreviewed", "z"), diagnostic("A/b.yaml", 3, 4, "schema", "b"),
                       diagnostic("A/b.yaml", 3, 8, "duplicate-id", "a"), diagnostic("A/b.yaml", 3, 8, "schema", "a"),
                       diagnostic("A/b.yaml", 3, 8, "schema", "b"), diagnostic("A/b.yaml", 5, 6, "anchor-moved", "a"),
                       diagnostic("B/a.yaml", 0, 1, "schema", "a")]
        for (i, first) in inOrder.enumerated() {
            for (j, second) in inOrder.enumerated() {
                #expect(Diagnostic.ordered(first, second) == (i < j), "\(i) before \(j)")
            }
        }
        // The same place written with other lines and columns (no text has it) is no other place.
        #expect(!Diagnostic.ordered(diagnostic("A/b.yaml", 3, 8, "schema", "a", line: 2), inOrder[3]))
        #expect(!Diagnostic.ordered(inOrder[3], diagnostic("A/b.yaml", 3, 8, "schema", "a", line: 2)))
    }

    /// The Checker schedules rules by what they say they are, not by casting them; what they say
    /// must be what they conform to.
    @Test func rulesSayWhatTheyConformTo() {
        for rule in RuleCatalog.all {
            let id = rule.description.id
            #expect((rule.asClaimRule != nil) == (rule is any ClaimRule.Type), "\(id)")
            #expect(rule.isAudit == (rule is any AuditRule.Type), "\(id)")
        }
        #expect(RuleCatalog.all.contains { $0.asClaimRule != nil })
        #expect(RuleCatalog.all.contains { $0.isAudit })
    }
}

/// Rules over the whole workspace that must not depend on how many findings another rule lists.
@Suite struct ListingCapTests {
    /// A hundred refuted claims conflict with one value; two supported claims past the listing
    /// of those pairs still contradict each other, and `verdicts-inconsistent` says so.
    @Test func supportedClaimsPastTheConflictListingAreStillJudged() {
        func claim(_ id: String, _ value: String, _ verdict: String) -> String {
            "- {id: \(id), kind: number, anchor: {quote: \"185\", start: 24, end: 27}, attributed_to: the-daily, "
                + "statement: {subject: central-park, property: crowd, value: \"\(value)\", as_of: 2022-10-02}, verdict: \(verdict)}\n"
        }
        let claims = claim("x1", "250", "refuted") + (1...100).map { claim("c\($0)", "185", "refuted") }.joined()
            + claim("s1", "185", "supported") + claim("s2", "250", "supported")
        let diagnostics = RuleExample(claims: claims).diagnostics()
        #expect(diagnostics.contains { $0.ruleID == "statement-conflict" && $0.message.contains("more pairs") })
        let inconsistent = diagnostics.filter { $0.ruleID == "verdicts-inconsistent" }
        #expect(inconsistent.map(\.claimID) == ["s2"], "\(inconsistent.map(\.message))")
    }
}

/// Formulas that use formulas are worked out link by link, whatever order the claims come in.
@Suite struct FormulaChainTests {
    /// Three hundred formulas, each adding one to the one before, with the claim that checks
    /// the chain's end first in the file: the mismatch at the end is found, and no depth limit
    /// is met along the way.
    @Test func aLongChainIsCheckedWhateverTheOrder() {
        func claim(_ id: String, _ statement: String) -> String {
            "- {id: \(id), kind: number, anchor: {quote: \"185\", start: 24, end: 27}, attributed_to: the-daily, "
                + "statement: {subject: central-park, property: \(id), \(statement), as_of: 2022-10-02}}\n"
        }
        let chain = (1...300).map { claim("c\($0)", "derived: c\($0 - 1) + 1") }.joined()
        let claims = claim("cend", "value: \"999\", derived: c300") + chain + claim("c0", "value: \"1\"")
        let diagnostics = RuleExample(claims: claims).diagnostics()
        #expect(!diagnostics.contains { $0.ruleID == "invalid-value" }, "\(diagnostics.filter { $0.ruleID == "invalid-value" }.map(\.message))")
        let mismatch = diagnostics.filter { $0.ruleID == "derived-mismatch" }
        #expect(mismatch.map(\.claimID) == ["cend"] && mismatch.first?.message.contains("301") == true, "\(mismatch.map(\.message))")
    }
}
