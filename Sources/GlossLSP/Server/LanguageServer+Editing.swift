import GlossCore
import GlossReports

/// Code actions: annotating a selection of an article as a new claim (what `gloss add` does,
/// applied through `workspace/applyEdit`), and re-anchoring moved claims (what `gloss fix` does).
extension LanguageServer {
    /// Annotating is offered as commands (a code action literal carrying a command is misread by
    /// some clients, and every client runs commands); the quick fixes carry their edits.
    func codeActions(_ params: CodeActionParams) -> [CodeActionItem] {
        checkPendingChanges()
        guard let live, let path = path(of: params.textDocument.uri), let offsets = mapper(for: path)?.offsets(params.range)
        else { return [] }
        if live.isAnnotationFile(path) {
            // The quick fixes are literals with their edits; a client that reads only commands gets none.
            let readsLiterals = clientCapabilities?.textDocument?.codeAction?.codeActionLiteralSupport != nil
            return readsLiterals && params.context.wants(Self.quickFix) ? anchorFixes(path, near: offsets).map(CodeActionItem.action) : []
        }
        guard !offsets.isEmpty, !path.hasSuffix(".yaml"), !path.hasSuffix(".yml"), params.context.wants(Self.annotateKind)
        else { return [] }
        let version: JSONValue = open[path].map { .int($0.version) } ?? .null
        return ClaimKind.allCases.map { kind in
            .command(Command(title: "Annotate as \(kind.rawValue) claim", command: Self.annotateCommand,
                             arguments: [.string(params.textDocument.uri), version, .int(offsets.lowerBound),
                                         .int(offsets.upperBound), .string(kind.rawValue)]))
        }
    }

    /// The claim `gloss.annotate` adds, against the workspace as last loaded. Refused, as `gloss
    /// add` refuses, while a registry does not read (half typed): which sources are private is
    /// not known then, and the id made from the words could hold a name.
    private func addition(to path: String, span: Range<Int>, kind: ClaimKind) throws(ResponseError) -> ClaimAdder.Addition {
        guard let live else { throw .invalidParams("\(path) is not a file in the workspace") }
        if let problem = live.analysis.registryProblems.first {
            throw refusal("\(problem.location.path) does not read (\(problem.location.range.start): \(problem.message)); "
                          + "until it does, which sources are private is not known, so no claim is added")
        }
        do {
            return try ClaimAdder.add(document: path, span: .range(span), kind: kind, id: nil, in: live.workspace, analysis: live.analysis)
        } catch {
            throw refusal(error.message)
        }
    }

    /// `gloss.annotate [uri, version, start, end, kind]`: adds the claim and asks the client to
    /// apply the edit; answers with the new claim's id.
    func executeCommand(_ params: ExecuteCommandParams) throws(ResponseError) -> JSONValue {
        let arguments = params.arguments ?? []
        guard params.command == Self.annotateCommand, arguments.count == 5, let uri = arguments[0].stringValue,
              let start = arguments[2].intValue, let end = arguments[3].intValue, start <= end,
              let kind = arguments[4].stringValue.flatMap(ClaimKind.init) else {
            throw .invalidParams("\(Self.annotateCommand) takes [uri, version, start, end, kind]")
        }
        checkPendingChanges()
        guard let path = path(of: uri), live != nil else { throw .invalidParams("\(uri) is not a file in the workspace") }
        guard live?.isAnnotationFile(path) == false, !path.hasSuffix(".yaml"), !path.hasSuffix(".yml") else {
            throw refusal("\(path) is an annotation file; select the words in the document")
        }
        guard arguments[1] == .null || open[path].map({ JSONValue.int($0.version) }) == arguments[1] else {
            throw refusal("the document changed since the action was offered; select the words again")
        }
        guard clientCapabilities?.workspace?.applyEdit == true else {
            throw refusal("the editor cannot apply edits that Gloss sends (workspace/applyEdit)")
        }
        var addition = try addition(to: path, span: start..<end, kind: kind)
        // A closed annotation file can change on disk without a word to the server (it watches
        // no files): the edit is made against what is there now, else it would land mid-claim.
        if open[addition.path] == nil, let live,
           (try? live.workspace.fileSystem.read(live.absolutePath(addition.path), limit: .max)) != addition.original {
            markChanged(addition.path)
            flush()
            addition = try self.addition(to: path, span: start..<end, kind: kind)
        }
        guard let live else { throw .invalidParams("\(uri) is not a file in the workspace") }
        // A claim asked for again before the editor applied the last edit to the same file would
        // be made against the same text, and both would land: the same claim twice. The refusal
        // lasts only while the file is unchanged: an edit landing, or any other, releases it, so
        // a client that never answers blocks nothing once the file is touched.
        if pendingEdits.values.contains(where: { $0.path == addition.path && $0.original == addition.original }) {
            throw refusal("the claim Gloss added to \(addition.path) a moment ago is not in it yet; try again once the editor has applied it")
        }
        let target = open[addition.path]?.uri ?? DocumentURI.uri(ofPath: live.absolutePath(addition.path))
        let editCapabilities = clientCapabilities?.workspace?.workspaceEdit
        let documentChanges = editCapabilities?.documentChanges == true
        let edit: WorkspaceEdit
        if let original = addition.original {
            guard let textEdit = minimalEdit(from: original, to: addition.updated,
                                             markCounted: open[addition.path]?.clientKeepsMark == true) else {
                throw refusal("\(addition.path) is not UTF-8 text")
            }
            edit = workspaceEdit([textEdit], to: target, path: addition.path)
        } else {
            guard documentChanges, editCapabilities?.resourceOperations?.contains("create") == true else {
                throw refusal("\(addition.path) does not exist and the editor cannot create files through Gloss; "
                              + "create it or run `gloss add \(path)`")
            }
            let start = Position(line: 0, character: 0)
            edit = WorkspaceEdit(documentChanges: [
                .create(CreateFile(uri: target)),
                .edit(TextDocumentEdit(textDocument: OptionalVersionedTextDocumentIdentifier(uri: target, version: nil),
                                       edits: [LSPTextEdit(range: LSPRange(start: start, end: start),
                                                           newText: String(decoding: addition.updated, as: UTF8.self))])),
            ])
        }
        let id = request("workspace/applyEdit", ApplyWorkspaceEditParams(
            label: "Annotate as \(kind.rawValue) claim `\(addition.claimID)`", edit: edit))
        pendingEdits[id] = PendingEdit(path: addition.path, original: addition.original)
        // What `gloss add` notes on standard error: a selection that cuts a word, a claim of
        // the same kind already on the words.
        for note in addition.notes { showMessage(3, "Gloss: \(note)") }
        return .string(addition.claimID)
    }

