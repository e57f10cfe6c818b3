import Foundation

/// `file:` URIs, as clients send them, and absolute paths, as the workspace reads them.
enum DocumentURI {
    /// The absolute path a `file:` URI names (percent-decoded), or nil for any other URI.
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.scheme == "file", url.path.hasPrefix("/") else { return nil }
        let path = url.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path, isDirectory: false).absoluteString
    }
}
