/// JSON as Gloss writes it everywhere: pretty, keys sorted, slashes unescaped, a final line
/// break, so that the same input gives the same bytes. Written by ``PrettyJSONWriter``, the
/// writer of the large reports, in the bytes Foundation's encoder writes (the tests compare the
/// two); a value JSON cannot carry, such as an infinite number, is `null` rather than an empty
/// document.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        PrettyJSONWriter.text { $0.encoded(value) }
    }
}
