import Foundation

/// A one-line progress display on standard error, shown only when standard error is a
/// terminal, so logs and pipes stay clean.
struct TerminalProgress {
    let isEnabled: Bool

    /// `worthShowing` false keeps it quiet on a terminal too: for work that ends before a line
    /// could be read.
    init(worthShowing: Bool = true) {
        isEnabled = worthShowing && isatty(STDERR_FILENO) != 0
    }

    func show(_ step: String, _ done: Int? = nil, _ total: Int? = nil) {
        guard isEnabled else { return }
        if let done, let total {
            // Redrawing costs more than building a card: draw about a hundred times in all.
            guard done == total || done % max(total / 100, 1) == 0 else { return }
            write("\r\u{1B}[2K\(step): \(done)/\(total)")
        } else {
            write("\r\u{1B}[2K\(step)…")
        }
    }

    func finish() {
        if isEnabled { write("\r\u{1B}[2K") }
    }

    private func write(_ text: String) {
        Console.progress(text)
    }
}
