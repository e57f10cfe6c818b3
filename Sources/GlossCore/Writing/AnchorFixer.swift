/// What `gloss fix` does to one annotation file: re-anchors its claims and rewrites `start`,
/// `end`, `prefix`, `suffix` and `revision` as minimal text edits. It never rewrites a quote; a
/// claim whose words changed, or that cannot be placed, is left alone and listed.
public struct AnchorFix: Sendable {
    /// A claim `gloss fix` left alone, or fixed with a word for the reviewer, and why.
    public struct ClaimNote: Sendable, Hashable {
        public var claimID: String
        public var tier: AnchorTier?
        public var location: Location
        public var reason: String
    }

    public var path: String
    /// The file as read.
    public var original: [UInt8]
    /// The file with the edits applied; equal to `original` when nothing needed fixing.
    public var fixed: [UInt8]
    public var edits: [TextEdit]
    public var skipped: [ClaimNote]
    /// Claims fixed where the quote stands but the text around it changed: the place is the
    /// only one that fits, and a reviewer should still see it is the claim's passage.
    public var toRecheck: [ClaimNote] = []
    /// Why `revision` was left as it is although the document changed since, when it was: a
    /// claim left alone, or one that did not read, keeps offsets recorded against an earlier
    /// version, and with it every claim of the file.
    public var revisionKept: String?

    public var changes: Bool { fixed != original }
}

/// What `gloss fix` and the editor's quick fix write: each claim's recorded position and
/// context where its quote stands now, and the document's `revision`, edited as text in place
/// so that reviewers' comments and formatting survive. Never the quote: changed words are a
/// reviewer's to judge.
public enum AnchorFixer {
    /// The fixes for every annotation file of an analysis that decoded; the claims of one whose
    /// document did not load are each listed as left alone.
    public static func fixes(for analysis: Analysis) -> [AnchorFix] {
        ConcurrentMap.map(analysis.files) { file in
            analysis.yamlTexts[file.path].flatMap { fix(file, bytes: $0, limits: analysis.configuration.limits) }
        }.compactMap { $0 }
    }

