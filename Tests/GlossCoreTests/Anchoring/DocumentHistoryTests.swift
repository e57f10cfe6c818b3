import Synchronization
import Testing

@testable import GlossCore

@Suite struct DocumentHistoryTests {
    struct FakeGit: GitObjectReader {
        var blobs: [String: [UInt8]]
        func blob(_ id: String, in folder: String, limit: Int) -> [UInt8]? { blobs[id].flatMap { $0.count <= limit ? $0 : nil } }
    }

    static let old = "Title\nThe mayor said 185 people came.\nThe mayor said 185 people left.\nEnd.\n"
    // A paragraph inserted above and the two sentences swapped, so each "185 people" moved.
    static let new = "Title\nBreaking: an update.\nThe mayor said 185 people left.\nThe mayor said 185 people came.\nEnd.\n"

    @Test func offsetsOnUnchangedLinesMoveWithThem() throws {
        let history = try #require(DocumentHistory(from: SourceText(Self.old), to: SourceText(Self.new)))
        let left = Self.old.unicodeScalars.count - "185 people left.\nEnd.\n".unicodeScalars.count
        let leftNow = Self.new.unicodeScalars.count - "185 people left.\nThe mayor said 185 people came.\nEnd.\n".unicodeScalars.count
        #expect(history.carry(left..<(left + 10)) == leftNow..<(leftNow + 10))
        #expect(history.carry(0) == 0)
    }

    /// Offsets outside the old text are carried as its ends are, without overflowing.
    @Test func offsetsOutsideTheOldTextAreCarriedAsItsEnds() throws {
        let history = try #require(DocumentHistory(from: SourceText(Self.old), to: SourceText(Self.new)))
        #expect(history.carry(Int.max) == history.carry(Self.old.unicodeScalars.count))
        #expect(history.carry(Int.min) == 0)
    }

