import Foundation
import Testing

/// The `gloss` binary's promises: exit codes, output shapes, and the shipped example.
@Suite struct CheckCommandTests {
    static let reviewed = """
        gloss: 1
        document: Sources-Docs/example.md
        claims:
          - id: crowd
            kind: number
            anchor: {quote: "185", start: 24, end: 27}
            attributed_to: the-daily
            reviews:
              - reviewer: alice
                verdict: unverifiable

        """
    static let unreviewed = reviewed.replacingOccurrences(of: "    reviews:\n      - reviewer: alice\n        verdict: unverifiable\n", with: "")
    static let orphaned = unreviewed.replacingOccurrences(of: "quote: \"185\"", with: "quote: \"250\"")

    /// A check of a newsroom's corpus (a thousand files or more) says on a terminal that it is
    /// running, and clears the line before the report; with fewer files, or standard error not a
    /// terminal, nothing is said.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: GlossRunner.script.path), "needs util-linux `script`"))
    func aLongCheckSaysSoOnATerminalOnly() throws {
        let many = try GlossRunner.workspace(Dictionary(uniqueKeysWithValues: (0..<1_000).map { index in
            ("Annotations/article-\(index).yaml", "gloss: 1\ndocument: Sources-Docs/example.md\nclaims: []\n")
        }))
        let line = "checking 1000 annotation files…"
        let terminal = try GlossRunner.run(["check", "--quiet"], in: many, terminal: true)
        #expect(terminal.status == 0, "\(terminal.output)")
        #expect(terminal.output.hasPrefix("\r\u{1B}[2K" + line + "\r\u{1B}[2K"), "\(terminal.output.debugDescription)")
        let piped = try GlossRunner.run(["check", "--quiet"], in: many)
        #expect(piped.status == 0 && !piped.error.contains(line) && !piped.output.contains(line))
        let few = try GlossRunner.workspace(["Annotations/example.yaml": Self.unreviewed])
        #expect(!(try GlossRunner.run(["check"], in: few, terminal: true)).output.contains("checking"))
    }

