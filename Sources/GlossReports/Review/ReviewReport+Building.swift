import GlossCore

extension ReviewReport {
    /// Builds the report of a loaded workspace. Pure: the caller decides what to print.
    ///
    /// - Parameters:
    ///   - analysis: the loaded workspace; its claims become the report's cards, file by file.
    ///   - contradictions: pairs an analysis found (statement conflicts, say), shown with the
    ///     pairs annotators linked by `contradicts`; pairs naming a claim not in the report are
    ///     left out, and a pair given twice is shown once.
    ///   - progress: called after each annotation file with the number done and the total.
    public init(analysis: Analysis, contradictions: [Contradiction] = [],
                progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) {
        let files = analysis.files
        let mentions = MentionResolver(analysis.registry)
        let maker = CardMaker(registry: analysis.registry, mentions: mentions)
        var builder = ReportBuilder()
        // Where each file's cards start among all the cards: a card for each claim, in file order.
        let starts = files.reduce(into: [0]) { starts, file in starts.append(starts.last! + file.claims.count) }
        // Each file's cards and text segments are made on all cores, a batch of files at a time,
        // the cards straight into their places; they are numbered and given their page anchors
        // in file order. Made as arrays of their own and appended, every card was copied, a
        // retain of each string and array in it, while the other core waited.
        let cards = [ClaimCard](unsafeUninitializedCapacity: starts.last!) { buffer, initialized in
            // Each file initializes its own slots: no overlap.
            nonisolated(unsafe) let slots = buffer
            for first in stride(from: 0, to: files.count, by: Self.filesAtOnce) {
                let batch = Array(first..<min(first + Self.filesAtOnce, files.count))
                let documents = ConcurrentMap.map(batch) { file in
                    maker.document(of: files[file], cards: UnsafeMutableBufferPointer(rebasing: slots[starts[file]..<starts[file + 1]]))
                }
                for (file, document) in zip(batch, documents) {
                    builder.append(document, cards: UnsafeMutableBufferPointer(rebasing: slots[starts[file]..<starts[file + 1]]),
                                   from: starts[file])
                    progress(builder.documents.count, files.count)
                }
            }
            initialized = starts.last!
        }
        // Moved, not shared: the relations are resolved in place.
        builder.cards = consume cards
        builder.resolveRelations()
        self.init(documents: builder.documents, cards: builder.cards,
                  summary: builder.summary(contradictions: contradictions.map { contradiction in
                      // Statement values are free text too.
                      var contradiction = contradiction
                      contradiction.reason = mentions.withholdingPrivateNames(in: contradiction.reason)
                      return contradiction
                  }), places: builder.places(of: analysis.registry, mentions: mentions),
                  publisher: analysis.configuration.publisher,
                  verdictLabels: Self.labels(of: analysis.configuration.verdictScale))
    }

    private static let filesAtOnce = 256

    /// The house scale inverted: each verdict's label, the first in alphabetical order when
    /// several labels map onto one verdict.
    static func labels(of scale: [String: Verdict]) -> [Verdict: String] {
        var labels: [Verdict: String] = [:]
        for label in scale.keys.sorted() where labels[scale[label]!] == nil {
            labels[scale[label]!] = label
        }
        return labels
    }
}

/// Accumulates documents and numbers cards file by file, in order.
private struct ReportBuilder {
    var documents: [ReportDocument] = []
    var cards: [ClaimCard] = []
    private var anchorIDs = UniqueNames()
    private var cardIndex: [String: Int] = [:]

    /// Adds a file's document, whose card indices count from the file's first card, and numbers
    /// the file's `cards`, which start at `base` among all the cards, in place.
    mutating func append(_ document: consuming ReportDocument, cards: UnsafeMutableBufferPointer<ClaimCard>, from base: Int) {
        document.cards = base..<base + cards.count
        for index in document.segments.indices {
            document.segments[index].claims = document.segments[index].claims.map { $0 + base }
            document.segments[index].closing = document.segments[index].closing.map { $0 + base }
        }
        for index in cards.indices {
            cards[index].number = base + index + 1
            cards[index].anchorID = anchorIDs.take("claim-" + cards[index].id)
            cards[index].document = documents.count
            cardIndex[cards[index].id] = cardIndex[cards[index].id] ?? base + index
        }
        documents.append(document)
    }

