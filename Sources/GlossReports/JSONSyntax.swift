import Foundation
import GlossCore

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
        // Foundation counts from after a byte order mark, which is no column of the first line.
        let start = bytes.starts(with: SourceText.byteOrderMarkBytes) ? 3 : 0
        let what: Substring
        let offset: Int
        if let marker = description.range(of: " around character "),
           let given = Int(description[marker.upperBound...].prefix { $0.isNumber }), start + given <= bytes.count {
            (what, offset) = (description[..<marker.lowerBound], start + given)
        } else if description.lowercased().contains("end of file") {
            // A file cut short breaks where it ends.
            (what, offset) = (description.prefix { $0 != "." }, bytes.count)
        } else {
            return description
        }
        return "\(what.prefix(1).lowercased() + what.dropFirst()) at \(position(ofByte: offset, in: bytes[start...]))"
    }

    /// Where a comma stands before a `]` or `}`, for text Foundation has read: its reader takes
    /// `[1,]`, which JSON forbids and `jq` and Python refuse, so a baseline or an export edited
    /// by hand would pass here and break the next tool. Nil when there is none; one pass over the
    /// bytes, cheap next to the parse.
    static func strayComma(in bytes: [UInt8]) -> String? {
        var (inString, escaped) = (false, false)
        var lastComma: Int?
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let comma = lastComma {
                    let start = bytes.starts(with: SourceText.byteOrderMarkBytes) ? 3 : 0
                    return "a comma before `\(Character(Unicode.Scalar(byte)))` at \(position(ofByte: comma, in: bytes[start...]))"
                }
            case UInt8(ascii: "\""): inString = true
            default: break
            }
            lastComma = byte == UInt8(ascii: ",") ? offset : nil
        }
        return nil
    }

    /// `line L, column C`, both 1-based, lines ending at LF, CRLF or CR, the column in Unicode
    /// scalars.
    private static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> String {
        var (line, column) = (1, 1)
        var index = bytes.startIndex
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.endIndex || bytes[index + 1] != 0x0A)) {
                (line, column) = (line + 1, 1)
            } else if byte & 0xC0 != 0x80, byte != 0x0D {
                // Every scalar has one byte that is not a continuation byte (10xxxxxx).
                column += 1
            }
            index += 1
        }
        return "line \(line), column \(column)"
    }
}
