import GlossCore

/// How a status looks in the HTML report and its chart: one colour per status, strong for marks
/// and text, a light tint for highlighted backgrounds.
enum StatusStyle {
    /// The CSS class suffix: the status's own word, which is always a plain identifier.
    static func name(_ status: ClaimStatus) -> String { status.description }

    static func color(_ status: ClaimStatus) -> String {
        switch status {
        case .unreviewed: "#607d8b"
        case .disputed: "#ad1457"
        case .verdict(.supported): "#2e7d32"
        case .verdict(.refuted): "#c62828"
        case .verdict(.misleading): "#e65100"
        case .verdict(.unverifiable): "#6a1b9a"
        }
    }

    static func tint(_ status: ClaimStatus) -> String {
        switch status {
        case .unreviewed: "#eceff1"
        case .disputed: "#fce4ec"
        case .verdict(.supported): "#e8f5e9"
        case .verdict(.refuted): "#ffebee"
        case .verdict(.misleading): "#fff3e0"
        case .verdict(.unverifiable): "#f3e5f5"
        }
    }

    /// One rule set per status: `.st-<status>` colours marks, badges and card edges, `.bg-<status>`
    /// tints highlighted text.
    static var css: String {
        ReviewReport.statusOrder.map { status in
            let name = name(status)
            return ".st-\(name){--c:\(color(status))}.bg-\(name){background:\(tint(status))}"
        }.joined(separator: "\n")
    }
}