    /// The fix of one file, read and read back within `limits`, as a check reads it.
    static func fix(_ file: LoadedAnnotationFile, bytes: [UInt8], limits: Limits) -> AnchorFix? {
        guard let annotation = file.annotation, let yaml = try? SourceText(decoding: bytes) else { return nil }
        guard case .loaded(let document)? = file.document else {
            // Nothing placed, nothing to fix: each claim is listed, so that the run does not end well.
            let reason = switch file.document {
            case .missing(let path): "the document \(path) is not there"
            case .outsideWorkspace(let path): "the document \(path) is outside the workspace"
            case .unreadable(let path, let message, _): "the document \(path) cannot be read: \(message)"
            case .loaded, nil: YAMLParser.topLevelScalar("document", in: bytes, limits: limits.yaml) == nil
                ? "the file names no document" : "the file's `document:` is invalid (`gloss check` says why)"
            }
            let skipped = file.claims.map { claim in
                AnchorFix.ClaimNote(claimID: claim.id, tier: nil, location: claim.primaryLocation, reason: reason)
            }
            return AnchorFix(path: file.path, original: bytes, fixed: bytes, edits: [], skipped: skipped)
        }
        var editor = YAMLEditor(yaml.scalars)
        // The file's tree, parsed once and only when a revision is added or the edits are checked.
        lazy var tree = (try? YAMLParser.parse(bytes, limits: limits.yaml)) ?? nil
        var skipped: [AnchorFix.ClaimNote] = []
        var toRecheck: [AnchorFix.ClaimNote] = []
        // Each claim rewritten, by its place in the file, with the anchor it must read back as.
        var rewritten: [Rewritten] = []
        for (index, claim) in file.claims.enumerated() {
            guard let anchor = claim.claim.anchor else {
                // Its offsets, if any, are still the old revision's: the revision must stay.
                skipped.append(AnchorFix.ClaimNote(claimID: claim.id, tier: nil, location: claim.primaryLocation,
                                                 reason: "its anchor could not be read (`gloss check` says why); correct it by hand"))
                continue
            }
            guard let result = claim.anchoring else { continue }
            // The anchor's keys that read no value: `prefix: ~` or an empty `prefix:` is a field
            // left empty, for `fix` to fill in place; one of the wrong type is left to a reviewer.
            let written = [anchor.prefix == nil, anchor.suffix == nil, anchor.start == nil, anchor.end == nil].contains(true)
                ? Self.writtenFields(of: claim.claim, in: tree) : [:]
            let empty = written.filter { _, pair in
                pair.value.isNull && pair.value.tag == nil && (pair.value.range.offsets.isEmpty || editor.isEditable(pair.value.range))
            }
            let reason = reasonToLeave(result, anchor: anchor, written: Set(written.keys), empty: empty, editor: editor)
            if let reason {
                skipped.append(AnchorFix.ClaimNote(claimID: claim.id, tier: result.tier,
                                                 location: claim.location(anchor.quote.range), reason: reason))
                continue
            }
            guard let range = result.range else { continue }
            if result.contextChanged {
                toRecheck.append(AnchorFix.ClaimNote(claimID: claim.id, tier: result.tier, location: claim.location(anchor.quote.range),
                                                     reason: "placed where the text around the quote changed; check it is still the claim's passage"))
            }
            let (prefix, suffix) = rewrite(anchor, to: range, in: document.text, empty: empty, editor: &editor)
            rewritten.append(Rewritten(index: index, claim: claim, range: range, prefix: prefix, suffix: suffix))
        }
        // A claim that did not read at all (its id unusable) is not among the claims: its offsets
        // are still an earlier version's, which the revision must keep naming. Other errors in
        // the file (a date, a verdict) leave every claim read and placed.
        let unreadClaims = file.problems.isEmpty ? 0 : max(0, (tree?["claims"]?.sequence?.count ?? 0) - file.claims.count)
        let unread = unreadClaims == 0 ? nil
            : "\(unreadClaims) claim\(unreadClaims == 1 ? "" : "s") did not read (`gloss check` says why)"
        // Claims left alone keep offsets that count in the version `revision` names, and so must
        // every other claim of the file: offsets of the current text under the old revision would
        // be carried across the edits again, onto other words. Nothing is recorded until every
        // claim is placed (a reviewer updates a changed quote, then runs `fix` again).
        if unreadClaims + skipped.count > 0, let revision = annotation.revision, revision.value != document.blobID {
            let why = unread ?? "\(skipped.count) claim\(skipped.count == 1 ? " was" : "s were") left alone"
            return AnchorFix(path: file.path, original: bytes, fixed: bytes, edits: [], skipped: skipped,
                             revisionKept: why + ", so no claim's place is recorded: the offsets of the file count in the version "
                                + "`revision` names until every claim is placed")
        }
        // Without a revision, offsets count in the current text: the others are recorded, and the
        // revision is added once every claim is placed and read.
        let revisionKept = unread.map { $0 + " and keep\(unreadClaims == 1 ? "s" : "") offsets of an unknown version" }
        if skipped.isEmpty, unreadClaims == 0, let named = annotation.document {
            if let revision = annotation.revision {
                if revision.value != document.blobID { editor.replace(revision.range, with: document.blobID, inFlow: false) }
            } else {
                let json = tree.map { editor.isJSON($0.range) } ?? false
                let rendered = json ? YAMLScalarWriter.doubleQuoted(document.blobID) : document.blobID
                if let empty = tree?.pair(forKey: "revision"), empty.value.isNull,
                   empty.value.range.offsets.isEmpty || editor.isEditable(empty.value.range) {
                    // `revision:` left empty: filled in, since a second `revision:` key would be a duplicate.
                    editor.fill(empty, rendered: rendered)
                } else {
                    // A top level written `{gloss: 1, document: …}` takes the key after the document's
                    // value; a block one on a line of its own.
                    // Indented as the `document:` key, whose value may stand on the next line.
                    let line = yaml.position(at: (tree?.pair(forKey: "document")?.key.range ?? named.range).start.offset)
                    let indent = yaml.line(line.line).prefix { $0 == " " }.count
                    editor.insert(key: YAMLEditor.key("revision", json: json), rendered: rendered, after: named.range,
                                  flow: tree.map { editor.isFlow($0.range) } ?? false, indentColumn: indent + 1)
                }
            }
        }
        let fixed = editor.editedBytes(byteOrderMark: yaml.hadByteOrderMark)
        if fixed != bytes, let refusal = readBackRefusal(fixed, from: tree, path: file.path, rewritten: rewritten, limits: limits) {
            // A layout the text edits misjudged (a shared anchor, a tagged mapping), or a file
            // the edits take past a limit: nothing is written, and each claim is listed for a
            // reviewer.
            let unsafe = rewritten.map { entry in
                AnchorFix.ClaimNote(claimID: entry.claim.id, tier: entry.claim.anchoring?.tier,
                                  location: entry.claim.location(entry.claim.claim.anchor?.quote.range ?? entry.claim.claim.id.range),
                                  reason: refusal)
            }
            return AnchorFix(path: file.path, original: bytes, fixed: bytes, edits: [], skipped: skipped + unsafe, revisionKept: revisionKept)
        }
        return AnchorFix(path: file.path, original: bytes, fixed: fixed, edits: editor.edits, skipped: skipped,
                         toRecheck: toRecheck, revisionKept: revisionKept)
    }

