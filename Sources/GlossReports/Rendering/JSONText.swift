import Foundation

/// JSON as Gloss writes it everywhere: pretty, keys sorted, slashes unescaped, a final line break,
/// so that the same input gives the same bytes.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
