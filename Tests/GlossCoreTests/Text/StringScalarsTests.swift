import Testing

@testable import GlossCore

@Suite struct StringScalarsTests {
    @Test(arguments: ["", "more than 98%", "\u{0}nul", "兰州 report", "“quoted”", "👍🏽 and 🇨🇳", "e\u{301}", "\u{7F}\u{80}"])
    func scalarArrayIsTheScalarView(_ text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }
}