    mutating func resolveRelations() {
        for index in cards.indices {
            for relation in cards[index].relations.indices {
                cards[index].relations[relation].card = cardIndex[cards[index].relations[relation].target]
            }
        }
    }

    // The cards are read by index throughout: a loop over the cards themselves copied each one,
    // retaining every string and array in it, and a large workspace has a hundred thousand.

    func summary(contradictions: [Contradiction]) -> ReportSummary {
        var statuses = Array(repeating: 0, count: ReviewReport.statusOrder.count)
        var kinds = Array(repeating: 0, count: ClaimKind.allCases.count)
        var withoutKind = 0
        for index in cards.indices {
            statuses[Self.statusIndex[cards[index].status]!] += 1
            if let kind = cards[index].kind { kinds[ClaimKind.allCases.firstIndex(of: kind)!] += 1 } else { withoutKind += 1 }
        }
        let statusCounts = Array(zip(ReviewReport.statusOrder, statuses))
        var kindCounts: [(kind: ClaimKind?, count: Int)] = zip(ClaimKind.allCases, kinds).map { ($0, $1) }
        if withoutKind > 0 { kindCounts.append((nil, withoutKind)) }
        return ReportSummary(statusCounts: statusCounts, kindCounts: kindCounts,
                             unverified: cards.indices.filter { cards[$0].unverifiedReason != nil },
                             contradictions: pairs(contradictions), sources: tallies())
    }

    /// The linked `contradicts` relations, then the given pairs, each unordered pair once.
    private func pairs(_ given: [Contradiction]) -> [ContradictionPair] {
        let linked = cards.indices.flatMap { index in
            cards[index].relations.filter { $0.kind == .contradicts }.map {
                Contradiction(first: cards[index].id, second: $0.target, reason: "marked as contradicting each other")
            }
        }
        var seen: Set<[Int]> = []
        var pairs: [ContradictionPair] = []
        for contradiction in linked + given {
            guard let first = cardIndex[contradiction.first], let second = cardIndex[contradiction.second], first != second,
                  seen.insert([min(first, second), max(first, second)]).inserted
            else { continue }
            pairs.append(ContradictionPair(first: first, second: second, reason: contradiction.reason))
        }
        return pairs
    }

    /// Statuses per source: every source in a claim's chain counts the claim once.
    private func tallies() -> [SourceTally] {
        var tallies: [String: SourceTally] = [:]
        for index in cards.indices {
            let labels: [(key: String, label: String)] = switch cards[index].attribution {
            case .notGiven: [("(not given)", "attribution not given")]
            case .unattributed: [("(unattributed)", "unattributed")]
            case .chain(let sources): sources.map { ($0.id ?? SourceLabel.withheldName, $0.name) }
            }
            var counted: Set<String> = []
            for (key, label) in labels where counted.insert(key).inserted {
                // Counted in place: a tally taken out and put back copied its counts each time.
                tallies[key, default: SourceTally(label: label, counts: Array(repeating: 0, count: Self.statusIndex.count))]
                    .counts[Self.statusIndex[cards[index].status]!] += 1
            }
        }
        return tallies.values.sorted { ($1.total, $0.label) < ($0.total, $1.label) }
    }

    /// Where each status is in ``ReviewReport/statusOrder``.
    private static let statusIndex = Dictionary(uniqueKeysWithValues: ReviewReport.statusOrder.enumerated().map { ($1, $0) })

    /// The registry's places; a name that mentions a private source ("Jane Secret's home") is
    /// withheld in it.
    func places(of registry: Registry, mentions: MentionResolver) -> [ReportPlace] {
        var claims: [String: [Int]] = [:]
        for index in cards.indices {
            if let place = cards[index].place { claims[place.id, default: []].append(index) }
        }
        return registry.places.map { place in
            ReportPlace(id: place.id.value, name: mentions.withholdingPrivateNames(in: place.name?.value ?? place.id.value),
                        coordinates: place.coordinates?.value,
                        wikidata: place.wikidata?.value, geonames: place.geonames?.value, claims: claims[place.id.value] ?? [])
        }
    }
}

