import Foundation
import GlossCore
import Testing

/// `gloss report`, `gloss export` and `gloss import` as a user runs them.
@Suite struct ReportCommandTests {
    static let annotation = """
        gloss: 1
        document: Sources-Docs/example.md
        claims:
          # The crowd
          - id: crowd
            kind: number
            anchor: {quote: "185 people", start: 24, end: 34}
            summary: 185 people gathered
            attributed_to: the-daily
            place: central-park
            reviews:
              - {reviewer: alice, date: 2026-11-20, verdict: supported}
          - id: go-home
            kind: quote
            anchor: {quote: "We want to go home"}
            attributed_to: a-resident
            speaker: a-resident

        """

    @Test func reportOfTheShippedExampleHasACardForEveryClaim() throws {
        let folder = GlossRunner.scratchPath("report")
        let output = folder.appendingPathComponent("report.html").path
        let run = try GlossRunner.run(["report", "--format", "html", "-o", output], in: GlossRunner.repository)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.isEmpty, "no progress when standard error is not a terminal")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        let claims = try String(contentsOf: GlossRunner.repository.appendingPathComponent("Annotations/lanzhou-protests-2022-10.yaml"),
                                encoding: .utf8)
        let ids = claims.components(separatedBy: "\n  - id: ").dropFirst().map { String($0.prefix { !$0.isNewline }) }
        #expect(ids.count == 45)
        for id in ids {
            #expect(html.contains("<article class=\"card st-unreviewed\" id=\"claim-\(id)\">"), "\(id)")
        }
    }

    /// A registry that does not read may have lost a `private: true`: reports and exports write
    /// nothing rather than publish a name, and say why.
    @Test func aBrokenRegistryStopsReportsAndExportsBeforeAnythingIsWritten() throws {
        let sources = """
            sources:
              - id: the-daily
                name: The Daily
                kind: media
              - id: a-resident
                name: Jane Resident
                kind: person
                private: yes

            """
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation, "Annotations/sources.yaml": sources])
        for arguments in [["report", "--format", "markdown"], ["report", "--format", "json"], ["report", "--format", "html"],
                          ["export", "--format", "claimreview"], ["export", "--format", "web-annotation"],
                          ["export", "--format", "geojson"]] {
            let run = try GlossRunner.run(arguments, in: folder)
            #expect(run.status == 1, "\(arguments): \(run.error)")
            #expect(run.output.isEmpty, "\(arguments) wrote \(run.output.prefix(200))")
            #expect(run.error.contains("Annotations/sources.yaml:8:14: error: `private` must be true or false"), "\(run.error)")
            #expect(run.error.contains("nothing written"))
        }
        let places = "places:\n  - id: central-park\n    name: [Central Park\n"
        let brokenPlaces = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation, "Annotations/places.yaml": places])
        let geojson = try GlossRunner.run(["export", "--format", "geojson"], in: brokenPlaces)
        #expect(geojson.status == 1 && geojson.output.isEmpty && geojson.error.contains("Annotations/places.yaml:"), "\(geojson.error)")
        // A file the report is written to is not written either.
        let output = brokenPlaces.appendingPathComponent("report.md")
        #expect(try GlossRunner.run(["report", "--format", "markdown", "-o", output.path], in: brokenPlaces).status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func reportFormatsAndUsageErrors() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation])
        let markdown = try GlossRunner.run(["report", "--format", "markdown"], in: folder)
        #expect(markdown.status == 0)
        #expect(markdown.output.hasPrefix("## Gloss review report\n\n**2 claims** in 1 document: 1 unreviewed, 1 supported"))
        let json = try GlossRunner.run(["report", "--format", "json"], in: folder)
        #expect(json.output.contains("\"version\" : 1"))
        let bad = try GlossRunner.run(["report", "--format", "pdf"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.error.contains("unknown format `pdf`; choose one of html, markdown, json"))
        #expect(try GlossRunner.run(["export"], in: folder).status == 2, "export needs a format")
        #expect(try GlossRunner.run(["report", "Annotations/none.yaml"], in: folder).status == 2)
    }

    /// A file with a YAML syntax error has no claims to report: the output is still written, but
    /// standard error says which file was left out and where it broke, and the exit code is 1,
    /// so a report pasted into a pull request never passes for a clean review.
    @Test(arguments: [["report", "--format", "markdown"], ["report", "--format", "json"],
                      ["export", "--format", "claimreview"], ["fix", "--dry-run"]])
    func aFileThatCannotBeReadIsNamedAndFailsTheRun(_ command: [String]) throws {
        let broken = Self.annotation.replacingOccurrences(of: "    summary: 185", with: "  summary: 185")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": broken])
        let run = try GlossRunner.run(command, in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.hasPrefix("Annotations/example.yaml:8:3: error: "), "\(run.error)")
        #expect(run.error.contains("[yaml-syntax]\n  note: Annotations/example.yaml:5:3: the block collection begins here\n"
            + "gloss: Annotations/example.yaml could not be read, so its claims are left out\n"), "\(run.error)")
        if command == ["report", "--format", "markdown"] {
            #expect(run.output.contains("### Files with problems (1)\n\n| Annotation file | Document | Problem |\n"
                + "| --- | --- | --- |\n| Annotations/example.yaml | — | The annotation file could not be read; gloss check says why. |"))
        }
        let readable = try GlossRunner.run(command, in: try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation]))
        #expect(!readable.error.contains("could not be read"))
        #expect(!readable.output.contains("Files with problems"))
    }

    /// A document that cannot be read (gone, a folder, outside the workspace) leaves its claims
    /// without their words in a report or an export: said on standard error, and the run fails
    /// as `check` does, unless `.gloss.yml` makes the rule a warning.
    @Test(arguments: [["report", "--format", "html"], ["export", "--format", "web-annotation"]])
    func aDocumentThatCannotBeReadFailsTheRun(_ command: [String]) throws {
        let gone = Self.annotation.replacingOccurrences(of: "Sources-Docs/example.md", with: "Sources-Docs/gone.md")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": gone])
        let run = try GlossRunner.run(command, in: folder)
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("[document-missing]"), "\(run.error)")
        #expect(run.error.contains("gloss: Annotations/example.yaml: its document could not be read, so its claims are shown without their words"),
                "\(run.error)")
        let warned = try GlossRunner.workspace(["Annotations/example.yaml": gone, ".gloss.yml": "rules:\n  document-missing: warning\n"])
        #expect(try GlossRunner.run(command, in: warned).status == 0)
        let readable = try GlossRunner.run(command, in: try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation]))
        #expect(readable.status == 0 && !readable.error.contains("could not be read"), "\(readable.error)")
    }

    /// A file read with parts that did not read (a claim's id, a review's verdict) leaves them
    /// out of a report or an export: the errors are on standard error, the report lists the
    /// file, and the exit code is 1, so that the report never passes for the whole review.
    @Test(arguments: [["report", "--format", "markdown"], ["export", "--format", "claimreview"]])
    func partsThatDidNotReadAreNamedAndFailTheRun(_ command: [String]) throws {
        let partly = Self.annotation.replacingOccurrences(of: "- id: go-home", with: "- id: Go-Home")
            .replacingOccurrences(of: "verdict: supported", with: "verdict: false")
        let run = try GlossRunner.run(command, in: try GlossRunner.workspace(["Annotations/example.yaml": partly]))
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("Annotations/example.yaml:13:9: error: "), "\(run.error)")
        #expect(run.error.contains("Annotations/example.yaml:12:54: error: `verdict` must be one of"), "\(run.error)")
        #expect(run.error.hasSuffix("gloss: Annotations/example.yaml has errors, so what did not read is left out\n"), "\(run.error)")
        if command[0] == "report" {
            #expect(run.output.contains("| Annotations/example.yaml | Sources-Docs/example.md | Parts of the annotation file did not read"),
                    "\(run.output)")
        }
        // With the two rules turned off, as a check passes, so does the run; made info, the
        // problems are said at their severity and the run passes too.
        let off = try GlossRunner.workspace(["Annotations/example.yaml": partly, ".gloss.yml": "rules:\n  schema: off\n  invalid-value: off\n"])
        #expect(try GlossRunner.run(command, in: off).status == 0)
        let info = try GlossRunner.run(command, in: try GlossRunner.workspace([
            "Annotations/example.yaml": partly, ".gloss.yml": "rules:\n  schema: info\n  invalid-value: info\n"]))
        #expect(info.status == 0, "\(info.error)")
        #expect(info.error.contains("Annotations/example.yaml:12:54: info: `verdict` must be one of"), "\(info.error)")
        #expect(info.error.hasSuffix("gloss: Annotations/example.yaml has problems, so what did not read is left out\n"), "\(info.error)")
    }

    /// A problem met reading a claim that the claim's `ignore:` silences is not reported by a
    /// check, and does not fail a report or an export either.
    @Test(arguments: [["report", "--format", "markdown"], ["export", "--format", "claimreview"]])
    func aProblemTheClaimIgnoresPassesAsInACheck(_ command: [String]) throws {
        let ignored = Self.annotation.replacingOccurrences(of: "date: 2026-11-20", with: "date: 2026-13-45")
            .replacingOccurrences(of: "    place: central-park\n",
                                  with: "    place: central-park\n    ignore: [{rule: invalid-value, reason: the date is being confirmed}]\n")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": ignored])
        #expect(!(try GlossRunner.run(["check"], in: folder).output.contains("[invalid-value]")))
        let run = try GlossRunner.run(command, in: folder)
        #expect(run.status == 0 && !run.error.contains("2026-13-45"), "\(run.error)")
    }

    /// An id listed twice in a registry (a public and a private entry), or a place within one
    /// not listed, stops reports and exports as `check` fails on it; an entry that did not read
    /// stops them whatever `.gloss.yml` makes of its rule, as its `private: true` may be lost.
    @Test func registriesAreJudgedAsCheckJudgesThem() throws {
        let twice = "sources:\n  - {id: a-resident, name: Jane Resident, kind: person}\n"
            + "  - {id: a-resident, name: Jane Resident, kind: person, private: true}\n"
        let duplicate = try GlossRunner.run(["report", "--format", "markdown"], in: try GlossRunner.workspace([
            "Annotations/example.yaml": Self.annotation, "Annotations/sources.yaml": twice]))
        #expect(duplicate.status == 1 && duplicate.output.isEmpty, "\(duplicate.error)")
        #expect(duplicate.error.contains("Annotations/sources.yaml:3:10: error: ") && duplicate.error.contains("[duplicate-id]"), "\(duplicate.error)")
        let within = "places:\n  - {id: central-park, name: Central Park, within: nowhere}\n"
        let unknown = try GlossRunner.run(["export", "--format", "geojson"], in: try GlossRunner.workspace([
            "Annotations/example.yaml": Self.annotation, "Annotations/places.yaml": within]))
        #expect(unknown.status == 1 && unknown.error.contains("[unknown-reference]"), "\(unknown.error)")
        let badID = "sources:\n  - {id: a_resident, name: Jane Resident, kind: person, private: true}\n"
        let lowered = try GlossRunner.run(["export", "--format", "claimreview"], in: try GlossRunner.workspace([
            "Annotations/example.yaml": Self.annotation.replacingOccurrences(of: "summary: 185 people gathered", with: "summary: Jane Resident counted 185"),
            "Annotations/sources.yaml": badID, ".gloss.yml": "rules:\n  invalid-value: info\n"]))
        #expect(lowered.status == 1 && lowered.output.isEmpty && lowered.error.contains("nothing written"), "\(lowered.error)")
    }

    /// Reports and exports are written in pieces as they are rendered; one that cannot be written
    /// whole (the file size limit stands in for a full disk) leaves the old file as it was and
    /// no temporary file, and exits with 2.
    @Test(arguments: [["report", "--format", "html"], ["report", "--format", "json"], ["export", "--format", "web-annotation"]])
    func anOutputThatCannotBeWrittenLeavesTheOldOneAlone(_ command: [String]) throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation, "out/old": "old output\n"])
        let run = try GlossRunner.run(command + ["-o", "out/old"], in: folder, fileSizeLimit: 1)
        #expect(run.status == 2)
        #expect(run.error == "gloss: cannot write out/old: File too large\n")
        let out = folder.appendingPathComponent("out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["old"])
        #expect(try String(contentsOf: out.appendingPathComponent("old"), encoding: .utf8) == "old output\n")
    }

    /// What `gloss check` fails on as a `statement-conflict` is a contradiction in every report.
    @Test func reportsShowTheConflictsCheckFinds() throws {
        let claims = [("crowd", "185"), ("crowd-estimate", "250")].map { id, value in
            "  - {id: \(id), kind: number, anchor: {quote: \"185 people\", start: 24, end: 34}, attributed_to: unattributed,\n"
                + "     statement: {subject: central-park, property: crowd-size, value: \"\(value)\", as_of: 2022-10-02}}\n"
        }
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": "gloss: 1\ndocument: Sources-Docs/example.md\nclaims:\n"
                                                    + claims.joined()])
        #expect(try GlossRunner.run(["check"], in: folder).output.contains("[statement-conflict]"))
        let reason = "their statements cannot both hold: 185 and 250"
        let json = try GlossRunner.run(["report", "--format", "json"], in: folder)
        #expect(json.output.contains("\"reason\" : \"\(reason)\""), "\(json.output)")
        let html = try GlossRunner.run(["report"], in: folder).output
        #expect(html.contains(reason))
        #expect(!html.contains("No claims are known to contradict each other"))
        #expect(try GlossRunner.run(["report", "--format", "markdown"], in: folder).output.contains(reason))
    }

    @Test func exportsGeoJSONAndClaimReview() throws {
        // ClaimReview publishes verdicts with evidence behind them.
        var files = ["Annotations/example.yaml": Self.annotation.replacingOccurrences(
            of: "verdict: supported}", with: "verdict: supported, evidence: [{url: \"https://example.org/count\"}]}")]
        files["Annotations/places.yaml"] = "places:\n  - {id: central-park, name: Central Park, coordinates: [40.78, -73.97]}\n"
        let folder = try GlossRunner.workspace(files)
        let geojson = try GlossRunner.run(["export", "--format", "geojson"], in: folder)
        #expect(geojson.status == 0)
        #expect(geojson.output.contains("\"coordinates\" : [\n          -73.97,\n          40.78\n        ]"))
        let claimReview = try GlossRunner.run(["export", "--format", "claimreview", "-o", "out/claims.json"], in: folder)
        #expect(claimReview.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("out/claims.json"), encoding: .utf8)
        #expect(written.contains("\"claimReviewed\" : \"185 people gathered\""))
        #expect(!written.contains("go-home"), "only claims with a verdict")
        #expect(claimReview.error.contains("set `publisher:`"), "search engines need a publisher: \(claimReview.error)")
    }

    /// An unchanged workspace imports its own export cleanly: the summary the export wrote with
    /// a private name withheld, and the verdict it published, are the claims' own words.
    @Test func importingTheWorkspacesOwnExportAddsNothingAndPasses() throws {
        let annotation = Self.annotation
            .replacingOccurrences(of: "verdict: supported}", with: "verdict: supported, evidence: [{url: \"https://example.org/count\"}]}")
            .replacingOccurrences(of: "    speaker: a-resident\n", with: "    speaker: a-resident\n    summary: A resident wants to go home\n")
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": annotation])
        let export = try GlossRunner.run(["export", "--format", "web-annotation", "-o", "annotations.json"], in: folder)
        #expect(export.status == 0)
        let exported = try String(contentsOf: folder.appendingPathComponent("annotations.json"), encoding: .utf8)
        #expect(exported.contains("withheld wants to go home") && exported.contains("\"value\" : \"supported\""), "\(exported)")
        let imported = try GlossRunner.run(["import", "annotations.json"], in: folder)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.error == "2 already present, left as they were\n", "\(imported.error)")
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == annotation)
    }

    /// A claim whose words moved since its context was recorded is exported with that context,
    /// which fits nowhere now: imported back under its own Gloss id, it is already present, not
    /// a new claim each time.
    @Test func anExportedClaimWhoseContextChangedIsAlreadyPresent() throws {
        let annotation = """
            gloss: 1
            document: Sources-Docs/example.md
            claims:
              - id: crowd
                kind: number
                anchor: {quote: "185 people", prefix: "Reported by The Weekly, ", suffix: " marched to City Hall", start: 30, end: 40}

            """
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": annotation])
        #expect(try GlossRunner.run(["export", "--format", "web-annotation", "-o", "annotations.json"], in: folder).status == 0)
        for _ in 0..<2 {
            let imported = try GlossRunner.run(["import", "annotations.json"], in: folder)
            #expect(imported.error.contains("1 already present"), "\(imported.error)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("Annotations/example.yaml"), encoding: .utf8) == annotation)
    }

    /// A file of only comments holds no claims to leave out: a report says nothing of it.
    @Test func aFileOfOnlyCommentsIsNotSaidToBeUnreadable() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation, "Annotations/later.yaml": "# to annotate\n"])
        let report = try GlossRunner.run(["report", "--format", "markdown"], in: folder)
        #expect(report.status == 0 && !report.error.contains("could not be read"), "\(report.error)")
        try Data("gloss: 1\nclaims: [\n".utf8).write(to: folder.appendingPathComponent("Annotations/later.yaml"))
        let broken = try GlossRunner.run(["report", "--format", "markdown"], in: folder)
        #expect(broken.status == 1 && broken.error.contains("Annotations/later.yaml could not be read"), "\(broken.error)")
    }

    @Test func importAppendsExportedAnnotationsToTheAnnotationFile() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation])
        let export = try GlossRunner.run(["export", "--format", "web-annotation", "-o", "annotations.json"], in: folder)
        #expect(export.status == 0)
        let path = folder.appendingPathComponent("Annotations/example.yaml")
        try FileManager.default.removeItem(at: path)

        let imported = try GlossRunner.run(["import", "annotations.json"], in: folder)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.error.contains("Annotations/example.yaml: 2 claims added"))
        let text = try String(contentsOf: path, encoding: .utf8)
        // A new file records the revision its offsets count in, as `gloss add` writes it.
        let revision = GitBlobID.of(Array(try Data(contentsOf: folder.appendingPathComponent("Sources-Docs/example.md"))))
        #expect(text.hasPrefix("gloss: 1\ndocument: Sources-Docs/example.md\nrevision: \(revision)\nclaims:\n  - id: crowd\n    kind: number\n"),
                "\(text)")
        #expect(text.contains("    anchor:\n      quote: \"185 people\"\n      prefix: \"According to The Daily, \"\n"))
        let reexported = try GlossRunner.run(["export", "--format", "web-annotation"], in: folder).output
        #expect(try Self.targets(reexported).count == 2)
        #expect(try Self.targets(reexported) == Self.targets(String(contentsOf: folder.appendingPathComponent("annotations.json"),
                                                                        encoding: .utf8)))

        let again = try GlossRunner.run(["import", "annotations.json", "--document", "Sources-Docs/example.md"], in: folder)
        #expect(again.status == 0)
        #expect(again.error.contains("2 already present"))
        #expect(try String(contentsOf: path, encoding: .utf8) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Annotations").path)
        #expect(leftovers.sorted() == ["example.yaml", "places.yaml", "sources.yaml"], "no temporary file is left")
    }

    /// The targets (source and selectors) of an exported collection, as comparable text.
    static func targets(_ json: String) throws -> [String] {
        let collection = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = (collection?["first"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
        return try items.map { item in
            String(decoding: try JSONSerialization.data(withJSONObject: item["target"] ?? [:], options: .sortedKeys), as: UTF8.self)
        }
    }

    @Test func importRefusesTargetsOutsideTheWorkspace() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation])
        try Data("[]".utf8).write(to: folder.appendingPathComponent("empty.json"))
        let elsewhere = """
            {"type": "Annotation", "target": {"source": "https://elsewhere.example.org/a",
             "selector": {"type": "TextQuoteSelector", "exact": "185 people"}}}
            """
        try Data(elsewhere.utf8).write(to: folder.appendingPathComponent("elsewhere.json"))
        let run = try GlossRunner.run(["import", "elsewhere.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.error.contains("no document of the workspace is the target https://elsewhere.example.org/a; name one with --document"))
        #expect(try GlossRunner.run(["import", "empty.json"], in: folder).status == 0)
        #expect(try GlossRunner.run(["import", "missing.json"], in: folder).status == 2)
    }

    /// Errors quote what imported files say; an escape sequence in them shows, and does nothing.
    @Test func errorsShowControlCharactersFromImportedFiles() throws {
        let folder = try GlossRunner.workspace(["Annotations/example.yaml": Self.annotation])
        let hostile = #"""
            {"type": "Annotation", "target": {"source": "https://elsewhere.example.org/\u001b]0;x\u0007\u009b2J",
             "selector": {"type": "TextQuoteSelector", "exact": "185 people"}}}
            """#
        try Data(hostile.utf8).write(to: folder.appendingPathComponent("hostile.json"))
        let run = try GlossRunner.run(["import", "hostile.json"], in: folder)
        #expect(run.status == 2)
        #expect(run.error == "gloss: no document of the workspace is the target "
                    + "https://elsewhere.example.org/\u{FFFD}]0;x\u{FFFD}\u{FFFD}2J; name one with --document\n")
    }
}
