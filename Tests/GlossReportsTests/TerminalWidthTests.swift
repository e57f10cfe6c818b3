@testable import GlossReports
import Testing

@Suite struct TerminalWidthTests {
    @Test(arguments: [
        ("crowd", 5), ("兰州", 4), ("希望之声", 8), ("全角ＡＢ", 8), ("。", 2), ("\u{3000}", 2), ("한국", 4),
        ("😀", 2), ("👍🏽", 2), ("e\u{301}", 1), ("a\u{200D}b", 2), ("☺\u{FE0F}", 1), ("—“”", 3), ("Ω", 1),
    ])
    func countsTheColumnsATerminalShows(_ text: String, _ columns: Int) {
        #expect(TerminalWidth.columns(of: text.unicodeScalars) == columns)
    }
}
