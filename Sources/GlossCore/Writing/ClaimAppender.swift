/// Appends claims to an annotation file as text: the new items go at the end of its `claims:`
/// list with the list's own indentation, and every other byte of the file (comments, order,
/// quoting) stays as it was. The file is never re-emitted.
public enum ClaimAppender {
    /// The file's new bytes with `drafts` appended to its `claims:` list.
    public static func append(_ drafts: [ClaimDraft], to original: [UInt8]?, document: String,
                              revision: String? = nil, limits: Limits = Limits()) throws(ClaimAppendError) -> [UInt8] {
        try append(lines: drafts.map(ClaimYAML.lines), to: original, document: document, revision: revision, limits: limits)
    }

    /// The file's new bytes with `claims` appended to its `claims:` list; each claim is the lines
    /// of an unindented block mapping (``ClaimYAML/lines(_:)``).
    ///
    /// `revision` is the git blob id of the document as the claims' offsets count in it. A file
    /// that records another `revision` has offsets into that older text, and a check carries
    /// them across the edits since: the new claims are written without `start` and `end`, to be
    /// found by their quote and context (``otherRevision(recordedIn:than:limits:)`` says when).
    ///
    /// - `original == nil` (no file yet): a new file with `gloss: 1`, `document:`, `revision:` when
    ///   given, and the claims.
    /// - `claims:` a block list: the items go after the last line of its last item.
    /// - An empty file, one of only comments, or a null document (`---`, `~`): what a new file
    ///   holds, after the comments, before a `...` that ends the document.
    /// - `gloss:` without `document:` (or with it empty): the document's path is written first.
    /// - `claims: []`, `claims:` with no value, or no `claims:` key: the list is written in block
    ///   style, replacing the empty value or after the last line of the file.
    ///
    /// - Throws: ``ClaimAppendError`` when the file does not parse or its `claims:` is something
    ///   this cannot append to without rewriting it (a non-empty flow list, a mapping, text), or
    ///   when the file would cross one of `limits`: a check would then refuse it whole.
    public static func append(lines drafts: [[String]], to original: [UInt8]?, document: String,
                              revision: String? = nil, limits: Limits = Limits()) throws(ClaimAppendError) -> [UInt8] {
        guard let original else {
            let created = Array((header(document: document, revision: revision, newline: "\n") + items(drafts, indent: 2, newline: "\n")).utf8)
            _ = try readBack(created, claims: drafts.count, limits: limits)
            return created
        }
        let parsed: YAMLNode?
        do {
            parsed = try YAMLParser.parse(original, limits: limits.yaml)
        } catch {
            throw error.isLimit ? ClaimAppendError.overLimit(error.message) : ClaimAppendError.syntax(error)
        }
        // A document that is null (`---` alone, `~`, `null`, as a YAML writer saves nothing) is
        // as empty as an empty file.
        let root = parsed.flatMap { $0.isNull ? nil : $0 }
        let newline = LineBreak.of(original.lazy.map(UInt32.init))
        var scalars = Array(String(decoding: original, as: UTF8.self).unicodeScalars)
        let byteOrderMark = scalars.first == "\u{FEFF}"
        if byteOrderMark { scalars.removeFirst() }
        let edit: (range: Range<Int>, text: String)
        if let root {
            guard let top = root.mapping else { throw ClaimAppendError.notAMapping }
            // A top level written `{…}` (JSON) takes no block lines at its end.
            guard !YAMLEditor(scalars).isFlow(root.range) else { throw ClaimAppendError.flowMapping }
            // Two documents with the same name (`a.md`, `other/a.txt`) map to one annotation
            // file; a registry named as a document maps to itself. Neither takes the claims.
            if let written = root["document"].flatMap({ $0.isNull ? nil : $0.scalar }), !written.isEmpty {
                // A `document:` a check refuses (`a.md/`) is mended first: claims added there
                // would be checked by no run.
                if let ending = WorkspacePath.folderEnding(of: written) { throw ClaimAppendError.invalidDocument(written, ending: ending) }
                guard WorkspacePath.normalize(written) == WorkspacePath.normalize(document) else {
                    throw ClaimAppendError.otherDocument(written)
                }
            } else if root["gloss"] == nil {
                throw ClaimAppendError.notAnAnnotationFile
            } else {
                // A header without its document (`gloss: 1` alone, `document:` left empty) gets
                // it first: in a file that names no document the claims anchor nothing, and a
                // check refuses the file.
                let named = withDocument(document, in: top, scalars: scalars, newline: newline)
                return try append(lines: drafts, to: Array(((byteOrderMark ? "\u{FEFF}" : "") + named).utf8), document: document,
                                  revision: revision, limits: limits)
            }
            let drafts = otherRevision(recorded: root, than: revision) == nil ? drafts : drafts.map(withoutOffsets)
            var planned = try claimsEdit(top, drafts: drafts, scalars: scalars, newline: newline)
            // A file that ends its document with `...` takes the new `claims:` before the marker:
            // after it, they would be outside the document.
            if planned.range.lowerBound == scalars.count, let marker = documentEndMarker(after: root.range.end.offset, in: scalars) {
                planned.range = marker..<marker
            }
            edit = planned
            // Only what is appended at the very end would join a block text left open there.
            if edit.range.lowerBound >= scalars.count, let block = blockScalarAtEnd(root, scalars: scalars) {
                throw ClaimAppendError.blockScalarAtEnd(block)
            }
        } else {
            // Empty, or only comments: the file gets what a new one starts with, after them, in
            // place of a null written out (`~`), and before a `...` that ends the document.
            let text = header(document: document, revision: revision, newline: newline) + items(drafts, indent: 2, newline: newline)
            if let null = parsed?.range.offsets, !null.isEmpty {
                // A comment after the null (`~ # nothing yet`) is a reviewer's: kept, on its own line.
                let end = LineBreak.lineEnd(after: null.upperBound, in: scalars)
                let rest = String(String.UnicodeScalarView(scalars[null.upperBound..<end])).trimmed
                edit = (null.lowerBound..<end, (rest.hasPrefix("#") ? rest + newline : "") + text)
            } else {
                let end = documentEndMarker(after: parsed?.range.start.offset ?? 0, in: scalars) ?? scalars.count
                edit = (end..<end, text)
            }
        }
        let before = separated(scalars[..<edit.range.lowerBound], newline: newline,
                               needed: edit.text.hasPrefix("claims:") || edit.text.hasPrefix("gloss:"))
        var result = String.UnicodeScalarView()
        if byteOrderMark { result.append("\u{FEFF}") }
        result.append(contentsOf: before)
        result.append(contentsOf: edit.text.unicodeScalars)
        result.append(contentsOf: scalars[edit.range.upperBound...])
        let appended = Array(String(result).utf8)
        let new = try readBack(appended, claims: (root?["claims"]?.sequence?.count ?? 0) + drafts.count, limits: limits)
        guard holdsWhatItHeld(root, and: drafts.count, in: new) else { throw ClaimAppendError.layout }
        return appended
    }

