// libFuzzer entry points for Gloss, compiled together with the GlossCore sources by
// `Fuzz/run.sh` (one module, so internal API is reachable). The target is chosen by the
// environment variable GLOSS_FUZZ_TARGET: yaml, annotation, value, anchor or markdown.

#if canImport(Glibc)
import Glibc
#endif

enum FuzzTarget: String {
    /// The YAML loader: any bytes, default limits.
    case yaml
    /// An annotation file checked in an in-memory workspace: parse, decode, anchor, every rule.
    case annotation
    /// A statement value, as `statement.value` holds it.
    case value
    /// A selector anchored in a document, both taken from the input.
    case anchor
    /// A reviewer's Markdown as a reader is shown it, and an id made from it without a private
    /// name, both taken from the input: the parsing reports and ids rely on to find names.
    case markdown

    static let current: FuzzTarget = {
        guard let name = getenv("GLOSS_FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTarget(rawValue: name) else {
            fputs("GLOSS_FUZZ_TARGET must be yaml, annotation, value, anchor or markdown\n", stderr)
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml:
            _ = try? YAMLParser.parse(bytes)
        case .annotation:
            _ = RuleExample(bytes: [RuleExample.annotationPath: bytes]).diagnostics()
        case .value:
            _ = ValueParser().parse(String(decoding: bytes, as: UTF8.self))
        case .anchor:
            Self.anchor(bytes)
        case .markdown:
            Self.markdown(bytes)
        }
    }

    /// The input is a private source's name, then U+001F, then the text. Besides crashes, what
    /// ``ShownMarkdown`` promises is checked: replaced ranges in order and apart, and every
    /// range inside the text.
    private static func markdown(_ bytes: [UInt8]) {
        let parts = String(decoding: bytes, as: UTF8.self).split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return }
        let text = String(parts[1])
        let count = text.utf8.count
        let shown = ShownMarkdown(text)
        var end = 0
        for piece in shown.replaced {
            guard piece.range.lowerBound >= end, piece.range.upperBound <= count else {
                fatalError("replaced ranges out of order or outside the text: \(shown.replaced.map(\.range))")
            }
            end = piece.range.upperBound
        }
        guard shown.wholes.allSatisfy({ $0.lowerBound >= 0 && $0.upperBound <= count }),
              shown.wholes.map(\.lowerBound) == shown.wholes.map(\.lowerBound).sorted() else {
            fatalError("wholes unsorted or outside the text: \(shown.wholes)")
        }
        _ = ShownMarkdown.text(text)
        let nowhere = TextRange(at: .start)
        let source = Source(id: Located("someone", at: nowhere), name: Located(String(parts[0]), at: nowhere), isPrivate: true, range: nowhere)
        var names = UniqueNames(used: [])
        _ = ClaimIDs.make(from: text, withholding: PrivateNameWords([source]), names: &names)
    }

    /// The input is a recorded start and length (two bytes each, so they can fall outside the
    /// text or be negative), then the document, quote, prefix and suffix separated by U+001F.
    private static func anchor(_ bytes: [UInt8]) {
        guard bytes.count >= 4 else { return }
        let start = Int(Int16(bitPattern: UInt16(bytes[0]) << 8 | UInt16(bytes[1])))
        let length = Int(Int16(bitPattern: UInt16(bytes[2]) << 8 | UInt16(bytes[3])))
        let parts = String(decoding: bytes[4...], as: UTF8.self)
            .split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return }
        let selector = AnchorSelector(quote: parts[1], prefix: parts.count > 2 ? parts[2] : nil,
                                      suffix: parts.count > 3 ? parts[3] : nil, start: start, end: start + length)
        let text = SourceText(parts[0])
        _ = Anchorer.anchor(selector, in: text)
        // A carried span comes from the document's history and always lies inside the text.
        let end = start + length
        var folding = AnchoringDocument(text, foldingCase: true)
        _ = folding.anchor(selector, carried: 0 <= start && start <= end && end <= text.scalarCount ? start..<end : nil)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.current.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
