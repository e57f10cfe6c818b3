import GlossCore
@testable import GlossReports
import Testing

@Suite struct ReviewReportTests {
    @Test func fixtureLoadsWithoutProblems() throws {
        let analysis = try ReviewFixture.analysis()
        #expect(analysis.loadProblems.isEmpty)
        #expect(analysis.claims.allSatisfy { $0.anchoring?.range != nil })
    }

    @Test func segmentsCoverTheTextAndNameEveryClaimCoveringThem() throws {
        let report = try ReviewFixture.report()
        let document = try #require(report.documents.first)
        #expect(document.segments.map(\.text).joined() == ReviewFixture.article)
        func ids(_ text: String) -> [String]? {
            document.segments.first { $0.text == text }.map { $0.claims.map { report.cards[$0].id } }
        }
        // "185 people" is inside "185 people gathered at Central Park"; "Central Park" is also the
        // start of "Central Park on October 2", which runs on past the gathering.
        #expect(ids("185 people") == ["gathering", "crowd-daily"])
        #expect(ids(" gathered at ") == ["gathering"])
        #expect(ids("Central Park") == ["gathering", "park-date"])
        #expect(ids(" on October 2") == ["park-date"])
        let closing = document.segments.first { $0.text == "Central Park" }?.closing.map { report.cards[$0].id }
        #expect(closing == ["gathering"])
        #expect(report.cards.filter(\.overlaps).map(\.id) == ["crowd-daily", "gathering", "park-date"])
    }

    /// Two annotation files about one article are one document in the counts, though each has
    /// its entry; a file that did not read names no document.
    @Test func documentsAreCountedOncePerArticle() throws {
        var files = ReviewFixture.files
        files["Annotations/city-second.yaml"] = "gloss: 1\ndocument: \(ReviewFixture.documentPath)\nclaims:\n"
            + "  - {id: second-look, kind: number, anchor: {quote: \"250 people\"}}\n"
        files["Annotations/broken.yaml"] = "gloss: 1\nclaims: [\n"
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        #expect(report.documents.count == 3)
        #expect(report.documentCount == 1)
        #expect(MarkdownReport().render(report).contains("claims** in 1 document:"))
    }

