/// The closed vocabularies of the annotation schema. Each is `CaseIterable` so the decoder can
/// suggest the nearest spelling and the language server can complete them.

/// What sort of claim a span makes.
public enum ClaimKind: String, Sendable, Hashable, CaseIterable {
    case location, quote, number, date, event, attribution
}

/// A reviewer's or editor's judgement of a claim.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    case supported, refuted, misleading, unverifiable
}

/// How a piece of evidence bears on the claim.
public enum Stance: String, Sendable, Hashable, CaseIterable {
    case supports, refutes, context
}

/// How two claims relate. Relations are symmetric.
public enum RelationKind: String, Sendable, Hashable, CaseIterable {
    case contradicts, supports
    case sameAs = "same_as"
}

/// What sort of source a claim is attributed to.
public enum SourceKind: String, Sendable, Hashable, CaseIterable {
    case media, government
    case socialMedia = "social-media"
    case person, organization, anonymous
}
