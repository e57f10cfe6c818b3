import GlossCore

/// Cuts a document's text at every boundary of every claim's span, so that overlapping and
/// nested spans can each be marked: every run knows all the claims covering it.
enum TextSegmenter {
    static func segments(of text: SourceText, spans: [(range: Range<Int>, card: Int)]) -> [TextSegment] {
        let spans = spans.filter { !$0.range.isEmpty && $0.range.upperBound <= text.scalarCount }
            .sorted { ($0.range.lowerBound, $1.range.upperBound, $0.card) < ($1.range.lowerBound, $0.range.upperBound, $1.card) }
        var boundaries = Set([0, text.scalarCount])
        for span in spans {
            boundaries.insert(span.range.lowerBound)
            boundaries.insert(span.range.upperBound)
        }
        let cuts = boundaries.sorted()
        var segments: [TextSegment] = []
        segments.reserveCapacity(cuts.count)
        var active: [(range: Range<Int>, card: Int)] = []
        var next = 0
        for (start, end) in zip(cuts, cuts.dropFirst()) {
            active.removeAll { $0.range.upperBound <= start }
            // Spans sorted by start, longest first, keep `active` ordered outermost first.
            while next < spans.count, spans[next].range.lowerBound == start {
                active.append(spans[next])
                next += 1
            }
            segments.append(TextSegment(text: text.text(in: start..<end) ?? "", claims: active.map(\.card),
                                        closing: active.filter { $0.range.upperBound == end }.map(\.card)))
        }
        return segments
    }
}
