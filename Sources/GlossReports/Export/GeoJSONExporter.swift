import GlossCore

/// The registry's places that have coordinates as a GeoJSON FeatureCollection (RFC 7946), for
/// maps: each a Point at `[longitude, latitude]` (GeoJSON's order, the reverse of
/// `places.yaml`'s `[lat, lon]`), with the claims that name the place and how they stand.
public struct GeoJSONExporter: ReviewRenderer {
    public static let identifier = "geojson"

    public init() {}

    public func render(_ report: ReviewReport) -> String {
        let features = report.places.compactMap { place -> Feature? in
            guard let coordinates = place.coordinates else { return nil }
            let cards = place.claims.map { report.cards[$0] }
            var statuses: [String: Int] = [:]
            for card in cards { statuses[card.status.description, default: 0] += 1 }
            return Feature(id: place.id, geometry: Point(coordinates: [coordinates.longitude, coordinates.latitude]),
                           properties: Properties(place: place.id, name: place.name, wikidata: place.wikidata, geonames: place.geonames,
                                                  claims: cards.map(\.id), statuses: statuses))
        }
        return JSONText.encode(FeatureCollection(features: features))
    }

    struct FeatureCollection: Encodable {
        let type = "FeatureCollection"
        var features: [Feature]

        enum CodingKeys: String, CodingKey {
            case type, features
        }
    }

    struct Feature: Encodable {
        let type = "Feature"
        var id: String
        var geometry: Point
        var properties: Properties

        enum CodingKeys: String, CodingKey {
            case type, id, geometry, properties
        }
    }

    struct Point: Encodable {
        let type = "Point"
        var coordinates: [Double]

        enum CodingKeys: String, CodingKey {
            case type, coordinates
        }
    }

    struct Properties: Encodable {
        var place: String
        var name: String
        /// Where the registry gives them, for a map to link the place to its Wikidata item or
        /// GeoNames entry; absent otherwise.
        var wikidata: String?
        var geonames: String?
        var claims: [String]
        /// Claims per status.
        var statuses: [String: Int]
    }
}
