/// A document prepared for anchoring many selectors: its folded view (``NormalizedText``) is made
/// once, on the first selector that needs it, instead of once per selector.
public struct AnchoringDocument: Sendable {
    public let text: SourceText
    /// Whether the folded view ignores case too, so that "Lanzhou" is found as "LANZHOU".
    public let foldingCase: Bool
    private var folded: NormalizedText?

    public init(_ text: SourceText, foldingCase: Bool = false) {
        self.text = text
        self.foldingCase = foldingCase
    }

    /// Anchors one selector. `carried` is its recorded span carried across the document's edits
    /// since the annotation was written (``DocumentHistory``), when known: it is tried first and
    /// serves as the position hint.
    public mutating func anchor(_ selector: AnchorSelector, carried: Range<Int>? = nil) -> AnchorResult {
        Anchorer.anchor(selector, carried: carried, in: text, folded: { () -> NormalizedText in
            if let folded { return folded }
            let made = NormalizedText(text, foldingCase: foldingCase)
            folded = made
            return made
        }, foldingCase: foldingCase)
    }
}
