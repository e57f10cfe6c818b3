import GlossCore

/// What an editor reads first: counts, the claims nobody has verified, the contradictions, and
/// how each source's claims stand.
public struct ReportSummary: Sendable {
    /// Claims per status, in ``ReviewReport/statusOrder``, zeros included.
    public var statusCounts: [(status: ClaimStatus, count: Int)]
    /// Claims per kind, in the schema's order, zeros included; claims without a valid kind last.
    public var kindCounts: [(kind: ClaimKind?, count: Int)]
    /// Card indices of the unverified claims, in report order.
    public var unverified: [Int]
    public var contradictions: [ContradictionPair]
    /// Statuses per attributed source, most claims first.
    public var sources: [SourceTally]

    public init(statusCounts: [(status: ClaimStatus, count: Int)], kindCounts: [(kind: ClaimKind?, count: Int)],
                unverified: [Int], contradictions: [ContradictionPair], sources: [SourceTally]) {
        self.statusCounts = statusCounts
        self.kindCounts = kindCounts
        self.unverified = unverified
        self.contradictions = contradictions
        self.sources = sources
    }
}

/// Two claims that cannot both hold, as card indices, with why.
public struct ContradictionPair: Sendable, Hashable {
    public var first: Int
    public var second: Int
    public var reason: String

    public init(first: Int, second: Int, reason: String) {
        self.first = first
        self.second = second
        self.reason = reason
    }
}

/// A contradiction found by an analysis, named by claim ids, to feed into a report.
public struct Contradiction: Sendable, Hashable {
    public var first: String
    public var second: String
    public var reason: String

    public init(first: String, second: String, reason: String) {
        self.first = first
        self.second = second
        self.reason = reason
    }
}

extension Contradiction {
    /// The pairs of claims whose statements cannot both hold (what `statement-conflict` finds),
    /// to show beside the pairs annotators linked by `contradicts`. Left out, a report said no
    /// claims contradicted each other while `gloss check` failed on a conflict.
    public static func statementConflicts(in analysis: Analysis) -> [Contradiction] {
        let index = analysis.statements
        return analysis.statementConflicts.pairs.map { conflict in
            let (first, second) = (index.statement(conflict.first), index.statement(conflict.second))
            return Contradiction(first: conflict.first.id, second: conflict.second.id,
                                 reason: "their statements cannot both hold: \(first.value?.value ?? "") and \(second.value?.value ?? "")")
        }
    }
}

/// How the claims attributed to one source stand. Private sources are counted together under
/// "withheld"; claims the article attributes to nobody under "unattributed".
public struct SourceTally: Sendable {
    public var label: String
    /// Claims per status, in ``ReviewReport/statusOrder``.
    public var counts: [Int]

    public init(label: String, counts: [Int]) {
        self.label = label
        self.counts = counts
    }

    public var total: Int { counts.reduce(0, +) }
}

/// A place of the registry and the claims that name it.
public struct ReportPlace: Sendable {
    public var id: String
    public var name: String
    public var coordinates: Coordinates?
    /// The place's Wikidata item and GeoNames id, when `places.yaml` gives them.
    public var wikidata: String?
    public var geonames: String?
    /// Card indices.
    public var claims: [Int]

    public init(id: String, name: String, coordinates: Coordinates?, wikidata: String? = nil, geonames: String? = nil,
                claims: [Int]) {
        self.id = id
        self.name = name
        self.coordinates = coordinates
        self.wikidata = wikidata
        self.geonames = geonames
        self.claims = claims
    }
}
