/// Every statement in a workspace, read once: its value and formula parsed, its subject resolved
/// through the registries. The contradiction rules all start here.
public struct StatementIndex: Sendable {
    public struct Entry: Sendable {
        public var claim: AnchoredClaim
        public var statement: Statement
        /// The parsed `value` (with `unit:` applied), or why it does not parse; nil without a value.
        public var value: Result<StatementValue, ValueError>?
        /// The parsed `derived:` formula, or why it does not parse; nil without one.
        public var formula: Result<DerivedFormula, ValueError>?
        /// Equal for statements about the same subject, property and time.
        public var key: Key

        /// Where findings about the value point: the value, else the formula, else the statement.
        public var valueRange: TextRange { statement.value?.range ?? statement.derived?.range ?? statement.range }
    }

    /// Subject (resolved), property and time: only statements with equal keys are compared.
    public struct Key: Sendable, Hashable {
        public var subject: String
        public var property: String
        public var asOf: ISODate?
        public var from: ISODate?
        public var to: ISODate?
    }

    public let entries: [Entry]
    /// Every claim id in the workspace, with or without a statement.
    public let claimIDs: Set<String>
    private let entryIndex: [String: Int]

    public init(_ analysis: Analysis) {
        let parser = ValueParser(tolerance: analysis.configuration.tolerance)
        let resolver = analysis.registry.resolver
        let claims = analysis.claims
        claimIDs = Set(claims.map(\.id))
        entries = claims.compactMap { claim in
            claim.claim.statement.map { Self.entry(claim, $0, parser: parser, resolver: resolver) }
        }
        entryIndex = Dictionary(entries.enumerated().map { ($1.claim.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The statement of the claim with this id, if it has one.
    public func entry(forClaim id: String) -> Entry? { entryIndex[id].map { entries[$0] } }

    private static func entry(_ claim: AnchoredClaim, _ statement: Statement, parser: ValueParser,
                              resolver: EntityResolver) -> Entry {
        let value = statement.value.map { written in
            parser.parse(written.value).flatMap { value in applyingUnit(statement.unit?.value, to: value, resolver: resolver) }
        }
        let formula = statement.derived.map { derived in
            Result { () throws(ValueError) in try DerivedFormula(parsing: derived.value) }
        }
        let key = Key(subject: resolver.key(for: statement.subject.value), property: statement.property.value,
                      asOf: statement.asOf?.value, from: statement.from?.value, to: statement.to?.value)
        return Entry(claim: claim, statement: statement, value: value, formula: formula, key: key)
    }

    /// The statement's `unit:` on a count that names none; text is resolved like a subject, so
    /// `兰州` and `Lanzhou` are the same answer.
    private static func applyingUnit(_ unit: String?, to value: StatementValue,
                                     resolver: EntityResolver) -> Result<StatementValue, ValueError> {
        switch value {
        case .text(let text):
            return .success(.text(resolver.key(for: text)))
        case .quantity(var quantity):
            guard let unit = unit.flatMap(ValueParser.normalizedUnit) else { return .success(value) }
            if let written = quantity.unit, written != unit {
                return .failure(ValueError(message: "the value's unit `\(written)` differs from `unit: \(unit)`"))
            }
            quantity.unit = unit
            return .success(.quantity(quantity))
        }
    }
}
