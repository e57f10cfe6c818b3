import GlossCore

extension ReviewReport {
    /// Builds the report of a loaded workspace. Pure: the caller decides what to print.
    ///
    /// - Parameters:
    ///   - contradictions: pairs an analysis found (statement conflicts, say), shown with the
    ///     pairs annotators linked by `contradicts`; pairs naming a claim not in the report are
    ///     left out, and a pair given twice is shown once.
    ///   - progress: called after each annotation file with the number done and the total.
    public init(analysis: Analysis, contradictions: [Contradiction] = [],
                progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) {
        var builder = ReportBuilder(registry: analysis.registry)
        for (index, file) in analysis.files.enumerated() {
            builder.add(file)
            progress(index + 1, analysis.files.count)
        }
        builder.resolveRelations()
        self.init(documents: builder.documents, cards: builder.cards,
                  summary: builder.summary(contradictions: contradictions), places: builder.places(),
                  publisher: analysis.configuration.publisher,
                  verdictLabels: Self.labels(of: analysis.configuration.verdictScale))
    }

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

/// Accumulates documents and cards file by file.
private struct ReportBuilder {
    let registry: Registry
    var documents: [ReportDocument] = []
    var cards: [ClaimCard] = []
    private var anchorIDs = UniqueNames()
    private var cardIndex: [String: Int] = [:]

    init(registry: Registry) {
        self.registry = registry
    }

    mutating func add(_ file: LoadedAnnotationFile) {
        let annotation = file.annotation
        var document = ReportDocument(path: annotation?.document?.value ?? file.path, annotationPath: file.path,
                                      title: annotation?.title?.value, url: annotation?.url?.value,
                                      published: annotation?.published?.value, cards: cards.count..<cards.count)
        document.problem = Self.problem(with: file)
        for claim in file.claims {
            cards.append(card(for: claim, document: documents.count))
            cardIndex[claim.id] = cardIndex[claim.id] ?? cards.count - 1
        }
        document.cards = document.cards.lowerBound..<cards.count
        if case .loaded(let loaded) = file.document {
            let spans = document.cards.compactMap { index in
                cards[index].span.map { (range: $0.start..<$0.end, card: index) }
            }
            document.segments = TextSegmenter.segments(of: loaded.text, spans: spans)
            for segment in document.segments where segment.claims.count > 1 {
                for index in segment.claims { cards[index].overlaps = true }
            }
        }
        documents.append(document)
    }

    private static func problem(with file: LoadedAnnotationFile) -> String? {
        switch file.document {
        case .loaded: nil
        case .missing: "The document is missing."
        case .outsideWorkspace: "The document is outside the workspace and was not read."
        case .unreadable(_, let message, _): "The document could not be read: \(message)"
        case nil: "The annotation file could not be read; see `gloss check`."
        }
    }

    private mutating func card(for anchored: AnchoredClaim, document: Int) -> ClaimCard {
        let claim = anchored.claim
        let span = anchored.document.flatMap { loaded in
            anchored.anchoring?.range.map { range in
                let context = Anchorer.context(around: range, in: loaded.text)
                return QuoteSpan(exact: loaded.text.text(in: range) ?? "", prefix: context.prefix, suffix: context.suffix,
                                 start: range.lowerBound, end: range.upperBound)
            }
        }
        return ClaimCard(
            number: cards.count + 1, id: claim.id.value, anchorID: anchorIDs.take("claim-" + claim.id.value), document: document,
            kind: claim.kind?.value, summary: claim.summary?.value, status: claim.status,
            unverifiedReason: Self.unverifiedReason(claim), quote: claim.anchor?.quote.value ?? "", span: span,
            tier: anchored.anchoring?.tier, attribution: attribution(claim.attributedTo?.value),
            speaker: claim.speaker.map { name(of: $0.value) }, place: claim.place.map { placeLabel($0.value) },
            statement: claim.statement.map(statementLine), reviews: claim.reviews.map(Self.entry),
            finalVerdict: claim.verdict?.value,
            relations: claim.relations.map { RelationEntry(kind: $0.kind, target: $0.target.value, card: nil) })
    }

    /// Unreviewed, disputed, unverifiable, or a verdict with no evidence behind it.
    private static func unverifiedReason(_ claim: Claim) -> String? {
        switch claim.status {
        case .unreviewed: return "unreviewed"
        case .disputed: return "reviewers disagree"
        case .verdict(.unverifiable): return "unverifiable"
        case .verdict(let verdict):
            return claim.reviews.contains { !$0.evidence.isEmpty } ? nil : "\(verdict.rawValue) without evidence"
        }
    }

