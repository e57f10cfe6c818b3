import Foundation
import GlossCore
import Testing
@testable import GlossLSP
import GlossReports

@Suite struct FeatureTests {
    private func started(positions: Bool = true, capabilities: JSONValue = .object([:])) -> TestClient {
        let client = TestClient(files: Fixture.files(positions: positions))
        client.initialize(capabilities: capabilities)
        return client
    }

    private func at(_ needle: String, in path: String, text: String) -> JSONValue {
        let position = Fixture.position(of: needle, in: text, encoding: "utf-16")
        return TestClient.at(path, position.line, position.character + 1)
    }

    /// The hover card over `words` in the article, in a workspace of `files`.
    private func card(over words: String, files: [String: String]) -> String {
        let client = TestClient(files: files)
        client.initialize()
        let hover = client.request("textDocument/hover", at(words, in: Fixture.articlePath, text: Fixture.article))
        return hover?["contents"]?["value"]?.stringValue ?? ""
    }

    /// The hover over "185 cases" with the claim's evidence written as `evidence` instead.
    private func card(withEvidence evidence: String) -> String {
        var files = Fixture.files()
        files[Fixture.annotationPath] = Fixture.annotation().replacingOccurrences(of: "- url: https://example.org/count", with: evidence)
        return card(over: "185 cases", files: files)
    }

    @Test func articleDiagnosticsFollowStatusAndContradictions() {
        let client = started()
        let diagnostics = client.diagnostics(Fixture.articlePath)
        func severity(_ code: String) -> Int? { diagnostics.first { $0["code"] == .string(code) }?["severity"]?.intValue }
        #expect(severity("unreviewed") == LSPDiagnostic.information)
        #expect(severity("refuted") == LSPDiagnostic.warning)
        let conflict = diagnostics.first { $0["code"] == .string("statement-conflict") }
        #expect(conflict?["severity"] == .int(LSPDiagnostic.error))
        let related = conflict?["relatedInformation"]?.arrayValue ?? []
        #expect(related.contains { $0["location"]?["uri"] == .string(TestClient.uri(Fixture.annotationPath)) })
        #expect(diagnostics.allSatisfy { $0["source"] == .string("gloss") })
    }

    @Test func hoverShowsTheClaimCardAndTheAnchoredWords() {
        let client = started()
        let card = client.request("textDocument/hover", at("185 cases", in: Fixture.articlePath, text: Fixture.article))
        let markdown = card?["contents"]?["value"]?.stringValue ?? ""
        #expect(card?["contents"]?["kind"] == .string("markdown"))
        for expected in ["official-cases", "Officials counted 185 cases", "**refuted**", "alice", "https://example.org/count", "Lanzhou officials"] {
            #expect(markdown.contains(expected), "\(expected) in \(markdown)")
        }
        let words = client.request("textDocument/hover", at("official-cases", in: Fixture.annotationPath, text: Fixture.annotation()))
        #expect(words?["contents"]?["value"]?.stringValue?.contains("Officials said **185 cases** were found") == true)
        // On a claim's `- ` the claim is that one, not the one before, whose block runs to it.
        let dash = Fixture.position(of: "- id: official-cases", in: Fixture.annotation(), encoding: "utf-16")
        for character in [dash.character, dash.character + 1] {
            let hover = client.request("textDocument/hover", TestClient.at(Fixture.annotationPath, dash.line, character))
            #expect(hover?["contents"]?["value"]?.stringValue?.hasPrefix("**`official-cases`**") == true, "\(String(describing: hover))")
        }
    }

