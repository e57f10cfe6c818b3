extension Array where Element: Comparable {
    /// The index of the last element that is not greater than `value` in an ascending array, or
    /// `nil` when every element is greater. Binary search: O(log n).
    func lastIndex(notAbove value: Element) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = low + (high - low) / 2
            if self[middle] <= value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low == 0 ? nil : low - 1
    }
}