    @Test func summaryCountsStatusesAndListsWhatIsUnverified() throws {
        let report = try ReviewFixture.report()
        let counts = Dictionary(uniqueKeysWithValues: report.summary.statusCounts.map { ($0.status.description, $0.count) })
        #expect(counts == ["unreviewed": 2, "disputed": 1, "supported": 1, "refuted": 1, "misleading": 0, "unverifiable": 1])
        let unverified = report.summary.unverified.map { "\(report.cards[$0].id): \(report.cards[$0].unverifiedReason!)" }
        #expect(unverified == ["crowd-herald: refuted without evidence", "gathering: reviewers disagree",
                               "park-date: unreviewed", "resident-quote: unreviewed", "script-claim: unverifiable"])
        #expect(report.summary.kindCounts.first { $0.kind == .number }?.count == 2)
    }

    @Test func contradictionsComeFromRelationsAndFromWhatIsFedIn() throws {
        let linked = try ReviewFixture.report()
        #expect(linked.summary.contradictions.map { [linked.cards[$0.first].id, linked.cards[$0.second].id] }
            == [["crowd-herald", "crowd-daily"]])
        let fed = try ReviewFixture.report(contradictions: [
            Contradiction(first: "crowd-daily", second: "crowd-herald", reason: "185 and 250 cannot both hold"),
            Contradiction(first: "park-date", second: "resident-quote", reason: "dates differ"),
            Contradiction(first: "park-date", second: "no-such-claim", reason: "dropped"),
        ])
        #expect(fed.summary.contradictions.map(\.reason) == ["marked as contradicting each other", "dates differ"])
    }

    @Test func privateSourcesAreWithheldEverywhere() throws {
        let report = try ReviewFixture.report()
        let quote = try #require(report.card(withID: "resident-quote"))
        #expect(quote.attribution == .chain([.withheld]))
        #expect(quote.speaker == "withheld")
        #expect(report.card(withID: "gathering")?.attribution.sources.map(\.name) == ["The Daily", "withheld"])
        let tallies = report.summary.sources.map { "\($0.label) \($0.total)" }
        #expect(tallies == ["The Daily 3", "withheld 2", "The Herald 1", "unattributed 1"])
        for format in ReviewFormats.reports + ReviewFormats.exports {
            let output = format.init().render(report)
            #expect(!output.contains(ReviewFixture.privateName), "\(format.identifier)")
            #expect(!output.contains("a-resident"), "\(format.identifier)")
        }
    }

    /// Speakers and subjects may name a source by its name or an alias, in any case, as well as
    /// by its id (an attribution by anything but an id is an error, but still reported); a
    /// private one is withheld however it is named.
    @Test func privateSourcesNamedByNameOrAliasAreWithheld() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"] = files["Annotations/sources.yaml"]!
            .replacingOccurrences(of: "private: true", with: "private: true, aliases: [J. Secret]")
        files[ReviewFixture.annotationPath]! += """
              - id: named-speaker
                kind: quote
                anchor: {quote: "We want to go home."}
                speaker: jane secret
                statement: {subject: Jane Secret, property: wish, value: home}
              - id: alias-speaker
                kind: quote
                anchor: {quote: "We want to go home."}
                attributed_to: jane-secret
                speaker: J. Secret
                statement: {subject: j. secret, property: wish, value: home}
              - id: place-alias
                kind: number
                anchor: {quote: "185 people"}
                statement: {subject: central park, property: crowd, value: "185"}

            """
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        for id in ["named-speaker", "alias-speaker"] {
            let card = try #require(report.card(withID: id))
            #expect(card.speaker == "withheld")
            #expect(card.statement == "withheld · wish = home")
        }
        #expect(report.card(withID: "alias-speaker")?.attribution == .chain([.withheld]))
        #expect(report.card(withID: "place-alias")?.statement == "Central Park · crowd = 185")
        for format in ReviewFormats.reports + ReviewFormats.exports {
            let output = format.init().render(report).lowercased()
            #expect(!output.contains("secret"), "\(format.identifier)")
        }
    }

    /// Reviewers write free text too: a summary, a note or a statement value that names a
    /// private source, by id, name or alias, in any case and however spaced, must not carry the
    /// name into a report or an export; nor may a `place:` that holds it. The fixture's "A
    /// resident wants to go home" keeps its words: the id `a-resident` is withheld only as written.
    @Test func privateNamesInFreeTextAndPlacesAreWithheld() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"] = files["Annotations/sources.yaml"]!
            .replacingOccurrences(of: "private: true", with: "private: true, aliases: [老张]")
        files[ReviewFixture.annotationPath]! += """
              - id: named-in-text
                kind: quote
                anchor: {quote: "We want to go home."}
                summary: Jane Secret wants to go home
                speaker: Jane-Secret, a nurse
                place: jane-secret
                statement: {subject: the-daily, property: source, value: JANE SECRET}
                reviews:
                  - reviewer: alice
                    verdict: supported
                    note: 老张说的。Confirmed by jane  secret herself.
                    evidence:
                      - {url: "https://example.org/call", note: "Call with A-Resident (Jane Secret)"}
                      - {url: "https://example.org/people/jane-secret", archive: "https://web.archive.org/2022/https://example.org/people/jane-secret"}
                      - {url: "https://example.org/secretary", archive: "https://web.archive.org/2022/https://example.org/secretary"}
              - id: subject-in-text
                kind: quote
                anchor: {quote: "We want to go home."}
                statement: {subject: jane_secret's family, property: size, value: "4"}

            """
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        let card = try #require(report.card(withID: "named-in-text"))
        #expect(card.summary == "withheld wants to go home")
        #expect(card.speaker == "withheld, a nurse", "a speaker in free text")
        #expect(report.card(withID: "subject-in-text")?.statement == "withheld's family · size = 4")
        #expect(card.place == PlaceLabel(id: "withheld", name: "withheld"))
        #expect(report.card(withID: "resident-quote")?.summary == "A resident wants to go home")
        #expect(card.statement == "The Daily · source = withheld")
        #expect(card.reviews.first?.note == "withheld说的。Confirmed by withheld herself.")
        #expect(card.reviews.first?.evidence.first?.note == "Call with withheld (withheld)")
        // A link that names the person is withheld whole; one that does not is kept.
        #expect(card.reviews.first?.evidence.dropFirst().map(\.url) == ["withheld", "https://example.org/secretary"])
        #expect(card.reviews.first?.evidence.dropFirst().map(\.archive) == ["withheld", "https://web.archive.org/2022/https://example.org/secretary"])
        for format in ReviewFormats.reports + ReviewFormats.exports {
            let output = format.init().render(report).lowercased().replacingOccurrences(of: "example.org/secretary", with: "")
            #expect(!output.contains("secret"), "\(format.identifier)")
            #expect(!output.contains("老张"), "\(format.identifier)")
        }
    }

    /// A quote is the article's words only where it landed on them: one the article no longer
    /// prints (anonymised after publication), or prints changed, is the annotator's text, and a
    /// private name in it, or in the context recorded with it, is withheld. Words the article
    /// prints stay as they are.
    @Test func aQuoteTheArticleDoesNotPrintWithholdsPrivateNames() throws {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath]! += """
              - id: anonymised
                kind: quote
                anchor: {quote: "Jane Secret said 185 people gathered", prefix: "told us that ", suffix: " at the park"}
              - id: reworded
                kind: quote
                anchor: {quote: "Jane Secret said “We want to go home.”", prefix: "The Herald said 250 people gathered. "}

            """
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        #expect(report.card(withID: "anonymised")?.quote == "withheld said 185 people gathered")
        #expect(report.card(withID: "reworded")?.span != nil && report.card(withID: "reworded")?.quote == "withheld said “We want to go home.”")
        #expect(report.card(withID: "resident-quote")?.quote == "We want to go home.")
        // Printed twice by the article (ambiguous), the quote is its words.
        var twice = files
        twice[ReviewFixture.documentPath] = ReviewFixture.article + "Jane Secret said no. Jane Secret said no.\n"
        twice[ReviewFixture.annotationPath]! += "  - {id: twice, kind: quote, anchor: {quote: \"Jane Secret said no.\"}}\n"
        let ambiguous = ReviewReport(analysis: try ReviewFixture.analysis(twice))
        #expect(ambiguous.card(withID: "twice")?.tier == .ambiguous && ambiguous.card(withID: "twice")?.quote == "Jane Secret said no.")
        for format in ReviewFormats.reports + ReviewFormats.exports {
            #expect(!format.init().render(report).lowercased().contains("secret"), "\(format.identifier)")
        }
    }

    /// An attribution's id that no source has, a typo of a private source's (`check` reports it
    /// as unknown), is withheld as the id it nearly is, and so is a speaker written as such an
    /// id; one far from every private id is shown as written, and so is a speaker in words
    /// ("residents"), where a word near a private id is only a word.
    @Test func anIdOneLetterOffAPrivateSourcesIsWithheld() throws {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath]! += """
              - id: misspelt
                kind: number
                anchor: {quote: "185 people"}
                attributed_to: [the-daily, a-residnt]
                speaker: a-resdent
              - id: unknown
                kind: number
                anchor: {quote: "185 people"}
                attributed_to: [the-daily, city-hall]
                speaker: residents

            """
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        #expect(report.card(withID: "misspelt")?.attribution.sources.map(\.name) == ["The Daily", "withheld"])
        #expect(report.card(withID: "misspelt")?.speaker == "withheld")
        #expect(report.card(withID: "unknown")?.attribution.sources.map(\.name) == ["The Daily", "city-hall"])
        #expect(report.card(withID: "unknown")?.speaker == "residents")
        // In free text and findings' messages too, a word written as such an id, a letter off;
        // other words stay: ids of public sources and places, words further off, capitalised
        // words, addresses and dates.
        files["Annotations/sources.yaml"]! += "  - {id: a-resident2, name: Another, kind: person}\n"
        files["Annotations/places.yaml"]! += "  - {id: a-residence, name: A residence}\n"
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "`crowd` (attributed to a-residnt) says 185; a-resdent: yes.")
                    == "`crowd` (attributed to withheld) says 185; withheld: yes.")
        // However Chinese text, punctuation or Markdown set it off, and with two letters swapped.
        #expect(mentions.withholdingPrivateNames(in: "記者問了a-residnt。（a-residnt）_a-residnt_ a-residnt—later @a-residnt #a-rseident")
                    == "記者問了withheld。（withheld）_withheld_ withheld—later @withheld #withheld")
        for kept in ["a co-op and open-data too", "a-resident2 and a-residence agree", "a non-resident, a co-resident",
                     "Co-resident Zhang, A-residnt", "see https://example.org/a-residnt/ and x@a-residnt.org", "on 2022-10-03",
                     "https://example.org/wiki/Crowd_(a-residnt) and https://example.org/?q='a-residnt'"] {
            #expect(mentions.withholdingPrivateNames(in: kept) == kept, "\(kept)")
        }
    }

    /// A link leads to a private source when it is the source's own address, or names the person
    /// once decoded (a search with `+` for spaces, `%20`, a percent-encoded alias); a title, a
    /// place's name and a reviewer's name are free text like a note.
    @Test func linksTitlesPlaceNamesAndReviewersThatNameAPrivateSourceAreWithheld() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"] = files["Annotations/sources.yaml"]!.replacingOccurrences(
            of: "private: true", with: "private: true, aliases: [秘密证人], url: \"https://social.example.net/@xq7handle/?id=42\"")
        files["Annotations/places.yaml"]! += "  - {id: secret-home, name: \"Jane Secret's home\"}\n"
        files[ReviewFixture.annotationPath] = files[ReviewFixture.annotationPath]!
            .replacingOccurrences(of: "title: Crowds in the <b>city</b>", with: "title: Talking to Jane Secret")
            .replacingOccurrences(of: "url: https://news.example.org/city", with: "url: https://social.example.net/@xq7handle/posts/1?id=42")
            + """
              - id: linked
                kind: number
                anchor: {quote: "185 people"}
                place: secret-home
                reviews:
                  - reviewer: Jane Secret
                    verdict: supported
                    evidence:
                      - {url: "https://social.example.net/@xq7handle?id=42"}
                      - {url: "http://WWW.social.example.net/@xq7handle/status/12?lang=en&id=42#top"}
                      - {url: "https://example.org/search?q=Jane+Secret"}
                      - {url: "https://example.org/Jane%20Secret"}
                      - {url: "https://zh.example.org/wiki/%E7%A7%98%E5%AF%86%E8%AF%81%E4%BA%BA"}
                      - {url: "https://social.example.net/@xq7handler?id=42"}
                      - {url: "https://social.example.net/@xq7handle?id=43"}
                      - {url: "https://example.org/search?q=secretary%20general"}
                      - {url: "https://web.archive.org/web/2022/https://social.example.net/@xq7handle/status/9?id=42"}
                      - {url: "https://archive.ph/social.example.net/@xq7handle?id=42"}
                      - {url: "https://social.example.net:443/@xq7handle?id=42"}
                      - {url: "https://social.example.net/@%78q7handle?id=42"}
                      - {url: "https://example.org/Jane%2520Secret"}
                      - {url: "https://social.example.net/x/../@xq7handle/post/1?id=42"}
                      - {url: "https://social.example.net./@xq7handle?id=42"}
                      - {url: "https://social.example.net//@xq7handle?id=42"}
                      - {url: "https://someone@social.example.net/@xq7handle?id=42"}
                      - {url: "https://social.example.net:/@xq7handle?id=42"}
                      - {url: "https://social。example。net/@xq7handle?id=42"}
                      - {url: "https://𝐬𝐨𝐜𝐢𝐚𝐥.example.net/@xq7handle?id=42"}

            """
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        let card = try #require(report.card(withID: "linked"))
        #expect(card.reviews.first?.evidence.map(\.url) == ["withheld", "withheld", "withheld", "withheld", "withheld",
                                                            "https://social.example.net/@xq7handler?id=42",
                                                            "https://social.example.net/@xq7handle?id=43",
                                                            "https://example.org/search?q=secretary%20general",
                                                            "withheld", "withheld", "withheld", "withheld", "withheld",
                                                            // What a browser makes of `..`, a final dot, `//`, a user name,
                                                            // an empty port, ideographic full stops and mathematical
                                                            // letters (a backslash or what is never shown does not decode).
                                                            "withheld", "withheld", "withheld", "withheld", "withheld", "withheld", "withheld"])
        #expect(card.reviews.first?.reviewer == "withheld")
        #expect(card.place?.name == "withheld's home")
        #expect(report.documents.first?.title == "Talking to withheld")
        // The article's own address leads to the person too: the path stands in for it.
        #expect(report.documents.first?.url == nil)
        #expect(report.documents.first?.source == ReviewFixture.documentPath)
        for format in ReviewFormats.reports + ReviewFormats.exports {
            let output = format.init().render(report)
            for leak in ["Jane Secret", "Jane+Secret", "Jane%20Secret", "%E7%A7%98", "秘密", "xq7handle/", "xq7handle?id=42"] {
                #expect(!output.contains(leak), "\(leak) in \(format.identifier)")
            }
        }
        // An export names the article by an address or a path, never by the word "withheld".
        for format in ReviewFormats.exports {
            let output = format.init().render(report)
            #expect(!output.contains(#""source" : "withheld""#) && !output.contains(#""url" : "withheld""#), "\(format.identifier)")
        }
    }

    /// An escape sequence in a summary would reset the terminal the Markdown report is printed
    /// on, and a right-to-left override makes "exe.png" read as "gnp.exe": both reports show
    /// U+FFFD in their place, and keep the article's line breaks.
    @Test func controlCharactersInAnnotationsAreShownNotActedOn() throws {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath] = files[ReviewFixture.annotationPath]!.replacingOccurrences(
            of: "summary: 185 people gathered", with: #"summary: "185 \x1Bc\x07people \u202Egnp.exe \x9B31m gathered""#)
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        for format in [MarkdownReport.self, HTMLReport.self] as [any ReviewRenderer.Type] {
            let output = format.init().render(report)
            #expect(output.contains("185 \u{FFFD}c\u{FFFD}people \u{FFFD}gnp.exe \u{FFFD}31m gathered"), "\(format.identifier)")
            #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) }, "\(format.identifier)")
        }
    }

    /// Only whole words are withheld where words are spaced, so a private source called "Li"
    /// leaves "Lies" and "Lily" alone; other sources' names stay.
    @Test func privateNamesAreMatchedAsWholeWords() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"] = files["Annotations/sources.yaml"]!
            .replacingOccurrences(of: "private: true", with: "private: true, aliases: [Li]")
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "Lies, said Li, to The Daily.") == "Lies, said withheld, to The Daily.")
        #expect(mentions.withholdingPrivateNames(in: "Janet Secretary and Lily") == "Janet Secretary and Lily")
        #expect(mentions.withholdingPrivateNames(in: "LI") == "withheld")
        #expect(mentions.withholdingPrivateNames(in: "No one private here.") == "No one private here.")
        // What a reader cannot see cannot hide a name: a soft hyphen, a zero-width joiner.
        #expect(mentions.withholdingPrivateNames(in: "Ask Jane Se\u{AD}cret or J\u{200D}ane Secret.") == "Ask withheld or withheld.")
        // A note that names someone a hundred thousand times is read once, not once a mention.
        let flood = String(repeating: "Li, Jane Secret; ", count: 100_000)
        let withheld = mentions.withholdingPrivateNames(in: flood)
        #expect(withheld == String(repeating: "withheld, withheld; ", count: 100_000))
    }

    /// An address in free text that leads to a private source's own page identifies the person
    /// as surely as the name: withheld whole, where other addresses stay.
    @Test func aPrivateSourcesAddressInANoteIsWithheld() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"]! += "  - {id: dana, name: Dana Whitlock, url: \"https://social.example/@dwhitlock\", private: true}\n"
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "Only Dana Whitlock's word; see https://social.example/@dwhitlock/status/991.")
                    == "Only withheld's word; see withheld.")
        #expect(mentions.withholdingPrivateNames(in: "See [the post](https://social.example/@dwhitlock/status/9) and https://example.org/report.")
                    == "See [the post](withheld) and https://example.org/report.")
        // Written without its scheme, with `www.`, or with the scheme in capitals, as a link's
        // filter and a reader's browser take it; a name split by Markdown's emphasis.
        #expect(mentions.withholdingPrivateNames(in: "Her page is social.example/@dwhitlock/status/9 (also www.Social.example/@dwhitlock), "
                                                 + "see [it](HTTPS://social.example/@dwhitlock); e.g. example.org/report.")
                    == "Her page is withheld (also withheld), see [it](withheld); e.g. example.org/report.")
        // Set off by Markdown, by Chinese punctuation or text, or protocol-relative.
        for form in ["`social.example/@dwhitlock/1`", "**social.example/@dwhitlock**", "_social.example/@dwhitlock_",
                     "~~social.example/@dwhitlock~~", "**https://social.example/@dwhitlock**", "账号：social.example/@dwhitlock。",
                     "见social.example/@dwhitlock", "//social.example/@dwhitlock", "https://social.example/@dwhitlock。",
                     // Backslashes for slashes and a final dot on the host, as a browser reads them.
                     "social.example\\@dwhitlock\\1", "https:\\\\social.example\\@dwhitlock", "social.example./@dwhitlock/1",
                     // Ideographic full stops in the host, with the scheme or without it.
                     "见 https://social。example/@dwhitlock", "见social。example/@dwhitlock。"] {
            #expect(!mentions.withholdingPrivateNames(in: form).contains("dwhitlock"), "\(form)")
        }
        #expect(mentions.withholdingPrivateNames(in: "见 https://example.org/兰州。") == "见 https://example.org/兰州。")
        #expect(mentions.withholdingPrivateNames(in: "I phoned Dana **Whitlock** and _Dana Whitlock_ and `Dana` ~~Whitlock~~.")
                    == "I phoned withheld and _withheld_ and withheld.")
        #expect(mentions.withholdingPrivateNames(in: "**Dana** Whitlock said **so**.") == "withheld said **so**.")
    }

    /// A public source can give a private one away: a post under the person's profile, or the
    /// person's name in its own. Its address is left out and the name withheld; another
    /// source's address stays.
    @Test func aPublicSourceThatGivesAPrivateOneAwayIsShownWithoutIt() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"] = files["Annotations/sources.yaml"]!
            .replacingOccurrences(of: "kind: person, private: true}", with: "kind: person, url: \"https://social.example/@jsecret\", private: true}")
            .replacingOccurrences(of: "{id: the-herald, name: The Herald, kind: media}",
                                  with: "{id: the-herald, name: \"\(ReviewFixture.privateName)'s post\", kind: social-media, url: \"https://social.example/@JSecret/status/7\"}")
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        let herald = try #require(report.card(withID: "crowd-herald")?.attribution.sources.last)
        #expect(herald.name == "withheld's post")
        #expect(herald.url == nil)
        #expect(report.card(withID: "gathering")?.attribution.sources.first?.url == "https://daily.example.org")
        for format in ReviewFormats.reports + ReviewFormats.exports {
            let output = format.init().render(report)
            #expect(!output.lowercased().contains("jsecret"), "\(format.identifier)")
            #expect(!output.contains(ReviewFixture.privateName), "\(format.identifier)")
        }
    }

    /// A `document:` written another way than its workspace path (`./`, a doubled slash) is the
    /// document read: reports and exports name it by that path, an IRI that is the document's.
    /// (A trailing slash names a folder: `invalid-value`.)
    @Test func theDocumentIsNamedByItsWorkspacePath() throws {
        var files = ReviewFixture.files
        files[ReviewFixture.annotationPath] = ReviewFixture.annotation
            .replacingOccurrences(of: "document: Sources-Docs/city.md", with: "document: ./Sources-Docs//city.md")
            .replacingOccurrences(of: "url: ", with: "# url: ")
        let report = ReviewReport(analysis: try ReviewFixture.analysis(files))
        #expect(report.documents.map(\.path) == [ReviewFixture.documentPath])
        #expect(report.documents.first?.source == ReviewFixture.documentPath)
    }

    /// A name matches however its typography is set: curly or modifier apostrophes, Unicode
    /// hyphens and dashes, full-width letters, in free text and in a field that names a source.
    @Test func privateNamesMatchWhateverTheirTypography() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"]! += "  - {id: sean, name: \"Se\u{E1}n O'Brien\", aliases: [\"O'Brien\"], kind: person, private: true}\n"
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        for text in ["O\u{2019}Brien said", "O\u{2BC}Brien said", "Jane\u{2010}Secret said", "Jane\u{2011}Secret said",
                     "Jane\u{2013}Secret said", "\u{FF2A}ane Secret said", "Se\u{E1}n O\u{2019}Brien said",
                     // Markdown's escape: a note's `Jane\_Secret` is shown as Jane_Secret.
                     "Jane\\_Secret said", "O&rsquo;Brien said"] {
            #expect(mentions.withholdingPrivateNames(in: text) == "withheld said", "\(text)")
        }
        #expect(EntityResolver.normalized("O\u{2019}Brien") == EntityResolver.normalized("O'Brien"))
        #expect(mentions.withholdingPrivateNames(in: "O\u{2019}Briens and Jane\u{2013}Secretary") == "O\u{2019}Briens and Jane\u{2013}Secretary")
    }

    /// A name is found as Markdown shows it: across a link's or an image's brackets and
    /// address (the whole link withheld, so that no bracket is left open), across HTML tags,
    /// through character references, and in mathematical letters.
    @Test(arguments: [
        ("[Jane](https://ok.example.org) Secret said", "withheld said"),
        ("Jane [Secret](https://ok.example.org) said", "withheld said"),
        ("![Jane](https://x.example.org/i.png) Secret said", "withheld said"),
        ("Jane [Secret][1] said", "withheld said"),
        ("[![Jane](https://x.example.org/i.png) Secret](https://ok.example.org) said", "withheld said"),
        // A formatted element holding part of a name is withheld whole, its tags with it.
        ("Jane <b>Secret</b> said", "withheld said"),
        ("<b>Jane</b> Secret said", "withheld said"),
        ("I met <a href=\"https://x.example.org\">Jane</a> Secret.", "I met withheld."),
        ("<span title=\"<\">Jane</span> Secret said", "withheld said"),
        ("Jane<br>Secret and Jane Secret<br>said", "withheld and withheld<br>said"),
        // What only looks like a tag is text: its words are read.
        ("Contact <Jane Secret> today; Jane <Secret, 34> said", "Contact withheld today; withheld, 34> said"),
        // A link's title may hold a parenthesis; what is no link (a space in its address) is text.
        ("[Jane](https://x.example.org \"t) x\") Secret more", "withheld more"),
        // A title, a shortcut reference, a link's brackets inside a word, a line break in a link.
        ("[link](https://x.example.org \"Jane Secret\") more", "withheld more"),
        ("[Jane] Secret\n\n[jane]: https://x.example.org", "withheld\n\n[jane]: https://x.example.org"),
        ("[Ja](https://x.example.org)ne Secret", "withheld"),
        ("[Jane](\nhttps://x.example.org) Secret", "withheld"),
        ("[Jane](https://x.example.org/a b) Secret and Jane <tt>Secret</tt>, Jane&MediumSpace;Secret", "withheld and withheld, withheld"),
        // A title opened at the longest address looked through, and never closed: no link.
        ("[x](\"" + String(repeating: "a", count: 1_021) + ")", "[x](\"" + String(repeating: "a", count: 1_021) + ")"),
        ("[x](https://x.example.org)Jane Secret more", "[x](https://x.example.org)withheld more"),
        ("Jane&Tab;Secret left; Jane&hyphen;Secret; J&lstrok;ane", "withheld left; withheld; J&lstrok;ane"),
        ("Jane&nbsp;Secret said, J&#97;ne&#x20;Secret too", "withheld said, withheld too"),
        ("\u{1D409}\u{1D41A}\u{1D427}\u{1D41E} \u{1D412}\u{1D41E}\u{1D41C}\u{1D42B}\u{1D41E}\u{1D42D} said", "withheld said"),
        // Links, tags and references beside a name are left as they are.
        ("See [the report](https://ok.example.org) by Jane Secret.", "See [the report](https://ok.example.org) by withheld."),
        ("Jane &amp; <i>Secretary</i> [Janet](x) Secrets", "Jane &amp; <i>Secretary</i> [Janet](x) Secrets"),
        ("a [broken link (Jane Secret", "a [broken link (withheld"),
    ])
    func privateNamesAreFoundAsMarkdownShowsThem(_ text: String, _ withheld: String) throws {
        let mentions = MentionResolver(try ReviewFixture.analysis().registry)
        #expect(mentions.withholdingPrivateNames(in: text) == withheld)
    }

    /// A name matches however its accents are encoded: composed, or a letter and a combining mark.
    @Test func privateNamesMatchWhateverTheirAccentsAreMadeOf() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"]! += "  - {id: source-jm, name: \"Jos\u{E9} Mart\u{ED}\", private: true}\n"
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "Jose\u{301} Marti\u{301} spoke; JOSÉ MARTÍ too.") == "withheld spoke; withheld too.")
        #expect(mentions.withholdingPrivateNames(in: "José Martínez spoke.") == "José Martínez spoke.")
        // Written without its accents in the registry, or in the text, it is the same name.
        files["Annotations/sources.yaml"]! += "  - {id: witness, name: Jurgen Muller, private: true}\n  - {id: lodz, name: \"Łódź Ørsted\", private: true}\n"
        let more = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(more.withholdingPrivateNames(in: "Jürgen Müller and Jose Marti spoke; Lodz Orsted left.")
                == "withheld and withheld spoke; withheld left.")
        // As German and Nordic letters are typed without their marks, either way round.
        files["Annotations/sources.yaml"]! += "  - {id: js, name: \"Jörg Schäfer\", private: true}\n"
        let typed = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(typed.withholdingPrivateNames(in: "Joerg Schaefer and Lodz Oersted") == "withheld and withheld")
        #expect(typed.withholdingPrivateNames(in: "J&ouml;rg Sch&auml;fer said") == "withheld said")
        // A name of one word is matched as written only: without its accents it is too often a word.
        files["Annotations/sources.yaml"]! += "  - {id: s1, name: \"Schön\", private: true}\n  - {id: m1, name: \"Mai\", private: true}\n"
        let words = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(words.withholdingPrivateNames(in: "Es ist schon spät, sagte Schön; mãi mãi, said Mai.") == "Es ist schon spät, sagte withheld; mãi mãi, said withheld.")
    }

    /// In capitals a name of one word loses what lowercase spells it with (Greek its accents,
    /// German its ß, Turkish its dotless i) and is the name still; in a word with lowercase
    /// letters it is not.
    @Test func privateNamesOfOneWordInCapitalsAreWithheld() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"]! += "  - {id: g1, name: \"Νίκος\", private: true}\n  - {id: t1, name: \"Yılmaz\", private: true}\n"
            + "  - {id: d1, name: \"Weiß\", private: true}\n  - {id: d2, name: \"Müller\", private: true}\n"
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "ΝΙΚΟΣ είπε· YILMAZ said; WEISS's car; MUELLER and MÜLLER left.")
                == "withheld είπε· withheld said; withheld's car; withheld and withheld left.")
        #expect(mentions.withholdingPrivateNames(in: "Nikos, Yilmaz, the Weiss house, Mueller's, McWEISS and NIKOS stay.")
                == "Nikos, Yilmaz, the Weiss house, Mueller's, McWEISS and NIKOS stay.")
        #expect(mentions.withholdingPrivateNames(in: "报道说WEISS来了") == "报道说withheld来了")
        // A short name in capitals without its accents is too often a word: only as written.
        files["Annotations/sources.yaml"]! += "  - {id: v1, name: \"Đỗ\", private: true}\n  - {id: t2, name: \"Ün\", private: true}\n"
        let short = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(short.withholdingPrivateNames(in: "DO NOT PUBLISH; THE UN SAID; ĐỖ and ÜN left") == "DO NOT PUBLISH; THE UN SAID; withheld and withheld left")
    }

    /// Scripts written without spaces between words (Thai) hold a name wherever it stands, and a
    /// Greek name written in capitals ends in the sigma it ends in in lowercase.
    @Test func privateNamesInThaiAndGreekAreWithheld() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"]! += "  - {id: s2, name: \"สมชาย ใจดี\", private: true}\n  - {id: g1, name: \"Νίκος Παπαδόπουλος\", private: true}\n"
            + "  - {id: g2, name: \"ΓΙΩΡΓΟΣ ΝΙΚΟΛΑΟΥ\", private: true}\n"
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "นายสมชาย ใจดีกล่าวว่า") == "นายwithheldกล่าวว่า")
        #expect(mentions.withholdingPrivateNames(in: "ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ είπε, και ο Γιώργος Νικολάου") == "withheld είπε, και ο withheld")
    }

    /// A workspace may protect thousands of people: each place in a text tries only the names
    /// that can start there, and the longest of those that are there is withheld whole.
    @Test func manyPrivateSourcesAreLookedForInOnePass() throws {
        var files = ReviewFixture.files
        files["Annotations/sources.yaml"]! += (0..<3_000).map { "  - {id: person-\($0), name: Person \($0), private: true}\n" }.joined()
        let mentions = MentionResolver(try ReviewFixture.analysis(files).registry)
        #expect(mentions.withholdingPrivateNames(in: "Person 12 met person 1234 and Person-299; person-2999 left; Person 30000 stayed.")
                == "withheld met withheld and withheld; withheld left; Person 30000 stayed.")
    }

    @Test func placesCarryTheClaimsThatNameThem() throws {
        let places = try ReviewFixture.report().places
        #expect(places.map(\.id) == ["central-park", "elsewhere"])
        #expect(places[0].claims.count == 2)
        #expect(places[1].claims.isEmpty)
    }

    @Test func outputIsDeterministic() throws {
        for format in ReviewFormats.reports + ReviewFormats.exports {
            #expect(format.init().render(try ReviewFixture.report()) == format.init().render(try ReviewFixture.report()))
        }
    }
}
