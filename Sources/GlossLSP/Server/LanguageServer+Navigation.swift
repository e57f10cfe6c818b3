import GlossCore
import GlossReports

/// Hover, definition and symbols, in articles and in annotation files.
extension LanguageServer {
    func hover(_ params: TextDocumentPositionParams) -> Hover? {
        guard let (path, offset) = target(params), let live else { return nil }
        if let claim = claim(inAnnotationFile: path, at: offset) {
            return Hover(contents: MarkupContent(value: ClaimMarkdown.anchoredWords(claim)), range: nil)
        }
        let claims = claims(inArticle: path, at: offset)
        guard let first = claims.first, let range = first.anchoring?.range else { return nil }
        let mentions = live.mentions
        let cards = claims.map { ClaimMarkdown.card($0, registry: live.analysis.registry, mentions: mentions) }
        return Hover(contents: MarkupContent(value: cards.joined(separator: "\n\n---\n\n")), range: mapper(for: path)?.range(range))
    }

    /// From a span in an article to its claim in the YAML file; from a claim in a YAML file to
    /// its span in the article, or from a relation's target to that claim.
    func definition(_ params: TextDocumentPositionParams) -> LSPLocation? {
        guard let (path, offset) = target(params), let live else { return nil }
        if let claim = claim(inAnnotationFile: path, at: offset) {
            if let relation = claim.claim.relations.first(where: { $0.target.range.offsets.contains(offset) }) {
                return live.claimsByID[relation.target.value].flatMap { lspLocation($0.primaryLocation) }
            }
            return claim.spanLocation.flatMap { lspLocation($0.location) }
        }
        return claims(inArticle: path, at: offset).first.flatMap { lspLocation($0.primaryLocation) }
    }

    /// The claims of an article at their spans, or of an annotation file at their mappings; as
    /// `SymbolInformation` for a client that does not read hierarchical symbols.
    func documentSymbols(_ params: DocumentSymbolParams) -> DocumentSymbolAnswer {
        checkPendingChanges()
        let hierarchical = clientCapabilities?.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport == true
        guard let live, let path = path(of: params.textDocument.uri), let mapper = mapper(for: path) else {
            return hierarchical ? .hierarchical([]) : .flat([])
        }
        let claims: [(claim: AnchoredClaim, range: Range<Int>)] = if let file = live.annotationFile(path) {
            file.claims.map { ($0, $0.claim.range.offsets) }
        } else {
            (live.claimsByDocument[path] ?? []).compactMap { claim in claim.anchoring?.range.map { (claim, $0) } }
                .sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        guard hierarchical else {
            return .flat(claims.map { claim, range in
                SymbolInformation(name: claim.id, kind: 15, location: LSPLocation(uri: params.textDocument.uri, range: mapper.range(range)),
                                  containerName: detail(claim))
            })
        }
        return .hierarchical(claims.map { claim, range in
            DocumentSymbol(name: claim.id, detail: detail(claim), kind: 15, range: mapper.range(range), selectionRange: mapper.range(range))
        })
    }

    /// What a symbol says beside a claim's id: its kind and status.
    private func detail(_ claim: AnchoredClaim) -> String {
        "\(claim.claim.kind?.value.rawValue ?? "claim") · \(claim.claim.status)"
    }

    /// The claim of an annotation file on whose lines the offset is: from its first key to the
    /// end of the line its last value ends on (where a key is being typed after them, as the
    /// cursor is). Blank lines and comments after it (a `# Paragraph 12` heading the next claim)
    /// are not the claim.
    func claim(inAnnotationFile path: String, at offset: Int) -> AnchoredClaim? {
        guard let claims = live?.annotationFile(path)?.claims, let text = live?.text(of: path) else { return nil }
        let line = text.position(at: offset).line
        // In file order: the last claim starting before the offset, when the offset is on its lines.
        if let holding = claims.last(where: { $0.claim.range.start.offset <= offset }), line <= holding.claim.range.lastLine {
            return holding
        }
        // On a claim's `- `, before its first key.
        return claims.first { claim in
            let start = claim.claim.range.start.offset
            guard start > offset, let between = text.text(in: offset..<start) else { return false }
            return between.allSatisfy { $0 == " " || $0 == "-" }
        }
    }

    /// The claims whose spans in an article hold the offset (ends included), innermost first.
    func claims(inArticle path: String, at offset: Int) -> [AnchoredClaim] {
        (live?.claimsByDocument[path] ?? []).filter { claim in
            claim.anchoring?.range.map { $0.lowerBound <= offset && offset <= $0.upperBound } ?? false
        }.sorted { ($0.anchoring?.range?.count ?? 0) < ($1.anchoring?.range?.count ?? 0) }
    }
}
