/// Turns the YAML tree of an annotation file into the model, keeping the position of every
/// field and reporting every schema problem it meets.
struct AnnotationFileDecoder {
    /// The top-level keys of an annotation file.
    enum FileKey: Int, KnownKey {
        case gloss, document, revision, title, url, published, publisher, language, claims
        static let known: KnownKeys = ["gloss", "document", "revision", "title", "url", "published", "publisher", "language",
                                       "claims"]
    }

    enum ClaimKey: Int, KnownKey {
        case id, kind, anchor, summary, attributedTo, speaker, place, statement, reviews, verdict, relations, ignore, foundBy
        static let known: KnownKeys = ["id", "kind", "anchor", "summary", "attributed_to", "speaker", "place", "statement",
                                       "reviews", "verdict", "relations", "ignore", "found_by"]
    }

    enum AnchorKey: Int, KnownKey {
        case quote, prefix, suffix, start, end
        static let known: KnownKeys = ["quote", "prefix", "suffix", "start", "end"]
    }

    enum StatementKey: Int, KnownKey {
        case subject, property, value, unit, asOf, from, to, derived
        static let known: KnownKeys = ["subject", "property", "value", "unit", "as_of", "from", "to", "derived"]
    }

    enum ReviewKey: Int, KnownKey {
        case reviewer, date, verdict, evidence, note
        static let known: KnownKeys = ["reviewer", "date", "verdict", "evidence", "note"]
    }

    enum EvidenceKey: Int, KnownKey {
        case url, archive, accessed, stance, note
        static let known: KnownKeys = ["url", "archive", "accessed", "stance", "note"]
    }

    /// The keys of an `ignore` entry.
    enum SuppressionKey: Int, KnownKey {
        case rule, reason
        static let known: KnownKeys = ["rule", "reason"]
    }

    static let relationKeys = KnownKeys(RelationKind.allCases.map(\.rawValue))
    /// The longest summary that still fits ClaimReview's `claimReviewed` in search results.
    static let maximumSummaryLength = 75

    var reader: NodeReader
    let maximumClaims: Int
    /// The house rating scale (`verdicts:` in `.gloss.yml`), so that a label written where a
    /// verdict goes is told what it stands for.
    var verdictScale: [String: Verdict] = [:]

    init(path: String, maximumClaims: Int) {
        reader = NodeReader(path: path)
        self.maximumClaims = maximumClaims
    }

