/// Shell-style globs over workspace-relative paths: `*` and `?` stay within a path segment,
/// `**/` stands for any number of whole folders, as in `.gitignore` and most linters'
/// include/exclude lists. A pattern that names a folder takes what is in it, and `./` or `/` at
/// its start is the root, so that `./Annotations/drafts/` excludes the drafts, as it reads.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        // Written as a path is: `./a`, `/a` (as `.gitignore` anchors a pattern), `a//b`, `a/./b`
        // and `a/` are `a`, `a/b` and `a`; `./` alone is the whole workspace.
        let segments = pattern.split(separator: "/").filter { $0 != "." }
        let pattern = Array((segments.isEmpty ? "**" : segments.joined(separator: "/")).unicodeScalars)
        let path = Array(path.unicodeScalars)
        // The path itself, then each folder it is in.
        var end = path.count
        while true {
            var matcher = Matcher(pattern: pattern, path: Array(path[..<end]))
            if matcher.matches(from: (0, 0)) { return true }
            guard let slash = path[..<end].lastIndex(of: "/") else { return false }
            end = slash
        }
    }

    /// One pattern against one path, remembering every pair of positions it failed from: a
    /// pattern comes from `.gloss.yml`, and with backtracking alone `**?**?**?…X` took time
    /// exponential in its length. Each pair is tried once, so a match costs at most the
    /// pattern's length times the path's length squared.
    private struct Matcher {
        let pattern: [Unicode.Scalar]
        let path: [Unicode.Scalar]
        private var failed: Set<Int> = []

        init(pattern: [Unicode.Scalar], path: [Unicode.Scalar]) {
            self.pattern = pattern
            self.path = path
        }

        mutating func matches(from start: (pattern: Int, path: Int)) -> Bool {
            let key = start.pattern * (path.count + 1) + start.path
            guard !failed.contains(key) else { return false }
            var (p, t) = start
            while p < pattern.count {
                if pattern[p] == "*" {
                    let spansSegments = p + 1 < pattern.count && pattern[p + 1] == "*"
                    while p < pattern.count, pattern[p] == "*" { p += 1 }
                    if spansSegments, p < pattern.count, pattern[p] == "/" { p += 1 }
                    // After `**/` the rest begins a folder's or file's name, not inside one:
                    // `**/old/**` is not in `bold/`.
                    let wholeNames = spansSegments && pattern[p - 1] == "/"
                    var rest = t
                    while wholeNames && rest > t && path[rest - 1] != "/" || !matches(from: (p, rest)) {
                        guard rest < path.count, spansSegments || path[rest] != "/" else { return fail(key) }
                        rest += 1
                    }
                    return true
                }
                guard t < path.count, pattern[p] == "?" ? path[t] != "/" : pattern[p] == path[t] else { return fail(key) }
                p += 1
                t += 1
            }
            return t == path.count || fail(key)
        }

        private mutating func fail(_ key: Int) -> Bool {
            failed.insert(key)
            return false
        }
    }
}
