/// Every rule Gloss has, in the order `gloss rules` lists them.
public enum RuleCatalog {
    public static let all: [any Rule.Type] = [
        YAMLSyntaxRule.self,
        SchemaRule.self,
        InvalidValueRule.self,
        DuplicateIDRule.self,
        UnknownReferenceRule.self,
        DocumentMissingRule.self,
        DocumentUnreadableRule.self,
        PathOutsideWorkspaceRule.self,
        DocumentChangedRule.self,
        AnchorOrphanedRule.self,
        AnchorAmbiguousRule.self,
        AnchorMovedRule.self,
        UnreviewedRule.self,
        VerdictWithoutEvidenceRule.self,
        ReviewsDisagreeRule.self,
        QuoteWithoutSpeakerRule.self,
        MissingAttributionRule.self,
        PrivateNameInIDRule.self,
        UnusedSuppressionRule.self,
        AnchorNormalizedRule.self,
        AnchorTextChangedRule.self,
        StatementConflictRule.self,
        DerivedMismatchRule.self,
        VerdictsInconsistentRule.self,
        EvidenceStanceMismatchRule.self,
        EvidenceUnarchivedRule.self,
        DateAfterPublicationRule.self,
    ]

    /// The rule `.gloss.yml`, an `ignore:` entry or `gloss rules ID` names; nil for an id no
    /// rule has.
    public static func rule(withID id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
