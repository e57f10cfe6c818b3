import Foundation
import GlossCore
@testable import GlossReports
import Testing

@Suite struct ExportTests {
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The fixture's workspace with each pair's first text replaced by its second in the article
    /// and the annotation file.
    static func report(replacing edits: [(String, String)], dropping dropped: String? = nil) throws -> ReviewReport {
        var files = ReviewFixture.files
        for path in [ReviewFixture.documentPath, ReviewFixture.annotationPath] {
            for (old, new) in edits { files[path] = files[path]?.replacingOccurrences(of: old, with: new) }
        }
        if let dropped { files[dropped] = nil }
        return ReviewReport(analysis: try ReviewFixture.analysis(files), contradictions: [])
    }

    static func claimReviews(_ report: ReviewReport) throws -> [[String: Any]] {
        try #require(try Self.json(ClaimReviewExporter().render(report)) as? [[String: Any]])
    }

    @Test func claimReviewForEveryClaimWithAVerdict() throws {
        let text = ClaimReviewExporter().render(try ReviewFixture.report())
        let reviews = try Self.claimReviews(try ReviewFixture.report())
        // crowd-herald's refutation has no evidence behind it; gathering is disputed.
        #expect(reviews.map { $0["claimReviewed"] as? String } == ["185 people gathered", "<script>alert('summary')</script>"])
        #expect(!text.contains("<") && !text.contains(">") && text.contains(#""\u003cscript\u003ealert('summary')\u003c/script\u003e""#),
                "pasted into a <script> element, no summary can close it")
        let daily = reviews[0]
        #expect(daily["@context"] as? String == "https://schema.org")
        #expect(daily["@type"] as? String == "ClaimReview")
        #expect(daily["datePublished"] as? String == "2022-10-05")
        #expect(daily["url"] as? String == "https://desk.example.org/checks")
        let rating = try #require(daily["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "accurate")
        #expect(rating["ratingValue"] as? Int == 3 && rating["bestRating"] as? Int == 3 && rating["worstRating"] as? Int == 1)
        #expect((daily["author"] as? [String: Any])?["name"] as? String == "Gloss Desk")
        let item = try #require(daily["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        #expect((item["author"] as? [String: Any])?["@type"] as? String == "Organization")
        #expect((item["author"] as? [String: Any])?["name"] as? String == "The Daily")
        let appearance = try #require((item["appearance"] as? [[String: Any]])?.first)
        #expect(appearance["url"] as? String == "https://news.example.org/city")
        #expect(appearance["datePublished"] as? String == "2022-10-03")
        #expect(appearance["inLanguage"] as? String == "en", "the annotation file's `language:`")
        let unverifiable = try #require(reviews[1]["reviewRating"] as? [String: Any])
        #expect(unverifiable["alternateName"] as? String == "unverifiable")
        #expect(unverifiable["ratingValue"] == nil)
        #expect(ClaimReviewExporter.caveat(for: try ReviewFixture.report()) == nil)
    }

    @Test func claimReviewPublishesVerdictsWithEvidence() throws {
        let evidenced = try Self.claimReviews(try Self.report(replacing: [("{reviewer: bob, date: 2022-10-06, verdict: refuted}", """
            {reviewer: bob, date: 2022-10-06, verdict: refuted, evidence: [{url: "https://example.org/photo"}]}
            """)]))
        let herald = try #require(evidenced.first { $0["claimReviewed"] as? String == "250 people gathered" })
        #expect((herald["reviewRating"] as? [String: Any])?["alternateName"] as? String == "false-claim")
        #expect((herald["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 1)
        // Evidence that says the claim holds does not back the verdict that it is false.
        let contrary = try Self.report(replacing: [("{reviewer: bob, date: 2022-10-06, verdict: refuted}", """
            {reviewer: bob, date: 2022-10-06, verdict: refuted, evidence: [{url: "https://example.org/photo", stance: supports}]}
            """)])
        #expect(try Self.claimReviews(contrary).first { $0["claimReviewed"] as? String == "250 people gathered" } == nil)
        #expect(contrary.card(withID: "crowd-herald")?.unverifiedReason == "refuted without evidence")
    }

    @Test func claimReviewAuthorIsWhereTheClaimStarted() throws {
        // The Herald reported what The Daily said: The Daily made the claim.
        let reviews = try Self.claimReviews(try Self.report(replacing: [("attributed_to: the-daily\n    place", "attributed_to: [the-herald, the-daily]\n    place")]))
        let item = try #require(reviews.first?["itemReviewed"] as? [String: Any])
        #expect((item["author"] as? [String: Any])?["name"] as? String == "The Daily")
    }

    @Test func claimReviewWithoutASummaryWithholdsPrivateNamesInTheQuote() throws {
        let report = try Self.report(replacing: [("A resident said", "\(ReviewFixture.privateName) said"),
                                                 ("\n    summary: 185 people gathered", ""),
                                                 ("{quote: \"185 people\"}", "{quote: \"\(ReviewFixture.privateName) said\"}")])
        let reviews = try Self.claimReviews(report)
        #expect(reviews.first?["claimReviewed"] as? String == "withheld said")
        #expect(!ClaimReviewExporter().render(report).contains(ReviewFixture.privateName))
        #expect(MarkdownReport().render(report).contains("| withheld said |"))
    }

    @Test func claimReviewWithoutAPublisherIsWarnedAbout() throws {
        let caveat = ClaimReviewExporter.caveat(for: try Self.report(replacing: [], dropping: ".gloss.yml"))
        #expect(caveat?.contains("set `publisher:`") == true)
        // Nothing to publish, nothing missing.
        var unreviewed = try Self.report(replacing: [], dropping: ".gloss.yml")
        unreviewed.cards.removeAll { $0.status != .unreviewed }
        #expect(ClaimReviewExporter.caveat(for: unreviewed) == nil)
        // A publisher named without its address is half of what search engines require.
        var files = ReviewFixture.files
        files[".gloss.yml"] = files[".gloss.yml"]?.replacingOccurrences(of: "  url: https://desk.example.org/checks\n", with: "")
        let nameOnly = ReviewReport(analysis: try ReviewFixture.analysis(files), contradictions: [])
        #expect(nameOnly.publisher?.url == nil)
        #expect(ClaimReviewExporter.caveat(for: nameOnly)?.contains("no `url`") == true)
        #expect(ClaimReviewExporter.caveat(for: try ReviewFixture.report()) == nil)
    }

    @Test func geoJSONPutsLongitudeFirst() throws {
        let collection = try #require(try Self.json(GeoJSONExporter().render(try ReviewFixture.report())) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == 1, "only places with coordinates")
        let geometry = try #require(features[0]["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [-73.97, 40.78])
        let properties = try #require(features[0]["properties"] as? [String: Any])
        #expect(properties["place"] as? String == "central-park")
        #expect(properties["name"] as? String == "Central Park")
        #expect(properties["claims"] as? [String] == ["crowd-daily", "crowd-herald"])
        #expect(properties["statuses"] as? [String: Int] == ["supported": 1, "refuted": 1])
        #expect(properties["wikidata"] as? String == "Q160409", "a map links the place to its item")
        #expect(properties["geonames"] == nil, "only what places.yaml says")
    }

    @Test func webAnnotationsSelectByQuoteAndPosition() throws {
        let collection = try #require(try Self.json(WebAnnotationExporter().render(try ReviewFixture.report())) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["type"] as? String == "AnnotationCollection")
        #expect(collection["total"] as? Int == 6)
        // The collection and its page have IRIs, the same for the same claims.
        let id = try #require(collection["id"] as? String)
        #expect(id.hasPrefix("urn:gloss:collection:") && id.count == "urn:gloss:collection:".count + 40)
        #expect((collection["first"] as? [String: Any])?["id"] as? String == id + ":page:0")
        #expect(WebAnnotationExporter().render(try ReviewFixture.report()).contains("\"id\" : \"\(id)\""))
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let first = items[0]
        #expect(first["id"] as? String == "urn:gloss:claim:crowd-daily")
        let target = try #require(first["target"] as? [String: Any])
        #expect(target["source"] as? String == "https://news.example.org/city")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors[0]["type"] as? String == "TextQuoteSelector")
        #expect(selectors[0]["exact"] as? String == "185 people")
        #expect(selectors[0]["prefix"] as? String == "script> According to The Daily, ")
        #expect(selectors[1]["type"] as? String == "TextPositionSelector")
        #expect(selectors[1]["start"] as? Int == 54 && selectors[1]["end"] as? Int == 64)
    }

    /// `assessing` goes with a verdict; a disputed or unreviewed claim is only highlighted.
    @Test func webAnnotationsAssessOnlyWithAVerdict() throws {
        let collection = try #require(try Self.json(WebAnnotationExporter().render(try ReviewFixture.report())) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let motivations = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0["motivation"] as? String ?? "") })
        #expect(motivations["urn:gloss:claim:crowd-daily"] == "assessing")
        #expect(motivations["urn:gloss:claim:gathering"] == "highlighting", "disputed: no verdict yet")
        #expect(motivations["urn:gloss:claim:crowd-herald"] == "highlighting", "refuted, but on no evidence")
        #expect(motivations["urn:gloss:claim:park-date"] == "highlighting", "unreviewed")
    }

    @Test func webAnnotationsKeepTheReviewersWordsWhereTheArticleChangedThem() throws {
        // The article now says 186; the verdict was given on "185 people" and stays with it.
        let report = try Self.report(replacing: [("The Daily, 185 people", "The Daily, 186 people"),
                                                 ("{quote: \"185 people\"}", "{quote: \"185 people\", prefix: \"to The Daily, \", suffix: \" gathered\"}")])
        #expect(report.cards.first { $0.id == "crowd-daily" }?.tier == .fuzzy)
        let collection = try #require(try Self.json(WebAnnotationExporter().render(report)) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let daily = try #require(items.first { $0["id"] as? String == "urn:gloss:claim:crowd-daily" })
        let selectors = try #require((daily["target"] as? [String: Any])?["selector"] as? [[String: Any]])
        #expect(selectors.count == 1, "no position: the words there are not the ones reviewed")
        #expect(selectors[0]["exact"] as? String == "185 people")
        #expect(selectors[0]["prefix"] as? String == "to The Daily, " && selectors[0]["suffix"] as? String == " gathered")
    }

    /// A claim without a quote targets its document alone: an empty TextQuoteSelector selects
    /// nothing, and `gloss import` would write `quote: ""` from it.
    @Test func aClaimWithoutAQuoteTargetsTheDocumentAlone() throws {
        let report = try Self.report(replacing: [("anchor: {quote: \"We want to go home.\"}", "anchor: {quote: \"\"}")])
        let collection = try #require(try Self.json(WebAnnotationExporter().render(report)) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let target = try #require(items.first { $0["id"] as? String == "urn:gloss:claim:resident-quote" }?["target"] as? [String: Any])
        #expect(target["selector"] == nil && target["source"] as? String != nil, "\(target)")
        #expect(items.filter { ($0["target"] as? [String: Any])?["selector"] != nil }.count == items.count - 1)
    }

    /// Two claims with one id would be one annotation to a JSON-LD reader: the export says so.
    @Test func claimsSharingAnIdAreWarnedAbout() throws {
        #expect(WebAnnotationExporter.caveat(for: try ReviewFixture.report()) == nil)
        let report = try Self.report(replacing: [("- id: crowd-herald", "- id: crowd-daily")])
        #expect(WebAnnotationExporter.caveat(for: report)?.hasPrefix("claim ids used by more than one claim (`crowd-daily`)") == true)
    }

    /// Annotations are written by hand: what Foundation writes for the same values, with keys
    /// sorted and absent optionals left out, must be what comes out, byte for byte.
    @Test func webAnnotationsAreWhatFoundationWritesForTheSameValues() throws {
        let text = WebAnnotationExporter().render(try ReviewFixture.report())
        let foundation = try JSONSerialization.data(withJSONObject: try Self.json(text),
                                                    options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        #expect(text == String(decoding: foundation, as: UTF8.self) + "\n")
        // Every kind of body and both selectors are there to compare.
        for part in ["\"describing\"", "\"tagging\"", "\"assessing\"", "TextQuoteSelector", "TextPositionSelector"] {
            #expect(text.contains(part), "\(part)")
        }
    }
}