    /// A comment and a blank line between two claims belong to neither: libyaml counts them
    /// into the block before, but hovering a `# Paragraph 2` heading the next claim showed the
    /// claim above it.
    @Test func linesBetweenClaimsAreNoClaims() {
        var files = Fixture.files()
        let yaml = Fixture.annotation().replacingOccurrences(of: "  - id: official-cases", with: "\n  # Paragraph 2\n  - id: official-cases")
        files[Fixture.annotationPath] = yaml
        let client = TestClient(files: files)
        client.initialize()
        let comment = Fixture.position(of: "# Paragraph 2", in: yaml, encoding: "utf-16")
        #expect(client.request("textDocument/hover", TestClient.at(Fixture.annotationPath, comment.line, comment.character + 3)) == .null)
        #expect(client.request("textDocument/hover", TestClient.at(Fixture.annotationPath, comment.line - 1, 0)) == .null)
        let speaker = Fixture.position(of: "speaker: a resident", in: yaml, encoding: "utf-16")
        let hover = client.request("textDocument/hover", TestClient.at(Fixture.annotationPath, speaker.line, speaker.character + 2))
        #expect(hover?["contents"]?["value"]?.stringValue?.hasPrefix("**`hungry-quote`**") == true)
    }

    /// A speaker or subject naming a private source by its name or an alias shows only "withheld".
    @Test func hoverWithholdsPrivateSourcesNamedByNameOrAlias() {
        var files = Fixture.files()
        files["Annotations/sources.yaml"]! += "\n  - {id: witness, name: Zhang Wei, aliases: [小张], kind: person, private: true}\n"
        files[Fixture.annotationPath] = Fixture.annotation()
            .replacingOccurrences(of: "speaker: a resident", with: "speaker: zhang wei\n    statement: {subject: 小张, property: hunger, value: severe}")
        let markdown = card(over: "we are hungry", files: files)
        #expect(markdown.contains("- Speaker: _withheld_"), "\(markdown)")
        #expect(markdown.contains("- Statement: _withheld_ · hunger = severe"), "\(markdown)")
        #expect(!markdown.lowercased().contains("zhang") && !markdown.contains("小张"), "\(markdown)")
    }

    /// A summary, a note, a place, or a speaker or subject in free text that names a private
    /// source shows "withheld" in its place.
    @Test func hoverWithholdsPrivateNamesInFreeTextAndPlaces() {
        var files = Fixture.files()
        files["Annotations/sources.yaml"]! += "\n  - {id: witness, name: Zhang Wei, aliases: [小张], kind: person, private: true}\n"
        files[Fixture.annotationPath] = Fixture.annotation()
            .replacingOccurrences(of: "summary: Residents said they were hungry", with: "summary: Zhang Wei said they were hungry")
            .replacingOccurrences(of: "speaker: a resident", with: """
                speaker: Zhang-Wei, a resident
                    place: witness
                    statement: {subject: zhang wei's family, property: size, value: "4"}
                    reviews:
                      - {reviewer: alice, verdict: supported, note: 小张 told us, evidence: [{url: "https://example.org/call", note: call with Zhang  Wei},
                         {url: "https://example.org/search?q=Zhang+Wei"}]}
                      - {reviewer: Zhang Wei, verdict: supported}
                """)
        let markdown = card(over: "we are hungry", files: files)
        #expect(markdown.contains("withheld said they were hungry"), "\(markdown)")
        #expect(markdown.contains("- Place: _withheld_"), "\(markdown)")
        #expect(markdown.contains("- Speaker: withheld, a resident"), "\(markdown)")
        #expect(markdown.contains("- Statement: withheld's family · size = 4"), "\(markdown)")
        #expect(markdown.contains("withheld told us") && markdown.contains("call with withheld"), "\(markdown)")
        #expect(markdown.contains("  - _withheld_\n") && markdown.contains("- withheld — **supported**"), "\(markdown)")
        #expect(!markdown.lowercased().contains("zhang") && !markdown.contains("小张") && !markdown.contains("witness"), "\(markdown)")
    }

