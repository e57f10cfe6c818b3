/// One reviewer's judgement of a claim and what it rests on.
public struct Review: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var reviewer: Located<String>
    public var date: Optional<Located<ISODate>>
    public var verdict: Located<Verdict>
    public var evidence: [Evidence]
    public var note: Optional<Located<String>>
    public var range: TextRange

    public init(reviewer: Located<String>, date: Located<ISODate>?, verdict: Located<Verdict>,
                evidence: [Evidence], note: Located<String>?, range: TextRange) {
        self.reviewer = reviewer
        self.date = date
        self.verdict = verdict
        self.evidence = evidence
        self.note = note
        self.range = range
    }
}

/// A source a reviewer consulted. Only http and https URLs are accepted, so reports never carry
/// `javascript:` or local file links.
public struct Evidence: Sendable, Hashable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var url: Located<String>
    public var archive: Optional<Located<String>>
    public var accessed: Optional<Located<ISODate>>
    public var stance: Optional<Located<Stance>>
    public var note: Optional<Located<String>>
    public var range: TextRange

    public init(url: Located<String>, archive: Located<String>?, accessed: Located<ISODate>?,
                stance: Located<Stance>?, note: Located<String>?, range: TextRange) {
        self.url = url
        self.archive = archive
        self.accessed = accessed
        self.stance = stance
        self.note = note
        self.range = range
    }
}
