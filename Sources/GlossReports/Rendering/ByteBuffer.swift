/// UTF-8 text grown in place: each append is a capacity check and a copy. The JSON report of a
/// large workspace is a hundred megabytes written a few bytes at a time, where `Array`'s general
/// `append(contentsOf:)` cost more than the bytes themselves.
///
/// A buffer has one owner at a time: a writer fills it, then hands it over whole (to be read,
/// never written again), which is why it may cross threads.
final class ByteBuffer: @unchecked Sendable {
    private(set) var count = 0
    private var capacity: Int
    private var base: UnsafeMutablePointer<UInt8>

    init(capacity: Int = 1 << 12) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes written so far, valid until the next append.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Text known when the program was built: brackets, separators, the escapes.
    @inline(__always)
    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// At most `maximum` bytes that `write` puts in place, from the pointer it is given, returning
    /// how many it wrote: a piece of several parts (a member name and the line it starts) with one
    /// capacity check for all of them. `write` may store whole words past the bytes it counts, as
    /// long as it stays within `maximum`: they are room not written yet, written over next.
    @inline(__always)
    func append(atMost maximum: Int, _ write: (UnsafeMutableRawPointer) -> Int) {
        if count + maximum > capacity { grow(toHold: maximum) }
        count += write(UnsafeMutableRawPointer(base + count))
    }

    /// The decimal digits of `value`: counted first, against powers of ten, then written in place
    /// from the last, two at a time from a table of the hundred pairs, with one capacity check
    /// for all: the check report of a thousand articles has over two hundred thousand numbers,
    /// and pairs halve the divisions.
    func append(decimal value: UInt) {
        var digits = 1
        var power: UInt = 10
        // 10^19 is the last power of ten a UInt holds, and no UInt has more than 20 digits.
        while digits < 20, value >= power {
            digits += 1
            power &*= 10
        }
        if count + digits > capacity { grow(toHold: digits) }
        let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
        var rest = value
        var position = UnsafeMutableRawPointer(base + count + digits)
        while rest >= 100 {
            let pair = Int(truncatingIfNeeded: rest % 100)
            rest /= 100
            position -= 2
            position.storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * pair, as: UInt16.self), as: UInt16.self)
        }
        if rest >= 10 {
            (position - 2).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * Int(rest), as: UInt16.self), as: UInt16.self)
        } else {
            (position - 1).storeBytes(of: 0x30 + UInt8(truncatingIfNeeded: rest), as: UInt8.self)
        }
        count += digits
    }

    /// "00" to "99", each pair at twice its value.
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// Empties the buffer and keeps its storage, to be written again: a piece handed over and
    /// written out makes room for the next one without new pages.
    func removeAll() {
        count = 0
    }

    private func grow(toHold added: Int) {
        capacity = max(capacity * 2, count + added)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
    }
}
