import Dispatch

/// `map` over all cores, keeping the order of the input: files are parsed and anchored
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
}