    /// The revision an existing annotation file records when it is not `revision`, the one new
    /// claims' offsets count in: claims appended to it are written without offsets. Nil when the
    /// file is new, unreadable (within `limits`, as a check reads it), or records `revision` or none.
    public static func otherRevision(recordedIn original: [UInt8]?, than revision: String?, limits: YAMLLimits) -> String? {
        guard let original, let root = try? YAMLParser.parse(original, limits: limits) else { return nil }
        return otherRevision(recorded: root, than: revision)
    }

    /// What to tell the person appending when ``otherRevision(recordedIn:than:limits:)`` is not nil.
    public static func withoutOffsetsNote(path: String, recorded: String) -> String {
        "\(path) records `revision: \(recorded.prefix(12))…`, an earlier text of the document, so the new claims are "
            + "written without `start` and `end` and found by their quote and context; `gloss fix` records them"
    }

    private static func otherRevision(recorded root: YAMLNode, than revision: String?) -> String? {
        guard let recorded = root["revision"].flatMap({ $0.isNull ? nil : $0.scalar }), !recorded.isEmpty,
              recorded != revision else { return nil }
        return recorded
    }

    /// A claim's lines without its anchor's `start` and `end`.
    private static func withoutOffsets(_ lines: [String]) -> [String] {
        var inAnchor = false
        return lines.filter { line in
            if !line.hasPrefix(" ") { inAnchor = line == "anchor:" }
            return !(inAnchor && (line.hasPrefix("  start: ") || line.hasPrefix("  end: ")))
        }
    }

