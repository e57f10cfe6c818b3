#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Workspace-relative paths, resolved lexically so that a `document:` that climbs out of the
/// workspace is caught before anything is read.
public enum WorkspacePath {
    /// Collapses `.` and `..` in a relative path. Returns nil for an absolute path, a `~` path, or
    /// one that climbs above the root.
    public static func normalize(_ path: String) -> String? {
        guard !path.hasPrefix("/"), !path.hasPrefix("~"), !path.hasPrefix("\\"), !path.utf8.contains(0) else { return nil }
        if isNormal(path) { return path }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// How a path's text ends when that ending makes it name a folder whatever is there (`a.md/`,
    /// `a.md/.`), or nil. Collapsed lexically, such a path would name the file `a.md`: a
    /// `document:` written so is refused, not read as if the ending were not there.
    public static func folderEnding(of path: String) -> String? {
        if path.hasSuffix("/") { return "/" }
        return path.hasSuffix("/.") ? "/." : nil
    }

    /// Whether a relative path has no `.` or `..` part and no empty one, as nearly every
    /// `document:` has: then it is its own normal form, found without splitting it.
    private static func isNormal(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    /// Joins a workspace root and a relative path.
    public static func join(_ root: String, _ relative: String) -> String {
        guard !relative.isEmpty else { return root }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// Whether `absolute` has the bytes of `relative` joined to `root` (``join(_:_:)``),
    /// compared without joining them: asked of every file a check reads.
    static func isJoined(_ absolute: String, root: String, relative: String) -> Bool {
        guard !relative.isEmpty else { return absolute.utf8.elementsEqual(root.utf8) }
        let (whole, base, rest) = (absolute.utf8, root.utf8, relative.utf8)
        let slash = root.hasSuffix("/") ? 0 : 1
        guard whole.count == base.count + slash + rest.count, whole.starts(with: base),
              whole.dropFirst(base.count + slash).elementsEqual(rest) else { return false }
        return slash == 0 || whole.dropFirst(base.count).first == UInt8(ascii: "/")
    }

    /// `elements` in the order `<` gives their names: by the names' bytes when every name is in
    /// ASCII, where the two orders agree, at less cost. A check lists and sorts ten thousand file
    /// names at its start, on one core.
    static func sortedByName<Element>(_ elements: [Element], _ name: (Element) -> String) -> [Element] {
        guard elements.allSatisfy({ name($0).utf8.allSatisfy { $0 < 0x80 } }) else { return elements.sorted { name($0) < name($1) } }
        return elements.sorted { bytesPrecede(name($0), name($1)) }
    }

    /// Whether `a`'s bytes come before `b`'s: for names in ASCII, the order `<` gives. Names
    /// with other characters need `<`, which orders them by what they mean.
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order < 0 || (order == 0 && a.count < b.count)
            }
        }
        return (compared ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The folder part of a relative path ("" for the root). By the byte, as a file system
    /// splits a path: finding the last character would read every path's grapheme clusters.
    static func folder(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// The folder part (``folder(of:)``) and the last part of a relative path, when that part
    /// names a file: not empty, `.` or `..`.
    static func folderAndName(of path: String) -> (folder: String, name: String)? {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        return (folder(of: path), name)
    }

    /// The path of `absolute` relative to `root`, or nil when it is not inside it.
    public static func relative(_ absolute: String, to root: String) -> String? {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        if absolute == base { return "" }
        guard absolute.hasPrefix(base + "/") else { return nil }
        return String(absolute.dropFirst(base.count + 1))
    }
}
