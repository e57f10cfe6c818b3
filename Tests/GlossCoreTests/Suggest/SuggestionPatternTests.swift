import Foundation
import GlossCore
import Testing

/// Every suggestion pattern finds the spans its examples mark and nothing in its counter-examples.
@Suite struct SuggestionPatternTests {
    @Test(arguments: SuggestionPatterns.all.map(\.id))
    func examples(_ id: String) throws {
        let pattern = try #require(SuggestionPatterns.all.first { $0.id == id })
        #expect(!pattern.matches.isEmpty && !pattern.nonMatches.isEmpty, "every pattern needs both kinds of example")
        let suggester = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry, patterns: [pattern])
        for example in pattern.matches {
            let (plain, expected) = try Self.unmarked(example)
            let found = suggester.candidates(in: SourceText(plain))
            #expect(found.map(\.range).contains(expected), "\(id) should find \(expected) in: \(plain); found \(found.map(\.range))")
            #expect(found.allSatisfy { $0.kind == pattern.kind && $0.foundBy == id })
        }
        for example in pattern.nonMatches {
            let found = suggester.candidates(in: SourceText(example))
            #expect(found.isEmpty, "\(id) should find nothing in: \(example); found \(found.map(\.range))")
        }
    }

    @Test func idsAreUniqueKebabCase() {
        let ids = SuggestionPatterns.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.split(separator: "-").allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase || $0.isNumber } })
        }
    }

    @Test func aBrokenExpressionNamesItsPattern() {
        let broken = SuggestionPattern("broken", .number, "Never compiles", "(unclosed", matches: [], nonMatches: [])
        #expect(throws: SuggestionPatternError.self) { try ClaimSuggester(registry: Registry(), patterns: [broken]) }
    }

    @Test func quotesGetTheirSpeakerFromTheSentence() throws {
        let suggester = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry)
        let cases: [(String, String?)] = [
            ("Residents shouted “Unlock down!”", "Residents"),
            ("Then the residents shouted, “Apologize!”", "the residents"),
            ("In the video a voice is heard: “Arrest them all!”", "a voice"),
            ("The bar rose, along with the man’s voice shouting: “Let’s go!”", "the man’s voice"),
            ("“We want to go home,” a resident said.", "a resident"),
            ("居民张女士对记者说：“我们希望早点知道。”", "居民张女士"),
            ("一位老人表示：『修好了大家都方便。』", "一位老人"),
            ("The sign read “Closed”.", nil),
            // The quotation's full stop ends its sentence: the next one's subject is not its speaker.
            ("“We want to go home.” The police said nothing.", nil),
            ("“我们要回家。”警方没有回应，他们说明天再谈。", nil),
            ("“Go home!” shouted an officer.", "an officer"),
            ("“We waited...” a resident said.", "a resident"),
            // A full stop after the closing mark ends the sentence too; a mark of an earlier
            // quotation is no part of a speaker.
            ("Residents called the plan “a disaster”. Reuters said the city disagreed.", nil),
            ("“Freedom”. The police said nothing.", nil),
        ]
        for (sentence, speaker) in cases {
            let quote = try #require(suggester.candidates(in: SourceText(sentence)).first { $0.kind == .quote })
            #expect(quote.speaker == speaker, "\(sentence)")
        }
        let second = try #require(suggester.candidates(in: SourceText("\"We have never seen it.\" He added that it was \"around the clock.\""))
            .last { $0.kind == .quote })
        #expect(second.speaker == "He")
    }

    /// Markdown's markup is no article text: a link's address and title, front matter, HTML
    /// tags and footnote marks propose nothing (a URL's `id=185` was a figure).
    @Test func markupProposesNothing() throws {
        let article = """
            ---
            title: Report of May 3
            date: 2022-10-03
            ---

            The city said 12 people were hurt, [the report](https://x.example/a?id=185&n=42 "Report of May 3") shows.[^1]

            <img src="photo-2023.jpg" alt="crowd" width="640">

            Use `grep -c 99` to count.

            [report]: https://x.example/b?page=77

            """
        let found = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry).candidates(in: SourceText(article))
        let texts = found.map { String(String.UnicodeScalarView(Array(article.unicodeScalars)[$0.range])) }
        #expect(texts.contains { $0.contains("12") }, "\(texts)")
        for markup in ["185", "42", "2023", "640", "May 3", "2022-10-03", "99", "77", "https"] {
            #expect(!texts.contains { $0.contains(markup) }, "\(markup): \(texts)")
        }
    }

    @Test func claimsTakeTheSourceOfTheirParagraph() throws {
        let suggester = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry)
        let found = suggester.candidates(in: SourceText("According to Sound of Hope, 185 people came on October 2.\n\nLater 20 people left."))
        #expect(found.map(\.attributedTo) == ["sound-of-hope", "sound-of-hope", "sound-of-hope", nil])
        // A source the registry does not know speaks: what follows is no longer the earlier one's.
        let switched = suggester.candidates(in: SourceText(
            "According to Sound of Hope, the lockdown ended. However, the Lanzhou Daily reported that 300 people were arrested."))
        #expect(switched.first { $0.kind == .number }?.attributedTo == nil, "\(switched.map { ($0.kind, $0.attributedTo) })")
    }

    /// A number inside a date is part of the date; of two numbers over the same words the
    /// first pattern's is kept; thousands of them are sorted out without comparing each pair.
    @Test func overlappingCandidatesKeepTheFirstAndTheWhole() throws {
        let suggester = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry)
        let found = suggester.candidates(in: SourceText("On October 2, 2022, 185 people came.\n\nLater 20 people left."))
        #expect(found.map(\.kind) == [.date, .number, .number])
        #expect(found.map(\.range) == [3..<18, 20..<30, 44..<53])
        let many = suggester.candidates(in: SourceText(String(repeating: "1 ", count: 5_000)))
        #expect(many.count == 5_000 && Set(many.map(\.range.lowerBound)).count == 5_000)
    }

    /// Only a qualifier right after the inner place counts; a long article of such names is
    /// sorted out place by place, not by comparing every pair (which took minutes).
    @Test func aPlaceNamedAfterAPlaceInsideItIsAQualifier() throws {
        let suggester = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry)
        let found = suggester.candidates(in: SourceText("Protests at Jiuzhou Central Park in Lanzhou. Lanzhou was calm."))
        #expect(found.map(\.place) == ["jiuzhou-central-park", "lanzhou"])
        #expect(found.map(\.range.lowerBound) == [12, 45])
        let qualified = suggester.candidates(in: SourceText("Jiuzhou Central Park, Lanzhou. Jiuzhou Central Park of Lanzhou. Jiuzhou Central Park near Lanzhou."))
        #expect(qualified.map(\.place) == ["jiuzhou-central-park", "jiuzhou-central-park", "jiuzhou-central-park", "lanzhou"])
        let sentence = "Protests at Jiuzhou Central Park in Lanzhou spread across Lanzhou. "
        let long = suggester.candidates(in: SourceText(String(repeating: sentence, count: 500)))
        #expect(long.filter { $0.kind == .location }.count == 1_000)
        #expect(long.filter { $0.place == "lanzhou" }.count == 500)
    }

    /// The patterns marked as needing Chinese text find nothing in text without it: skipping
    /// them there changes no suggestion, in the shipped article or in any pattern's examples.
    @Test func patternsForChineseTextFindNothingWithoutIt() throws {
        let cleared = SuggestionPatterns.all.map { pattern in
            var pattern = pattern
            pattern.needsChineseText = false
            return pattern
        }
        #expect(SuggestionPatterns.all.filter(\.needsChineseText).count == 6)
        let skipping = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry)
        let runningAll = try ClaimSuggester(registry: SuggestionPatterns.exampleRegistry, patterns: cleared)
        let article = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources-Docs/lanzhou-protests-2022-10.md"), encoding: .utf8)
        let examples = SuggestionPatterns.all.flatMap { $0.matches + $0.nonMatches }.map { try! Self.unmarkedText($0) }
        for text in [article] + examples where !text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
            #expect(skipping.candidates(in: SourceText(text)) == runningAll.candidates(in: SourceText(text)), "\(text)")
        }
        let chinese = "据澎湃新闻报道，2022年10月2日，青禾小区有十几人聚集，持续三天。"
        #expect(skipping.candidates(in: SourceText(chinese)) == runningAll.candidates(in: SourceText(chinese)))
        #expect(!skipping.candidates(in: SourceText(chinese)).filter { $0.foundBy.contains("-zh-") }.isEmpty)
    }

    /// An example with its `⟦…⟧` marks taken out.
    static func unmarkedText(_ example: String) throws -> String {
        example.contains(SuggestionPattern.spanMarks.open) ? try unmarked(example).0 : example
    }

    /// The text without its `⟦…⟧` marks and the scalar range they enclosed.
    static func unmarked(_ example: String) throws -> (String, Range<Int>) {
        let scalars = Array(example.unicodeScalars)
        let marks = SuggestionPattern.spanMarks
        let (openMark, closeMark) = (marks.open.unicodeScalars.first!, marks.close.unicodeScalars.first!)
        let open = try #require(scalars.firstIndex(of: openMark))
        let close = try #require(scalars.firstIndex(of: closeMark))
        let plain = String(String.UnicodeScalarView(scalars.filter { $0 != openMark && $0 != closeMark }))
        return (plain, open..<(close - 1))
    }
}
