import Dispatch

/// `map` and `joined` over all cores, keeping the order of the input: files are parsed and anchored
/// concurrently while the output stays deterministic; reporters write large outputs in pieces.
public enum ConcurrentMap {
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        return [Result](unsafeUninitializedCapacity: elements.count) { buffer, count in
            // Each iteration initializes its own slot, so the writes never overlap.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                (slots.baseAddress! + index).initialize(to: transform(elements[index]))
            }
            count = elements.count
        }
    }

    /// The arrays one after another, copied into place on all cores. What a check flattens
    /// (every file's claims) was made on other cores: copied on one, each element's retain
    /// waited for memory the others had just written, a pause between loading and the rules
    /// with one core idle.
    public static func joined<Element: Sendable>(_ arrays: [[Element]]) -> [Element] {
        // Where each array's elements go, and, last, how many there are.
        let starts = arrays.reduce(into: [0]) { starts, array in starts.append(starts.last! + array.count) }
        let count = starts[arrays.count]
        // A few batches for each core, so that one with long arrays does not keep the others waiting.
        let batchSize = max(1, arrays.count / 16)
        let batches = stride(from: 0, to: arrays.count, by: batchSize).map { $0..<min($0 + batchSize, arrays.count) }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each array initializes its own slots, so the writes never overlap.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: batches.count) { batch in
                for array in batches[batch] {
                    arrays[array].withUnsafeBufferPointer { source in
                        guard let first = source.baseAddress else { return }
                        (slots.baseAddress! + starts[array]).initialize(from: first, count: source.count)
                    }
                }
            }
            initialized = count
        }
    }
}
