import GlossCore

/// Turns imported annotations into claims appended to annotation files: which document each
/// annotation is about, where its words are now, and an id no other claim has. Pure apart from
/// reading documents through the workspace's file system; the command line writes the files.
public struct WebAnnotationImport: Sendable {
    /// The claims to append to one annotation file.
    public struct Edit: Sendable, Hashable {
        public var annotationPath: String
        public var document: String
        /// The document's git blob id, which the claims' offsets count in (see
        /// ``ClaimAppender/append(lines:to:document:revision:limits:)``).
        public var revision: String
        /// Each claim as the lines of an unindented YAML block mapping, for `ClaimAppender` (GlossCore).
        public var claims: [[String]]
        public var ids: [String]
    }

    public var edits: [Edit] = []
    /// Annotations already in their annotation file (same words at the same place, and the
    /// same id when the annotation has one).
    public var alreadyPresent = 0
    /// Annotations on a span an earlier annotation of the same import has, with the same id or
    /// none (two annotators highlighting the same words): one claim, which keeps every note.
    public var joined = 0
    /// Annotations whose id another claim of the workspace has, and the id each was written
    /// under instead.
    public var renamed: [(given: String, written: String)] = []
    /// Exported ids that are no valid claim id (`Bad Id`), and the id each was written under.
    public var invalidIDs: [(given: String, written: String)] = []
    /// Ids of claims whose words were not found in the document; written without a position.
    public var notFound: [String] = []
    /// Ids of claims whose words fit several places that nothing tells apart; written without a
    /// position, for a reviewer to place.
    public var severalPlaces: [String] = []
    /// Ids of claims whose words differ from the document's at the place found for them; written
    /// with the annotator's words, which `gloss check` reports as changed.
    public var wordsChanged: [String] = []
    /// Ids of claims the annotations gave no kind for; `gloss check` asks for one.
    public var withoutKind: [String] = []
    /// Notes of annotations already in their annotation file that the file does not hold: not
    /// written (the claim is left as it is), so listed for a reviewer, by claim id.
    public var notesNotKept: [(claim: String, note: ImportedAnnotation.Note)] = []
    /// Targets that name no document of the workspace.
    public var unresolved: [String] = []
    /// Why a document's annotations cannot be imported at all, one sentence a document: it is
    /// outside the workspace or unreadable (as `gloss add` refuses it), or its annotation file
    /// belongs to another document of the same name. Nothing is written when there is one.
    public var refused: [String] = []

    /// The page an address is: without its fragment, so that `…/story#comments`, where a
    /// reader annotated the comments, is the article at `…/story`.
    public static func page(_ address: String) -> String {
        address.firstIndex(of: "#").map { String(address[..<$0]) } ?? address
    }

