/// The keys each mapping of an annotation file or a registry accepts, found by the key that
/// holds the mapping: the decoders' own lists, for an editor to offer while a key is typed.
public enum SchemaKeys {
    /// The keys of the mapping under `parent` in an annotation file (nil: the top level; for a
    /// list, the mapping of each item), or nil when no mapping is expected there.
    public static func annotationFile(under parent: String?) -> [String]? {
        switch parent {
        case nil: AnnotationFileDecoder.FileKey.known.names
        case "claims": AnnotationFileDecoder.ClaimKey.known.names
        case "anchor": AnnotationFileDecoder.AnchorKey.known.names
        case "statement": AnnotationFileDecoder.StatementKey.known.names
        case "reviews": AnnotationFileDecoder.ReviewKey.known.names
        case "evidence": AnnotationFileDecoder.EvidenceKey.known.names
        case "ignore": AnnotationFileDecoder.SuppressionKey.known.names
        case "relations": AnnotationFileDecoder.relationKeys.names
        default: nil
        }
    }

    /// The keys of the mapping under `parent` in `sources.yaml` or in `places.yaml`, whose
    /// top-level key `list` (`sources` or `places`) holds the entries.
    public static func registry(_ list: String, under parent: String?) -> [String]? {
        switch (list, parent) {
        case (_, nil): [list]
        case ("sources", "sources"): RegistryDecoder.sourceKeys.names
        case ("places", "places"): RegistryDecoder.placeKeys.names
        default: nil
        }
    }
}
