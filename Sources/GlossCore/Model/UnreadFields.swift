/// Fields a claim was written with that did not read, each already an error where it is written
/// (an `attributed_to` that is an alias, a review whose verdict is not one of the four). The
/// rules that would call them missing say nothing: "nobody has reviewed this claim" under a
/// review with a misspelt verdict sends a reviewer looking for the wrong mistake.
public struct UnreadFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// `attributed_to`.
    public static let attribution = UnreadFields(rawValue: 1 << 0)
    /// `speaker`.
    public static let speaker = UnreadFields(rawValue: 1 << 1)
    /// A review, or the editor's `verdict`: the claim's status is not known.
    public static let reviews = UnreadFields(rawValue: 1 << 2)
}