    /// The new file parsed, or why a check would refuse it whole: over the size or claims
    /// limit, or past the YAML limits.
    private static func readBack(_ bytes: [UInt8], claims: Int, limits: Limits) throws(ClaimAppendError) -> YAMLNode? {
        if claims > limits.maxClaimsPerFile {
            throw .overLimit("the file would hold \(claims) claims, over the limit of \(limits.maxClaimsPerFile) (`max_claims_per_file`)")
        }
        if bytes.count > limits.yaml.maxFileBytes {
            throw .overLimit("the file would be \(bytes.count) bytes, over the limit of \(limits.yaml.maxFileBytes) (`max_file_bytes`)")
        }
        do {
            return try YAMLParser.parse(bytes, limits: limits.yaml)
        } catch {
            throw .overLimit("read back, \(error.message)")
        }
    }

    /// Whether the file read back (`new`) holds what it held, with `count` more claims at the
    /// end of its list: a layout the text edit misjudged (an alias at the end of a claim, line
    /// breaks YAML reads differently) must not reach the disk.
    private static func holdsWhatItHeld(_ root: YAMLNode?, and count: Int, in new: YAMLNode?) -> Bool {
        guard let new, let newClaims = new["claims"]?.sequence,
              newClaims.count == (root?["claims"]?.sequence?.count ?? 0) + count else { return false }
        guard let root else { return true }
        return root.hasSameContent(as: new, except: ["claims"])
            && zip(root["claims"]?.sequence ?? [], newClaims).allSatisfy { $0.hasSameContent(as: $1) }
    }

    /// Where the `|` or `>` block scalar starts that the file ends in, without a line break after
    /// it: anything appended would join its text.
    private static func blockScalarAtEnd(_ root: YAMLNode, scalars: [Unicode.Scalar]) -> TextPosition? {
        guard let lastScalar = scalars.last, lastScalar != "\n", lastScalar != "\r" else { return nil }
        // The last node in the file: the last value of each last mapping or list, down to a scalar.
        var last = root
        while let child = last.mapping?.last?.value ?? last.sequence?.last { last = child }
        guard case .scalar(_, let style) = last.kind, style == .literal || style == .folded,
              last.range.end.offset >= scalars.count else { return nil }
        return last.range.start
    }

    /// Where the line of the `...` that ends the document starts, after `offset` (the end of the
    /// document's content); nil when the file has none.
    private static func documentEndMarker(after offset: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var line = offset == 0 || LineBreak.ends(at: offset, in: scalars) ? offset : LineBreak.lineEnd(after: offset, in: scalars)
        while line + 3 <= scalars.count {
            if scalars[line..<line + 3].elementsEqual("...".unicodeScalars),
               line + 3 == scalars.count || [" ", "\t", "\n", "\r"].contains(scalars[line + 3]) {
                return line
            }
            line = LineBreak.lineEnd(after: line, in: scalars)
        }
        return nil
    }

    /// The text with `document:` naming `document`: its empty value filled in, or the key
    /// written on the line after `gloss:`.
    private static func withDocument(_ document: String, in top: [YAMLPair], scalars: [Unicode.Scalar], newline: String) -> String {
        var text = String.UnicodeScalarView(scalars)
        let path = ClaimYAML.scalar(document)
        if let value = top.first(where: { $0.key.scalar == "document" })?.value {
            // An empty value written out (`""`, or `|` whose block holds nothing) is replaced on
            // its own line, the line break kept.
            let end = scalars[value.range.offsets].firstIndex { $0 == "\n" || $0 == "\r" } ?? value.range.end.offset
            let range = value.range.start.offset..<max(value.range.start.offset, end)
            // `document:` and nothing (or a comment): the path goes right after the colon, with
            // a space before it and the line's spaces and comment after it.
            let replacement = range.isEmpty ? " " + path : path
            let start = text.index(text.startIndex, offsetBy: range.lowerBound)
            text.replaceSubrange(start..<text.index(start, offsetBy: range.count), with: replacement.unicodeScalars)
        } else if let gloss = top.first(where: { $0.key.scalar == "gloss" }) {
            let end = lineEnd(after: gloss.value.range.end.offset, in: scalars)
            let line = newlineIfNeeded(before: end, in: scalars, newline: newline) + "document: " + path + newline
            text.insert(contentsOf: line.unicodeScalars, at: text.index(text.startIndex, offsetBy: end))
        }
        return String(text)
    }

