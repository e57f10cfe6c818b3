/// One checkable statement an article makes, anchored to its words, with what reviewers found.
public struct Claim: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?` (see CONTRIBUTING, Style): a `var`
    // declared with `?` starts as nil, and the initializer that stores over that nil built the
    // claim twice and copied it whole, a retain and a release for each reference it holds.
    public var id: Located<String>
    public var kind: Optional<Located<ClaimKind>>
    public var anchor: Optional<Anchor>
    public var summary: Optional<Located<String>>
    public var attributedTo: Optional<Located<Attribution>>
    public var speaker: Optional<Located<String>>
    public var place: Optional<Located<String>>
    /// The claim as a checkable fact; held out of line, as few claims have one.
    public var statement: Statement? {
        get { statementStorage?.value }
        set { statementStorage = newValue.map(Boxed.init) }
    }
    private var statementStorage: Optional<Boxed<Statement>>
    public var reviews: [Review]
    public var verdict: Optional<Located<Verdict>>
    public var relations: [Relation]
    public var ignore: [Suppression]
    public var foundBy: Optional<Located<String>>
    /// Fields written that did not read (``UnreadFields``).
    public var unread: UnreadFields
    /// The whole claim mapping in the YAML file.
    public var range: TextRange

    public init(id: Located<String>, kind: Located<ClaimKind>? = nil, anchor: Anchor? = nil,
                summary: Located<String>? = nil, attributedTo: Located<Attribution>? = nil,
                speaker: Located<String>? = nil, place: Located<String>? = nil,
                statement: Statement? = nil, reviews: [Review] = [], verdict: Located<Verdict>? = nil,
                relations: [Relation] = [], ignore: [Suppression] = [], foundBy: Located<String>? = nil,
                unread: UnreadFields = [], range: TextRange) {
        self.id = id
        self.kind = kind
        self.anchor = anchor
        self.summary = summary
        self.attributedTo = attributedTo
        self.speaker = speaker
        self.place = place
        statementStorage = statement.map(Boxed.init)
        self.reviews = reviews
        self.verdict = verdict
        self.relations = relations
        self.ignore = ignore
        self.foundBy = foundBy
        self.unread = unread
        self.range = range
    }

    /// The status a reader sees, derived from the reviews and the editor's verdict.
    public var status: ClaimStatus { ClaimStatus(reviews: reviews.map(\.verdict.value), finalVerdict: verdict?.value) }
}

/// A link from one claim to another; symmetric.
public struct Relation: Sendable, Hashable {
    public var kind: RelationKind
    public var target: Located<String>
    public var range: TextRange

    public init(kind: RelationKind, target: Located<String>, range: TextRange) {
        self.kind = kind
        self.target = target
        self.range = range
    }
}

/// A rule switched off for one claim, with the reason a reviewer gave.
public struct Suppression: Sendable, Hashable {
    public var rule: Located<String>
    public var reason: Optional<Located<String>>
    public var range: TextRange

    public init(rule: Located<String>, reason: Located<String>?, range: TextRange) {
        self.rule = rule
        self.reason = reason
        self.range = range
    }
}
