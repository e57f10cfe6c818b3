import GlossCore
import Testing

@Suite("Which annotation files annotate a document")
struct AnnotationFilesByDocumentTests {
    @Test func theFileNamedAfterTheDocumentComesFirstThenTheOthersInOrder() {
        var index = AnnotationFilesByDocument()
        index.record("Annotations/early.yaml", names: "Sources-Docs/a.md")
        index.record("Annotations/b.yaml", names: "Sources-Docs/b.md")
        index.record("Annotations/later.yaml", names: "./Sources-Docs//a.md")
        index.record("Annotations/a.yaml", names: "Sources-Docs/a.md")
        #expect(index.files(annotating: "Sources-Docs/a.md", namedAfterIt: "Annotations/a.yaml")
            == ["Annotations/a.yaml", "Annotations/early.yaml", "Annotations/later.yaml"])
        // Without a file named after it, those naming it in order; none for a document no file names.
        #expect(index.files(annotating: "Sources-Docs/b.md", namedAfterIt: "Annotations/x.yaml") == ["Annotations/b.yaml"])
        #expect(index.files(annotating: "Sources-Docs/c.md", namedAfterIt: "Annotations/c.yaml").isEmpty)
        // A path that climbs out names no document.
        index.record("Annotations/out.yaml", names: "../outside.md")
        #expect(index.files(annotating: "../outside.md", namedAfterIt: "Annotations/outside.yaml").isEmpty)
    }
}