    /// Plans the import of `annotations` into `analysis`'s workspace: all into `document`
    /// (workspace-relative) when given, else each into the document its target names, by the
    /// annotation file's `url` (whatever the fragment) or by the document's path.
    public init(_ annotations: [ImportedAnnotation], into workspace: Workspace, analysis: Analysis, document: String? = nil) {
        var ids = UniqueNames(used: Set(analysis.claims.map(\.id)))
        let filesByDocument = analysis.annotationFilesByDocument
        let loadedFiles = Dictionary(analysis.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var documentsByURL: [String: String] = [:]
        var documentOfFile: [String: String] = [:]
        for file in analysis.files {
            guard let named = file.annotation?.document?.value, let path = WorkspacePath.normalize(named) else { continue }
            documentOfFile[file.path] = path
            if let url = file.annotation?.url?.value { documentsByURL[Self.page(url)] = documentsByURL[Self.page(url)] ?? path }
        }
        var texts: [String: (text: SourceText, revision: String)] = [:]
        // Each annotation file's text and claims, made once when an annotation is found in it.
        var yamlTexts: [String: SourceText?] = [:]
        var claimIndexes: [String: ClaimIndex] = [:]
        let mentions = MentionResolver(analysis.registry)
        // Kept out of the ids made from quotes, which reports and exports print as they are.
        let privateNames = PrivateNameWords(analysis.registry.sources)
        var editIndex: [String: Int] = [:]
        var refusedDocuments: Set<String> = []
        // The claims planned for each edit, and where each span (with its id) went.
        var drafts: [[Draft]] = []
        var planned: [Draft.Key: (edit: Int, claim: Int)] = [:]
        for annotation in annotations {
            guard let path = document ?? annotation.source.flatMap({ documentsByURL[Self.page($0)] ?? WorkspacePath.normalize(PercentEncoding.decoded(Self.page($0))) }),
                  workspace.fileSystem.kind(of: WorkspacePath.join(workspace.root, path)) == .file
            else {
                unresolved.append(document ?? annotation.source ?? "(no target)")
                continue
            }
            guard !refusedDocuments.contains(path) else { continue }
            // The files that annotate the document; new claims go to the first, as `add` and
            // `suggest` choose it, and a claim already in any of them is present.
            let annotating = filesByDocument.files(annotating: path, namedAfterIt: workspace.annotationPath(forDocument: path))
                .compactMap { loadedFiles[$0] }
            let file = annotating.first
            // Else a file `include`/`exclude` leave out, which the command refuses to write to,
            // rather than start a second file for the document beside it.
            let annotationPath = file?.path ?? workspace.annotationFile(forDocument: path, in: analysis)
            // `Sources-Docs/a.md` and `other/a.txt` both map to `Annotations/a.yaml`.
            let owner = documentOfFile[annotationPath] ?? editIndex[annotationPath].map { edits[$0].document }
            if let owner, owner != path {
                refused.append("`\(path)`: its annotation file \(annotationPath) belongs to `\(owner)`; rename one of the two")
                refusedDocuments.insert(path)
                continue
            }
            guard let (text, revision) = texts[path] ?? Self.text(of: path, in: workspace, loaded: file, refused: &refused) else {
                refusedDocuments.insert(path)
                continue
            }
            texts[path] = (text, revision)
            let (selector, found, wordsDiffer, ambiguous) = Self.reanchored(annotation.selector, in: text)
            // The same words at the same place: as recorded, or where the claim's anchor lands
            // now (a file whose anchors lack context or offsets); or the same words under the
            // claim's own Gloss id, wherever they are (an export of a claim whose words moved or
            // changed carries its recorded context, which may fit nowhere now). Another claim on
            // the same words, with another id, is another claim.
            // Looked up by id, or by the words, among the claims of every file about the document
            // (two desks' files for one article): thousands of annotations imported again each
            // searched the whole file.
            let claimIndex = file.map { _ in
                if let known = claimIndexes[path] { return known }
                let made = ClaimIndex(annotating.flatMap(\.claims))
                claimIndexes[path] = made
                return made
            }
            // An id taken elsewhere in the workspace was written with a number after it
            // (`crowd-2`): that claim, on the same words at the same place, is the annotation's.
            let sameWords = claimIndex?.byQuote[selector.quote] ?? []
            // An exported id that is no valid id names no claim: the annotation is matched by its words.
            let givenID = annotation.id.flatMap { Claim.isValidID($0) ? $0 : nil }
            let candidates = givenID.map { id in
                (claimIndex?.byID[id].map { [$0] } ?? []) + sameWords.filter { UniqueNames.isNumbered($0.id, formOf: id) }
            } ?? sameWords
            // Words at several places, which an earlier import wrote without a position for a
            // reviewer to place (by a longer context): the claim under the id made from them is
            // the annotation's, wherever the reviewer placed it.
            let madeID = givenID ?? ClaimIDs.slug(privateNames.withheld(in: selector.quote), words: 5)
            if let present = candidates.first(where: { claim in
                guard givenID.map({ $0 == claim.id || UniqueNames.isNumbered(claim.id, formOf: $0) }) ?? true,
                      let anchor = claim.claim.anchor else { return false }
                return anchor.selector == selector || (givenID == claim.id && anchor.quote.value == annotation.selector.quote)
                    || (found && anchor.quote.value == selector.quote && claim.anchoring?.range == selector.start.flatMap { start in selector.end.map { start..<$0 } })
                    || (ambiguous && anchor.quote.value == selector.quote && (claim.id == madeID || UniqueNames.isNumbered(claim.id, formOf: madeID)))
            }) {
                alreadyPresent += 1
                let yaml = yamlTexts[present.path] ?? analysis.yamlTexts[present.path].flatMap { try? SourceText(decoding: $0) }
                yamlTexts[present.path] = yaml
                let held = Self.commentLines(of: present, in: yaml)
                let exported = Self.exported(present, mentions: mentions)
                let summary = annotation.summary.flatMap { exported.summaries.contains($0) ? nil : ImportedAnnotation.Note(purpose: nil, text: $0) }
                for note in (summary.map { [$0] } ?? []) + annotation.notes
                where !Self.comment(note).allSatisfy(held.contains) && !(note.purpose == "assessing" && exported.verdict == note.text) {
                    notesNotKept.append((present.id, note))
                }
                continue
            }
            let key = Draft.Key(annotationPath: annotationPath, selector: selector, id: givenID)
            if let earlier = planned[key] {
                joined += 1
                drafts[earlier.edit][earlier.claim].join(annotation)
                continue
            }
            // An exported id that is no valid id gives way to the quote's words, as no id would.
            let candidate = madeID
            let id = ids.take(Claim.isValidID(candidate) ? candidate : "claim")
            if let given = annotation.id {
                if !Claim.isValidID(given) { invalidIDs.append((given, id)) } else if given != id { renamed.append((given, id)) }
            }
            if wordsDiffer { wordsChanged.append(id) }
            if !found {
                if ambiguous { severalPlaces.append(id) } else { notFound.append(id) }
            }
            if annotation.kind == nil { withoutKind.append(id) }
            let index = editIndex[annotationPath] ?? {
                edits.append(Edit(annotationPath: annotationPath, document: path, revision: revision, claims: [], ids: []))
                drafts.append([])
                editIndex[annotationPath] = edits.count - 1
                return edits.count - 1
            }()
            planned[key] = (index, drafts[index].count)
            // Shortened again where it cuts no private name: what reports print of it withheld
            // is then a prefix of the whole line withheld.
            let summary = annotation.summaryLine.map { line in
                WebAnnotationReader.summary(of: line) { kept in
                    mentions.withholdingPrivateNames(in: line).hasPrefix(mentions.withholdingPrivateNames(in: String(kept)))
                }
            } ?? annotation.summary
            drafts[index].append(Draft(id: id, kind: annotation.kind, selector: selector, summary: summary, notes: annotation.notes))
            edits[index].ids.append(id)
        }
        for index in edits.indices {
            edits[index].claims = drafts[index].map { Self.yaml(id: $0.id, kind: $0.kind, selector: $0.selector, summary: $0.summary, notes: $0.notes) }
        }
    }

    /// A claim planned in this import, written once every annotation on its span is read.
    private struct Draft {
        struct Key: Hashable {
            var annotationPath: String
            var selector: AnchorSelector
            var id: String?
        }

        var id: String
        var kind: ClaimKind?
        var selector: AnchorSelector
        var summary: String?
        var notes: [ImportedAnnotation.Note]

        /// Takes another annotation of the same span's words: its kind when this has none, and
        /// its summary and notes as notes, unless this holds them already.
        mutating func join(_ other: ImportedAnnotation) {
            // Another annotator's kind for the same words is kept as their tag.
            let otherKind = other.kind.flatMap { $0 == kind || kind == nil ? nil : ImportedAnnotation.Note(purpose: "tagging", text: $0.rawValue) }
            kind = kind ?? other.kind
            let summary = other.summary.flatMap { $0 == self.summary ? nil : ImportedAnnotation.Note(purpose: nil, text: $0) }
            for note in (summary.map { [$0] } ?? []) + (otherKind.map { [$0] } ?? []) + other.notes
            where !notes.contains(note) && note.text != self.summary {
                notes.append(note)
            }
        }
    }

    /// What `gloss export` writes for a claim already in its file: its summary as written and
    /// with private names withheld, and its verdict. Brought back by an import of that export,
    /// they are the claim's own, not an annotator's new words.
    private static func exported(_ claim: AnchoredClaim, mentions: MentionResolver) -> (summaries: Set<String>, verdict: String?) {
        let summary = claim.claim.summary?.value
        let verdict: String? = if case .verdict(let verdict) = claim.claim.status { verdict.rawValue } else { nil }
        return (Set([summary, summary.map { mentions.withholdingPrivateNames(in: $0) }].compactMap { $0 }), verdict)
    }

    /// The document's text and git blob id, as a check reads them; nil, with the reason in
    /// `refused`, when it cannot be read.
    private static func text(of path: String, in workspace: Workspace, loaded file: LoadedAnnotationFile?,
                             refused: inout [String]) -> (text: SourceText, revision: String)? {
        if case .loaded(let document) = file?.document { return (document.text, document.blobID) }
        do {
            let (_, bytes, text) = try workspace.readDocument(named: path)
            return (text, GitBlobID.of(bytes))
        } catch {
            refused.append("`\(path)`: cannot read the document: \(error.message)")
            return nil
        }
    }

    /// The selector at the place its words are found now, with fresh context; as given, less its
    /// position, when they are not found or the place is ambiguous: positions from other tools
    /// count in other text (a rendered page), and would be read as offsets into the document.
    /// The quote is the document's own text only where the words are the same, perhaps written
    /// with other quotation marks or dashes; where the words differ, the annotator's words are
    /// kept, so that `gloss check` reports the difference instead of the import hiding it.
    static func reanchored(_ selector: AnchorSelector, in text: SourceText)
        -> (selector: AnchorSelector, found: Bool, wordsDiffer: Bool, ambiguous: Bool) {
        let result = Anchorer.anchor(selector, in: text)
        guard let range = result.range, let found = text.text(in: range) else {
            let unplaced = AnchorSelector(quote: selector.quote, prefix: selector.prefix, suffix: selector.suffix)
            return (unplaced, false, false, result.tier == .ambiguous)
        }
        let wordsDiffer = result.tier == .fuzzy
        let context = Anchorer.context(around: range, in: text)
        return (AnchorSelector(quote: wordsDiffer ? selector.quote : found, prefix: context.prefix, suffix: context.suffix,
                               start: range.lowerBound, end: range.upperBound), true, wordsDiffer, false)
    }

    /// The lines of a claim's block in its file, trimmed: its own lines and the comments and
    /// blank lines after them, up to the next key or claim, where an earlier import of the same
    /// annotation wrote its notes as ``comment(_:)`` writes them. The words elsewhere in the file,
    /// in another claim's note or a context, are not this claim's note.
    private static func commentLines(of claim: AnchoredClaim, in text: SourceText?) -> Set<String> {
        guard let text else { return [] }
        let range = claim.claim.range
        var lines = Set((range.start.line...range.lastLine).map { text.line($0).trimmingCharacters(in: .whitespaces) })
        for line in range.lastLine + 1 ..< text.lineCount + 1 {
            let trimmed = text.line(line).trimmingCharacters(in: .whitespaces)
            guard trimmed.isEmpty || trimmed.hasPrefix("#") else { break }
            lines.insert(trimmed)
        }
        return lines
    }

    /// A note's lines as comment text: the schema has no field for an annotator's note on a
    /// claim, and a comment keeps the words where a reviewer reads them, which every Gloss edit
    /// leaves in place. Characters YAML does not allow in a comment (controls and U+FFFE and
    /// U+FFFF, which libyaml refuses, and line breaks, which would end it) do not reach the file.
    static func comment(_ note: ImportedAnnotation.Note) -> [String] {
        let lines = commentText(note)
        // The purpose comes from the file too: only a plain word names it, so that nothing but
        // a comment is written (a line break in it would have written YAML of the annotator's).
        let purpose = note.purpose.flatMap { purpose in
            purpose.count <= 40 && !purpose.isEmpty && purpose.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "-_".unicodeScalars.contains($0)) }
                ? purpose : nil
        }
        let label = "# \(purpose ?? "note") (imported):"
        return lines.enumerated().map { index, line in
            index == 0 ? label + (line.isEmpty ? "" : " " + line) : "#" + (line.isEmpty ? "" : "   " + line)
        }
    }

    /// The note's lines, with the indentation that shapes them (a list, a code block) and
    /// without the spaces that end them.
    private static func commentText(_ note: ImportedAnnotation.Note) -> [String] {
        var lines = note.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            // Marks that reorder a line are no safer in a comment than in a value (a Trojan
            // Source in an annotator's note): they too are replaced.
            var scalars = line.unicodeScalars.map { scalar in
                (scalar.properties.generalCategory == .control && scalar != "\t") || YAMLScalarWriter.isRefusedNoncharacter(scalar)
                    || YAMLScalarWriter.isBidirectionalControl(scalar) ? "\u{FFFD}" : scalar
            }
            while scalars.last?.properties.isWhitespace == true { scalars.removeLast() }
            return String(String.UnicodeScalarView(scalars))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    static func yaml(id: String, kind: ClaimKind?, selector: AnchorSelector, summary: String?,
                     notes: [ImportedAnnotation.Note] = []) -> [String] {
        var lines = ["id: \(id)"]
        if let kind { lines.append("kind: \(kind.rawValue)") }
        lines.append("anchor:")
        lines.append("  quote: \(YAMLScalarWriter.doubleQuoted(selector.quote))")
        if let prefix = selector.prefix { lines.append("  prefix: \(YAMLScalarWriter.doubleQuoted(prefix))") }
        if let suffix = selector.suffix { lines.append("  suffix: \(YAMLScalarWriter.doubleQuoted(suffix))") }
        if let start = selector.start, let end = selector.end {
            lines.append("  start: \(start)")
            lines.append("  end: \(end)")
        }
        if let summary { lines.append("summary: \(YAMLScalarWriter.doubleQuoted(summary))") }
        return lines + notes.flatMap(comment)
    }
}
