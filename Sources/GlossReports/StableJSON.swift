import Foundation

/// JSON for files people diff and tools compare: pretty-printed, keys sorted, slashes unescaped,
/// ending with a newline, so the same value always gives the same bytes.
enum StableJSON {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
