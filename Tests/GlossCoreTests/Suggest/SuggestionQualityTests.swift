import Foundation
import GlossCore
import Testing

/// How well `gloss suggest` finds what a reviewer annotated by hand, measured on two articles: the
/// shipped English example (Lanzhou, 2022) and a synthetic Chinese article written for these tests
/// (Fixtures/qinghe: everything in it is invented and says so).
///
/// A suggestion **matches** a hand-annotated claim when both have the same kind and their spans
/// overlap by at least one scalar. Precision: the share of suggestions of a kind that match some
/// hand claim; recall: the share of hand claims of a kind that some suggestion matches. `number`
/// and `date` are measured and held to the bar separately.
@Suite struct SuggestionQualityTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let recallBar: [ClaimKind: Double] = [.quote: 0.9, .number: 0.9, .date: 0.9, .attribution: 0.9, .location: 0.8]
    static let precisionBar = 0.7

    @Test func lanzhouExample() throws {
        try measure(root: Self.repository.path, annotation: "Annotations/lanzhou-protests-2022-10.yaml")
    }

    @Test func syntheticChineseArticle() throws {
        try measure(root: Self.repository.appendingPathComponent("Tests/GlossCoreTests/Suggest/Fixtures/qinghe").path,
                    annotation: "Annotations/qinghe-park-notice.yaml")
    }

    func measure(root: String, annotation: String) throws {
        let analysis = WorkspaceLoader(workspace: try Workspace.open(root: root)).load([annotation])
        let file = try #require(analysis.files.first)
        guard case .loaded(let document) = file.document else {
            Issue.record("the document of \(annotation) did not load")
            return
        }
        // The hand annotation must anchor where it says, or the measurement measures nothing.
        let hand = try file.claims.map { claim in
            let result = try #require(claim.anchoring)
            #expect(result.tier == .exact, "\(claim.id) does not anchor exactly")
            return (kind: try #require(claim.claim.kind?.value), range: try #require(result.range))
        }
        let suggested = try ClaimSuggester(registry: analysis.registry).candidates(in: document.text)
        var table = "\(document.path)\nkind          hand  suggested  precision  recall\n"
        for kind in Self.recallBar.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            let handSpans = hand.filter { $0.kind == kind }.map(\.range)
            let suggestedSpans = suggested.filter { $0.kind == kind }.map(\.range)
            let precise = suggestedSpans.filter { span in handSpans.contains { $0.overlaps(span) } }.count
            let recalled = handSpans.filter { span in suggestedSpans.contains { $0.overlaps(span) } }.count
            let precision = suggestedSpans.isEmpty ? 1 : Double(precise) / Double(suggestedSpans.count)
            let recall = handSpans.isEmpty ? 1 : Double(recalled) / Double(handSpans.count)
            table += kind.rawValue.padded(12) + "\(handSpans.count)".padded(6, left: true)
                + "\(suggestedSpans.count)".padded(11, left: true)
                + Self.percent(precision).padded(11, left: true) + Self.percent(recall).padded(8, left: true) + "\n"
            #expect(recall >= Self.recallBar[kind]!, "\(kind) recall \(Self.percent(recall)) in \(document.path)")
            #expect(precision >= Self.precisionBar, "\(kind) precision \(Self.percent(precision)) in \(document.path)")
            let missed = handSpans.filter { span in !suggestedSpans.contains { $0.overlaps(span) } }
            let extra = suggestedSpans.filter { span in !handSpans.contains { $0.overlaps(span) } }
            for span in missed { table += "  missed: \(document.text.text(in: span) ?? "")\n" }
            for span in extra { table += "  extra:  \(document.text.text(in: span) ?? "")\n" }
        }
        print(table)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded())) %" }
}

private extension String {
    func padded(_ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - count))
        return left ? padding + self : self + padding
    }
}
