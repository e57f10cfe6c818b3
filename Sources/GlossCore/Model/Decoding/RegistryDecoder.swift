/// Decodes `sources.yaml` and `places.yaml`: the outlets, people and places claims refer to.
struct RegistryDecoder {
    static let sourceKeys: KnownKeys = ["id", "name", "aliases", "kind", "url", "notes", "private"]
    static let placeKeys: KnownKeys = ["id", "name", "aliases", "within", "coordinates", "wikidata", "geonames"]

    var reader: NodeReader

    init(path: String) {
        reader = NodeReader(path: path)
    }

    mutating func decodeSources(_ root: YAMLNode) -> [Source] {
        entries(root, key: "sources") { decoder, node in
            guard let fields = decoder.reader.fields(node, of: "a source", known: Self.sourceKeys),
                  let id = decoder.reader.identifier(decoder.reader.require(fields, "id", in: "a source"), named: "id")
            else { return nil }
            return Source(id: id,
                          name: decoder.reader.string(fields["name"], named: "name"),
                          aliases: decoder.reader.strings(fields["aliases"], named: "aliases"),
                          kind: decoder.reader.choice(fields["kind"], named: "kind", as: SourceKind.self),
                          url: decoder.reader.url(fields["url"], named: "url"),
                          notes: decoder.reader.string(fields["notes"], named: "notes"),
                          isPrivate: decoder.decodePrivate(fields["private"]),
                          range: node.range)
        }
    }

    /// Whether a source is private. A `private:` that does not read as true or false, blank
    /// included, is reported and taken as private: withheld by mistake costs a name; published
    /// by mistake, a person.
    private mutating func decodePrivate(_ node: YAMLNode?) -> Bool {
        guard let node else { return false }
        if node.isNull {
            reader.report(.schema, "`private` must be true or false, found nothing", at: node.range)
            return true
        }
        return reader.boolean(node, named: "private")?.value ?? true
    }

    mutating func decodePlaces(_ root: YAMLNode) -> [Place] {
        entries(root, key: "places") { decoder, node in
            guard let fields = decoder.reader.fields(node, of: "a place", known: Self.placeKeys),
                  let id = decoder.reader.identifier(decoder.reader.require(fields, "id", in: "a place"), named: "id")
            else { return nil }
            return Place(id: id,
                         name: decoder.reader.string(fields["name"], named: "name"),
                         aliases: decoder.reader.strings(fields["aliases"], named: "aliases"),
                         within: decoder.reader.identifier(fields["within"], named: "within"),
                         coordinates: decoder.decodeCoordinates(fields["coordinates"]),
                         wikidata: decoder.reader.string(fields["wikidata"], named: "wikidata"),
                         geonames: decoder.reader.string(fields["geonames"], named: "geonames"),
                         range: node.range)
        }
    }

    private mutating func entries<Entry>(_ root: YAMLNode, key: String,
                                         _ decode: (inout Self, YAMLNode) -> Entry?) -> [Entry] {
        guard let fields = reader.fields(root, of: "`\(key).yaml`", known: [key]),
              let list = reader.require(fields, key, in: "`\(key).yaml`"),
              let nodes = reader.list(list, named: key)
        else { return [] }
        return nodes.compactMap { decode(&self, $0) }
    }

    private mutating func decodeCoordinates(_ node: YAMLNode?) -> Located<Coordinates>? {
        guard let node, !node.isNull else { return nil }
        let numbers = reader.list(node, named: "coordinates")?.compactMap { reader.number($0, named: "coordinates") } ?? []
        guard numbers.count == 2,
              let coordinates = Coordinates(latitude: numbers[0].value, longitude: numbers[1].value)
        else {
            reader.report(.invalidValue, "`coordinates` must be [latitude, longitude] in degrees", at: node.range)
            return nil
        }
        return Located(coordinates, at: node.range)
    }
}