    mutating func decode(_ root: YAMLNode) -> AnnotationFile? {
        guard let fields = reader.fields(root, of: "an annotation file", keyedBy: FileKey.self) else { return nil }
        if let version = reader.require(fields, .gloss, in: "an annotation file") {
            if let number = reader.integer(version, named: "gloss"), number.value != AnnotationFile.schemaVersion {
                reader.report(.invalidValue,
                              "unsupported schema version \(number.value); this Gloss reads version \(AnnotationFile.schemaVersion)",
                              at: number.range)
            }
        }
        var file = AnnotationFile(path: reader.path)
        file.document = reader.string(reader.require(fields, .document, in: "an annotation file"), named: "document")
        // `document: ""` names no file; taken as the workspace's root, it was "a folder".
        if let document = file.document, document.value.allSatisfy(\.isWhitespace) {
            reader.report(.invalidValue, "`document` is empty; name the document's path, as `Sources-Docs/article.md`", at: document.range)
            file.document = nil
        }
        // No file system names a file with a control character in its path (`a.md\0x`): taken
        // as a path, it "led outside the workspace".
        if let document = file.document, let control = document.value.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            reader.report(.invalidValue, "`document` holds the control character \(control.codePoint), "
                              + "which no path holds", at: document.range)
            file.document = nil
        }
        // A path ending in `/` or `/.` names a folder, whatever is there: the file without
        // the ending was read, as if it were not written.
        if let document = file.document, let ending = WorkspacePath.folderEnding(of: document.value) {
            reader.report(.invalidValue, "`document` ends with `\(ending)`, which names a folder; name the document's file, "
                              + "as `Sources-Docs/article.md`", at: document.range)
            file.document = nil
        }
        file.revision = reader.string(fields[.revision], named: "revision")
        file.title = reader.string(fields[.title], named: "title")
        file.url = reader.url(fields[.url], named: "url")
        file.published = reader.date(fields[.published], named: "published")
        file.publisher = reader.identifier(fields[.publisher], named: "publisher")
        file.language = reader.languageTag(fields[.language], named: "language")
        if let claims = fields[.claims], let items = reader.list(claims, named: "claims") {
            if items.count > maximumClaims {
                reader.report(.invalidValue,
                              "\(items.count) claims exceed the limit of \(maximumClaims) per file (limits.max_claims_per_file)",
                              at: fields.node.pair(forKey: "claims")?.key.range ?? claims.range)
            } else {
                file.claims.reserveCapacity(items.count)
                for item in items { decodeClaim(item, into: &file.claims) }
            }
        }
        return file
    }

    /// Appends the claim `node` holds to `claims`, if it reads. The claim is made in the array:
    /// returned, even moved on, a claim of nearly 600 bytes was copied and the copy destroyed.
    private mutating func decodeClaim(_ node: YAMLNode, into claims: inout [Claim]) {
        guard let fields = reader.fields(node, of: "a claim", keyedBy: ClaimKey.self) else { return }
        // A claim with an unusable id is still read, so all its problems are reported at once.
        let id = reader.identifier(reader.require(fields, .id, in: "a claim"), named: "id")
        // Every field is read first and the claim made at once: assembled field by field, a
        // claim was copied whole on its way out.
        let kind = reader.require(fields, .kind, in: "a claim").flatMap { reader.choice($0, named: "kind", as: ClaimKind.self) }
        let anchor = reader.require(fields, .anchor, in: "a claim").flatMap { decodeAnchor($0) }
        let summary = decodeSummary(fields[.summary])
        // The nodes asked about again below are looked up once.
        let (attributedToNode, speakerNode, reviewsNode, verdictNode)
            = (fields[.attributedTo], fields[.speaker], fields[.reviews], fields[.verdict])
        let attributedTo = decodeAttribution(attributedToNode)
        let speaker = reader.words(speakerNode, named: "speaker")
        let place = reader.identifier(fields[.place], named: "place")
        let statement = fields[.statement].flatMap { decodeStatement($0) }
        let reviews = items(reviewsNode, named: "reviews") { $0.decodeReview($1) }
        let verdict = decodeVerdict(verdictNode)
        let relations = items(fields[.relations], named: "relations") { $0.decodeRelation($1) }
        let ignore = items(fields[.ignore], named: "ignore") { $0.decodeSuppression($1) }
        let foundBy = reader.string(fields[.foundBy], named: "found_by")
        guard let id else { return }
        var unread: UnreadFields = []
        if attributedTo == nil, Self.isWritten(attributedToNode) { unread.insert(.attribution) }
        if speaker == nil, Self.isWritten(speakerNode) { unread.insert(.speaker) }
        if let reviewsNode, Self.isWritten(reviewsNode), !reviewsNode.isSequence || reviews.count != reviewsNode.items.count {
            unread.insert(.reviews)
        }
        if verdict == nil, Self.isWritten(verdictNode) { unread.insert(.reviews) }
        claims.append(Claim(id: id, kind: kind, anchor: anchor, summary: summary, attributedTo: attributedTo, speaker: speaker,
                     place: place, statement: statement, reviews: reviews, verdict: verdict, relations: relations,
                     ignore: ignore, foundBy: foundBy, unread: unread, range: node.range))
    }

    /// Whether a field is written with a value, not left out or null.
    private static func isWritten(_ node: YAMLNode?) -> Bool {
        node.map { !$0.isNull } == true
    }

    /// One of the four verdicts. A label of the house scale is refused with the verdict it
    /// stands for: taken as that verdict, a reviewer's "Pants on Fire" would be published under
    /// the scale's other label for it ("False").
    private mutating func decodeVerdict(_ node: YAMLNode?) -> Located<Verdict>? {
        if !verdictScale.isEmpty, let node, let label = node.scalar, Verdict(rawValue: label) == nil, let verdict = verdictScale[label] {
            reader.report(.invalidValue, "`verdict` must be one of \(Verdict.allCases.map(\.rawValue).joined(separator: ", ")); "
                          + "`\(label)` is the house scale's label for `\(verdict.rawValue)` (`verdicts:` in .gloss.yml): write "
                          + "`\(verdict.rawValue)`; exports show the scale's first label for it", at: node.range)
            return nil
        }
        return reader.choice(node, named: "verdict", as: Verdict.self)
    }

    private mutating func items<Item>(_ node: YAMLNode?, named key: String,
                                      _ decode: (inout Self, YAMLNode) -> Item?) -> [Item] {
        guard let node, let nodes = reader.list(node, named: key) else { return [] }
        return nodes.compactMap { decode(&self, $0) }
    }

    private mutating func decodeAnchor(_ node: YAMLNode) -> Anchor? {
        guard let fields = reader.fields(node, of: "an anchor", keyedBy: AnchorKey.self),
              let quoteNode = reader.require(fields, .quote, in: "an anchor"),
              var quote = reader.string(quoteNode, named: "quote")
        else { return nil }
        // A quote written as a block (`quote: |`, the natural way to write one holding `"` or
        // `:`) ends with the line break YAML keeps; no one means it, and with it the words
        // would be "changed" wherever the article goes on after them.
        if quoteNode.isBlockScalar, let last = quote.value.unicodeScalars.last, last == "\n" {
            quote.value.unicodeScalars.removeLast()
        }
        let (startNode, endNode) = (fields[.start], fields[.end])
        var start = reader.integer(startNode, named: "start", minimum: 0, maximum: Anchor.maximumOffset)
        var end = reader.integer(endNode, named: "end", minimum: 0, maximum: Anchor.maximumOffset)
        // One offset refused (reported) leaves the other meaningless: the pair is dropped, and
        // the quote is searched for, rather than a second finding that one is "missing".
        if (start == nil && Self.isWritten(startNode)) || (end == nil && Self.isWritten(endNode)) { (start, end) = (nil, nil) }
        return Anchor(quote: quote,
                      prefix: reader.string(fields[.prefix], named: "prefix"),
                      suffix: reader.string(fields[.suffix], named: "suffix"),
                      start: start, end: end, range: node.range)
    }

    private mutating func decodeSummary(_ node: YAMLNode?) -> Located<String>? {
        // A blank summary would be published as an empty `claimReviewed`.
        guard let summary = reader.words(node, named: "summary") else { return nil }
        // The byte tests first, on the bytes in place: characters are costly to count, and
        // summaries are mostly ASCII.
        let text = summary.value
        let mayBreakLines = text.withUTF8Bytes { $0.contains { (0x0A...0x0D).contains($0) || $0 >= 0x80 } }
        if mayBreakLines, summary.value.contains(where: \.isNewline) {
            reader.report(.invalidValue, "`summary` must be one line", at: summary.range)
        } else if text.utf8.count > Self.maximumSummaryLength, summary.value.count > Self.maximumSummaryLength {
            reader.report(.invalidValue,
                          "`summary` has \(summary.value.count) characters; keep it to \(Self.maximumSummaryLength)",
                          at: summary.range)
        }
        return summary
    }

    private mutating func decodeAttribution(_ node: YAMLNode?) -> Located<Attribution>? {
        guard let node, !node.isNull else { return nil }
        if node.isScalar(Attribution.unattributedKeyword) {
            return Located(.unattributed, at: node.range)
        }
        let written = reader.strings(node, named: "attributed_to")
        // Nearly always every id is one: the list is kept as it is instead of filtered into a copy.
        let ids = written.allSatisfy({ NodeReader.isIdentifier($0.value) }) ? written : written.filter { id in
            guard NodeReader.isIdentifier(id.value) else {
                reader.report(.invalidValue, "`attributed_to` must name source ids or `unattributed`, found `\(id.value)`",
                              at: id.range)
                return false
            }
            return true
        }
        return ids.isEmpty ? nil : Located(.chain(ids), at: node.range)
    }

    private mutating func decodeStatement(_ node: YAMLNode) -> Statement? {
        guard let fields = reader.fields(node, of: "a statement", keyedBy: StatementKey.self),
              let subject = reader.string(reader.require(fields, .subject, in: "a statement"), named: "subject"),
              let property = reader.identifier(reader.require(fields, .property, in: "a statement"), named: "property")
        else { return nil }
        let (asOf, from, to) = (reader.date(fields[.asOf], named: "as_of"), reader.date(fields[.from], named: "from"),
                                reader.date(fields[.to], named: "to"))
        let statement = Statement(subject: subject, property: property,
                                  value: reader.string(fields[.value], named: "value"),
                                  unit: reader.string(fields[.unit], named: "unit"),
                                  asOf: asOf, from: from, to: to,
                                  derived: reader.string(fields[.derived], named: "derived"),
                                  hasUnreadableTime: (fields[.asOf] != nil && asOf == nil) || (fields[.from] != nil && from == nil)
                                      || (fields[.to] != nil && to == nil),
                                  range: node.range)
        if statement.value == nil, statement.derived == nil {
            reader.report(.schema, "a statement needs a `value` or a `derived` formula", at: TextRange(at: node.range.start))
        }
        if let asOf = statement.asOf, statement.from != nil || statement.to != nil {
            reader.report(.schema, "a statement takes either `as_of` or `from`/`to`, not both", at: asOf.range)
        }
        if let from = statement.from, let to = statement.to, to.value < from.value {
            reader.report(.invalidValue, "`to` (\(to.value)) is before `from` (\(from.value))", at: to.range)
        }
        return statement
    }

    private mutating func decodeReview(_ node: YAMLNode) -> Review? {
        guard let fields = reader.fields(node, of: "a review", keyedBy: ReviewKey.self) else { return nil }
        let reviewer = reader.words(reader.require(fields, .reviewer, in: "a review"), named: "reviewer")
        let verdict = reader.require(fields, .verdict, in: "a review").flatMap { decodeVerdict($0) }
        let date = reader.date(fields[.date], named: "date")
        let evidence = items(fields[.evidence], named: "evidence") { $0.decodeEvidence($1) }
        let note = reader.string(fields[.note], named: "note")
        guard let reviewer, let verdict else { return nil }
        return Review(reviewer: reviewer, date: date, verdict: verdict, evidence: evidence, note: note, range: node.range)
    }

    private mutating func decodeEvidence(_ node: YAMLNode) -> Evidence? {
        guard let fields = reader.fields(node, of: "a piece of evidence", keyedBy: EvidenceKey.self) else { return nil }
        let url = reader.url(reader.require(fields, .url, in: "a piece of evidence"), named: "url")
        let archive = reader.url(fields[.archive], named: "archive")
        let accessed = reader.date(fields[.accessed], named: "accessed")
        let stance = reader.choice(fields[.stance], named: "stance", as: Stance.self)
        let note = reader.string(fields[.note], named: "note")
        guard let url else { return nil }
        return Evidence(url: url, archive: archive, accessed: accessed, stance: stance, note: note, range: node.range)
    }

    private mutating func decodeRelation(_ node: YAMLNode) -> Relation? {
        guard let fields = reader.fields(node, of: "a relation", known: Self.relationKeys) else { return nil }
        let present = fields.pairs
        guard present.count == 1, let (key, value) = present.first, let kind = RelationKind(rawValue: key) else {
            reader.report(.schema, "a relation has exactly one of \(Self.relationKeys.names.joined(separator: ", "))", at: node.range)
            return nil
        }
        return reader.identifier(value, named: key).map { Relation(kind: kind, target: $0, range: node.range) }
    }

    private mutating func decodeSuppression(_ node: YAMLNode) -> Suppression? {
        guard let fields = reader.fields(node, of: "an `ignore` entry", keyedBy: SuppressionKey.self),
              let rule = reader.string(reader.require(fields, .rule, in: "an `ignore` entry"), named: "rule")
        else { return nil }
        let reason = reader.words(reader.require(fields, .reason, in: "an `ignore` entry"), named: "reason")
        return Suppression(rule: rule, reason: reason, range: node.range)
    }
}
