/// Resolves what annotators write for a subject — the id, name or an alias of a place or a
/// source, in any case — to the entity it names, so `Lanzhou`, `兰州` and `lanzhou` are one
/// subject. Places win over sources that share a name.
public struct EntityResolver: Sendable {
    public enum Entity: Sendable, Hashable {
        case place(String)
        case source(String)
    }

    private let entities: [String: Entity]

    public init(_ registry: Registry) {
        func names(_ id: Located<String>, _ name: Located<String>?, _ aliases: [Located<String>]) -> [Located<String>] {
            [id] + (name.map { [$0] } ?? []) + aliases
        }
        let places: [(Entity, [Located<String>])] = registry.places.map { (.place($0.id.value), names($0.id, $0.name, $0.aliases)) }
        let sources: [(Entity, [Located<String>])] = registry.sources.map { (.source($0.id.value), names($0.id, $0.name, $0.aliases)) }
        let named = places + sources
        var entities: [String: Entity] = [:]
        for (entity, names) in named {
            for name in names {
                entities[Self.normalized(name.value)] = entities[Self.normalized(name.value)] ?? entity
            }
        }
        self.entities = entities
    }

    /// The place or source `text` names, if any.
    public func entity(named text: String) -> Entity? { entities[Self.normalized(text)] }

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
