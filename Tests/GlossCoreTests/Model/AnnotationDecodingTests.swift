import Foundation
@testable import GlossCore
import Testing

@Suite struct AnnotationDecodingTests {
    static let text = """
        gloss: 1
        document: Sources-Docs/example.md
        published: 2022-10-03
        claims:
          - id: crowd
            kind: number
            anchor:
              quote: "185"
              start: 24
              end: 27
            attributed_to: [the-daily, a-resident]
            statement: {subject: central-park, property: crowd-size, value: "185", as_of: 2022-10-02}
            reviews:
              - reviewer: alice
                date: 2022-10-04
                verdict: supported
                evidence:
                  - {url: "https://example.org/a", stance: supports}
              - reviewer: bob
                verdict: refuted
                evidence: [{url: "https://example.org/b"}]
            ignore:
              - {rule: unreviewed, reason: Checked by phone.}
          - id: police
            kind: event
            anchor: {quote: Police stood by}
            attributed_to: unattributed

        """

    func decode(_ text: String) throws -> (AnnotationFile?, [LoadProblem]) {
        let node = try #require(try YAMLParser.parse(Array(text.utf8)))
        var decoder = AnnotationFileDecoder(path: "a.yaml", maximumClaims: 100)
        return (decoder.decode(node), decoder.reader.problems)
    }

    /// A quote written as a block (`|`, `>`, `|+`) drops the line break YAML ends it with; one
    /// written in quotes keeps what it spells, `\n` included.
    @Test(arguments: [("|\n        Hello world\n", "Hello world"), (">\n        Hello\n        world\n", "Hello world"),
                      ("|-\n        Hello world\n", "Hello world"), ("|\n        Hello\n        world\n", "Hello\nworld"),
                      ("\"Hello world\\n\"", "Hello world\n")])
    func aBlockQuoteDropsItsFinalLineBreak(_ written: String, _ quote: String) throws {
        let (decoded, problems) = try decode("gloss: 1\ndocument: a.md\nclaims:\n  - id: a\n    kind: event\n    anchor:\n      quote: \(written)")
        #expect(problems.isEmpty, "\(problems)")
        #expect(decoded?.claims.first?.anchor?.quote.value == quote)
    }

    @Test func everyFieldKeepsItsPosition() throws {
        let (decoded, problems) = try decode(Self.text)
        #expect(problems.isEmpty, "\(problems)")
        let file = try #require(decoded)
        #expect(file.published?.value == ISODate(year: 2022, month: 10, day: 3))
        let crowd = file.claims[0]
        #expect(crowd.id.value == "crowd")
        #expect(crowd.id.range.start == TextPosition(offset: 81, line: 5, column: 9))
        #expect(crowd.anchor?.quote.range.start.line == 8)
        #expect(crowd.anchor?.quote.range.start.column == 14)
        #expect(crowd.anchor?.start?.value == 24)
        #expect(crowd.attributedTo?.value.sourceIDs.map(\.value) == ["the-daily", "a-resident"])
        #expect(crowd.statement?.asOf?.value.description == "2022-10-02")
        #expect(crowd.reviews.map(\.verdict.value) == [.supported, .refuted])
        #expect(crowd.reviews[0].evidence[0].stance?.value == .supports)
        #expect(crowd.ignore.first?.rule.value == "unreviewed")
        #expect(crowd.status == .disputed)
        #expect(file.claims[1].attributedTo?.value == .unattributed)
        #expect(file.claims[1].status == .unreviewed)
    }

    @Test(arguments: [
        ("https://example.org/report", true), ("HTTP://Example.org", true), ("http://a", true),
        ("https://example.org/a?q=1#x", true), ("https://例子.中国/报告", true),
        ("http://", false), ("https:///path", false), ("https://?q", false), ("ftp://example.org", false),
        ("javascript:alert(1)", false), ("http:/example.org", false), ("", false),
    ])
    func acceptsOnlyWebURLsWithAHost(_ text: String, _ accepted: Bool) {
        #expect(NodeReader.isWebURL(text) == accepted)
    }

