import Foundation

/// JSON as Gloss prints it: pretty, keys sorted so the output is byte-for-byte repeatable,
/// slashes unescaped so paths read as written.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
