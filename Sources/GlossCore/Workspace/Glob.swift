/// Shell-style globs over workspace-relative paths: `*` and `?` stay within a path segment,
/// `**` spans segments, as in `.gitignore` and most linters' include/exclude lists.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        matches(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...])
    }

    private static func matches(_ pattern: ArraySlice<Unicode.Scalar>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
        var pattern = pattern
        var path = path
        while let token = pattern.first {
            if token == "*" {
                let spansSegments = pattern.dropFirst().first == "*"
                pattern = pattern.drop { $0 == "*" }
                if spansSegments, pattern.first == "/" { pattern = pattern.dropFirst() }
                var rest = path
                while true {
                    if matches(pattern, rest) { return true }
                    guard let next = rest.first, spansSegments || next != "/" else { return false }
                    rest = rest.dropFirst()
                }
            }
            guard let character = path.first, token == "?" ? character != "/" : token == character else { return false }
            pattern = pattern.dropFirst()
            path = path.dropFirst()
        }
        return path.isEmpty
    }
}