    private func attribution(_ attribution: Attribution?) -> ReportAttribution {
        switch attribution {
        case nil: .notGiven
        case .unattributed: .unattributed
        case .chain(let ids): .chain(ids.map { sourceLabel($0.value) })
        }
    }

    private func sourceLabel(_ id: String) -> SourceLabel {
        guard let source = registry.source(id) else { return SourceLabel(id: id, name: id) }
        if source.isPrivate { return .withheld }
        return SourceLabel(id: id, name: source.name?.value ?? id, kind: source.kind?.value, url: source.url?.value)
    }

    /// A speaker or subject: a source id becomes the source's name (or "withheld"), a place id
    /// the place's name; free text stays as written.
    private func name(of reference: String) -> String {
        if registry.source(reference) != nil { return sourceLabel(reference).name }
        if let place = registry.place(reference) { return place.name?.value ?? reference }
        return reference
    }

    private func placeLabel(_ id: String) -> PlaceLabel {
        PlaceLabel(id: id, name: registry.place(id)?.name?.value ?? id)
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
        return line
    }

    private static func entry(_ review: Review) -> ReviewEntry {
        ReviewEntry(reviewer: review.reviewer.value, date: review.date?.value, verdict: review.verdict.value,
                    evidence: review.evidence.map { evidence in
                        EvidenceEntry(url: evidence.url.value, archive: evidence.archive?.value, accessed: evidence.accessed?.value,
                                      stance: evidence.stance?.value, note: evidence.note?.value)
                    },
                    note: review.note?.value)
    }

    mutating func resolveRelations() {
        for index in cards.indices {
            for relation in cards[index].relations.indices {
                cards[index].relations[relation].card = cardIndex[cards[index].relations[relation].target]
            }
        }
    }

    func summary(contradictions: [Contradiction]) -> ReportSummary {
        let statusCounts = ReviewReport.statusOrder.map { status in (status, cards.count { $0.status == status }) }
        var kindCounts: [(kind: ClaimKind?, count: Int)] = ClaimKind.allCases.map { kind in (kind, cards.count { $0.kind == kind }) }
        let withoutKind = cards.count { $0.kind == nil }
        if withoutKind > 0 { kindCounts.append((nil, withoutKind)) }
        return ReportSummary(statusCounts: statusCounts, kindCounts: kindCounts,
                             unverified: cards.indices.filter { cards[$0].unverifiedReason != nil },
                             contradictions: pairs(contradictions), sources: tallies())
    }

    /// The linked `contradicts` relations, then the given pairs, each unordered pair once.
    private func pairs(_ given: [Contradiction]) -> [ContradictionPair] {
        let linked = cards.flatMap { card in
            card.relations.filter { $0.kind == .contradicts }.map {
                Contradiction(first: card.id, second: $0.target, reason: "marked as contradicting each other")
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
        let statusIndex = Dictionary(uniqueKeysWithValues: ReviewReport.statusOrder.enumerated().map { ($1, $0) })
        for card in cards {
            let labels: [(key: String, label: String)] = switch card.attribution {
            case .notGiven: [("(not given)", "attribution not given")]
            case .unattributed: [("(unattributed)", "unattributed")]
            case .chain(let sources): sources.map { ($0.id ?? SourceLabel.withheldName, $0.name) }
            }
            var counted: Set<String> = []
            for (key, label) in labels where counted.insert(key).inserted {
                var tally = tallies[key] ?? SourceTally(label: label, counts: Array(repeating: 0, count: statusIndex.count))
                tally.counts[statusIndex[card.status]!] += 1
                tallies[key] = tally
            }
        }
        return tallies.values.sorted { ($1.total, $0.label) < ($0.total, $1.label) }
    }

    func places() -> [ReportPlace] {
        var claims: [String: [Int]] = [:]
        for (index, card) in cards.enumerated() {
            if let place = card.place { claims[place.id, default: []].append(index) }
        }
        return registry.places.map { place in
            ReportPlace(id: place.id.value, name: place.name?.value ?? place.id.value,
                        coordinates: place.coordinates?.value, claims: claims[place.id.value] ?? [])
        }
    }
}
