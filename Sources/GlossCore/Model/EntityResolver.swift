/// Resolves what annotators write for a subject — the id, name or an alias of a place or a
/// source, in any case — to the entity it names, so `Lanzhou`, `兰州` and `lanzhou` are one
/// subject. An id names its entity whatever else shares it; places win over sources that share
/// a name; a name or alias that two places (or two sources) share names neither, since taking
/// the first listed would compare a statement about one Chaoyang with another's.
public struct EntityResolver: Sendable {
    public enum Entity: Sendable, Hashable {
        case place(String)
        case source(String)

        var isPlace: Bool { if case .place = self { true } else { false } }
    }

    private let entities: [String: Entity]
    /// Names and aliases that two or more places, or two or more sources, share: what each
    /// could be, in registry order.
    private let shared: [String: [Entity]]
    /// Each place's id after the ids of the places it lies within, outermost first, joined by
    /// `/` (`gansu/lanzhou/jiuzhou-central-park`): a value naming it is compared through them.
    private let placePaths: [String: String]

    public init(_ registry: Registry) {
        let places: [(Entity, Located<String>, [Located<String>])] = registry.places.map {
            (.place($0.id.value), $0.id, ($0.name.map { [$0] } ?? []) + $0.aliases)
        }
        let sources: [(Entity, Located<String>, [Located<String>])] = registry.sources.map {
            (.source($0.id.value), $0.id, ($0.name.map { [$0] } ?? []) + $0.aliases)
        }
        let named = places + sources
        var entities: [String: Entity] = [:]
        for (entity, id, _) in named {
            entities[Self.normalized(id.value)] = entities[Self.normalized(id.value)] ?? entity
        }
        var candidates: [String: [Entity]] = [:]
        for (entity, _, names) in named {
            // A name is also known by its words (``TextFolding/words(_:)``), as subjects and
            // values are read when no name matches as written: `The Paper.` and `Paper` are
            // The Paper, and `Hague` The Hague.
            for key in names.flatMap({ [Self.normalized($0.value), TextFolding.words($0.value)] })
            where entities[key] == nil && candidates[key]?.contains(entity) != true {
                candidates[key, default: []].append(entity)
            }
        }
        var shared: [String: [Entity]] = [:]
        for (key, entitiesNamed) in candidates {
            let places = entitiesNamed.filter(\.isPlace)
            let chosen = places.isEmpty ? entitiesNamed : places
            if chosen.count == 1 { entities[key] = chosen[0] } else { shared[key] = chosen }
        }
        self.entities = entities
        self.shared = shared
        let within = Dictionary(registry.places.map { ($0.id.value, $0.within?.value) }, uniquingKeysWith: { first, _ in first })
        var placePaths: [String: String] = [:]
        for id in within.keys {
            // Up the `within` chain, stopping where it returns on itself.
            var path = [id]
            while let outer = within[path[0]] ?? nil, !path.contains(outer) { path.insert(outer, at: 0) }
            placePaths[id] = path.joined(separator: "/")
        }
        self.placePaths = placePaths
    }

    /// The places or sources a name shared by several of them could be, in registry order;
    /// nil when `text` names one entity or none.
    public func entities(sharing text: String) -> [Entity]? {
        // Asked of every statement's subject, where nearly every registry shares no name.
        shared.isEmpty ? nil : shared[Self.normalized(text)]
    }

    /// The place or source `text` names, if any.
    public func entity(named text: String) -> Entity? { entities[Self.normalized(text)] }

    /// The key of a statement's value in text: a place with the places it lies within
    /// (`place:gansu/lanzhou`), so that a value naming a place and one naming a place within it
    /// can both hold (see ``StatementValue/canBothHold(_:)``); a source as ``key(for:)``; text
    /// that names neither without its spaces.
    public func valueKey(for text: String) -> String {
        if let entities = entities(sharing: text) {
            // A name several places share could be any of them (``StatementValue/alternatives(of:)``).
            return StatementValue.alternativesPrefix + entities.map(entityValueKey).joined(separator: "\n")
        }
        // Text that names nothing is its words run together, since where words break is
        // spelling: `U.S.` is `US`, and `COVID-19` `covid19`.
        return entity(named: text).map(entityValueKey) ?? "text:" + Self.normalized(text).filter { $0 != " " }
    }

    private func entityValueKey(_ entity: Entity) -> String {
        switch entity {
        case .place(let id): "place:" + (placePaths[id] ?? id)
        case .source(let id): "source:" + id
        }
    }

    /// Equal for the same subject: the entity it names, else the text itself, normalized.
    public func key(for text: String) -> String {
        switch entity(named: text) {
        case .place(let id): "place:" + id
        case .source(let id): "source:" + id
        case nil: "text:" + Self.normalized(text)
        }
    }

    /// Lowercased, hyphens and underscores as spaces, runs of white space as one space.
    public static func normalized(_ text: String) -> String {
        TextFolding.fold(text, joinedWords: true)
    }
}

extension Registry {
    /// Looks subjects up by id, name or alias.
    public var resolver: EntityResolver { EntityResolver(self) }
}
