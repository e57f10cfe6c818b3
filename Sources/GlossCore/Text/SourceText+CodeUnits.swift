extension SourceText {
    /// The offset, counted in `unit` from the start of the text, of a scalar offset (clamped into
    /// `0...scalarCount`). For peers that address the whole text in bytes or UTF-16 units.
    public func codeUnitOffset(at offset: Int, in unit: TextEncodingUnit) -> Int {
        codeUnits.codeUnitOffset(at: min(max(offset, 0), scalars.count), in: unit, of: scalars)
    }

    /// The scalar offset at an offset counted in `unit`, or `nil` when it lies outside the text or
    /// inside the encoding of one scalar (between the halves of a surrogate pair, say).
    public func offset(atCodeUnit codeUnitOffset: Int, in unit: TextEncodingUnit) -> Int? {
        codeUnits.scalarOffset(atCodeUnit: codeUnitOffset, in: unit, of: scalars)
    }
}
