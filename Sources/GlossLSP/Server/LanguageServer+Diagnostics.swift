import GlossCore
import GlossReports

/// Diagnostics as the editor shows them: the findings of the rules at their exact places in the
/// YAML files, and in articles a diagnostic on every claim's span by status, with the
/// contradictions as errors.
extension LanguageServer {
    /// The rules whose findings are contradictions between claims: errors on the article span too.
    static let contradictionRules: Set = ["statement-conflict", "verdicts-inconsistent", "derived-mismatch"]

    func lspDiagnostic(_ diagnostic: Diagnostic) -> LSPDiagnostic? {
        guard let mapper = mapper(for: diagnostic.location.path) else { return nil }
        let severity = switch diagnostic.severity {
        case .error: LSPDiagnostic.error
        case .warning: LSPDiagnostic.warning
        case .info: LSPDiagnostic.information
        }
        return LSPDiagnostic(range: mapper.range(diagnostic.location.range), severity: severity, code: diagnostic.ruleID,
                             message: diagnostic.message, relatedInformation: related(diagnostic.related))
    }

    /// The diagnostics of an article: one on each claim's span, and the contradictions.
    func articleDiagnostics(_ path: String) -> [LSPDiagnostic] {
        guard let live, let claims = live.claimsByDocument[path], let mapper = mapper(for: path) else { return [] }
        // Withheld as the hover over the same span withholds it.
        let mentions = live.mentions
        var diagnostics: [LSPDiagnostic] = claims.compactMap { anchored in
            guard let range = anchored.anchoring?.range else { return nil }
            let claim = anchored.claim
            let reason = claim.unverifiedReason.map { "; \($0)" } ?? ""
            // The quote is the article's words where it landed on them; changed, it is the
            // annotator's text, whose private names are withheld as in a report.
            let quote = claim.anchor?.quote.value ?? ""
            let printed = [.exact, .moved, .normalized].contains(anchored.anchoring?.tier)
            return LSPDiagnostic(range: mapper.range(range), severity: Self.severity(of: claim), code: "\(claim.status)",
                                 message: "\(claim.status) \(claim.kind?.value.rawValue ?? "claim") `\(anchored.id)`: "
                                     + (claim.summary.map { mentions.withholdingPrivateNames(in: $0.value) }
                                         ?? (printed ? quote : mentions.withholdingPrivateNames(in: quote)))
                                     + reason)
        }
        for finding in live.diagnostics where Self.contradictionRules.contains(finding.ruleID) {
            guard let claim = claims.first(where: { $0.id == finding.claimID && $0.path == finding.location.path }),
                  let range = claim.anchoring?.range else { continue }
            let others = finding.related.filter { $0.location.path != path || $0.location.range.offsets != range }.map { other in
                RelatedLocation(location: other.location, message: mentions.withholdingPrivateNames(in: other.message))
            }
            diagnostics.append(LSPDiagnostic(range: mapper.range(range), severity: LSPDiagnostic.error, code: finding.ruleID,
                                             message: mentions.withholdingPrivateNames(in: finding.message), relatedInformation: related(others)))
        }
        return diagnostics
    }

    /// Unreviewed, unverifiable or unevidenced claims inform; refuted, misleading and disputed ones
    /// warn; supported ones with evidence are a hint.
    static func severity(of claim: Claim) -> Int {
        switch claim.status {
        case .disputed, .verdict(.refuted), .verdict(.misleading): LSPDiagnostic.warning
        case .unreviewed, .verdict(.unverifiable): LSPDiagnostic.information
        case .verdict(.supported): claim.unverifiedReason == nil ? LSPDiagnostic.hint : LSPDiagnostic.information
        }
    }

    private func related(_ locations: [RelatedLocation]) -> [DiagnosticRelatedInformation]? {
        let related = locations.compactMap { location in
            lspLocation(location.location).map { DiagnosticRelatedInformation(location: $0, message: location.message) }
        }
        return related.isEmpty ? nil : related
    }
}
