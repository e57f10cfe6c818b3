import Foundation
import GlossCore
@testable import GlossReports
import Testing

/// Escape sequences in articles and annotations reach terminals and CI logs as visible text
/// (U+FFFD), never as the control characters that would act on them.
@Suite struct ControlCharacterTests {
    /// OSC (retitles the window, ended by BEL), CSI by its C1 form, DEL, CR and LF.
    static let hostile = "peo\u{1B}]0;x\u{07}ple \u{9B}2J\u{7F} a\rb\nc\tend"
    static let shown = "peo\u{FFFD}]0;x\u{FFFD}ple \u{FFFD}2J\u{FFFD} a\u{FFFD}b\u{FFFD}c\tend"

    static let range = TextRange(start: TextPosition(offset: 4, line: 1, column: 5), end: TextPosition(offset: 8, line: 1, column: 9))

    static var diagnostic: Diagnostic {
        let related = RelatedLocation(location: Location(path: "Sources-Docs/a\u{1B}[2J.md", range: range), message: hostile)
        return Diagnostic(ruleID: "anchor-text-changed", severity: .error,
                          finding: Finding(message: hostile, location: Location(path: "Annotations/a\u{1B}.yaml", range: range),
                                           related: [related]))
    }

    /// C1 controls are two bytes (C2 80 to C2 9F); their neighbours in UTF-8 are text.
    @Test func controlsAreFoundByTheirBytes() {
        #expect("a\u{85}b\u{9F}c\u{7F}d\u{1}".replacingControlCharacters() == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect("\u{A0}é兰州\t".replacingControlCharacters() == "\u{A0}é兰州\t")
        #expect("one\ntwo".replacingControlCharacters() == "one\u{FFFD}two")
        #expect("one\ntwo".replacingControlCharacters(keepingLineFeeds: true) == "one\ntwo")
        // Bidirectional overrides and isolates, which can reorder what a line shows; the marks stay,
        // and so does right-to-left text itself.
        #expect("a\u{202E}b\u{2066}c\u{2069}".replacingControlCharacters() == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        #expect("\u{200F}שלום\u{2014}".replacingControlCharacters() == "\u{200F}שלום\u{2014}")
    }

    @Test func textShowsControlCharactersInMessagesPathsAndNotes() {
        let line = TextReporter().headline(Self.diagnostic) + "\n" + TextReporter.note(Self.diagnostic.related[0])
        #expect(line == "Annotations/a\u{FFFD}.yaml:1:5: error: \(Self.shown) [anchor-text-changed]\n"
                    + "note: Sources-Docs/a\u{FFFD}[2J.md:1:5: \(Self.shown)")
    }

    @Test func colourIsAddedAfterTheTextIsMadeVisible() {
        let coloured = TextReporter(color: true).headline(Self.diagnostic)
        #expect(coloured.contains("\u{1B}[1m\(Self.shown)\u{1B}[0m"))
        #expect(coloured.unicodeScalars.filter { $0 == "\u{1B}" }.count == 6)
    }

    @Test func theSnippetShowsTheLineWithTheMarkerInPlace() {
        var texts = SourceTexts(bytes: ["Annotations/a\u{1B}.yaml": Array("a\u{1B}]0;x\u{07}word rest\n".utf8)])
        let text = TextReporter().format([Self.diagnostic], texts: &texts)
        #expect(text.contains("""
             1 | a\u{FFFD}]0;x\u{FFFD}word rest
               |     ^~~~

            """))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || (0x7F...0x9F).contains($0.value) })
    }

    /// The `message` attribute as the `<failure>` text: a CI log or a test viewer shows both.
    @Test func junitShowsControlCharactersInMessageAttributes() throws {
        let result = CheckResult(analysis: Analysis(configuration: Configuration(), registry: Registry(sources: [], places: []),
                                                    files: [], registryProblems: [], yamlTexts: [:]), diagnostics: [Self.diagnostic])
        let xml = JUnitReporter().report(result)
        let attribute = try #require(xml.components(separatedBy: "message=\"").dropFirst().first?.prefix { $0 != "\"" })
        // Line feeds stay, as character references; a CR alone would move a terminal's cursor.
        #expect(String(attribute) == "peo\u{FFFD}]0;x\u{FFFD}ple \u{FFFD}2J\u{FFFD} a\u{FFFD}b&#10;c&#9;end")
        #expect(!xml.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    }

    @Test func unverifiedClaimsShowControlCharacters() {
        let claim = UnverifiedClaim(claimID: "a\u{1B}b", location: Location(path: "Annotations/\u{07}.yaml", range: Self.range),
                                    status: .unreviewed, reason: .unreviewed)
        #expect(TextReporter.format([claim]).contains("Annotations/\u{FFFD}.yaml:1:5: a\u{FFFD}b: unreviewed:"))
    }

    @Test func githubMessagesAndPropertiesShowControlCharacters() throws {
        let line = GitHubReporter.line(Self.diagnostic)
        #expect(line.hasPrefix("::error file=Annotations/a\u{FFFD}.yaml,line=1,col=5,"))
        #expect(line.contains("::peo\u{FFFD}]0;x\u{FFFD}ple \u{FFFD}2J\u{FFFD} a%0Db%0Ac\tend%0Anote: Sources-Docs/a\u{FFFD}[2J.md:1:5: "))
        #expect(!line.dropLast().unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || (0x7F...0x9F).contains($0.value) })
    }
}
