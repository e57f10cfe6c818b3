/// Unicode scalars read straight from valid UTF-8, without making a string or an array: what
/// comparing a selector's text with a document's scalars at a recorded place needs, for every
/// claim of a workspace.
enum UTF8Scalars {
    /// How many scalars the bytes hold: each scalar has exactly one byte that is not a
    /// continuation byte (10xxxxxx).
    static func count(in bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Whether `bytes`, valid UTF-8 (a Swift string's), spell `scalars` from `offset` on. The
    /// caller has checked that as many scalars follow `offset` as the bytes hold.
    static func spell(_ bytes: UnsafeBufferPointer<UInt8>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from offset: Int) -> Bool {
        var index = 0
        var position = offset
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            let (value, width): (UInt32, Int) = switch lead {
            case ..<0x80: (lead, 1)
            case ..<0xE0: ((lead & 0x1F) << 6 | continuation(bytes[index + 1]), 2)
            case ..<0xF0: ((lead & 0x0F) << 12 | continuation(bytes[index + 1]) << 6 | continuation(bytes[index + 2]), 3)
            default: ((lead & 0x07) << 18 | continuation(bytes[index + 1]) << 12 | continuation(bytes[index + 2]) << 6
                | continuation(bytes[index + 3]), 4)
            }
            guard scalars[position].value == value else { return false }
            index += width
            position += 1
        }
        return true
    }

    private static func continuation(_ byte: UInt8) -> UInt32 {
        UInt32(byte & 0x3F)
    }
}
