/// Where a quote's words, found in the text, run on into other letters or digits: "October 2" in
/// "October 21", "able" in "unable", "185" in "1,185" or "185,000". Such a place holds other words
/// than the quote, whatever its scalars say, and taking it would land the claim silently on them.
///
/// A quote recorded as part of a longer word ("protest" in "protesters") ran on when it was
/// recorded: its context says so, and the same run-on is no change. Scripts written without
/// spaces (Chinese, Japanese) have no word edges to run on over; their digits do.
struct WordRunOn: Sendable {
    private let prefix: [Unicode.Scalar]
    private let suffix: [Unicode.Scalar]

    init(prefix: String?, suffix: String?) {
        self.prefix = (prefix ?? "").scalarArray
        self.suffix = (suffix ?? "").scalarArray
    }

    /// `occurrence` widened over the letters or digits it runs on into that the recorded context
    /// did not have beside it; nil when it runs on into nothing new.
    func widened(_ occurrence: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !occurrence.isEmpty, occurrence.lowerBound >= 0, occurrence.upperBound <= text.count else { return nil }
        let before = Self.runLength(from: occurrence.lowerBound, step: -1, in: text)
        let after = Self.runLength(from: occurrence.upperBound - 1, step: 1, in: text)
        let ranBefore = text[(occurrence.lowerBound - before)..<occurrence.lowerBound]
        let ranAfter = text[occurrence.upperBound..<(occurrence.upperBound + after)]
        let start = before > 0 && !prefix.reversed().starts(with: ranBefore.reversed()) ? occurrence.lowerBound - before : occurrence.lowerBound
        let end = after > 0 && !suffix.starts(with: ranAfter) ? occurrence.upperBound + after : occurrence.upperBound
        return start..<end == occurrence ? nil : start..<end
    }

    /// How many scalars beyond the one at `index`, going `step`, continue its word or number: a
    /// digit goes on in digits and in a comma or point between digits, a letter in letters and
    /// digits.
    private static func runLength(from index: Int, step: Int, in text: [Unicode.Scalar]) -> Int {
        let isInText = { (offset: Int) in offset >= 0 && offset < text.count }
        var next = index + step
        if text[index].isDigit {
            while isInText(next) {
                if text[next].isDigit {
                    next += step
                } else if text[next] == "," || text[next] == ".", isInText(next + step), text[next + step].isDigit {
                    next += 2 * step
                } else {
                    break
                }
            }
        } else if text[index].isWordOfSpacedScript {
            while isInText(next), text[next].isWordOfSpacedScript { next += step }
        }
        return abs(next - index) - 1
    }
}