    /// An annotation file of `Sources-Docs/a.md` with one claim, and a loader over it and `document`.
    static func loader(anchor: String, revision: String? = nil, document: String, git: FakeGit? = nil) -> WorkspaceLoader {
        let annotation = """
            gloss: 1
            document: Sources-Docs/a.md
            \(revision.map { "revision: \($0)" } ?? "")
            claims:
              - id: claim
                kind: number
                anchor: \(anchor)

            """
        let fileSystem = InMemoryFileSystem(root: "/w", texts: ["Annotations/a.yaml": annotation, "Sources-Docs/a.md": document])
        return WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem), git: git)
    }

    /// A claim whose sentence was deleted does not take another claim's words as its own,
    /// changed: "23 new cases" resembles the "185 new cases" of the sentence before, which that
    /// claim holds. Nor are places that only resemble the quote said to hold it.
    @Test func changedWordsAnotherClaimHoldsAreNotTheClaims() throws {
        let old = "# Gansu\n\nLanzhou reported 185 new cases on Monday. Tianshui reported 23 new cases on Monday. Dingxi reported 12 new cases on Monday.\n"
        var new = old.replacingOccurrences(of: " Tianshui reported 23 new cases on Monday.", with: "")
        let revision = GitBlobID.of(Array(old.utf8))
        func claim(_ id: String, _ quote: String) -> String {
            let start = old.unicodeScalars.count - old.components(separatedBy: quote)[1].unicodeScalars.count - quote.unicodeScalars.count
            let scalars = Array(old.unicodeScalars)
            let prefix = String(String.UnicodeScalarView(scalars[max(0, start - 32)..<start]))
            let suffix = String(String.UnicodeScalarView(scalars[(start + quote.count)..<min(scalars.count, start + quote.count + 32)]))
            return """
                  - id: \(id)
                    kind: number
                    anchor: {quote: "\(quote)", prefix: \(encoded(prefix)), suffix: \(encoded(suffix)), start: \(start), end: \(start + quote.count)}

                """
        }
        func encoded(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        func load() -> Analysis {
            let annotation = "gloss: 1\ndocument: Sources-Docs/a.md\nrevision: \(revision)\nclaims:\n"
                + claim("lanzhou", "185 new cases") + claim("tianshui", "23 new cases") + claim("dingxi", "12 new cases")
            let fileSystem = InMemoryFileSystem(root: "/w", texts: ["Annotations/a.yaml": annotation, "Sources-Docs/a.md": new])
            return WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem), git: FakeGit(blobs: [revision: Array(old.utf8)]))
                .load(["Annotations/a.yaml"])
        }
        func anchoring() -> [String: AnchorTier] {
            Dictionary(uniqueKeysWithValues: load().claims.map { ($0.id, $0.anchoring?.tier ?? .orphaned) })
        }
        #expect(anchoring()["tianshui"] == .ambiguous)
        new = new.replacingOccurrences(of: "12 new cases", with: "14 new cases")
        #expect(anchoring() == ["lanzhou": .moved, "tianshui": .orphaned, "dingxi": .fuzzy])
    }

    /// Places found approximately resemble the quote; the finding does not say they hold it.
    @Test func placesThatResembleTheQuoteAreSaidToResembleIt() {
        let annotation = "gloss: 1\ndocument: Sources-Docs/a.md\nclaims:\n  - {id: park, kind: location, anchor: {quote: Central Prak}}\n"
        let fileSystem = InMemoryFileSystem(root: "/w", texts: ["Annotations/a.yaml": annotation,
                                                             "Sources-Docs/a.md": "They met at Central Park. Later, at Central Park again.\n"])
        let analysis = WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem)).load(["Annotations/a.yaml"])
        let ambiguous = Checker.diagnostics(for: analysis).first { $0.ruleID == "anchor-ambiguous" }
        #expect(ambiguous?.message == "2 places resemble the quote “Central Prak” and its context cannot tell which one is meant")
    }

    /// Several claims of one file, each recorded at its quote's `occurrence` in `old`, anchored in
    /// `new` with history: each claim's tier by id.
    static func tiers(_ claims: [(id: String, quote: String, occurrence: Int)], from old: String, to new: String) -> [String: AnchorTier] {
        let revision = GitBlobID.of(Array(old.utf8))
        let scalars = Array(old.unicodeScalars)
        let text = SourceText(old)
        var yaml = "gloss: 1\ndocument: Sources-Docs/a.md\nrevision: \(revision)\nclaims:\n"
        for claim in claims {
            let range = text.occurrences(of: Array(claim.quote.unicodeScalars))[claim.occurrence]
            let context = Anchorer.context(around: range, in: text)
            func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\n", with: "\\n") + "\"" }
            yaml += "  - id: \(claim.id)\n    kind: number\n    anchor: {quote: \(quoted(String(String.UnicodeScalarView(scalars[range])))), "
                + "prefix: \(quoted(context.prefix)), suffix: \(quoted(context.suffix)), start: \(range.lowerBound), end: \(range.upperBound)}\n"
        }
        let fileSystem = InMemoryFileSystem(root: "/w", texts: ["Annotations/a.yaml": yaml, "Sources-Docs/a.md": new])
        let analysis = WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem), git: FakeGit(blobs: [revision: Array(old.utf8)]))
            .load(["Annotations/a.yaml"])
        return Dictionary(uniqueKeysWithValues: analysis.claims.map { ($0.id, $0.anchoring?.tier ?? .orphaned) })
    }

    /// Claims written as one flow mapping each, in a file whose revision is `old`, anchored in
    /// `new` with history: their tiers in file order.
    static func tiers(claims: [String], from old: String, to new: String) -> [AnchorTier?] {
        let revision = GitBlobID.of(Array(old.utf8))
        let yaml = "gloss: 1\ndocument: Sources-Docs/a.md\nrevision: \(revision)\nclaims:\n" + claims.map { "  - \($0)\n" }.joined()
        let fileSystem = InMemoryFileSystem(root: "/w", texts: ["Annotations/a.yaml": yaml, "Sources-Docs/a.md": new])
        return WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem), git: FakeGit(blobs: [revision: Array(old.utf8)]))
            .load(["Annotations/a.yaml"]).claims.map { $0.anchoring?.tier }
    }

    /// A box that repeated the lede, deleted: its claim does not take the lede's words, which the
    /// lede's own claim holds. A claim added on a figure corrected leaves the old claim its words,
    /// changed. Two figures swapped by a correction are each the other's place, not the claim's.
    @Test func wordsAnotherClaimHoldsAndSwappedFiguresAreNotTaken() {
        let sentence = "The bureau said 185 people were infected in Gansu on Monday, most of them in the capital."
        let boxed = "# Gansu\n\n> Key facts: \(sentence)\n\n\(sentence) Officials said 98 percent were asymptomatic.\n"
        let unboxed = "# Gansu\n\n\(sentence) Officials said 98 percent were asymptomatic.\n"
        #expect(Self.tiers([("box", "185 people", 0), ("body", "185 people", 1)], from: boxed, to: unboxed) == ["box": .orphaned, "body": .moved])

        let old = "# Gansu\n\nEditor's note.\n\n\(sentence)\n"
        let corrected = "# Gansu\n\n\(sentence.replacingOccurrences(of: "185", with: "195"))\n"
        let both = Self.tiers([("old", "185 people", 0)], from: old, to: corrected)
        #expect(both == ["old": .fuzzy])
        // The same with a claim added since on the corrected words: both are there.
        let start = corrected.unicodeScalars.count - " were infected in Gansu on Monday, most of them in the capital.\n".unicodeScalars.count - 10
        #expect(Self.tiers(claims: [
            #"{id: old, kind: number, anchor: {quote: "185 people", prefix: "ote.\n\nThe bureau said ", suffix: " were infected in Gansu on Monday", start: 31, end: 41}}"#,
            #"{id: new, kind: number, anchor: {quote: "195 people", start: \#(start), end: \#(start + 10)}}"#,
        ], from: old, to: corrected) == [.fuzzy, .exact])

        // A paragraph split after the words leaves them where they were, whatever the longer half
        // says with the same framing.
        let tallies = "# Gansu\n\nOn Monday, the provincial bureau said 185 people were infected in Gansu and Qinghai. "
            + "On Tuesday, the provincial bureau said 23 people were infected in Gansu and Qinghai, as testing in Lanzhou slowed "
            + "because of staff shortages and the closure of two laboratories in the city's north.\n"
        let split = tallies.replacingOccurrences(of: "Qinghai. On Tuesday", with: "Qinghai.\n\nOn Tuesday")
        #expect(Self.tiers([("monday", "185", 0)], from: tallies, to: split) == ["monday": .exact])

        let order = "# Cases\n\nLanzhou reported 185 and Tianshui 23 on Monday, officials said.\n"
        let swapped = "# Cases\n\nLanzhou reported 23 and Tianshui 185 on Monday, officials said.\n"
        #expect(Self.tiers([("lanzhou", "185", 0)], from: order, to: swapped)["lanzhou"] == .orphaned)

        // A claim whose context changed at its own place, and one added there since: both are
        // the words' claims.
        let framed = "# Crowd\n\nThe mayor said 185 people were at the park on Monday.\n"
        let reframed = framed.replacingOccurrences(of: "The mayor said", with: "The chief said")
        #expect(Self.tiers(claims: [
            #"{id: first, kind: number, anchor: {quote: "185 people", prefix: "owd\n\nThe mayor said ", suffix: " were at the park on Monday.\n", start: 24, end: 34}}"#,
            #"{id: second, kind: number, anchor: {quote: "185 people", start: 24, end: 34}}"#,
        ], from: framed, to: reframed) == [.moved, .exact])

        // Names with a digit in a list put in order are names, not figures.
        let list = "# Places\n\nProtests broke out at Yuansen Rose Garden, Tianyuan 9 Garden, and others nearby.\n"
        let ordered = list.replacingOccurrences(of: "Yuansen Rose Garden, Tianyuan 9 Garden", with: "Tianyuan 9 Garden, Yuansen Rose Garden")
        #expect(Self.tiers([("rose", "Yuansen Rose Garden", 0), ("tianyuan", "Tianyuan 9 Garden", 0)], from: list, to: ordered)
            == ["rose": .moved, "tianyuan": .moved])
    }

    /// Without context, only the carried offsets can tell the two occurrences apart.
    func anchoring(git: FakeGit?, revision: String) -> AnchorResult? {
        Self.loader(anchor: #"{quote: "The mayor said 185 people came", start: 6, end: 36}"#, revision: revision, document: Self.new, git: git)
            .load(["Annotations/a.yaml"]).claims.first?.anchoring
    }

    @Test func theOldRevisionCarriesTheSpanAndSearchConfirmsIt() {
        let revision = GitBlobID.of(Array(Self.old.utf8))
        let git = FakeGit(blobs: [revision: Array(Self.old.utf8)])
        let start = Self.new.unicodeScalars.count - "The mayor said 185 people came.\nEnd.\n".unicodeScalars.count
        #expect(anchoring(git: git, revision: revision) == AnchorResult(tier: .moved, range: start..<(start + 30)))
    }

    /// Offsets count in the version `revision` names. When git does not have it (a shallow
    /// clone, no repository) the text they count in is unknown, and offsets past the end of
    /// the one at hand are no `invalid-value`; without a `revision`, or with the current one,
    /// they are.
    @Test func offsetsPastTheEndOfAVersionNotAtHandAreNoProblem() {
        let anchor = #"{quote: "185 people", prefix: "The mayor said ", start: 900, end: 910}"#
        let shortened = "The mayor said 185 people came.\n"
        let elsewhere = Self.loader(anchor: anchor, revision: String(repeating: "a", count: 40), document: shortened)
            .load(["Annotations/a.yaml"]).claims.first?.anchoring
        #expect(elsewhere == AnchorResult(tier: .moved, range: 15..<25, problems: []))
        let current = GitBlobID.of(Array(shortened.utf8))
        for revision in [nil, current] {
            let here = Self.loader(anchor: anchor, revision: revision, document: shortened).load(["Annotations/a.yaml"]).claims.first?.anchoring
            #expect(here?.problems == [.rangeOutsideText], "\(String(describing: here))")
        }
    }

    /// A `revision:` can name any blob at all: git is asked for it within the limit documents
    /// are read with, and one larger is not read.
    @Test func theOldRevisionIsAskedForWithinTheDocumentLimit() {
        final class Recording: GitObjectReader {
            let limits = Mutex<[Int]>([])
            func blob(_ id: String, in folder: String, limit: Int) -> [UInt8]? {
                limits.withLock { $0.append(limit) }
                return nil
            }
        }
        let git = Recording()
        let fileSystem = InMemoryFileSystem(root: "/w", texts: [
            "Annotations/a.yaml": "gloss: 1\ndocument: Sources-Docs/a.md\nrevision: \(String(repeating: "a", count: 40))\nclaims: []\n",
            "Sources-Docs/a.md": Self.new,
        ])
        _ = WorkspaceLoader(workspace: Workspace(root: "/w", fileSystem: fileSystem), git: git).load(["Annotations/a.yaml"])
        #expect(git.limits.withLock { $0 } == [Limits().maxDocumentBytes])
    }

    /// A quote a reviewer narrowed by hand is taken where the old one was only when that place
    /// is known: the document is the revision the offsets were recorded in (or git carries them).
    @Test func aQuoteNarrowedByHandIsTakenWhereTheRecordedSpanIsKnown() {
        let selector = #"{quote: "185 people", prefix: "The mayor said ", suffix: ".\nThe mayor said 185 people le", start: 21, end: 36}"#
        let unchanged = Self.loader(anchor: selector, revision: GitBlobID.of(Array(Self.old.utf8)), document: Self.old)
            .load(["Annotations/a.yaml"]).claims.first?.anchoring
        #expect(unchanged == AnchorResult(tier: .moved, range: 21..<31))
        // Without `revision`, where the offsets point is not known: the words are found by
        // search, both "185 people" keep only their prefix, and what is taken is said to need a look.
        let unknown = Self.loader(anchor: selector, document: Self.old).load(["Annotations/a.yaml"]).claims.first?.anchoring
        #expect(unknown != unchanged && (unknown?.tier != .moved || unknown?.contextChanged == true), "\(String(describing: unknown))")
        // A quote replaced by words the article does not have: the article did not change, so
        // its words there are not said to have; the quote is not in it.
        let replaced = #"{quote: "200 people", prefix: "The mayor said ", suffix: ".\nThe mayor said 185 people le", start: 21, end: 36}"#
        let notThere = Self.loader(anchor: replaced, revision: GitBlobID.of(Array(Self.old.utf8)), document: Self.old)
            .load(["Annotations/a.yaml"]).claims.first?.anchoring
        #expect(notThere?.tier == .orphaned && notThere?.textNow == nil, "\(String(describing: notThere))")
    }

    /// The claim's paragraph deleted; a sibling framed the same way is left where it was. Its
    /// words are on a line git's history leaves unchanged: not the claim's, changed.
    @Test func wordsOnUnchangedLinesAreNotTheClaimsChanged() {
        let old = "Intro.\n\nAfter three days of protests at Jiuzhou Central Park in Lanzhou, the order was lifted.\n\n"
            + "After three days of protests at Tianyu Phoenix City Community in Lanzhou, the order was lifted.\n"
        let new = "Intro.\n\nAfter three days of protests at Tianyu Phoenix City Community in Lanzhou, the order was lifted.\n"
        let selector = #"{quote: "Jiuzhou Central Park", prefix: "After three days of protests at ", suffix: " in Lanzhou, the order was lifted", start: 40, end: 60}"#
        let revision = GitBlobID.of(Array(old.utf8))
        let withHistory = Self.loader(anchor: selector, revision: revision, document: new, git: FakeGit(blobs: [revision: Array(old.utf8)]))
            .load(["Annotations/a.yaml"]).claims.first?.anchoring
        #expect(withHistory?.tier == .orphaned, "\(String(describing: withHistory))")
        // Without history, nothing says those words were not edited there.
        let without = Self.loader(anchor: selector, revision: revision, document: new).load(["Annotations/a.yaml"]).claims.first?.anchoring
        #expect(without == AnchorResult(tier: .fuzzy, range: 40..<69, textNow: "Tianyu Phoenix City Community"))
    }

    /// An editor's saved file stands in for git: re-anchoring carries the offsets from it.
    @Test func aSavedVersionCarriesTheSpanWithoutGit() throws {
        let saved = "185 people came.\n185 people came.\n"
        // Twenty lines typed above: the recorded offsets no longer hold the quote.
        let loader = Self.loader(anchor: #"{quote: "185 people came", start: 17, end: 32}"#,
                                 document: String(repeating: "x\n", count: 20) + saved)
        let file = try #require(loader.load(["Annotations/a.yaml"]).files.first)
        // Searched without history, the two occurrences cannot be told apart.
        #expect(file.claims.first?.anchoring?.tier == .ambiguous)
        let carried = loader.anchor(file, saved: SourceText(saved))
        #expect(carried.claims.first?.anchoring == AnchorResult(tier: .moved, range: 57..<72))
        #expect(carried.problems.isEmpty && carried.annotation == file.annotation)
    }

    @Test func aRevisionGitDoesNotHaveFallsBackToSearch() {
        let revision = GitBlobID.of(Array(Self.old.utf8))
        #expect(anchoring(git: FakeGit(blobs: [:]), revision: revision)?.tier == .moved)
        #expect(anchoring(git: nil, revision: "not-a-blob")?.tier == .moved)
        // A blob whose bytes do not hash to the id is not trusted.
        #expect(anchoring(git: FakeGit(blobs: [revision: Array("x".utf8)]), revision: revision)?.tier == .moved)
    }
}