    /// Where and what to write for the top-level mapping's `claims:`.
    private static func claimsEdit(_ top: [YAMLPair], drafts: [[String]], scalars: [Unicode.Scalar],
                                   newline: String) throws(ClaimAppendError) -> (range: Range<Int>, text: String) {
        guard let pair = top.first(where: { $0.key.scalar == "claims" }) else {
            let end = scalars.count
            return (end..<end, "claims:" + newline + items(drafts, indent: 2, newline: newline))
        }
        let value = pair.value
        if value.isNull, value.range.start.offset < value.range.end.offset {
            // `claims: ~` or `claims: null`: the word is replaced, as `[]` is.
            return replacing(value, with: drafts, in: scalars, newline: newline)
        }
        if value.isNull {
            // `claims:` with nothing after it: the list starts on the next line.
            let end = lineEnd(after: pair.key.range.end.offset, in: scalars)
            return (end..<end, newlineIfNeeded(before: end, in: scalars, newline: newline)
                        + items(drafts, indent: 2, newline: newline))
        }
        guard let list = value.sequence else { throw ClaimAppendError.claimsNotAList(value.range.start) }
        guard let last = list.last else {
            // `claims: []`: replaced by a block list starting on the next line.
            guard !isBlock(value, in: scalars) else { throw ClaimAppendError.claimsNotAList(value.range.start) }
            return replacing(value, with: drafts, in: scalars, newline: newline)
        }
        guard isBlock(value, in: scalars) else { throw ClaimAppendError.flowList(value.range.start) }
        let indent = value.range.start.column - 1
        let end = endOfComments(after: lineEnd(after: last.range.end.offset, in: scalars), deeperThan: indent, in: scalars)
        return (end..<end, newlineIfNeeded(before: end, in: scalars, newline: newline)
                    + items(drafts, indent: indent, newline: newline))
    }

    /// Past the comment lines at `offset` indented deeper than the list's `-` (and the blank
    /// lines among them): a reviewer's note under the last claim, or the notes `import` writes
    /// there, belong to that claim, and new claims go after them, not between.
    private static func endOfComments(after offset: Int, deeperThan indent: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = offset
        var line = offset
        while line < scalars.count {
            var first = line
            while first < scalars.count, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            let next = LineBreak.lineEnd(after: line, in: scalars)
            if first < scalars.count, scalars[first] == "#" {
                guard first - line > indent else { break }
                end = next
            } else if first < scalars.count, scalars[first] != "\n", scalars[first] != "\r" {
                break
            }
            line = next
        }
        return end
    }

    /// An edit that puts a block list of `drafts` where the one-line value `value` is, starting on
    /// the next line.
    private static func replacing(_ value: YAMLNode, with drafts: [[String]], in scalars: [Unicode.Scalar],
                                  newline: String) -> (range: Range<Int>, text: String) {
        let range = value.range.start.offset..<value.range.end.offset
        // The spaces before the value go, and with them the line break when the value sits on a
        // line of its own under `claims:`: the list starts on the line after the key.
        var start = startOfSpaces(before: range.lowerBound, in: scalars)
        if LineBreak.ends(at: start, in: scalars) {
            start -= start > 1 && scalars[start - 1] == "\n" && scalars[start - 2] == "\r" ? 2 : 1
            start = startOfSpaces(before: start, in: scalars)
        }
        // A comment after the empty value stays on the `claims:` line, not after the last claim.
        var lineEnd = range.upperBound
        while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
        let rest = String(String.UnicodeScalarView(scalars[range.upperBound..<lineEnd]))
        return (start..<lineEnd, rest + newline + items(drafts, indent: 2, newline: newline).dropLastNewline(newline))
    }

    /// Where the run of spaces and tabs that ends at `offset` starts.
    private static func startOfSpaces(before offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var start = offset
        while start > 0, scalars[start - 1] == " " || scalars[start - 1] == "\t" { start -= 1 }
        return start
    }

    /// The lines a new annotation file starts with, up to its `claims:` key.
    private static func header(document: String, revision: String?, newline: String) -> String {
        var lines = ["gloss: \(AnnotationFile.schemaVersion)", "document: \(ClaimYAML.scalar(document))"]
        if let revision { lines.append("revision: \(ClaimYAML.scalar(revision))") }
        lines.append("claims:")
        return lines.map { $0 + newline }.joined()
    }

