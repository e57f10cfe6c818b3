import Foundation

/// Where text stops being JSON, in the terms of the person who has to fix it: Foundation says
/// only "around character N", a byte offset, which becomes a line and a column here. A baseline
/// with merge-conflict markers, or an export edited by hand, is then pointed at, not merely
/// refused.
enum JSONSyntax {
    /// Nil when `bytes` is JSON; otherwise what is wrong, with its line and column when
    /// Foundation says where ("invalid value at line 4, column 3"). For error messages: it
    /// parses the text again.
    static func problem(in bytes: [UInt8]) -> String? {
        let description: String
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return nil
        } catch {
            description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        }
        guard let marker = description.range(of: " around character "),
              let offset = Int(description[marker.upperBound...].prefix { $0.isNumber }), offset <= bytes.count else {
            return description
        }
        let what = description[..<marker.lowerBound]
        return "\(what.prefix(1).lowercased() + what.dropFirst()) at \(position(ofByte: offset, in: bytes))"
    }

    /// `line L, column C`, both 1-based, the column in Unicode scalars.
    private static func position(ofByte offset: Int, in bytes: [UInt8]) -> String {
        let before = bytes[..<offset]
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        // Every scalar has one byte that is not a continuation byte (10xxxxxx).
        let column = bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return "line \(line), column \(column)"
    }
}