    /// Tells the user why an action cannot be done, and returns the error to answer with.
    private func refusal(_ message: String) -> ResponseError {
        showMessage(1, "Gloss cannot annotate: \(message)")
        return .requestFailed(message)
    }

    /// The one replacement that turns `original` into `updated`: their common beginning and end
    /// stay, positions counted in the original's text (after the byte order mark when the
    /// client's buffer keeps it).
    private func minimalEdit(from original: [UInt8], to updated: [UInt8], markCounted: Bool) -> LSPTextEdit? {
        guard let old = try? SourceText(decoding: original), let new = try? SourceText(decoding: updated),
              let oldText = old.text(in: 0..<old.scalarCount), let newText = new.text(in: 0..<new.scalarCount) else { return nil }
        let before = Array(oldText.unicodeScalars), after = Array(newText.unicodeScalars)
        let prefix = zip(before, after).prefix { $0 == $1 }.count
        let suffix = zip(before[prefix...].reversed(), after[prefix...].reversed()).prefix { $0 == $1 }.count
        var inserted = String.UnicodeScalarView()
        inserted.append(contentsOf: after[prefix..<(after.count - suffix)])
        return LSPTextEdit(range: PositionMapper(text: old, unit: encoding, markCounted: markCounted).range(prefix..<(before.count - suffix)),
                           newText: String(inserted))
    }

    /// Edits to one file, versioned where the client takes document changes: an editor then
    /// refuses them once its buffer moved on since they were made, instead of applying them at
    /// stale positions.
    private func workspaceEdit(_ edits: [LSPTextEdit], to uri: String, path: String) -> WorkspaceEdit {
        clientCapabilities?.workspace?.workspaceEdit?.documentChanges == true
            ? WorkspaceEdit(documentChanges: [.edit(TextDocumentEdit(
                textDocument: OptionalVersionedTextDocumentIdentifier(uri: uri, version: open[path]?.version), edits: edits))])
            : WorkspaceEdit(changes: [uri: edits])
    }

    /// Quick fixes for `anchor-moved` findings that touch the range: each claim re-anchored on
    /// its own, and the whole file as `gloss fix` would.
    private func anchorFixes(_ path: String, near offsets: Range<Int>) -> [CodeAction] {
        guard let live, let file = live.annotationFile(path), let bytes = live.yamlBytes(path),
              let mapper = mapper(for: path) else { return [] }
        let moved = live.diagnostics.filter { finding in
            finding.location.path == path && finding.ruleID == "anchor-moved"
                && finding.location.range.start.offset <= offsets.upperBound && offsets.lowerBound <= finding.location.range.end.offset
        }
        let single = Analysis(configuration: live.analysis.configuration, registry: live.analysis.registry, files: [file],
                              registryProblems: [], yamlTexts: [path: bytes])
        guard !moved.isEmpty, let fix = AnchorFixer.fixes(for: single).first, fix.changes else { return [] }
        let uri = open[path]?.uri ?? DocumentURI.uri(ofPath: live.absolutePath(path))
        let lspEdits = { (edits: [TextEdit]) in
            self.workspaceEdit(edits.map { LSPTextEdit(range: mapper.range($0.range), newText: $0.replacement) }, to: uri, path: path)
        }
        let text = self.live?.text(of: path)
        var actions: [CodeAction] = moved.compactMap { finding in
            guard let anchor = file.claims.first(where: { $0.id == finding.claimID })?.claim.anchor else { return nil }
            // The anchor's lines, to the end of its last one: `start:` and `end:` go after it,
            // past a comment or spaces that end the line.
            let end = text?.offset(line: anchor.range.lastLine + 1, column: 1) ?? text?.scalarCount ?? anchor.range.end.offset
            let edits = fix.edits.filter { anchor.range.start.offset <= $0.range.lowerBound && $0.range.upperBound <= end }
            guard !edits.isEmpty else { return nil }
            return CodeAction(title: "Re-anchor `\(finding.claimID ?? "")` where its quote is now", kind: Self.quickFix,
                              diagnostics: lspDiagnostic(finding).map { [$0] }, isPreferred: true, edit: lspEdits(edits))
        }
        actions.append(CodeAction(title: "Re-anchor every claim in this file (gloss fix)", kind: Self.quickFix,
                                  edit: lspEdits(fix.edits)))
        return actions
    }
}
