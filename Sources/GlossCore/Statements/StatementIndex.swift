/// Every statement in a workspace, read once: its value and formula parsed, its subject resolved
/// through the registries. The contradiction rules all start here.
///
/// Statements about the same subject, property and time share a ``Key``; only those are compared.
public struct StatementIndex: Sendable {
    /// One statement, small enough to hold by the hundred thousand: the claim itself stays in
    /// the analysis and is fetched with ``StatementIndex/claim(_:)`` when a finding needs it.
    ///
    /// A class, immutable once read: every rule about statements walks every entry, and an entry
    /// holds the parsed value, formula and key, which a copy would retain one by one.
    public final class Entry: Sendable {
        /// The claim's id.
        public let id: String
        /// Where the claim is: `analysis.files[file].claims[claim]`.
        public let file: Int
        public let claim: Int
        /// The parsed `value` (with `unit:` applied), or why it does not parse; nil without a value.
        public let value: Result<StatementValue, ValueError>?
        /// The parsed `derived:` formula, or why it does not parse; nil without one.
        public let formula: Result<DerivedFormula, ValueError>?
        /// Equal for statements about the same subject, property and time.
        public let key: Key

        init(id: String, file: Int, claim: Int, value: Result<StatementValue, ValueError>?,
             formula: Result<DerivedFormula, ValueError>?, key: Key) {
            self.id = id
            self.file = file
            self.claim = claim
            self.value = value
            self.formula = formula
            self.key = key
        }
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
    private let entryIndex: [String: Int]
    private let files: [LoadedAnnotationFile]

