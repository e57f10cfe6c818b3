/// The sources and places of a workspace, looked up by id.
public struct Registry: Sendable {
    /// Set once: the lookups are indexed by position, which a list changed afterwards would
    /// no longer match.
    public private(set) var sources: [Source]
    public private(set) var places: [Place]
    private let sourceIndex: [String: Int]
    private let placeIndex: [String: Int]

    public init(sources: [Source] = [], places: [Place] = []) {
        self.sources = sources
        self.places = places
        sourceIndex = Dictionary(sources.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        placeIndex = Dictionary(places.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
    public func place(_ id: String) -> Place? { placeIndex[id].map { places[$0] } }
}
