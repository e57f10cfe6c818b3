/// UTF-8 and UTF-16 offsets recorded every ``stride`` scalars, so converting between scalar and
/// code-unit offsets costs a binary search plus a walk of fewer than ``stride`` scalars, at a memory
/// cost of a quarter byte per scalar. (Scalar offsets are already UTF-32 offsets.)
struct CodeUnitIndex: Sendable {
    static let stride = 64

    /// `utf8[k]` is the number of UTF-8 units before scalar `k * stride`.
    private let utf8: [Int]
    /// `utf16[k]` is the number of UTF-16 units before scalar `k * stride`.
    private let utf16: [Int]

    /// An index of the checkpoints found while decoding the text (see
    /// `SourceText.decodeUTF8(_:)`), `count / stride + 1` of each, starting at 0.
    init(utf8: [Int], utf16: [Int]) {
        self.utf8 = utf8
        self.utf16 = utf16
    }

    private func checkpoints(_ unit: TextEncodingUnit) -> [Int]? {
        switch unit {
        case .utf8: utf8
        case .utf16: utf16
        case .utf32: nil
        }
    }

    /// The code-unit offset of a scalar offset, which must lie within `0...scalars.count`.
    func codeUnitOffset(
        at offset: Int, in unit: TextEncodingUnit, of scalars: [Unicode.Scalar]
    ) -> Int {
        guard let checkpoints = checkpoints(unit) else { return offset }
        let checkpoint = offset / Self.stride
        var units = checkpoints[checkpoint]
        for scalar in scalars[(checkpoint * Self.stride)..<offset] {
            units += unit.width(of: scalar)
        }
        return units
    }

    /// The scalar offset at a code-unit offset, or `nil` when it lies outside the text or inside
    /// the encoding of a scalar.
    func scalarOffset(
        atCodeUnit target: Int, in unit: TextEncodingUnit, of scalars: [Unicode.Scalar]
    ) -> Int? {
        guard target >= 0 else { return nil }
        guard let checkpoints = checkpoints(unit) else {
            return target <= scalars.count ? target : nil
        }
        // `checkpoints[0] == 0 <= target`, so a checkpoint is always found.
        let checkpoint = checkpoints.lastIndex(notAbove: target) ?? 0
        var offset = checkpoint * Self.stride
        var units = checkpoints[checkpoint]
        while units < target, offset < scalars.count {
            units += unit.width(of: scalars[offset])
            offset += 1
        }
        return units == target ? offset : nil
    }
}
