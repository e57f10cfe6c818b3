import GlossCore
import Testing

@Suite("A top-level scalar read without building the document")
struct YAMLTopLevelScalarTests {
    private func value(_ yaml: String, _ key: String = "document") -> String? {
        YAMLParser.topLevelScalar(key, in: Array(yaml.utf8))
    }

    @Test func theValueIsReadWhereverTheKeyStands() {
        #expect(value("gloss: 1\ndocument: Sources-Docs/a.md\nclaims: []\n") == "Sources-Docs/a.md")
        #expect(value("gloss: 1\nclaims:\n  - id: a\n    document: nested.md\ndocument: 'Sources-Docs/b.md'\n") == "Sources-Docs/b.md")
        #expect(value("{gloss: 1, document: \"Sources-Docs/\\x63.md\"}") == "Sources-Docs/c.md")
        #expect(value("\u{FEFF}document: a.md\r\n") == "a.md")
        // A mapping key that is itself a collection is skipped whole.
        #expect(value("? [document, x]\n: other.md\ndocument: d.md\n") == "d.md")
    }

    /// A mistake after the value does not hide it: the file is the document's, and its check says
    /// what is wrong.
    @Test func aMistakeAfterTheValueDoesNotHideIt() {
        #expect(value("document: a.md\nclaims: [unclosed\n") == "a.md")
        #expect(value("document: a.md\ndocument: b.md\n") == "a.md")
    }

    @Test func nothingIsReadWhereThereIsNoScalarValue() {
        #expect(value("") == nil)
        #expect(value("# only a comment\n") == nil)
        #expect(value("gloss: 1\nclaims: []\n") == nil)
        #expect(value("claims:\n  - document: nested.md\n") == nil)
        #expect(value("- document\n- a.md\n") == nil)
        #expect(value("just text\n") == nil)
        #expect(value("document: [a.md]\n") == nil)
        #expect(value("base: &b a.md\ndocument: *b\n") == nil)
        #expect(value("gloss: [unclosed\ndocument: a.md\n") == nil)
        // A key spelled differently is another key.
        #expect(value("Document: a.md\n") == nil)
    }
}
