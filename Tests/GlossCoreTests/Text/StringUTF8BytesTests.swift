import Testing

@testable import GlossCore

@Suite struct StringUTF8BytesTests {
    /// Short strings are kept inside the string value and longer ones in storage of their own;
    /// both are read in place, and both must give exactly the UTF-8 view's bytes.
    @Test(arguments: ["", "a", "more than 98%", "fifteen bytes!!", "sixteen bytes!!!", "\u{0}nul", "兰州 report",
                      "“quoted” — a dash", "👍🏽 and 🇨🇳", String(repeating: "Lanzhou 兰州 ", count: 200)])
    func bytesAreTheUTF8View(_ text: String) {
        #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
    }

    /// A substring made into a string, and a string built by appending, are read as well.
    @Test func bytesOfStringsMadeOtherwise() {
        let article = "In Lanzhou, 兰州, residents protested."
        let sliced = String(article.dropFirst(3).prefix(20))
        var built = ""
        for word in ["more", " than", " 98", "%"] { built += word }
        #expect(sliced.withUTF8Bytes { Array($0) } == Array(sliced.utf8))
        #expect(built.withUTF8Bytes { Array($0) } == Array("more than 98%".utf8))
    }

    @Test func aNeedleIsFoundInTheBytes() {
        let html = "<p>See <code>a &lt; b</code> and <a href=\"https://example.org\">兰州</a></p>"
        #expect(html.containsUTF8("<code"))
        #expect(html.containsUTF8(" href=\""))
        #expect(html.containsUTF8("兰州"))
        #expect(!html.containsUTF8(" src=\""))
        #expect(!"<cod".containsUTF8("<code"))
        #expect("".containsUTF8(""))
        #expect(!"".containsUTF8("a"))
        // A needle at the very end, and one that is the whole text.
        #expect(html.containsUTF8("</a></p>"))
        #expect(html.containsUTF8(html))
    }
}