    /// While `sources.yaml` does not read (a quote left open as it is typed), what it last marked
    /// private is still withheld in hovers and marks.
    @Test func aRegistryBeingEditedStillWithholds() {
        var files = Fixture.files()
        files["Annotations/sources.yaml"]! += "\n  - {id: witness, name: Zhang Wei, kind: person, private: true}\n"
        files[Fixture.annotationPath] = Fixture.annotation()
            .replacingOccurrences(of: "summary: Residents said they were hungry", with: "summary: Zhang Wei said they were hungry")
        let client = TestClient(files: files)
        client.initialize()
        client.open("Annotations/sources.yaml", files["Annotations/sources.yaml"]! + "  - id: new-one\n    name: \"The New\n")
        client.server.flush()
        let hover = client.request("textDocument/hover", at("we are hungry", in: Fixture.articlePath, text: Fixture.article))
        let markdown = hover?["contents"]?["value"]?.stringValue ?? ""
        #expect(markdown.contains("withheld said they were hungry") && !markdown.contains("Zhang"), "\(markdown)")
        let marks = client.diagnostics(Fixture.articlePath).compactMap { $0["message"]?.stringValue }
        #expect(!marks.contains { $0.contains("Zhang") }, "\(marks)")
        // A source added first, private, while another entry is half typed (`kind: persn`): it is
        // withheld as the buffer marks it, and the sources before it are still found by id.
        client.open("Annotations/sources.yaml", "sources:\n  - {id: bob-hidden, name: Bob Hidden, kind: persn, private: true}\n"
                    + files["Annotations/sources.yaml"]!.replacingOccurrences(of: "sources:\n", with: ""))
        client.open(Fixture.annotationPath, files[Fixture.annotationPath]!.replacingOccurrences(of: "Zhang Wei said", with: "Bob Hidden and Zhang Wei said"))
        client.server.flush()
        let again = client.request("textDocument/hover", at("we are hungry", in: Fixture.articlePath, text: Fixture.article))?["contents"]?["value"]?.stringValue ?? ""
        #expect(again.contains("withheld and withheld said they were hungry"), "\(again)")
        let position = Fixture.position(of: "attributed_to: ", in: files[Fixture.annotationPath]!, encoding: "utf-16")
        let items = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, position.line, position.character + 15))?["items"]?.arrayValue
        #expect(items?.isEmpty == false)
    }

    /// A note of several lines stays on its review's line: its line breaks would start Markdown
    /// blocks there (a rule, a heading, list items) and cut the evidence off from its review.
    @Test func aNoteOfSeveralLinesStaysOnItsLine() {
        let markdown = card(withEvidence: "- url: https://example.org/count\n            note: \"first\\n---\\nHeading\\n===\\n- item\\n1. numbered\"")
        #expect(markdown.contains("first --- Heading === - item 1. numbered"), "\(markdown)")
        #expect(!markdown.contains("\n---") && !markdown.contains("\n- item"), "\(markdown)")
    }

    /// CommonMark processes no backslash escape inside an autolink: the address goes in as it is.
    /// One that would end the autolink does not decode.
    @Test func hoverLinksEvidenceAsWritten() {
        let markdown = card(withEvidence: "- url: \"https://example.org/a_b*c#d~e!f[g]\"\n            stance: refutes\n          - url: \"https://example.org/x>**y**<\\x01\"")
        #expect(markdown.hasSuffix("  - refutes: <https://example.org/a_b*c#d~e!f[g]>"), "\(markdown)")
        #expect(!markdown.contains("example.org/x"), "\(markdown)")
    }

    @Test func definitionJumpsBetweenSpanAndClaim() {
        let client = started()
        let toYAML = client.request("textDocument/definition", at("250 cases", in: Fixture.articlePath, text: Fixture.article))
        let id = Fixture.position(of: "outlet-cases", in: Fixture.annotation(), encoding: "utf-16")
        #expect(toYAML?["uri"] == .string(TestClient.uri(Fixture.annotationPath)))
        #expect(toYAML?["range"]?["start"] == TestClient.position(id.line, id.character))
        let toArticle = client.request("textDocument/definition", at("outlet-cases", in: Fixture.annotationPath, text: Fixture.annotation()))
        let span = Fixture.position(of: "250 cases", in: Fixture.article, encoding: "utf-16")
        #expect(toArticle?["uri"] == .string(TestClient.uri(Fixture.articlePath)))
        #expect(toArticle?["range"]?["start"] == TestClient.position(span.line, span.character))
    }

    /// Hierarchical symbols (ranges) where the client reads them, `SymbolInformation` (a
    /// location) where it does not declare `hierarchicalDocumentSymbolSupport`.
    @Test(arguments: [true, false])
    func symbolsListTheClaims(hierarchical: Bool) throws {
        let client = started(capabilities: .object(["textDocument": .object(["documentSymbol": .object([
            "hierarchicalDocumentSymbolSupport": .bool(hierarchical)])])]))
        let symbols = try #require(client.request("textDocument/documentSymbol",
                                                  .object(["textDocument": .object(["uri": .string(TestClient.uri(Fixture.articlePath))])]))?.arrayValue)
        #expect(symbols.compactMap { $0["name"]?.stringValue } == ["hungry-quote", "official-cases", "outlet-cases"])
        let span = Fixture.position(of: "185 cases", in: Fixture.article, encoding: "utf-16")
        let official = try #require(symbols.first { $0["name"] == .string("official-cases") })
        if hierarchical {
            #expect(official["selectionRange"]?["start"] == TestClient.position(span.line, span.character))
            #expect(official["location"] == nil)
        } else {
            #expect(official["location"]?["uri"] == .string(TestClient.uri(Fixture.articlePath)))
            #expect(official["location"]?["range"]?["start"] == TestClient.position(span.line, span.character))
            #expect(official["selectionRange"] == nil)
        }
    }

    @Test func completionFollowsTheKey() {
        let client = started()
        func labels(after needle: String) -> [String] {
            let position = Fixture.position(of: needle, in: Fixture.annotation(), encoding: "utf-16")
            let result = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, position.line, position.character + needle.count))
            return result?["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
        }
        #expect(labels(after: "kind: ") == ClaimKind.allCases.map(\.rawValue))
        #expect(labels(after: "verdict: ") == Verdict.allCases.map(\.rawValue))
        #expect(labels(after: "stance: ") == Stance.allCases.map(\.rawValue))
        #expect(labels(after: "attributed_to: officials") == ["unattributed", "officials"])
        #expect(labels(after: "summary: ").isEmpty)
        #expect(LanguageServer.key(of: "      - off", above: ["    attributed_to:", "    kind: quote"]) == "attributed_to")
        #expect(LanguageServer.key(of: "  - contradicts: ou", above: []) == "contradicts")
        #expect(LanguageServer.key(of: "    attributed_to: [a, b", above: []) == "attributed_to")
        #expect(LanguageServer.key(of: "    ", above: ["    summary: x"]) == nil)
        // Later items of a block list take the list's key, however the list is indented.
        #expect(LanguageServer.key(of: "      - ", above: ["      - the-daily", "    attributed_to:"]) == "attributed_to")
        #expect(LanguageServer.key(of: "    - ", above: ["    - the-daily", "    - officials", "    attributed_to:"]) == "attributed_to")
    }

    /// A private source named in a summary is withheld in the article's marks and in completion,
    /// as the hover over the same span withholds it.
    @Test func aPrivateSourcesNameIsWithheldWhereverASummaryIsShown() {
        let annotation = Fixture.annotation()
            .replacingOccurrences(of: "summary: Residents said they were hungry", with: "summary: Wang Fang said they were hungry")
            .replacingOccurrences(of: "    summary: Another outlet counted 250 cases\n",
                                  with: "    summary: Another outlet counted 250 cases\n    relations:\n      - contradicts: official-cases\n")
            .replacingOccurrences(of: "statement: {subject: lanzhou,", with: "statement: {subject: wang-fang,")
            .replacingOccurrences(of: "statement: {subject: 兰州,", with: "statement: {subject: Wang Fang,")
            .replacingOccurrences(of: "    attributed_to: officials\n", with: "    attributed_to: officials\n    place: wang-home\n")
        let sources = Fixture.sources + "\n  - id: wang-fang\n    name: Wang Fang\n    kind: person\n    private: true\n"
        let places = Fixture.places + "\n  - id: wang-home\n    name: Wang Fang's home\n"
        let client = TestClient(files: Fixture.files().merging([Fixture.annotationPath: annotation, "Annotations/sources.yaml": sources,
                                                                "Annotations/places.yaml": places]) { $1 })
        client.initialize()
        client.server.flush()
        let marks = client.diagnostics(Fixture.articlePath)
        let messages = marks.compactMap { $0["message"]?.stringValue }
            + marks.flatMap { $0["relatedInformation"]?.arrayValue ?? [] }.compactMap { $0["message"]?.stringValue }
        #expect(messages.contains { $0.contains("withheld said they were hungry") }, "\(messages)")
        #expect(marks.contains { $0["code"] == .string("statement-conflict") }, "\(messages)")
        #expect(!messages.contains { $0.contains("Wang") || $0.contains("wang-fang") }, "\(messages)")
        let place = Fixture.position(of: "place: ", in: annotation, encoding: "utf-16")
        let placeItems = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, place.line, place.character + 7))?["items"]?.arrayValue ?? []
        let placeDetails = placeItems.compactMap { $0["detail"]?.stringValue }
        #expect(placeDetails.contains("withheld's home"), "\(placeDetails)")
        let position = Fixture.position(of: "contradicts: ", in: annotation, encoding: "utf-16")
        let items = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, position.line, position.character + 13))?["items"]?.arrayValue ?? []
        let details = items.compactMap { $0["detail"]?.stringValue }
        #expect(details.contains("withheld said they were hungry") && !details.contains { $0.contains("Wang") }, "\(details)")
        // A claim is not offered to itself; the id being typed is what an item replaces.
        #expect(items.compactMap { $0["label"]?.stringValue } == ["hungry-quote", "official-cases"])
        let typed = annotation.replacingOccurrences(of: "contradicts: official-cases", with: "contradicts: official-ca")
        client.open(Fixture.annotationPath, typed)
        let end = Fixture.position(of: "contradicts: official-ca", in: typed, encoding: "utf-16")
        let item = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, end.line, end.character + 24))?["items"]?[1]
        #expect(item?["textEdit"]?["newText"] == .string("official-cases"))
        #expect(item?["textEdit"]?["range"] == TestClient.range((end.line, end.character + 13), (end.line, end.character + 24)))
    }

    /// The claim a relation is written in is not offered to it, whichever key the claim starts with.
    @Test func aClaimIsNotOfferedToItsOwnRelations() {
        let annotation = Fixture.annotation().replacingOccurrences(of: "  - id: outlet-cases\n    kind: number\n",
                                                                   with: "  - kind: number\n    id: outlet-cases\n")
            + "    relations:\n      - contradicts: \n"
        #expect(annotation.contains("  - kind: number\n    id: outlet-cases\n"))
        let client = TestClient(files: Fixture.files().merging([Fixture.annotationPath: annotation]) { $1 })
        client.initialize()
        client.server.flush()
        let position = Fixture.position(of: "contradicts: ", in: annotation, encoding: "utf-16")
        let items = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, position.line, position.character + 13))?["items"]?.arrayValue ?? []
        #expect(items.compactMap { $0["label"]?.stringValue } == ["hungry-quote", "official-cases"], "\(items)")
    }

    /// While a key is typed, the keys of the mapping it is in, less those it already has.
    @Test func completionOffersTheKeysOfTheMappingBeingWritten() {
        let annotation = SchemaKeys.annotationFile(under:)
        let claim = ["    summary: x", "    kind: quote", "  - id: a", "claims:", "gloss: 1"]
        #expect(LanguageServer.keys(typedIn: "    s", above: claim, schema: annotation) == ["speaker", "statement"])
        #expect(LanguageServer.keys(typedIn: "  - ", above: claim, schema: annotation) == SchemaKeys.annotationFile(under: "claims"))
        #expect(LanguageServer.keys(typedIn: "      qu", above: ["    anchor:"] + claim, schema: annotation) == ["quote"])
        #expect(LanguageServer.keys(typedIn: "          ", above: ["          verdict: refuted", "        - reviewer: alice",
                                                                   "      reviews:", "    statement: {}"], schema: annotation)
                == ["date", "evidence", "note"])
        #expect(LanguageServer.keys(typedIn: "do", above: ["gloss: 1"], schema: annotation) == ["document"])
        // Comments hold no key, whatever their indentation.
        let commented = ["    kind: quote", "  - id: a", "  # Paragraph 1: the crowd", "claims:"]
        #expect(LanguageServer.keys(typedIn: "    s", above: ["    # a note", "    summary: x"] + commented, schema: annotation)
                == ["speaker", "statement"])
        #expect(LanguageServer.keys(typedIn: "  - ", above: commented, schema: annotation) == SchemaKeys.annotationFile(under: "claims"))
        #expect(LanguageServer.key(of: "      - off", above: ["  # who", "    attributed_to:"]) == "attributed_to")
        #expect(LanguageServer.keys(typedIn: "      - con", above: ["    relations:"], schema: annotation) == ["contradicts"])
        #expect(LanguageServer.keys(typedIn: "  - ", above: ["sources:"], schema: { SchemaKeys.registry("sources", under: $0) })
                == SchemaKeys.registry("sources", under: "sources"))
        // After a colon, or in a list of values, it is the values' turn.
        #expect(LanguageServer.keys(typedIn: "    kind: q", above: claim, schema: annotation) == nil)
        #expect(LanguageServer.keys(typedIn: "      - off", above: ["    attributed_to:"] + claim, schema: annotation) == nil)

        let client = started()
        let position = Fixture.position(of: "  speaker: a resident", in: Fixture.annotation(), encoding: "utf-16")
        let result = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, position.line, position.character + 3))
        #expect(result?["items"]?.arrayValue?.compactMap { $0["label"]?.stringValue } == ["speaker", "statement"])
    }

    /// Keys the mapping has below the cursor are not offered either: accepted, each would be a
    /// duplicate key, a file that no longer reads. The next list item's keys are its own.
    @Test func keysBelowTheCursorAreNotOfferedAgain() {
        let annotation = SchemaKeys.annotationFile(under:)
        let above = ["  - id: a", "claims:", "gloss: 1"]
        let below = ["    summary: x", "    anchor:", "      quote: q", "    # speaker: later", "  - id: b", "    speaker: y"]
        #expect(LanguageServer.keys(typedIn: "    s", above: above, below: below, schema: annotation) == ["speaker", "statement"])
        #expect(LanguageServer.keys(typedIn: "      ", above: ["    anchor:"] + above, below: ["      prefix: p", "    summary: x"],
                                    schema: annotation) == ["quote", "suffix", "start", "end"])
    }

    /// Completion follows the file it is in: a source's `kind:` takes source kinds, a YAML file
    /// that is not Gloss's takes nothing, a comment takes nothing, and an item replaces the
    /// whole id the cursor is in, after the cursor too.
    @Test func completionKnowsItsFileItsCommentsAndTheWholeId() throws {
        let sources = Fixture.sources + "\n  - id: new-source\n    kind: \n"
        let deploy = "apiVersion: apps/v1\nkind: \nsubject: \n"
        let client = TestClient(files: Fixture.files().merging(["Annotations/sources.yaml": sources, "deploy.yaml": deploy]) { $1 })
        client.initialize()
        client.server.flush()
        func labels(_ path: String, _ line: Int, _ character: Int) -> [String] {
            client.request("textDocument/completion", TestClient.at(path, line, character))?["items"]?.arrayValue?
                .compactMap { $0["label"]?.stringValue } ?? []
        }
        let sourceKind = sources.split(separator: "\n", omittingEmptySubsequences: false).count - 2
        #expect(labels("Annotations/sources.yaml", sourceKind, 10) == SourceKind.allCases.map(\.rawValue))
        #expect(labels("deploy.yaml", 1, 6).isEmpty && labels("deploy.yaml", 2, 9).isEmpty)
        #expect(LanguageServer.isInComment("    kind: quote  # see ") && LanguageServer.isInComment("# kind: ")
                && !LanguageServer.isInComment("    quote: \"a # b") && !LanguageServer.isInComment("    kind: q")
                && LanguageServer.isInComment("    speaker: O'Brien  # see sou") && !LanguageServer.isInComment("    - 'a # b")
                && !LanguageServer.isInComment("    attributed_to: [x, 'a # b"))
        let annotation = Fixture.annotation().replacingOccurrences(of: "attributed_to: officials", with: "attributed_to: officials  # who ")
        client.open(Fixture.annotationPath, annotation)
        let comment = Fixture.position(of: "# who ", in: annotation, encoding: "utf-16")
        #expect(labels(Fixture.annotationPath, comment.line, comment.character + 6).isEmpty)
        let inside = Fixture.position(of: "attributed_to: off", in: annotation, encoding: "utf-16")
        let item = client.request("textDocument/completion", TestClient.at(Fixture.annotationPath, inside.line, inside.character + 18))?["items"]?[1]
        #expect(item?["textEdit"]?["newText"] == .string("officials"))
        #expect(item?["textEdit"]?["range"] == TestClient.range((inside.line, inside.character + 15), (inside.line, inside.character + 24)))
    }

    /// A change "to the end" written as a line past the last (as some clients write it) replaces
    /// up to the end of the text: dropped, it would leave the server's copy unlike the editor's.
    @Test func aChangeRunningPastTheLastLineReachesTheEnd() {
        let client = started()
        client.open(Fixture.articlePath, Fixture.article)
        client.change(Fixture.articlePath, version: 2, range: TestClient.range((1, 0), (100, 0)), text: "Replaced.\n")
        let firstLine = String(Fixture.article.prefix { $0 != "\n" }) + "\n"
        let expected = firstLine + "Replaced.\n"
        #expect(client.server.open[Fixture.articlePath]?.text.text(in: 0..<expected.unicodeScalars.count) == expected)
        #expect(client.server.open[Fixture.articlePath]?.text.scalarCount == expected.unicodeScalars.count)
        client.change(Fixture.articlePath, version: 3, range: TestClient.range((5, 0), (5, 0)), text: "Appended.")
        #expect(client.server.open[Fixture.articlePath]?.text.scalarCount == (expected + "Appended.").unicodeScalars.count)
    }

    /// Editors drop a saved file's byte order mark from the text they send: the buffer is still
    /// the file's version, so its `revision` still matches and nothing says the document changed.
    @Test func aBufferWithoutTheSavedByteOrderMarkIsStillTheSavedVersion() {
        var files = Fixture.files()
        files[Fixture.articlePath] = "\u{FEFF}" + Fixture.article
        let blob = GitBlobID.of(Array(files[Fixture.articlePath]!.utf8))
        files[Fixture.annotationPath] = files[Fixture.annotationPath]!
            .replacingOccurrences(of: "document: \(Fixture.articlePath)\n", with: "document: \(Fixture.articlePath)\nrevision: \(blob)\n")
        #expect(files[Fixture.annotationPath]!.contains("revision: \(blob)"))
        let client = TestClient(files: files)
        client.initialize()
        client.open(Fixture.articlePath, Fixture.article)
        #expect(!client.diagnostics(Fixture.annotationPath).contains { $0["code"] == .string("document-changed") })
        // Replaced whole by the same text, it is still that version; an edit makes it another.
        client.notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(TestClient.uri(Fixture.articlePath)), "version": .int(2)]),
            "contentChanges": .array([.object(["text": .string(Fixture.article)])]),
        ]))
        client.server.flush()
        #expect(!client.diagnostics(Fixture.annotationPath).contains { $0["code"] == .string("document-changed") })
        client.change(Fixture.articlePath, version: 3, range: TestClient.range((0, 0), (0, 0)), text: "Update. ")
        #expect(client.diagnostics(Fixture.annotationPath).contains { $0["code"] == .string("document-changed") })
    }

    /// A client that keeps the byte order mark in a buffer's text counts it as the first
    /// character of the first line, in diagnostics, hovers and the edits it sends.
    @Test(arguments: ["utf-16", "utf-8"])
    func aClientThatKeepsTheByteOrderMarkCountsItOnTheFirstLine(encoding: String) throws {
        var files = Fixture.files()
        let article = "Officials said 185 cases were found.\nMore later.\n"
        files[Fixture.articlePath] = "\u{FEFF}" + article
        files[Fixture.annotationPath] = "gloss: 1\ndocument: \(Fixture.articlePath)\nclaims:\n  - id: count\n    kind: number\n"
            + "    anchor: {quote: \"185 cases\", start: 15, end: 24}\n"
        let keeping = TestClient(files: files)
        keeping.initialize(capabilities: .object(["general": .object(["positionEncodings": .array([.string(encoding)])])]))
        keeping.open(Fixture.articlePath, "\u{FEFF}" + article)
        let width = encoding == "utf-8" ? 3 : 1
        let span = try #require(keeping.diagnostics(Fixture.articlePath).first)["range"]
        #expect(span?["start"] == TestClient.position(0, 15 + width))
        #expect(span?["end"] == TestClient.position(0, 24 + width))
        let hover = keeping.request("textDocument/hover", TestClient.at(Fixture.articlePath, 0, 16 + width))
        #expect(hover?["contents"]?["value"]?.stringValue?.contains("count") == true)
        // An edit at the client's (0, 15 + width) lands before "185".
        keeping.change(Fixture.articlePath, version: 2, range: TestClient.range((0, 15 + width), (0, 15 + width)), text: "about ")
        #expect(keeping.server.open[Fixture.articlePath]?.text.text(in: 0..<26) == "Officials said about 185 c")
        // The same file in a client that drops the mark: positions as the text has them.
        let dropping = TestClient(files: files)
        dropping.initialize(capabilities: .object(["general": .object(["positionEncodings": .array([.string(encoding)])])]))
        dropping.open(Fixture.articlePath, article)
        #expect(try #require(dropping.diagnostics(Fixture.articlePath).first)["range"]?["start"] == TestClient.position(0, 15))
    }

    @Test func incrementalChangesMoveTheSpans() {
        let client = started(capabilities: .object(["general": .object(["positionEncodings": .array([.string("utf-8")])])]))
        client.open(Fixture.articlePath, Fixture.article)
        let emoji = Fixture.position(of: "😀😀", in: Fixture.article, encoding: "utf-8")
        // Replace the two emoji (8 bytes) with "X" and add a line above "Officials said".
        client.change(Fixture.articlePath, version: 2, range: TestClient.range((emoji.line, emoji.character), (emoji.line, emoji.character + 8)), text: "X")
        client.change(Fixture.articlePath, version: 3, range: TestClient.range((3, 0), (3, 0)), text: "NEW 新 ")
        let expected = Fixture.article.replacingOccurrences(of: "😀😀", with: "X").replacingOccurrences(of: "Officials", with: "NEW 新 Officials")
        #expect(client.server.open[Fixture.articlePath]?.text.text(in: 0..<expected.unicodeScalars.count) == expected)
        let moved = client.diagnostics(Fixture.articlePath).first { $0["code"] == .string("refuted") }
        #expect(moved?["range"]?["start"] == TestClient.position(3, Fixture.position(of: "185 cases", in: expected, encoding: "utf-8").character))
        #expect(client.diagnostics(Fixture.annotationPath).contains { $0["code"] == .string("anchor-moved") })
        // Editing the YAML re-checks it: the refuted claim becomes supported, which its evidence
        // (marked `refutes`) does not back: unverified, shown as information, not as a hint.
        let yaml = Fixture.annotation()
        client.open(Fixture.annotationPath, yaml)
        let verdict = Fixture.position(of: "refuted", in: yaml, encoding: "utf-8")
        client.change(Fixture.annotationPath, version: 2, range: TestClient.range((verdict.line, verdict.character), (verdict.line, verdict.character + 7)), text: "supported")
        let official = client.diagnostics(Fixture.articlePath).first { $0["message"]?.stringValue?.contains("official-cases") == true && $0["code"] == .string("supported") }
        #expect(official?["severity"] == .int(LSPDiagnostic.information))
        #expect(official?["message"]?.stringValue?.contains("no evidence backs the verdict `supported`") == true, "\(String(describing: official))")
        client.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(TestClient.uri(Fixture.annotationPath))])]))
        client.server.flush()
        #expect(client.diagnostics(Fixture.articlePath).contains { $0["code"] == .string("refuted") })
    }
}