/// Makes a file's part of the report from the file alone, so that files can be done on all cores.
private struct CardMaker: Sendable {
    let registry: Registry
    let mentions: MentionResolver

    /// The file's document, its text cut at the cards' spans; the file's cards, a claim each,
    /// are made into `cards`, uninitialized until then. Card indices count from the file's first
    /// card; numbers, page anchors and the document's index are given when the file is appended.
    func document(of file: LoadedAnnotationFile, cards: UnsafeMutableBufferPointer<ClaimCard>) -> ReportDocument {
        let annotation = file.annotation
        let (_, made) = cards.initialize(from: file.claims.lazy.map(card))
        precondition(made == cards.count, "a card for each claim")
        // The document as read, by its workspace path (`Sources-Docs/a.md/` and `./Sources-Docs/a.md`
        // name `Sources-Docs/a.md`); as written when it was not read.
        let readPath: String? = if case .loaded(let loaded) = file.document { loaded.path } else { nil }
        var document = ReportDocument(path: readPath ?? annotation?.document?.value ?? file.path, annotationPath: file.path,
                                      title: annotation?.title.map { withheld($0.value) },
                                      url: annotation?.url.flatMap { publicLink($0.value) },
                                      published: annotation?.published?.value, language: annotation?.language?.value,
                                      problem: Self.problem(with: file),
                                      cards: 0..<cards.count)
        if case .loaded(let loaded) = file.document {
            let spans = cards.indices.compactMap { index in cards[index].span.map { (range: $0.start..<$0.end, card: index) } }
            document.segments = TextSegmenter.segments(of: loaded.text, spans: spans)
            for segment in document.segments where segment.claims.count > 1 {
                for index in segment.claims { cards[index].overlaps = true }
            }
        }
        return document
    }

    private static func problem(with file: LoadedAnnotationFile) -> String? {
        switch file.document {
        case .loaded: file.problems.isEmpty ? nil : "Parts of the annotation file did not read and are left out; gloss check says why."
        case .missing: "The document is missing."
        case .outsideWorkspace: "The document is outside the workspace and was not read."
        case .unreadable(_, let message, _): "The document could not be read: \(message)"
        case nil: "The annotation file could not be read; gloss check says why."
        }
    }

    private func card(for anchored: AnchoredClaim) -> ClaimCard {
        let claim = anchored.claim
        let span = anchored.document.flatMap { loaded in
            anchored.anchoring?.range.map { range in
                let context = Anchorer.context(around: range, in: loaded.text)
                return QuoteSpan(exact: loaded.text.text(in: range) ?? "", prefix: context.prefix, suffix: context.suffix,
                                 start: range.lowerBound, end: range.upperBound)
            }
        }
        let summary = claim.summary.map { withheld($0.value) }
        // The quote and its recorded context are the annotator's copy of the article's words;
        // where the article does not print the quote now (it did not land, or its words changed:
        // an article anonymised after publication), a private name in it is withheld as in any
        // other text the annotation file holds. A quote the article prints several times
        // (ambiguous) is its words.
        let quote = claim.anchor?.quote.value ?? ""
        let printed = span != nil && [.exact, .moved, .normalized].contains(anchored.anchoring?.tier)
            || (!quote.isEmpty && anchored.document.map { !$0.text.occurrences(of: Array(quote.unicodeScalars)).isEmpty } == true)
        var card = ClaimCard(
            number: 0, id: claim.id.value, anchorID: "", document: 0, kind: claim.kind?.value, summary: summary,
            headline: summary ?? withheld(claim.anchor?.quote.value ?? ""), status: claim.status,
            unverifiedReason: Self.unverifiedReason(claim), quote: printed ? quote : withheld(quote), span: span,
            tier: anchored.anchoring?.tier, attribution: attribution(claim.attributedTo?.value),
            speaker: claim.speaker.map { name(of: $0.value) }, place: claim.place.map { placeLabel($0.value) },
            statement: claim.statement.map(statementLine), reviews: claim.reviews.map(entry),
            finalVerdict: claim.verdict?.value,
            relations: claim.relations.map { RelationEntry(kind: $0.kind, target: $0.target.value, card: nil) })
        card.recordedPrefix = claim.anchor?.prefix.map { withheld($0.value) }
        card.recordedSuffix = claim.anchor?.suffix.map { withheld($0.value) }
        return card
    }