    /// `document: ""` names no file: said so, not "a folder" (the workspace's root).
    @Test func anEmptyDocumentIsSaidToBeEmpty() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": "gloss: 1\ndocument: \"\"\nclaims: []\n"])
        let run = try GlossRunner.run(["check"], in: folder)
        #expect(run.status == 1)
        #expect(run.output.contains("Annotations/example.yaml:2:11: error: `document` is empty"), "\(run.output)")
        #expect(!run.output.contains("folder"), "\(run.output)")
    }

    @Test func cleanWorkspaceExitsZero() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed])
        let run = try GlossRunner.run(["check"], in: folder)
        #expect(run.status == 0)
        #expect(run.output == "0 errors, 0 warnings, 0 infos in 1 file, 1 claim\n")
    }

    /// A path typed through a link to the workspace (macOS's `/tmp` is `/private/tmp`) names a
    /// file in it, though the root is found with links resolved.
    @Test func anAbsolutePathThroughALinkToTheWorkspaceIsInIt() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed])
        let link = folder.deletingLastPathComponent().appendingPathComponent("linked-\(folder.lastPathComponent)")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: folder.path)
        let run = try GlossRunner.run(["check", link.appendingPathComponent("Annotations/example.yaml").path], in: link)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "0 errors, 0 warnings, 0 infos in 1 file, 1 claim\n")
    }

    /// A check of some files knows the claims of the others: a relation or a formula naming a
    /// claim of another file is not an unknown reference; an id no file has still is.
    @Test func checkingOneFileKnowsTheClaimsOfTheOthers() throws {
        let folder = try GlossRunner.workspace([
            "Annotations/example.yaml": """
                gloss: 1
                document: Sources-Docs/example.md
                claims:
                  - id: crowd
                    kind: number
                    anchor: {quote: "185", start: 24, end: 27}
                    statement: {subject: central-park, property: half-crowd, derived: other-crowd / 2}
                    relations:
                      - contradicts: other-crowd
                      - supports: nowhere-crowd

                """,
            "Annotations/other.yaml": """
                gloss: 1
                document: Sources-Docs/other.md
                claims:
                  - id: other-crowd
                    kind: number
                    anchor: {quote: "370", start: 10, end: 13}

                """,
            "Sources-Docs/other.md": "Some say: 370 people.\n",
        ])
        for arguments in [["check", "--format", "json", "Annotations/example.yaml"], ["check", "--format", "json", "Sources-Docs/example.md"]] {
            let run = try GlossRunner.run(arguments, in: folder)
            #expect(!run.output.contains("other-crowd`"), "\(arguments): \(run.output)")
            #expect(run.output.contains("no claim has the id `nowhere-crowd`"), "\(run.output)")
        }
    }

    @Test func warningsPassUnlessStrict() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.unreviewed])
        let run = try GlossRunner.run(["check"], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("Annotations/example.yaml:4:9: warning: nobody has reviewed this claim [unreviewed]"))
        #expect(try GlossRunner.run(["check", "--strict"], in: folder).status == 1)
    }

    @Test func errorsExitOneWithSnippet() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.orphaned])
        let run = try GlossRunner.run(["check", "Annotations/example.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.output.contains("""
            Annotations/example.yaml:6:21: error: the quote “250” is not in the document [anchor-orphaned]
             6 |     anchor: {quote: "250", start: 24, end: 27}
               |                     ^~~~~
            """))
        #expect(run.output.hasSuffix("1 error, 1 warning, 0 infos in 1 file, 1 claim\n"))
    }

    @Test func brokenConfigurationExitsTwo() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed,
                                                ".gloss.yml": "rules:\n  unreviewed: warning\n  anchor-movd: off\n"])
        let run = try GlossRunner.run(["check"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains(".gloss.yml:3:3: error: unknown key `anchor-movd` in `rules`; did you mean `anchor-moved`? [schema]"))
    }

    /// CI uploads the SARIF file, or reads the annotations, whatever the exit code: the
    /// configuration's errors are the report, at their places, still with exit code 2; never
    /// written over the configuration.
    @Test func aBrokenConfigurationIsReportedInTheFormatAskedFor() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed,
                                                ".gloss.yml": "rules:\n  unreviewed: warning\n  anchor-movd: off\n"])
        let sarif = try GlossRunner.run(["check", "--format", "sarif", "-o", "gloss.sarif"], in: folder)
        #expect(sarif.status == 2)
        #expect(sarif.error.contains("unknown key `anchor-movd`"), "\(sarif.error)")
        let written = try String(contentsOf: folder.appendingPathComponent("gloss.sarif"), encoding: .utf8)
        #expect(written.contains("\"ruleId\" : \"schema\"") && written.contains("\"startLine\" : 3"), "\(written)")
        let github = try GlossRunner.run(["check", "--format", "github"], in: folder)
        #expect(github.status == 2)
        #expect(github.output.hasPrefix("::error file=.gloss.yml,line=3,col=3,"), "\(github.output)")
        let text = try GlossRunner.run(["check"], in: folder)
        #expect(text.status == 2 && text.output.isEmpty)
        let over = try GlossRunner.run(["check", "--format", "json", "-o", ".gloss.yml"], in: folder)
        #expect(over.status == 2)
        #expect(try String(contentsOf: folder.appendingPathComponent(".gloss.yml"), encoding: .utf8)
                == "rules:\n  unreviewed: warning\n  anchor-movd: off\n")
    }

    /// While the configuration does not read, which files are reviewers' is not known (its
    /// annotations folder may be another): the report replaces nothing and is never YAML.
    @Test func aBrokenConfigurationsReportReplacesNothing() throws {
        let folder = try GlossRunner.workspace([".gloss.yml": "annotations: Notes\ntolerance: lots\n", "Notes/a.yaml": Self.reviewed,
                                                "b.json": "{\"findings\": []}\n"])
        for (target, before) in [("Notes/a.yaml", Self.reviewed), ("Notes/new.yaml", nil), ("b.json", "{\"findings\": []}\n")] {
            let run = try GlossRunner.run(["check", "--format", "json", "--baseline", "b.json", "-o", target], in: folder)
            #expect(run.status == 2)
            #expect(run.error.contains("\(target) not written: while the configuration has errors"), "\(run.error)")
            #expect((try? String(contentsOf: folder.appendingPathComponent(target), encoding: .utf8)) == before)
        }
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed])
        #expect(try GlossRunner.run(["check", "--format", "xml"], in: folder).status == 2)
        #expect(try GlossRunner.run(["check", "--no-such-flag"], in: folder).status == 2)
        #expect(try GlossRunner.run(["check", "Annotations/missing.yaml"], in: folder).status == 2)
        // A misspelt command is read as a path for `check`: the error says which command was meant.
        let misspelt = try GlossRunner.run(["chek"], in: folder)
        #expect(misspelt.status == 2 && misspelt.error == "gloss: chek: no such file or folder; did you mean `gloss check`?\n", "\(misspelt.error)")
        let path = try GlossRunner.run(["check", "chek"], in: folder)
        #expect(path.error == "gloss: chek: no such file or folder\n", "a path after the command is a path: \(path.error)")
        try Data("Nothing annotated here.\n".utf8).write(to: folder.appendingPathComponent("Sources-Docs/other.md"))
        let unannotated = try GlossRunner.run(["check", "Sources-Docs/other.md"], in: folder)
        #expect(unannotated.status == 2 && unannotated.error == "gloss: Sources-Docs/other.md has no annotation file yet "
                    + "(Annotations/other.yaml); `gloss add` or `gloss suggest --write` starts one\n", "\(unannotated.error)")
        let rule = try GlossRunner.run(["rules", "anchor-movd"], in: folder)
        #expect(rule.status == 2 && rule.error.contains("did you mean `anchor-moved`?"), "\(rule.error)")
    }

    @Test func jsonOutputToAFileKeepsTheExitCode() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.orphaned])
        let run = try GlossRunner.run(["check", "--format", "json", "-o", "out/report.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        let data = try Data(contentsOf: folder.appendingPathComponent("out/report.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["rule"] as? String } == ["unreviewed", "anchor-orphaned"], "sorted by position")
        let again = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(again.output == String(decoding: data, as: UTF8.self), "output is deterministic")
    }

    /// A report that cannot be written whole (here the file size limit stands in for a full
    /// disk) leaves the old report as it was and no temporary file, and exits with 2.
    @Test func aReportThatCannotBeWrittenLeavesTheOldOneAlone() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.orphaned, "out/report.json": "old report\n"])
        let run = try GlossRunner.run(["check", "--format", "json", "-o", "out/report.json"], in: folder, fileSizeLimit: 1)
        #expect(run.status == 2)
        #expect(run.error == "gloss: cannot write out/report.json: File too large\n")
        let out = folder.appendingPathComponent("out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["report.json"])
        #expect(try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8) == "old report\n")
    }

    @Test func theShippedExampleHasWarningsOnly() throws {
        let run = try GlossRunner.run(["check"], in: GlossRunner.repository)
        #expect(run.status == 0, "\(run.output)\(run.error)")
        #expect(!run.output.contains(": error:"))
        #expect(run.output.contains("[unreviewed]"))
    }

    @Test func unverifiedListsClaimsInTextAndJSON() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed])
        let text = try GlossRunner.run(["check", "--unverified"], in: folder)
        #expect(text.status == 0)
        #expect(text.output == """
            1 unverified claim:
            Annotations/example.yaml:4:9: crowd: unverifiable: the verdict is that it cannot be verified
            0 errors, 0 warnings, 0 infos in 1 file, 1 claim

            """)
        let json = try GlossRunner.run(["check", "--unverified", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let unverified = try #require(object["unverified"] as? [[String: Any]])
        #expect(unverified.map { $0["claim"] as? String } == ["crowd"])
        #expect(unverified.first?["status"] as? String == "unverifiable")
        let plain = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(!plain.output.contains("\"unverified\""), "the key is present only with --unverified")
    }

    /// SARIF, GitHub and JUnit output carry findings only: asking them for the list is a usage
    /// error, not a run that silently leaves it out.
    @Test(arguments: ["sarif", "github", "junit"])
    func unverifiedIsRefusedWhereTheFormatCannotListClaims(_ format: String) throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.reviewed])
        let run = try GlossRunner.run(["check", "--unverified", "--format", format], in: folder)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("--unverified lists claims in the text and json formats only, not in \(format)"), "\(run.error)")
    }

    @Test func theShippedExampleListsItsUnverifiedClaims() throws {
        let run = try GlossRunner.run(["check", "--unverified"], in: GlossRunner.repository)
        #expect(run.status == 0)
        #expect(run.output.contains("Annotations/lanzhou-protests-2022-10.yaml:16:9: lanzhou-sub-district-protests: unreviewed: nobody has reviewed it\n"))
    }

    @Test func rulesListsEveryRuleAndExplainsOne() throws {
        let list = try GlossRunner.run(["rules"], in: GlossRunner.repository)
        #expect(list.status == 0)
        #expect(list.output.contains("anchor-moved"))
        let one = try GlossRunner.run(["rules", "anchor-moved"], in: GlossRunner.repository)
        #expect(one.output.contains("Triggers on:") && one.output.contains("Does not trigger on:"))
        #expect(try GlossRunner.run(["rules", "no-such-rule"], in: GlossRunner.repository).status == 2)
    }

    /// Two annotation files whose names differ only in how their accents are encoded (`café`
    /// composed and decomposed, from two operating systems) are two files: Swift compares such
    /// names as equal, and one was read while the other went unread with exit code 0.
    @Test func namesThatDifferOnlyInUnicodeFormAreNotTakenForOne() throws {
        let claim = { (id: String) in "gloss: 1\ndocument: Sources-Docs/example.md\nclaims:\n  - {id: \(id), kind: event, anchor: {quote: Nowhere}}\n" }
        let folder = try GlossRunner.workspace(["Annotations/caf\u{E9}.yaml": claim("composed")])
        try Data(claim("decomposed").utf8).write(to: folder.appendingPathComponent("Annotations/cafe\u{301}.yaml"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Annotations").path)
        #expect(names.filter { $0.hasPrefix("caf") }.map { Array($0.utf8).count }.sorted() == [10, 11], "two files on disk")
        let run = try GlossRunner.run(["check", "--format", "json"], in: folder)
        #expect(run.status == 1)
        #expect(run.output.contains("Gloss cannot tell the two apart, so it is not read: rename one of them"), "\(run.output)")
        #expect(run.output.contains("\"files\" : 2"), "\(run.output)")
        // Nor is a claim written into either: the check reads one of them only.
        try Data("The crowd was 185 people.\n".utf8).write(to: folder.appendingPathComponent("Sources-Docs/caf\u{E9}.md"))
        for arguments in [["add", "Sources-Docs/caf\u{E9}.md", "--quote", "185 people", "--kind", "number"],
                          ["suggest", "Sources-Docs/caf\u{E9}.md", "--write"]] {
            let refused = try GlossRunner.run(arguments, in: folder)
            #expect(refused.status == 2, "\(arguments): \(refused.output)")
            #expect(refused.error.contains("in another Unicode form (composed and decomposed accents), and a check reads only one"),
                    "\(arguments): \(refused.error)")
        }
    }
}