    private static func items(_ drafts: [[String]], indent: Int, newline: String) -> String {
        drafts.map { ClaimYAML.listItem($0, indent: indent, newline: newline) }.joined()
    }

    /// A block sequence starts with `-`; a flow one with `[`.
    private static func isBlock(_ node: YAMLNode, in scalars: [Unicode.Scalar]) -> Bool {
        let start = node.range.start.offset
        return start < scalars.count && scalars[start] == "-"
    }

    /// The offset just after the line break that ends the line holding `offset` (the end of the
    /// text when the line has none). A block scalar's end already sits after its line break.
    private static func lineEnd(after offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        LineBreak.ends(at: offset, in: scalars) ? offset : LineBreak.lineEnd(after: offset, in: scalars)
    }

    /// A line break when the text before `offset` does not end with one (a file without a final
    /// newline).
    private static func newlineIfNeeded(before offset: Int, in scalars: [Unicode.Scalar], newline: String) -> String {
        offset == 0 || LineBreak.ends(at: offset, in: scalars) ? "" : newline
    }

    /// The text before an appended `claims:` key, ended by a line break when it has none.
    private static func separated(_ text: ArraySlice<Unicode.Scalar>, newline: String, needed: Bool) -> [Unicode.Scalar] {
        guard needed, let last = text.last, last != "\n", last != "\r" else { return Array(text) }
        return Array(text) + Array(newline.unicodeScalars)
    }

}

private extension String {
    func dropLastNewline(_ newline: String) -> String {
        hasSuffix(newline) ? String(dropLast(newline.count)) : self
    }
}

/// Why claims could not be appended to an annotation file.
public enum ClaimAppendError: Error, Sendable, Equatable {
    case syntax(YAMLError)
    case notAMapping
    /// The file annotates another document, the one its `document:` names.
    case otherDocument(String)
    /// The file's `document:` is one a check refuses: a path ending with `/` or `/.`, which names a folder.
    case invalidDocument(String, ending: String)
    /// The file has no `gloss:` and no `document:` that names a document: a registry, or other YAML.
    case notAnAnnotationFile
    /// `claims:` holds something else than a list, which starts here.
    case claimsNotAList(TextPosition)
    /// `claims:` is a flow list (`[…]`) with claims in it, which starts here.
    case flowList(TextPosition)
    /// The top level is a flow mapping (`{…}`, as JSON writes it).
    case flowMapping
    /// The edit, read back, changed what the file held: its layout is one the text edit cannot
    /// follow, and nothing is written.
    case layout
    /// The file ends in a block scalar (`|`, `>`) that starts here, with no line break after it.
    case blockScalarAtEnd(TextPosition)
    /// The file would cross a limit (`.gloss.yml` `limits:`), which a check refuses whole.
    case overLimit(String)

    public var message: String {
        switch self {
        case .syntax(let error): "the file is not valid YAML (\(error.position): \(error.message)); fix it first"
        case .notAMapping: "the file's top level is not a mapping of keys"
        case .otherDocument(let other):
            "the file annotates `\(other)`: documents with the same file name share an annotation file name, so rename one of them"
        case .invalidDocument(let written, let ending):
            "the file's `document: \(written)` ends with `\(ending)`, which names a folder (`gloss check` says so): mend it first"
        case .notAnAnnotationFile: "the file has no `gloss:` and no `document:` that names a document, so it is not taken for an annotation file (a registry?); add `gloss: 1` at its top if it is one"
        case .claimsNotAList(let position): "`claims:` at \(position) is not a list"
        case .flowList(let position): "`claims:` at \(position) is a flow list ([…]); write it as a block list to append to it"
        case .flowMapping: "the file is written as one flow mapping ({…}, as JSON is); Gloss appends claims only to block YAML: "
            + "add the claim by hand, or write the file's top level as block YAML"
        case .layout: "Gloss cannot append to this file's layout as text without changing what it holds; nothing was written, add the claims by hand"
        case .overLimit(let why): "\(why); a check would refuse the file, so nothing was written"
        case .blockScalarAtEnd(let position):
            "the file ends in the block text (`|` or `>`) at \(position) with no line break after it, so what is appended would "
                + "join that text; end the file with a line break and run again"
        }
    }
}