    /// Reads the statements of `analysis` (rules reach the index through ``Analysis/statements``).
    /// It needs nothing else the analysis works out, so it is made while the claims are indexed
    /// by id.
    init(_ analysis: Analysis) {
        var reader = Reader(parser: ValueParser(tolerance: analysis.configuration.tolerance), resolver: analysis.registry.resolver)
        var entries: [Entry] = []
        entries.reserveCapacity(analysis.claimCount)
        // Indices, not copies: a claim is large and there may be hundreds of thousands.
        for fileIndex in analysis.files.indices {
            for claimIndex in analysis.files[fileIndex].claims.indices {
                let id = analysis.files[fileIndex].claims[claimIndex].claim.id.value
                guard let statement = analysis.files[fileIndex].claims[claimIndex].claim.statement else { continue }
                entries.append(reader.entry(id, file: fileIndex, claim: claimIndex, statement))
            }
        }
        self.entries = entries
        files = analysis.files
        entryIndex = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The statement of the claim with this id, if it has one.
    public func entry(forClaim id: String) -> Entry? { entryIndex[id].map { entries[$0] } }

    /// The claim an entry is about.
    public func claim(_ entry: Entry) -> AnchoredClaim { files[entry.file].claims[entry.claim] }

    /// The statement an entry was read from.
    public func statement(_ entry: Entry) -> Statement { files[entry.file].claims[entry.claim].claim.statement! }

    /// Reads statements into entries, remembering what it has read: the same values and subjects
    /// recur across a workspace ("185", "Lanzhou"), and each is parsed once.
    private struct Reader {
        let parser: ValueParser
        let resolver: EntityResolver
        var values: [String: Result<StatementValue, ValueError>] = [:]
        var subjects: [String: String?] = [:]
        var textValues: [String: String] = [:]
        var units: [String: ReadUnit] = [:]

        /// A statement's `unit:` as read: a workspace writes the same few units on thousands of
        /// statements, and folding one into words cost as much as parsing its value.
        struct ReadUnit {
            /// Its words (``TextFolding/words(_:)``), to tell whether it names a dimension.
            let words: String
            /// The unit it names (``UnitNames/normalized(_:)``), a currency's code or sign as the
            /// currency; nil for none.
            let normalized: String?
        }

        mutating func entry(_ id: String, file: Int, claim: Int, _ statement: Statement) -> Entry {
            let value = statement.value.map { written in
                parsed(written.value).flatMap { value -> Result<StatementValue, ValueError> in
                    // A `unit:` that says what the number measures (`hours`, `%`, `million`) is
                    // read as if written after it: `48` in hours is a duration, comparable with
                    // `3 days`; one that only names what is counted (`cases`) is that unit.
                    if case .quantity(let quantity) = value, quantity.unit == nil, quantity.dimension == .number,
                       let unit = statement.unit.map({ restates($0.value, .share) ? "%" : $0.value }),
                       case .success(.quantity(let measured)) = parsed(written.value + " " + unit),
                       measured.dimension != .number || measured.precision?.scale != quantity.precision?.scale {
                        return .success(StatementValue.quantity(measured))
                    }
                    return applyingUnit(statement.unit?.value, to: value, written: written.value)
                }
            }
            let formula = statement.derived.map { derived in
                Result { () throws(ValueError) in try DerivedFormula(parsing: derived.value) }
            }
            // A subject that names several places or sources is compared with no statement, not
            // even one naming it the same way: the two may mean different ones; nor is one whose
            // time cannot be read.
            let resolved = statement.hasUnreadableTime ? nil : subject(statement.subject.value)
            let key = Key(subject: resolved ?? "unresolved:" + id, property: statement.property.value,
                          asOf: statement.asOf?.value, from: statement.from?.value, to: statement.to?.value)
            return Entry(id: id, file: file, claim: claim, value: value, formula: formula, key: key)
        }

        private mutating func parsed(_ text: String) -> Result<StatementValue, ValueError> {
            if let known = values[text] { return known }
            let value = parser.parse(text)
            values[text] = value
            return value
        }

        /// A subject resolved as a value in text is: by its name as written, else by its words
        /// (`the Lanzhou police` is `lanzhou-police`, as `Lanzhou.` is `lanzhou`).
        /// Nil for a name several places (or sources) share.
        private mutating func subject(_ text: String) -> String? {
            if let known = subjects[text] { return known }
            let written = resolver.entity(named: text) == nil ? TextFolding.words(text) : text
            let key = resolver.entities(sharing: text) != nil || resolver.entities(sharing: written) != nil ? nil : resolver.key(for: written)
            subjects[text] = key
            return key
        }

        /// A value in text as compared: resolved like a subject, so `兰州` and `Lanzhou` are the
        /// same answer, by its name as written or by its words (`Lanzhou.`), and a place through
        /// the places it lies within; text that names neither is its words
        /// (``TextFolding/words(_:)``) run together, since where words break is spelling:
        /// `U.S.` is `US`, and `COVID-19` `covid19`.
        private mutating func textValue(_ text: String) -> String {
            if let known = textValues[text] { return known }
            let key = resolver.valueKey(for: resolver.entity(named: text) == nil ? TextFolding.words(text) : text)
            textValues[text] = key
            return key
        }

        private mutating func unit(_ text: String) -> ReadUnit {
            if let known = units[text] { return known }
            // A currency's code or sign (`USD`, `€`) is the currency a value's sign names.
            let currency = ValueParser.currencies.first { $0.sign == text.lowercased() }?.unit
            let read = ReadUnit(words: TextFolding.words(text), normalized: UnitNames.normalized(currency ?? text))
            units[text] = read
            return read
        }

        /// Whether `unit` names what a value of `dimension` is, in words no value is written with.
        private mutating func restates(_ unit: String, _ dimension: Dimension) -> Bool {
            Self.dimensionWords[dimension]?.contains(self.unit(unit).words) ?? false
        }

        /// The words that name each dimension, for ``restates(_:_:)``: built once, as it is
        /// asked of every statement with a unit.
        private static let dimensionWords: [Dimension: Set<String>] = [.share: ["percentage", "percent", "per cent", "pct"],
                                                                       .date: ["date", "day"], .duration: ["duration", "time"]]

        /// The statement's `unit:` on a count that names none; text as compared (``textValue(_:)``).
        private mutating func applyingUnit(_ unit: String?, to value: StatementValue, written: String) -> Result<StatementValue, ValueError> {
            switch value {
            case .text(let text):
                return .success(.text(textValue(text)))
            case .quantity(var quantity):
                guard let unitText = unit, let unit = self.unit(unitText).normalized else { return .success(value) }
                // A duration, a share or a date that its `unit:` restates (`48 hours` in hours,
                // `98%` in `%` or `percentage`) is as written: the unit would keep it from values
                // that say the same without one in other words (`3 days` in days).
                if quantity.dimension != .number, restates(unitText, quantity.dimension) || [unitText, "1 " + unitText, "1" + unitText].contains(where: { text in
                    if case .success(.quantity(let measured)) = parsed(text) { measured.dimension == quantity.dimension } else { false }
                }) {
                    return .success(value)
                }
                if let own = quantity.unit, !UnitNames.same(own, unit) {
                    return .failure(ValueError(message: "the value `\(written)` has another unit than `unit: \(unitText)`"))
                }
                quantity.unit = unit
                return .success(.quantity(quantity))
            }
        }
    }
}