    /// Why the fixed file cannot be written, or nil: it must stay within `limits`, and read back
    /// as the original everywhere but the anchors' context and offsets and the revision, and
    /// each rewritten anchor as the place it was fixed to.
    private static func readBackRefusal(_ fixed: [UInt8], from before: YAMLNode?, path: String, rewritten: [Rewritten],
                                        limits: Limits) -> String? {
        let unsafe = "Gloss cannot rewrite this file's anchors as text and read them back the same; update them by hand"
        let overLimit = "the file with its anchors rewritten would be refused by a check, "
        let after: YAMLNode?
        do {
            after = try YAMLParser.parse(fixed, limits: limits.yaml)
        } catch {
            return error.isLimit ? overLimit + error.message + "; raise the limit in .gloss.yml or update the anchors by hand" : unsafe
        }
        guard let before, let after, before.hasSameContent(as: after, except: ["prefix", "suffix", "start", "end", "revision"]) else { return unsafe }
        var decoder = AnnotationFileDecoder(path: path, maximumClaims: .max)
        guard let claims = decoder.decode(after)?.claims else { return unsafe }
        let readBack = rewritten.allSatisfy { entry in
            guard entry.index < claims.count, let anchor = claims[entry.index].anchor else { return false }
            return anchor.start?.value == entry.range.lowerBound && anchor.end?.value == entry.range.upperBound
                && anchor.prefix?.value == entry.prefix && anchor.suffix?.value == entry.suffix
        }
        return readBack ? nil : unsafe
    }

    /// A claim whose anchor was rewritten: where it is in the file's claims, and what its anchor
    /// must read back as.
    private struct Rewritten {
        var index: Int
        var claim: AnchoredClaim
        var range: Range<Int>
        var prefix: String
        var suffix: String
    }

    /// The anchor fields of `claim` as the file's tree has them, by key: a key whose value did
    /// not read is still there, so that inserting it would write it twice.
    private static func writtenFields(of claim: Claim, in tree: YAMLNode?) -> [String: YAMLPair] {
        guard let items = tree?["claims"]?.items,
              let anchor = items.first(where: { $0.range == claim.range })?["anchor"], anchor.isMapping else { return [:] }
        var written: [String: YAMLPair] = [:]
        for key in ["prefix", "suffix", "start", "end"] { written[key] = anchor.pair(forKey: key) }
        return written
    }

