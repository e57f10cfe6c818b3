/// The unit a column or offset is counted in, for peers that do not count Unicode scalars.
///
/// The Language Server Protocol negotiates one of these for a position's `character`; the raw
/// values are the protocol's `PositionEncodingKind` names, so a negotiated kind maps directly.
public enum TextEncodingUnit: String, Sendable, CaseIterable {
    /// UTF-8 code units (bytes).
    case utf8 = "utf-8"
    /// UTF-16 code units, the LSP default and what JavaScript strings count.
    case utf16 = "utf-16"
    /// Unicode scalars, Gloss's own unit.
    case utf32 = "utf-32"

    /// How many of these units encode a scalar.
    func width(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: Unicode.UTF8.width(scalar)
        case .utf16: Unicode.UTF16.width(scalar)
        case .utf32: 1
        }
    }
}
