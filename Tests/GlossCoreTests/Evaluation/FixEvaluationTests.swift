import BenchmarkSupport
import Testing

@testable import GlossCore

/// `gloss fix` over the anchoring evaluation's edits of the article: a claim recorded as tools
/// write it, the article edited, the file fixed. A claim whose words are intact anchors where
/// they stand afterwards, exact (or normalized, the quote's typography being the reviewer's); one
/// whose words changed or went is left as it was; no quote is rewritten; and fixing the fixed
/// file changes nothing.
@Suite struct FixEvaluationTests {
    typealias Article = AnchoringEvaluationTests.Article

    static let root = "/w"
    static let paths = (annotation: "Annotations/a.yaml", document: "Sources-Docs/a.md")

    /// One claim on `span` of the article as tools record it.
    static func annotation(on span: Range<Int>, in original: SourceText) -> String {
        let (prefix, suffix) = Anchorer.context(around: span, in: original)
        let scalar = { (value: String) in YAMLScalarWriter.render(value, style: nil, inFlow: false) }
        return """
            gloss: 1
            document: \(paths.document)
            claims:
              - id: claim
                kind: event
                anchor:
                  quote: \(scalar(original.string(span)))
                  prefix: \(scalar(prefix))
                  suffix: \(scalar(suffix))
                  start: \(span.lowerBound)
                  end: \(span.upperBound)

            """
    }

    static func load(_ annotation: String, document: String) -> Analysis {
        let fileSystem = InMemoryFileSystem(root: root, texts: [paths.annotation: annotation, paths.document: document])
        return WorkspaceLoader(workspace: Workspace(root: root, fileSystem: fileSystem)).load([paths.annotation])
    }

    @Test(arguments: [("English", 1), ("English", 2), ("Chinese", 1)] as [(String, UInt64)])
    func fixedClaimsStandWhereTheirWordsAreAndAFixIsFinal(draw: (language: String, seed: UInt64)) throws {
        let article = draw.language == "English" ? Article.english : Article.chinese
        let original = SourceText(article.text)
        var random = SeededGenerator(state: draw.seed)
        var fixes = 0
        for _ in 0..<20 {
            let span = article.span(&random)
            let annotation = Self.annotation(on: span, in: original)
            let recorded = try #require(Self.load(annotation, document: article.text).claims.first?.claim.anchor)
            for scenario in article.scenarios(for: span, &random) {
                let note = "\(draw) \(scenario.name) \(span) “\(original.string(span))”"
                let fix = try #require(AnchorFixer.fixes(for: Self.load(annotation, document: scenario.text)).first, "\(note)")
                let fixedText = String(decoding: fix.fixed, as: UTF8.self)
                let after = Self.load(fixedText, document: scenario.text)
                let claim = try #require(after.claims.first, "\(note): \(fixedText)")
                let anchor = try #require(claim.claim.anchor, "\(note)")
                #expect(anchor.quote.value == recorded.quote.value, "\(note): the quote was rewritten")
                switch scenario.expectation {
                case .intact(let range, let tiers):
                    fixes += 1
                    let tier: AnchorTier = tiers == [.normalized] ? .normalized : .exact
                    #expect(claim.anchoring?.tier == tier && claim.anchoring?.range == range,
                            "\(note): \(String(describing: claim.anchoring)) after the fix\n\(fixedText)")
                case .changed, .gone:
                    #expect(anchor.start?.value == recorded.start?.value && anchor.end?.value == recorded.end?.value
                                && anchor.prefix?.value == recorded.prefix?.value && anchor.suffix?.value == recorded.suffix?.value,
                            "\(note): a claim whose words changed was moved\n\(fixedText)")
                }
                let again = try #require(AnchorFixer.fixes(for: after).first)
                #expect(!again.changes, "\(note): a second fix changed the file\n\(String(decoding: again.fixed, as: UTF8.self))")
            }
        }
        #expect(fixes > 60)
    }
}