    private static func reasonToLeave(_ result: AnchorResult, anchor: Anchor, written: Set<String>, empty: [String: YAMLPair],
                                      editor: YAMLEditor) -> String? {
        switch result.tier {
        case .exact, .moved, .normalized:
            let fields = [anchor.prefix?.range, anchor.suffix?.range, anchor.start?.range, anchor.end?.range].compactMap { $0 }
            let missing = [("prefix", anchor.prefix == nil), ("suffix", anchor.suffix == nil), ("start", anchor.start == nil),
                           ("end", anchor.end == nil)]
            // A key inserted into a mapping that carries an anchor or a tag would go at its column.
            let inserts = missing.contains { $0.1 && empty[$0.0] == nil && !written.contains($0.0) }
            guard fields.allSatisfy(editor.isEditable), !inserts || editor.isEditable(anchor.range) else {
                return "its anchor uses YAML anchors, aliases or tags; update it by hand"
            }
            let unread = missing
                .filter { $0.1 && empty[$0.0] == nil && written.contains($0.0) }.map(\.0)
            return unread.isEmpty ? nil
                : "its anchor's " + unread.map { "`\($0)`" }.joined(separator: ", ") + " could not be read; correct it by hand"
        case .fuzzy: return "the quoted words changed; a reviewer must update the quote"
        case .ambiguous: return "the quote fits several places; add context or a position by hand"
        case .orphaned where result.candidates.isEmpty: return "the quote is not in the document"
        case .orphaned: return "the quoted words stand only where the text around them is not the recorded context "
            + "(`gloss check` lists the places); place the claim by hand"
        }
    }

    /// Rewrites the anchor's context and offsets for `range`, and returns the context written.
    private static func rewrite(_ anchor: Anchor, to range: Range<Int>, in text: SourceText, empty: [String: YAMLPair],
                                editor: inout YAMLEditor) -> (prefix: String, suffix: String) {
        let (prefix, suffix) = Anchorer.context(around: range, in: text)
        let inFlow = editor.isFlow(anchor.range)
        let json = editor.isJSON(anchor.range)
        let last = [anchor.quote.range, anchor.prefix?.range, anchor.suffix?.range, anchor.start?.range, anchor.end?.range]
            .compactMap { $0 }.max { $0.end.offset < $1.end.offset }!
        func set(_ key: String, _ field: Located<String>?, _ value: String) {
            if let field {
                if field.value != value { editor.replace(field.range, with: value, inFlow: inFlow) }
            } else {
                let rendered = json ? YAMLScalarWriter.doubleQuoted(value) : YAMLScalarWriter.render(value, style: nil, inFlow: inFlow)
                if let pair = empty[key] {
                    editor.fill(pair, rendered: rendered)
                } else {
                    editor.insert(key: YAMLEditor.key(key, json: json), rendered: rendered, after: last, flow: inFlow,
                                  indentColumn: anchor.range.start.column)
                }
            }
        }
        func set(_ key: String, _ field: Located<Int>?, _ value: Int) {
            if let field {
                if field.value != value { editor.replace(field.range, with: value) }
            } else if let pair = empty[key] {
                editor.fill(pair, rendered: YAMLScalarWriter.render(value))
            } else {
                editor.insert(key: YAMLEditor.key(key, json: json), rendered: YAMLScalarWriter.render(value), after: last,
                              flow: inFlow, indentColumn: anchor.range.start.column)
            }
        }
        set("prefix", anchor.prefix, prefix)
        set("suffix", anchor.suffix, suffix)
        set("start", anchor.start, range.lowerBound)
        set("end", anchor.end, range.upperBound)
        return (prefix, suffix)
    }
}