    @Test func statusFollowsTheFinalVerdictThenAgreement() {
        #expect(ClaimStatus(reviews: [], finalVerdict: nil) == .unreviewed)
        #expect(ClaimStatus(reviews: [.supported, .supported], finalVerdict: nil) == .verdict(.supported))
        #expect(ClaimStatus(reviews: [.supported, .refuted], finalVerdict: nil) == .disputed)
        #expect(ClaimStatus(reviews: [.supported, .refuted], finalVerdict: .misleading) == .verdict(.misleading))
    }

    @Test(arguments: [
        ("published: 2022-02-30", "must be an ISO 8601 date"),
        ("published: 3 October 2022", "must be an ISO 8601 date"),
        ("url: ftp://example.org/a", "must be an http or https URL"),
        ("url: javascript:alert(1)", "must be an http or https URL"),
        ("url: 'https://news.example.com/a?x=1&y=\"2\"'", "must be a URL with `\"` percent-encoded (`%22`)"),
        ("url: \"https://news.example.com/<b>\"", "must be a URL with `<` percent-encoded (`%3C`)"),
        ("url: \"https://news.example.com/a\\u0001\"", "must be a URL with U+0001 percent-encoded (`%01`)"),
        ("url: \"https://news.example.com/a b\"", "must be a URL with a space percent-encoded (`%20`)"),
        ("url: \"https://news.example.com/a\\tb\"", "must be a URL with U+0009 percent-encoded (`%09`)"),
        ("url: \"https://news.example.com/报\\u3000告\"", "must be a URL with U+3000 percent-encoded (`%E3%80%80`)"),
        ("url: \"https://news.example.com/\\u202Eexe.txt\"", "must be a URL with U+202E percent-encoded (`%E2%80%AE`)"),
        ("url: \"https://news.example.com/\\u0085\"", "must be a URL with U+0085 percent-encoded (`%C2%85`)"),
        ("url: \"https://news.example.com/a`b\"", "must be a URL with the backquote percent-encoded (`%60`)"),
        ("url: \"https://news.example.com/a\\u3164b\"", "must be a URL with U+3164 percent-encoded (`%E3%85%A4`)"),
        ("url: \"https://news.example.com/a\\u034Fb\"", "must be a URL with U+034F percent-encoded (`%CD%8F`)"),
        ("gloss: 2", "unsupported schema version 2"),
        ("titel: Lanzhou", "did you mean `title`?"),
        ("language: [en, zh]", "`language` must be a string, found a list"),
        ("publisher: Sound of Hope", "lowercase letters and digits"),
        ("language: English (US)", "must be a BCP 47 language tag"),
        ("language: zh_CN", "must be a BCP 47 language tag"),
        ("language: e", "must be a BCP 47 language tag"),
        ("language: zh-", "must be a BCP 47 language tag"),
        ("language: \"en\\\" onload=x\"", "must be a BCP 47 language tag"),
    ])
    func reportsBadFileFields(_ line: String, _ expected: String) throws {
        let text = Self.text.replacingOccurrences(of: "published: 2022-10-03", with: line)
            .replacingOccurrences(of: "gloss: 1\n", with: line.hasPrefix("gloss") ? "" : "gloss: 1\n")
        let (_, problems) = try decode(text)
        #expect(problems.contains { $0.message.contains(expected) && $0.location.range.start.line <= 3 },
                "\(problems.map(\.message))")
    }

    @Test(arguments: ["en", "zh", "zh-Hans", "pt-BR", "zh-Hant-TW", "es-419", "yue"])
    func acceptsLanguageTags(_ tag: String) throws {
        let (file, problems) = try decode(Self.text.replacingOccurrences(of: "published: 2022-10-03", with: "language: \(tag)"))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        #expect(file?.language?.value == tag)
    }

    @Test func reportsEveryProblemNotJustTheFirst() throws {
        let text = """
            gloss: 1
            claims:
              - id: Bad_Id
                kind: rumour
              - id: ok
                kind: quote
                anchor: {quote: x, start: -1}
                verdict: true-ish

            """
        let (_, problems) = try decode(text)
        let messages = problems.map(\.message)
        #expect(messages.contains { $0.contains("missing required key `document`") })
        #expect(messages.contains { $0.contains("`id` must be lowercase") })
        #expect(messages.contains { $0.contains("`kind` must be one of") })
        #expect(messages.contains { $0.contains("`start` must be at least 0") })
        #expect(messages.contains { $0.contains("`verdict` must be one of") })
    }

    /// Who reviewed, why a rule is silenced and who is quoted must say something: a blank one
    /// signed a verdict with nobody, silenced a rule for no reason, or silenced
    /// `quote-without-speaker`; a blank summary was published as an empty `claimReviewed`. A
    /// zero-width space is no word either.
    @Test(arguments: ["\"\"", "\"  \"", "\"\\u200B\""])
    func blankTextThatMustSaySomethingIsAnInvalidValue(blank: String) throws {
        let text = Self.text
            .replacingOccurrences(of: "reviewer: bob", with: "reviewer: \(blank)")
            .replacingOccurrences(of: "reason: Checked by phone.", with: "reason: \(blank)")
            .replacingOccurrences(of: "    attributed_to: unattributed", with: "    attributed_to: unattributed\n    speaker: \(blank)\n    summary: \(blank)")
        let (file, problems) = try decode(text)
        #expect(problems.filter { $0.kind == .invalidValue }.map { $0.message.prefix(while: { $0 != "," }) }
                    == ["`reviewer` must have words", "`reason` must have words", "`summary` must have words", "`speaker` must have words"])
        #expect(file?.claims.first?.reviews.map(\.reviewer.value) == ["alice"])
        #expect(file?.claims.last?.speaker == nil && file?.claims.last?.summary == nil)
        #expect(try decode(Self.text).1.isEmpty)
    }

    @Test func summaryIsOneShortLine() throws {
        let long = String(repeating: "x", count: 76)
        let (_, problems) = try decode(Self.text.replacingOccurrences(of: "    attributed_to: unattributed", with: "    attributed_to: unattributed\n    summary: \(long)"))
        #expect(problems.map(\.message) == ["`summary` has 76 characters; keep it to 75"])
    }

    @Test func suggestionsOnlyForPlausibleTypos() {
        #expect(DidYouMean.closest(to: "atributed_to", among: AnnotationFileDecoder.ClaimKey.known.names) == "attributed_to")
        #expect(DidYouMean.closest(to: "colour", among: AnnotationFileDecoder.ClaimKey.known.names) == nil)
    }

    @Test func isoDatesAreStrict() {
        #expect(ISODate("2024-02-29") != nil)
        #expect(ISODate("2023-02-29") == nil)
        #expect(ISODate("2022-1-02") == nil)
        #expect(ISODate("２０２２-10-02") == nil)
        for text in ["", "2022-10-2x", "2022/10/02", "2022-10-02 ", "+022-10-02", "2022-00-10", "2022-13-01", "2022-04-31",
                     "2022-10--1", "٢٠٢٢-10-02", "2022-10-0２"] {
            #expect(ISODate(text) == nil, "\(text)")
        }
        #expect(ISODate("0001-01-01")?.year == 1)
        #expect(ISODate("2000-02-29") != nil)
        #expect(ISODate("1900-02-29") == nil)
        #expect(ISODate("2022-10-02")?.description == "2022-10-02")
    }
}

@Suite struct RegistryDecodingTests {
    /// A `private:` that does not read as true or false, blank included, is reported and taken
    /// as private: a report that withholds a name by mistake costs a name; one that publishes
    /// it, a person.
    @Test(arguments: [("yes", true), ("\"false\"", true), ("[true]", true), ("true", true), ("false", false), ("~", true), ("", true)])
    func privateThatDoesNotReadIsTakenAsPrivate(value: String, isPrivate: Bool) throws {
        let text = "sources:\n  - {id: jane, name: Jane Doe, kind: person, private: \(value)}\n"
        var decoder = RegistryDecoder(path: "Annotations/sources.yaml")
        let sources = decoder.decodeSources(try #require(try YAMLParser.parse(Array(text.utf8))))
        #expect(sources.map(\.isPrivate) == [isPrivate])
        #expect(decoder.reader.problems.isEmpty == (value == "true" || value == "false"))
    }
}
