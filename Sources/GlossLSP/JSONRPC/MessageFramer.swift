/// The LSP base protocol's framing: each message is a header block (`Content-Length: N`, other
/// headers ignored, lines ended by CRLF, then an empty line) followed by N bytes of JSON.
///
/// Bytes are appended as they arrive; ``next()`` hands out whole bodies. A malformed header (no
/// length, a length that is not a number, an endless header) is reported once and skipped to the
/// next `Content-Length`, so one bad message does not end the session. A body over
/// ``maximumBodyBytes`` is reported once and its bytes dropped as they arrive, never held: read
/// as headers, they were reported again for every 8 KB of them.
public struct MessageFramer: Sendable {
    public enum Frame: Equatable, Sendable {
        case message([UInt8])
        case malformed(String)
    }

    static let maximumHeaderBytes = 8 * 1024
    static let maximumBodyBytes = 256 * 1024 * 1024

    private var buffer: [UInt8] = []
    /// Where the unread bytes begin.
    private var start = 0
    /// Bytes still to arrive of a body too large to hold, dropped as they come.
    private var discarding = 0

    public init() {}

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 65_536, start * 2 > buffer.count {
            buffer.removeSubrange(..<start)
            start = 0
        }
        guard discarding > 0 else { return buffer.append(contentsOf: bytes) }
        let arrived = Array(bytes)
        let dropped = min(discarding, arrived.count)
        discarding -= dropped
        buffer.append(contentsOf: arrived[dropped...])
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        guard let headerEnd = find(Self.headerTerminator, from: start) else {
            guard buffer.count - start > Self.maximumHeaderBytes else { return nil }
            return malformed("the header has no end within \(Self.maximumHeaderBytes) bytes")
        }
        guard let length = contentLength(in: start..<headerEnd) else {
            return malformed("the header has no valid Content-Length")
        }
        let bodyStart = headerEnd + Self.headerTerminator.count
        guard length <= Self.maximumBodyBytes else {
            let held = min(buffer.count - bodyStart, length)
            start = bodyStart + held
            discarding = length - held
            return .malformed("the message is \(length) bytes, over the limit of \(Self.maximumBodyBytes) bytes; it is skipped")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .message(Array(buffer[bodyStart..<start]))
    }

    /// Frames a body for sending.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static let headerTerminator = Array("\r\n\r\n".utf8)
    private static let lengthName = Array("content-length".utf8)

    /// The Content-Length of a header block, or nil when a line is not `Name: value` or the
    /// length is missing or not a decimal number.
    private func contentLength(in range: Range<Int>) -> Int? {
        var length: Int?
        for line in buffer[range].split(separator: 13, omittingEmptySubsequences: true) {
            let line = line.first == 10 ? line.dropFirst() : line
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            guard line[..<colon].map(Self.lowercased).elementsEqual(Self.lengthName) else { continue }
            let digits = line[(colon + 1)...].drop { $0 == 32 || $0 == 9 }.prefix { $0 != 32 && $0 != 9 }
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
            length = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        return length
    }

    /// Reports a malformed frame and skips to the next `Content-Length` after the current start,
    /// or, when there is none yet, keeps only a tail that may be the beginning of one.
    private mutating func malformed(_ reason: String) -> Frame {
        var index = start + 1
        while index < buffer.count {
            let candidate = buffer[index..<min(index + Self.lengthName.count, buffer.count)].map(Self.lowercased)
            if Self.lengthName.starts(with: candidate) { break }
            index += 1
        }
        start = index
        return .malformed(reason)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }

    private func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var index = offset
        while index + needle.count <= buffer.count {
            if buffer[index] == needle[0], buffer[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
