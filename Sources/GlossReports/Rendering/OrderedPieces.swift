import GlossCore

/// Renders a long report in pieces on all cores and hands the pieces over in order, a few at a
/// time. A large workspace has a hundred thousand findings: rendered on one core the report took
/// longer than the check, and held whole it took gigabytes. Pieces are rendered independently and
/// emitted in input order, so the output is the same bytes on any machine.
enum OrderedPieces {
    /// Splits `0..<count` into consecutive ranges of `size` indices, renders them with `render`,
    /// `batch` ranges at a time on all cores, and hands each rendered piece to `emit` in order.
    static func render<Piece: Sendable>(count: Int, size: Int, batch: Int = 16,
                                        _ render: @Sendable (Range<Int>) -> Piece, emit: (Piece) -> Void) {
        let starts = Array(stride(from: 0, to: count, by: size))
        for first in stride(from: 0, to: starts.count, by: batch) {
            let pieces = ConcurrentMap.map(Array(starts[first..<min(first + batch, starts.count)])) { start in
                render(start..<min(start + size, count))
            }
            pieces.forEach(emit)
        }
    }

    /// The ranges of consecutive elements that share a key: the findings of each file, which are
    /// sorted by path, so that a piece can hold whole files.
    static func runs<Element, Key: Equatable>(of elements: [Element], by key: (Element) -> Key) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for index in elements.indices.dropFirst() where key(elements[index]) != key(elements[index - 1]) {
            runs.append(start..<index)
            start = index
        }
        if !elements.isEmpty { runs.append(start..<elements.count) }
        return runs
    }
}

extension String {
    /// The text a writer hands over in pieces, joined: what `report` and `render` return for the
    /// formats that are written in pieces.
    init(joining write: ((UnsafeRawBufferPointer) -> Void) -> Void) {
        var bytes: [UInt8] = []
        write { bytes.append(contentsOf: $0) }
        self.init(decoding: bytes, as: UTF8.self)
    }

    /// Hands the string's UTF-8 to a reporter's output.
    func write(to output: (UnsafeRawBufferPointer) -> Void) {
        withUTF8Bytes { output(UnsafeRawBufferPointer($0)) }
    }
}
