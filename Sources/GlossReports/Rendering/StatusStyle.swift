import GlossCore

/// How a status looks in the HTML report and its chart: one colour per status, strong for marks
/// and text, a light tint for highlighted backgrounds.
enum StatusStyle {
    /// The CSS class suffix: the status's own word, which is always a plain identifier.
    static func name(_ status: ClaimStatus) -> String { status.description }

    /// The strong colour, for marks and text.
    static func color(_ status: ClaimStatus) -> String { palette(status).color }

    /// The light tint, for highlighted backgrounds.
    static func tint(_ status: ClaimStatus) -> String { palette(status).tint }

    private static func palette(_ status: ClaimStatus) -> (color: String, tint: String) {
        switch status {
        case .unreviewed: ("#607d8b", "#eceff1")
        case .disputed: ("#ad1457", "#fce4ec")
        case .verdict(.supported): ("#2e7d32", "#e8f5e9")
        case .verdict(.refuted): ("#c62828", "#ffebee")
        case .verdict(.misleading): ("#e65100", "#fff3e0")
        case .verdict(.unverifiable): ("#6a1b9a", "#f3e5f5")
        }
    }

    /// The class suffix of words that changed since their claim was quoted: no status colours
    /// them, since the verdict was about other words.
    static let changedWords = "changed"

    /// One rule set per status: `.st-<status>` colours marks, badges and card edges, `.bg-<status>`
    /// tints highlighted text; and changed words, dashed in grey.
    static var css: String {
        (ReviewReport.statusOrder.map { status in
            let name = name(status)
            return ".st-\(name){--c:\(color(status))}.bg-\(name){background:\(tint(status))}"
        } + [".st-\(changedWords){--c:#8c959f}.u.st-\(changedWords){border-bottom-style:dashed}.bg-\(changedWords){background:none}"])
            .joined(separator: "\n")
    }
}
