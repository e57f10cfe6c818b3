/// The link targets a report may contain. Anything else (`javascript:`, `data:`, `file:`,
/// relative paths) is not a link in a report, whatever the input says.
enum LinkPolicy {
    /// Evidence and sources: web pages only.
    static let web = ["http://", "https://"]
    /// Reviewers' notes may also give an address to write to.
    static let notes = web + ["mailto:"]

    /// Whether `url` starts with one of `schemes`, case-insensitively and with nothing before it:
    /// browsers skip leading spaces and control characters, so those are refused too.
    static func allows(_ url: String, schemes: [String]) -> Bool {
        let lowered = url.lowercased()
        return schemes.contains { lowered.hasPrefix($0) && lowered.count > $0.count }
    }
}
