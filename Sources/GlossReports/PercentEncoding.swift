/// Addresses as links and Web Annotations carry them: a workspace path written as an IRI
/// reference, and an address read back with its `%XX` escapes decoded.
public enum PercentEncoding {
    /// A byte as `%XX`, two uppercase hexadecimal digits.
    public static func escaped(_ byte: UInt8) -> String {
        "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
    }

    /// `path` as an IRI reference: each ASCII character an IRI path may not hold (a space, `<`,
    /// `>`, `"`, `{`, `}`, `|`, `\`, `^`, a backtick, `[`, `]`, `%`, `?`, `#`, controls) as `%XX`;
    /// letters of other scripts stay, as IRIs allow them.
    static func iriPath(_ path: String) -> String {
        path.replacingScalars { scalar in
            scalar.isASCII && !allowedInPath.contains(UInt8(scalar.value)) ? escaped(UInt8(scalar.value)) : nil
        }
    }

    /// `text` with its `%XX` escapes decoded as UTF-8; an escape that is not one stays as written.
    static func decoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 3987's unreserved and sub-delimiter characters, `:`, `@` and `/`.
    private static let allowedInPath = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)
}
