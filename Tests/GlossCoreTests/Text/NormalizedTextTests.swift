import BenchmarkSupport
import Testing

@testable import GlossCore

/// The view's map back to the original, kept as steps, must give what a span recorded for every
/// folded scalar gives.
@Suite("Text: normalized view")
struct NormalizedTextTests {
    /// The original span of every folded scalar, folding as the view does.
    static func reference(_ original: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], spans: [Range<Int>]) {
        var scalars: [Unicode.Scalar] = [], spans: [Range<Int>] = []
        // Whether each folded scalar came from Chinese or Japanese (`，` folds to `,`).
        var fromUnspaced: [Bool] = []
        // A space after Chinese or Japanese but before a Latin letter, or between a digit and
        // Chinese or Japanese, is layout.
        func takeBackSpace(before next: Unicode.Scalar, nextIsUnspaced: Bool) {
            guard scalars.count > 1, scalars.last == " " else { return }
            let before = scalars.count - 2
            guard fromUnspaced[before] && !next.isASCIILetter || nextIsUnspaced && scalars[before].isASCIIDigit else { return }
            scalars.removeLast()
            spans.removeLast()
            fromUnspaced.removeLast()
        }
        for (offset, scalar) in original.enumerated() {
            switch TypographicFolding.fold(scalar, foldingCase: false) {
            case .drop:
                continue
            case .space:
                if scalars.last == " ", spans.last!.upperBound == offset {
                    spans[spans.count - 1] = spans.last!.lowerBound..<(offset + 1)
                } else {
                    scalars.append(" ")
                    spans.append(offset..<(offset + 1))
                    fromUnspaced.append(false)
                }
            case .scalar(let folded):
                takeBackSpace(before: folded, nextIsUnspaced: scalar.isOfUnspacedScript)
                scalars.append(folded)
                spans.append(offset..<(offset + 1))
                fromUnspaced.append(scalar.isOfUnspacedScript)
            case .expansion(let folded):
                takeBackSpace(before: folded[0], nextIsUnspaced: false)
                for scalar in folded {
                    scalars.append(scalar)
                    spans.append(offset..<(offset + 1))
                    fromUnspaced.append(false)
                }
            }
        }
        return (scalars, spans)
    }

    @Test func mapsBackAsASpanPerScalarWould() {
        var random = SeededGenerator(state: 11)
        let alphabet: [Unicode.Scalar] = ["a", "b", " ", "\n", "\u{00A0}", "\u{00AD}", "\u{200B}", "…", "“", "兰", "。", "，", "「", "7", ",", "Ａ", "😀"]
        for _ in 0..<300 {
            let original = (0..<random.next(60)).map { _ in alphabet[random.next(alphabet.count)] }
            let view = NormalizedText(original)
            let (scalars, spans) = Self.reference(original)
            #expect(view.scalars == scalars)
            for lower in 0...scalars.count {
                for upper in lower...scalars.count {
                    let start = lower < spans.count ? spans[lower].lowerBound : original.count
                    let expected = lower == upper ? start..<start : start..<spans[upper - 1].upperBound
                    #expect(view.originalRange(of: lower..<upper) == expected, "\(original) \(lower)..<\(upper)")
                }
            }
            for offset in -1...(original.count + 1) {
                #expect(view.normalizedOffset(of: offset) == spans.filter { $0.lowerBound < offset }.count,
                        "\(original) offset \(offset)")
            }
        }
    }
}
