extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isPast`, in a collection where every element
    /// that does comes after every element that does not; `endIndex` when none does. Binary
    /// search: O(log n).
    func partitioningIndex(where isPast: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(self[middle]) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }
}

extension Array where Element: Comparable {
    /// The index of the last element that is not greater than `value` in an ascending array, or
    /// `nil` when every element is greater. Binary search: O(log n).
    func lastIndex(notAbove value: Element) -> Int? {
        let firstAbove = partitioningIndex { $0 > value }
        return firstAbove == 0 ? nil : firstAbove - 1
    }
}
