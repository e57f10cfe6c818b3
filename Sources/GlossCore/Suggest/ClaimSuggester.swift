/// Finds candidate claims in a document with the patterns of ``SuggestionPatterns``: rule-based,
/// so every candidate names the pattern that found it.
///
/// After every pattern has run:
/// 1. Of overlapping candidates of one kind, the one whose pattern comes first in the table stays.
/// 2. A number inside a date or a place name is part of it (“September 9”, “Tianyuan 9”).
/// 3. A known place named right after a place inside it only says where that place is
///    (“Jiuzhou Central Park in Lanzhou”, “Tianyu Phoenix City Community, Lanzhou”).
/// 4. Quotations get their speaker from the sentence; a speaker the registry knows is also who
///    the quotation is attributed to.
/// 5. Claims without a source take the last attribution before them in the same paragraph
///    (“According to Sound of Hope, … 185 positive cases”).
public struct ClaimSuggester {
    private let patterns: [(pattern: SuggestionPattern, regex: Regex<AnyRegexOutput>)]
    private let names: RegistryNames
    /// Kept out of the ids of the drafts.
    private let privateNames: PrivateNameWords

    /// - Throws: ``SuggestionPatternError`` naming a pattern whose expression does not compile.
    public init(registry: Registry, patterns: [SuggestionPattern] = SuggestionPatterns.all) throws(SuggestionPatternError) {
        let names = RegistryNames(registry)
        var compiled: [(SuggestionPattern, Regex<AnyRegexOutput>)] = []
        for pattern in patterns {
            do {
                compiled.append((pattern, try Regex(pattern.expanded(placeNames: names.placeNames,
                                                                     sourceNames: names.sourceNames))))
            } catch {
                throw SuggestionPatternError(id: pattern.id, message: "\(error)")
            }
        }
        self.patterns = compiled
        self.names = names
        privateNames = PrivateNameWords(registry.sources)
    }

    /// Every candidate in the text, sorted by position.
    public func candidates(in text: SourceText) -> [SuggestionCandidate] {
        // Its UTF-8 is the text's, so a match's byte offsets are the text's too.
        let string = String(String.UnicodeScalarView(text.scalars))
        let hasChinese = string.contains(#/\p{sc=Han}/#)
        var found: [SuggestionCandidate] = []
        for (pattern, regex) in patterns where hasChinese || !pattern.needsChineseText {
            for match in string.matches(of: regex) {
                let output = match.output
                let span = output["span"]?.range ?? match.range
                guard let range = Self.trimmedRange(of: span, in: string, text: text) else { continue }
                var candidate = SuggestionCandidate(kind: pattern.kind, range: range, foundBy: pattern.id)
                if let place = output["place"]?.substring { candidate.place = names.place(named: String(place)) }
                if let source = output["source"]?.substring { candidate.attributedTo = names.source(in: String(source)) }
                found.append(candidate)
            }
        }
        var markup = DisjointSpans()
        for span in MarkupSpans.of(text.scalars) { _ = markup.insert(span) }
        var kept = withoutOverlaps(found.filter { !markup.overlaps($0.range) })
        kept = withoutContainers(kept, in: text.scalars)
        for index in kept.indices where kept[index].kind == .quote {
            kept[index].speaker = SpeakerFinder.speaker(ofQuoteAt: kept[index].range, in: text.scalars)
            kept[index].attributedTo = kept[index].speaker.flatMap(names.source(in:))
        }
        kept.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return attributedByParagraph(kept, in: text.scalars)
    }

    /// Drafts for the candidates that no existing claim of the same kind overlaps, with ids unique
    /// among `takenIDs`.
    public func drafts(in text: SourceText, existing: [(kind: ClaimKind, range: Range<Int>)] = [],
                       takenIDs: Set<String> = []) -> [ClaimDraft] {
        var names = UniqueNames(used: takenIDs)
        return candidates(in: text).filter { candidate in
            !existing.contains { $0.kind == candidate.kind && $0.range.overlaps(candidate.range) }
        }.map { candidate in
            var draft = ClaimDraft(id: "", kind: candidate.kind, range: candidate.range, in: text)
            draft.id = ClaimIDs.make(from: draft.quote, stem: candidate.kind.rawValue,
                                     fallback: String(candidate.range.lowerBound), words: 5, withholding: privateNames, names: &names)
            draft.attributedTo = candidate.attributedTo.map { [$0] } ?? []
            draft.speaker = candidate.speaker
            draft.place = candidate.place
            draft.foundBy = candidate.foundBy
            return draft
        }
    }

    // MARK: Choosing among candidates

    /// The candidates no earlier one of the same kind overlaps, less those inside a kind they
    /// are part of (a number inside a date). The kept spans of each kind never overlap, so they
    /// are held sorted and searched by halves: a document of thousands of numbers compared
    /// every candidate with every other.
    private func withoutOverlaps(_ found: [SuggestionCandidate]) -> [SuggestionCandidate] {
        var spans: [ClaimKind: DisjointSpans] = [:]
        var kept: [SuggestionCandidate] = []
        for candidate in found where spans[candidate.kind, default: DisjointSpans()].insert(candidate.range) {
            kept.append(candidate)
        }
        return kept.filter { candidate in
            let shadows = SuggestionPatterns.partOf[candidate.kind] ?? []
            return !shadows.contains { spans[$0]?.overlaps(candidate.range) == true }
        }
    }

    /// The candidates less each known place named right after a place inside it (rule 3). Only a
    /// place that ends a qualifier's length before a candidate can qualify it, so places are
    /// looked up by where they end: compared with every earlier place, each copying the text in
    /// between, a long article of repeated names took minutes.
    private func withoutContainers(_ candidates: [SuggestionCandidate], in scalars: [Unicode.Scalar]) -> [SuggestionCandidate] {
        var placesEndingAt: [Int: [String]] = [:]
        for candidate in candidates where candidate.kind == .location {
            if let place = candidate.place { placesEndingAt[candidate.range.upperBound, default: []].append(place) }
        }
        return candidates.filter { candidate in
            guard candidate.kind == .location, let outer = candidate.place else { return true }
            return !SuggestionPatterns.placeQualifiers.contains { qualifier in
                let length = qualifier.unicodeScalars.count
                let end = candidate.range.lowerBound - length
                guard end >= 0, let inner = placesEndingAt[end],
                      scalars[end..<candidate.range.lowerBound].elementsEqual(qualifier.unicodeScalars) else { return false }
                return inner.contains { names.place($0, isWithin: outer) }
            }
        }
    }

    private func attributedByParagraph(_ sorted: [SuggestionCandidate], in scalars: [Unicode.Scalar]) -> [SuggestionCandidate] {
        var result = sorted
        var current: (source: String, start: Int)?
        let breaks = Self.paragraphBreaks(in: scalars)
        for index in result.indices {
            let candidate = result[index]
            if let source = current, Self.hasParagraphBreak(breaks, from: source.start, to: candidate.range.lowerBound) {
                current = nil
            }
            if candidate.kind == .attribution {
                // A source the registry does not know speaks now ("the Lanzhou Daily reported"):
                // what follows is not the earlier source's, and is left unattributed.
                current = candidate.attributedTo.map { ($0, candidate.range.lowerBound) }
            } else if candidate.attributedTo == nil, let source = current {
                result[index].attributedTo = source.source
            }
        }
        return result
    }

    /// The scalar range of a match in `string`, the text's own characters, without whitespace at
    /// its ends; nil when nothing is left.
    private static func trimmedRange(of range: Range<String.Index>, in string: String, text: SourceText) -> Range<Int>? {
        let utf8 = string.utf8
        guard var lower = text.offset(atCodeUnit: utf8.distance(from: utf8.startIndex, to: range.lowerBound), in: .utf8),
              var upper = text.offset(atCodeUnit: utf8.distance(from: utf8.startIndex, to: range.upperBound), in: .utf8)
        else { return nil }
        while lower < upper, text.scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, text.scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// The blank lines of a text, each as the offsets of the line break that starts it and of the
    /// one that ends it (only white space between), in order: found once, where asking each
    /// candidate scanned back to its paragraph's attribution.
    private static func paragraphBreaks(in scalars: [Unicode.Scalar]) -> [(first: Int, second: Int)] {
        var breaks: [(first: Int, second: Int)] = []
        var lastBreak: Int?
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                if let first = lastBreak { breaks.append((first, offset)) }
                lastBreak = offset
            } else if !scalar.properties.isWhitespace {
                lastBreak = nil
            }
        }
        return breaks
    }

