import Foundation

/// Foundation's encoder set up as Gloss's JSON is written (pretty, keys sorted, slashes
/// unescaped, a final line break): the reference ``PrettyJSONWriter`` and ``JSONText`` are
/// compared with, so that the formats stay what standard tools write and read.
enum FoundationJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
