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

    /// The innermost claim of an annotation file whose mapping holds the offset. A block
    /// mapping's range runs to the next claim's `-` (libyaml ends it where the next token
    /// starts), so its end is not in it: the dash is the next claim's.
    func claim(inAnnotationFile path: String, at offset: Int) -> AnchoredClaim? {
        guard let claims = live?.annotationFile(path)?.claims, let text = live?.text(of: path) else { return nil }
        // Blank lines and comments after a claim's last value (a `# Paragraph 12` heading the
        // next claim) are in its block as libyaml reports it, but are not the claim.
        let line = text.position(at: offset).line
        if let holding = claims.filter({ claim in
            let range = claim.claim.range
            return range.start.offset <= offset && offset < range.end.offset && line <= Self.lastContentLine(of: range, in: text)
        }).min(by: { $0.claim.range.offsets.count < $1.claim.range.offsets.count }) {
            return holding
        }
        // On a claim's `- `, before its first key.
        return claims.first { claim in
            let start = claim.claim.range.start.offset
            guard start > offset, let between = text.text(in: offset..<start) else { return false }
            return between.allSatisfy { $0 == " " || $0 == "-" }
        }
    }

    /// The last line of a YAML block that is neither blank nor a comment (the block's last line
    /// counted up to where the block ends, before the next item's `-`).
    static func lastContentLine(of block: TextRange, in text: SourceText) -> Int {
        var line = block.end.line
        while line > block.start.line {
            var content = Substring(text.line(line))
            if line == block.end.line { content = content.prefix(block.end.column - 1) }
            let trimmed = content.drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty, trimmed.first != "#" { return line }
            line -= 1
        }
        return block.start.line
    }

    /// The claims whose spans in an article hold the offset (ends included), innermost first.
    func claims(inArticle path: String, at offset: Int) -> [AnchoredClaim] {
        (live?.claimsByDocument[path] ?? []).filter { claim in
            claim.anchoring?.range.map { $0.lowerBound <= offset && offset <= $0.upperBound } ?? false
        }.sorted { ($0.anchoring?.range?.count ?? 0) < ($1.anchoring?.range?.count ?? 0) }
    }
}