    /// Unreviewed, disputed, unverifiable, or a verdict with no evidence behind it.
    private static func unverifiedReason(_ claim: Claim) -> String? {
        switch claim.unverifiedReason {
        case nil: nil
        case .unreviewed: "unreviewed"
        case .disputed: "reviewers disagree"
        case .unverifiable: "unverifiable"
        case .noEvidence(let verdict): "\(verdict.rawValue) without evidence"
        }
    }

    private func attribution(_ attribution: Attribution?) -> ReportAttribution {
        switch attribution {
        case nil: .notGiven
        case .unattributed: .unattributed
        case .chain(let ids): .chain(ids.map { sourceLabel($0.value) })
        }
    }

    /// A source in an attribution chain. Chains name sources by id; one named otherwise is an
    /// `unknown-reference`, shown as written unless it names a private source. A public source
    /// can still give a private one away: a post under the person's profile
    /// (`twitter.com/janeroe/status/1`), or "Jane Roe's post" as its name; such an address is
    /// left out and such a name withheld.
    private func sourceLabel(_ reference: String) -> SourceLabel {
        switch mentions.resolve(sourceID: reference) {
        case .withheld: .withheld
        case .source(let source):
            SourceLabel(id: source.id.value, name: withheld(source.name?.value ?? source.id.value), kind: source.kind?.value,
                        url: source.url.flatMap { publicLink($0.value) })
        case .place: SourceLabel(id: reference, name: reference)
        case .text(let text): SourceLabel(id: text, name: text)
        }
    }

    /// A speaker or subject: a source or place named by id, name or alias becomes its name (a
    /// private source "withheld"); free text stays as written.
    private func name(of reference: String) -> String {
        mentions.resolve(reference).name.map(withheld) ?? SourceLabel.withheldName
    }

    /// A claim's place, by id. A place named by what a private source is called (an
    /// `unknown-reference`) is withheld like the source.
    private func placeLabel(_ id: String) -> PlaceLabel {
        if case .withheld = mentions.resolve(id) { return PlaceLabel(id: SourceLabel.withheldName, name: SourceLabel.withheldName) }
        return PlaceLabel(id: id, name: withheld(registry.place(id)?.name?.value ?? id))
    }

    /// Free text with the private sources it mentions withheld.
    private func withheld(_ text: String) -> String {
        mentions.withholdingPrivateNames(in: text)
    }

    private func withheldLink(_ url: String) -> String {
        mentions.withholdingPrivateLink(url)
    }

    /// A link shown as a link (a document's, a source's): nil when it would give a private source
    /// away, since "withheld" is no address.
    private func publicLink(_ url: String) -> String? {
        withheldLink(url) == url ? url : nil
    }

    private func statementLine(_ statement: Statement) -> String {
        var line = "\(name(of: statement.subject.value)) · \(statement.property.value)"
        if let value = statement.value { line += " = \(value.value)" }
        if let unit = statement.unit { line += " \(unit.value)" }
        if let derived = statement.derived { line += " (derived: \(derived.value))" }
        if let asOf = statement.asOf { line += " (as of \(asOf.value))" }
        switch (statement.from, statement.to) {
        case (let from?, let to?): line += " (from \(from.value) to \(to.value))"
        case (let from?, nil): line += " (from \(from.value))"
        case (nil, let to?): line += " (to \(to.value))"
        case (nil, nil): break
        }
        return withheld(line)
    }

    private func entry(_ review: Review) -> ReviewEntry {
        ReviewEntry(reviewer: withheld(review.reviewer.value), date: review.date?.value, verdict: review.verdict.value,
                    evidence: review.evidence.map { evidence in
                        EvidenceEntry(url: withheldLink(evidence.url.value), archive: evidence.archive.map { withheldLink($0.value) },
                                      accessed: evidence.accessed?.value,
                                      stance: evidence.stance?.value, note: evidence.note.map { withheld($0.value) })
                    },
                    note: review.note.map { withheld($0.value) })
    }
}
