import BenchmarkSupport
import Testing

@testable import GlossCore

@Suite struct DiffTests {
    @Test func runsRebuildBothSequences() {
        var random = SeededGenerator(state: 7)
        for _ in 0..<200 {
            let old = (0..<random.next(30)).map { _ in random.next(4) }
            let new = (0..<random.next(30)).map { _ in random.next(4) }
            let runs = try! #require(MyersDiff.runs(old, new))
            #expect(runs.flatMap { old[$0.old] } == old)
            #expect(runs.flatMap { new[$0.new] } == new)
            #expect(runs.filter(\.isEqual).allSatisfy { old[$0.old] == new[$0.new] })
            // Shortest: the equal runs form a longest common subsequence.
            #expect(runs.filter(\.isEqual).reduce(0) { $0 + $1.old.count } == Self.lcs(old, new))
        }
    }

    static func lcs(_ a: [Int], _ b: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test func tooManyEditsGiveUp() {
        #expect(MyersDiff.runs(Array(0..<50), Array(50..<100), maxEdits: 10) == nil)
    }

    @Test func unifiedDiffShowsContext() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n"
        let new = "a\nb\nc\nD\ne\nf\ng\nh"
        #expect(UnifiedDiff.render(old: old, new: new, path: "x.yaml") == """
            --- a/x.yaml
            +++ b/x.yaml
            @@ -1,8 +1,8 @@
             a
             b
             c
            -d
            +D
             e
             f
             g
            -h
            +h
            \\ No newline at end of file

            """)
        #expect(UnifiedDiff.render(old: old, new: old, path: "x.yaml").isEmpty)
    }

    /// A path with a space ends its header line with a tab, as git writes it, so that `patch`
    /// reads the whole name.
    @Test func aPathWithASpaceEndsWithATab() {
        #expect(UnifiedDiff.render(old: "a\n", new: "b\n", path: "Annotations/my doc.yaml")
                    .hasPrefix("--- a/Annotations/my doc.yaml\t\n+++ b/Annotations/my doc.yaml\t\n@@ -1,1 +1,1 @@\n"))
    }

    /// An unchanged last line without a line break is context, and says so as a changed one does.
    @Test func unifiedDiffMarksAnUnterminatedContextLine() {
        #expect(UnifiedDiff.render(old: "a\nb\nc", new: "A\nb\nc", path: "x.yaml") == """
            --- a/x.yaml
            +++ b/x.yaml
            @@ -1,3 +1,3 @@
            -a
            +A
             b
             c
            \\ No newline at end of file

            """)
    }

    /// Past the edit limit, the diff is one hunk that replaces the file: still a patch that
    /// applies, in bounded memory.
    @Test func unifiedDiffOfTooManyChangesReplacesTheFile() {
        let count = UnifiedDiff.maxEdits
        let old = (0..<count).map { "old \($0)\n" }.joined(), new = (0..<count).map { "new \($0)\n" }.joined()
        let diff = UnifiedDiff.render(old: old, new: new, path: "x.yaml")
        let lines = diff.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(3) == ["--- a/x.yaml", "+++ b/x.yaml", "@@ -1,\(count) +1,\(count) @@"])
        #expect(lines.dropFirst(3).prefix(count).allSatisfy { $0.hasPrefix("-old ") })
        #expect(lines.dropFirst(3 + count).prefix(count).allSatisfy { $0.hasPrefix("+new ") })
        #expect(lines.count == 3 + 2 * count + 1)
    }

    /// Lines end at every line break a `Character` can be (CRLF as one), so a changed line is
    /// shown whole with its own terminator.
    @Test func unifiedDiffSplitsAtEveryLineBreak() {
        let old = "a\r\nb\rc\u{2028}d\u{85}e\u{0C}f\n"
        let new = "a\r\nB\rc\u{2028}d\u{85}e\u{0C}F\n"
        #expect(UnifiedDiff.render(old: old, new: new, path: "x.yaml") == """
            --- a/x.yaml
            +++ b/x.yaml
            @@ -1,6 +1,6 @@
             a\r
            -b\r+B\r c\u{2028} d\u{85} e\u{0C}-f
            +F

            """)
    }

    @Test func editsApplyInOneCopyWhateverTheirOrder() {
        let text = Array("key: old\nother: 1\n".unicodeScalars)
        let edits = [
            TextEdit(range: 18..<18, replacement: "added: 2\n"),
            TextEdit(range: 5..<8, replacement: "new"),
            TextEdit(range: 18..<18, replacement: "more: 3\n"),
            TextEdit(range: 0..<0, replacement: "# top\n"),
        ]
        let edited = String(String.UnicodeScalarView(TextEdit.apply(edits, to: text)))
        #expect(edited == "# top\nkey: new\nother: 1\nadded: 2\nmore: 3\n")
        #expect(TextEdit.apply([], to: text) == text)
    }
}
