/// A place claims happen in (`Annotations/places.yaml`). Only known values are recorded.
public struct Place: Sendable, Hashable {
    public var id: Located<String>
    public var name: Located<String>?
    public var aliases: [Located<String>]
    public var within: Located<String>?
    public var coordinates: Located<Coordinates>?
    public var wikidata: Located<String>?
    public var geonames: Located<String>?
    public var range: TextRange

    public init(id: Located<String>, name: Located<String>? = nil, aliases: [Located<String>] = [],
                within: Located<String>? = nil, coordinates: Located<Coordinates>? = nil,
                wikidata: Located<String>? = nil, geonames: Located<String>? = nil, range: TextRange) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.within = within
        self.coordinates = coordinates
        self.wikidata = wikidata
        self.geonames = geonames
        self.range = range
    }
}

/// WGS 84 latitude and longitude in degrees, written `[lat, lon]`.
public struct Coordinates: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }
}