    /// Whether a blank line lies wholly between two offsets.
    private static func hasParagraphBreak(_ breaks: [(first: Int, second: Int)], from start: Int, to end: Int) -> Bool {
        // The first blank line starting at or after `start` ends before any later one does.
        let index = breaks.partitioningIndex { $0.first >= start }
        return index < breaks.count && breaks[index].second < end
    }
}

/// Spans that do not overlap, sorted: a new one is taken only when it overlaps none of them.
private struct DisjointSpans {
    private var spans: [Range<Int>] = []

    /// Whether `span` overlaps a span held.
    func overlaps(_ span: Range<Int>) -> Bool {
        // Sorted and disjoint, the spans' ends are sorted too: only the first ending after
        // `span` starts can overlap it first.
        let index = spans.partitioningIndex { $0.upperBound > span.lowerBound }
        return index < spans.count && spans[index].overlaps(span)
    }

    /// Takes `span` unless it overlaps a span held; whether it was taken.
    mutating func insert(_ span: Range<Int>) -> Bool {
        guard !overlaps(span) else { return false }
        spans.insert(span, at: spans.partitioningIndex { $0.lowerBound >= span.lowerBound })
        return true
    }
}

/// A claim a pattern proposes, before it is drafted.
public struct SuggestionCandidate: Sendable, Hashable {
    public var kind: ClaimKind
    /// Unicode scalar offsets into the document.
    public var range: Range<Int>
    /// The id of the pattern that found it.
    public var foundBy: String
    public var attributedTo: String?
    public var speaker: String?
    public var place: String?

    public init(kind: ClaimKind, range: Range<Int>, foundBy: String, attributedTo: String? = nil,
                speaker: String? = nil, place: String? = nil) {
        self.kind = kind
        self.range = range
        self.foundBy = foundBy
        self.attributedTo = attributedTo
        self.speaker = speaker
        self.place = place
    }
}

/// A suggestion pattern whose expression does not compile.
public struct SuggestionPatternError: Error, Sendable, Hashable {
    public var id: String
    public var message: String
}
