import BenchmarkSupport

/// A place a method answered with, in scalar offsets; `end` (exclusive) is nil for a method that
/// gives only where a match starts (diff-match-patch).
struct Place: Codable {
    var start: Int
    var end: Int?

    init(_ range: Range<Int>) {
        start = range.lowerBound
        end = range.upperBound
    }

    /// From the peers' JSON: `[start, end]`, `end` possibly null.
    init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decodeIfPresent(Int.self)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}

/// Which quotes a method was given: the words as they are in the document, or after the edits.
enum Tier: String, Codable {
    case exact, edited

    /// How far an answer's ends may be from the quote's place and still be that place: an edit at
    /// either end of a quote moves where its best alignment starts or ends.
    var tolerance: Int { self == .exact ? 0 : Corpus.editsPerQuote }
}

/// One method's figures on one document.
struct Measurement {
    /// Median time per claim, in seconds.
    var perClaim: Double
    /// Quotes answered with their place and nothing else.
    var right: Int
    var total: Int

    /// `runs` are the total times of the timed repetitions over `quotes`, `answers` the places
    /// found for each quote in the last one.
    init(runs: [Double], answers: [[Place]], quotes: ArraySlice<BenchmarkQuote>, tier: Tier) {
        perClaim = runs.sorted()[runs.count / 2] / Double(quotes.count)
        right = zip(quotes, answers).filter { Self.isRight($1, truth: $0.truth, tolerance: tier.tolerance) }.count
        total = quotes.count
    }

    /// Right: at least one place, every place on the quote's span, and one within the tolerance
    /// of both its ends. Several places elsewhere, or none, is not an answer.
    static func isRight(_ places: [Place], truth: Range<Int>, tolerance: Int) -> Bool {
        let onSpan = places.allSatisfy { $0.start < truth.upperBound && ($0.end ?? $0.start + 1) > truth.lowerBound }
        let close = places.contains { place in
            abs(place.start - truth.lowerBound) <= tolerance && place.end.map { abs($0 - truth.upperBound) <= tolerance } ?? true
        }
        return !places.isEmpty && onSpan && close
    }

    /// Runs `body` once to warm up, then `repetitions` times on the monotonic clock.
    static func time(repetitions: Int, _ body: () -> [[Place]]) -> (runs: [Double], answers: [[Place]]) {
        let clock = ContinuousClock()
        var answers = body()
        let runs = (0..<repetitions).map { _ in seconds(clock.measure { answers = body() }) }
        return (runs, answers)
    }
}
