import GlossCore

/// Control characters from documents and annotations, made visible before they reach a terminal,
/// a CI log or a report. An article can carry escape sequences (`ESC ] 0 ; … BEL` retitles the window,
/// others move the cursor, clear the screen or fake colours and findings); printed as they are,
/// they act instead of showing. Each C0 control but tab, DEL and each C1 control becomes U+FFFD,
/// which takes one terminal column as the control was counted, so the marker under a span stays
/// where it was. So do the explicit bidirectional embeddings, overrides and isolates (U+202A to
/// U+202E, U+2066 to U+2069), which can make a line read otherwise than it is ("Trojan Source");
/// right-to-left text shows rightly without them, and the marks U+200E and U+200F stay.
public enum ControlCharacters {
    /// U+FFFD for a control character; nil for every other scalar, for tab, and for line feed
    /// when `keepingLineFeeds` (text whose format breaks lines there, such as an error message),
    /// and carriage return as well when `keepingCarriageReturns` (HTML, where it moves nothing).
    public static func replacement(for scalar: Unicode.Scalar, keepingLineFeeds: Bool = false,
                                   keepingCarriageReturns: Bool = false) -> String? {
        switch scalar.value {
        case 0x09: nil
        case 0x0A where keepingLineFeeds: nil
        case 0x0D where keepingCarriageReturns: nil
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: nil
        }
    }
}

extension String {
    /// The text with its control characters made visible (``ControlCharacters``).
    public func replacingControlCharacters(keepingLineFeeds: Bool = false, keepingCarriageReturns: Bool = false) -> String {
        // Every line of a text report passes here and nearly none holds a control, so the bytes
        // are looked at first: C0 controls and DEL are one byte each, C1 controls C2 80 to C2 9F,
        // the bidirectional controls E2 80 AA to E2 80 AE and E2 81 A6 to E2 81 A9.
        let clean = withUTF8Bytes { bytes in
            var (beforePrevious, previous): (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if (byte < 0x20 && byte != 0x09 && !(keepingLineFeeds && byte == 0x0A) && !(keepingCarriageReturns && byte == 0x0D))
                    || byte == 0x7F
                    || (previous == 0xC2 && (0x80...0x9F).contains(byte))
                    || (beforePrevious == 0xE2 && previous == 0x80 && (0xAA...0xAE).contains(byte))
                    || (beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte)) { return false }
                (beforePrevious, previous) = (previous, byte)
            }
            return true
        }
        return clean ? self : replacingScalars {
            ControlCharacters.replacement(for: $0, keepingLineFeeds: keepingLineFeeds, keepingCarriageReturns: keepingCarriageReturns)
        }
    }
}
