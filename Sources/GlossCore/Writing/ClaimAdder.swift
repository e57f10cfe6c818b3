/// What `gloss add` does: finds the span a new claim names, records its selectors, and appends the
/// claim to the document's annotation file as a text edit (creating the file when needed).
public enum ClaimAdder {
    /// How the new claim's span is named: a quote (and which occurrence, 1-based, when it occurs
    /// more than once), or scalar offsets.
    public enum Span: Sendable, Hashable {
        case quote(String, occurrence: Int?)
        case range(Range<Int>)
    }

    /// The annotation file's new contents, and what it held before (nil when it is new).
    public struct Addition: Sendable {
        public var path: String
        /// The document's workspace path, as the annotation file names it.
        public var document: String
        public var original: [UInt8]?
        public var updated: [UInt8]
        public var claimID: String
        public var range: Range<Int>
        /// Where the span starts in the document, for the person adding it.
        public var position: TextPosition
        /// Things worth a second look that do not stop the addition: the quote found only in the
        /// article's typography, a range that cuts a word, a claim of the same kind on the span.
        public var notes: [String]
    }

    public enum Failure: Error, Sendable, Hashable {
        case documentUnreadable(String)
        case quoteNotFound
        case occurrenceOutOfRange(requested: Int, found: Int)
        /// Where each occurrence starts, with the words around it, for choosing one.
        case severalOccurrences([Occurrence])
        case rangeOutsideText(count: Int)
        case rangeSplitsCharacter
        case emptySpan
        case idTaken(String)
        case invalidID(String)
        case unsupportedLayout(path: String, reason: String)
        case annotationFileUnreadable(String)
        case annotationFileUnchecked(path: String, reason: String)
        /// The file records an earlier revision, so the claim would go without offsets, and its
        /// quote and context alone would not lead back to the words chosen.
        case placeNeedsCurrentRevision(path: String)

        /// Occurrences a message lists, at most.
        static let occurrencesListed = 20

        public var message: String {
            switch self {
            case .documentUnreadable(let reason): "cannot read the document: \(reason)"
            case .quoteNotFound: "the quote is not in the document"
            case .occurrenceOutOfRange(let requested, let found):
                "--occurrence \(requested) is out of range: the quote occurs \(found) time\(found == 1 ? "" : "s")"
            case .severalOccurrences(let found):
                "the quote occurs \(found.count) times; choose one with --occurrence N or --range START:END:\n"
                    + found.prefix(Self.occurrencesListed).enumerated()
                        .map { "  \($0 + 1): line \($1.position.line), column \($1.position.column): \($1.context)" }
                        .joined(separator: "\n")
                    + (found.count > Self.occurrencesListed ? "\n  … and \(found.count - Self.occurrencesListed) more" : "")
            case .rangeOutsideText(let count): "the range must lie within 0...\(count) with START < END"
            case .rangeSplitsCharacter:
                "the range starts or ends inside a character (an emoji sequence, a flag, a letter with its accent, a CR LF line break)"
            case .emptySpan: "the span is empty or only whitespace"
            case .idTaken(let id): "the id `\(id)` is already used in the workspace"
            case .invalidID(let id): "`\(id)` is not an id: use lowercase letters and digits separated by single hyphens"
            case .unsupportedLayout(let path, let reason): "cannot append to \(path): \(reason)"
            case .annotationFileUnreadable(let reason): "cannot read the annotation file: \(reason)"
            case .annotationFileUnchecked(let path, let reason): "will not write to \(path): \(reason)"
            case .placeNeedsCurrentRevision(let path):
                "\(path) records an earlier revision of the document, so the claim would be written without `start` and "
                    + "`end`, and its quote and context alone lead elsewhere than the words chosen; run `gloss fix` on it "
                    + "first, so that it records the current text (it does once every claim of the file is placed: a claim "
                    + "whose words changed is updated by hand first), then add the claim"
            }
        }
    }

    /// One place a quote occurs.
    public struct Occurrence: Sendable, Hashable {
        public var position: TextPosition
        /// The quote with a few words either side, on one line.
        public var context: String
    }

    /// Prepares the addition; `analysis` is the workspace's annotation files as loaded, for the
    /// ids in use and the existing annotation file.
    public static func add(document: String, span: Span, kind: ClaimKind, id: String?,
                           in workspace: Workspace, analysis: Analysis) throws(Failure) -> Addition {
        let text: SourceText
        let bytes: [UInt8]
        let documentPath: String
        do {
            (documentPath, bytes, text) = try workspace.readDocument(named: document)
        } catch {
            throw .documentUnreadable(error.message)
        }
        var notes: [String] = []
        let range = try locate(span, in: text, notes: &notes)
        let quote = text.string(range)
        if let same = analysis.claims.first(where: { claim in
            claim.document?.path == WorkspacePath.normalize(document) && claim.anchoring?.range == range && claim.claim.kind?.value == kind
        }) {
            notes.append("`\(same.id)` is already a claim of kind `\(kind.rawValue)` on these words")
        }
        let taken = Set(analysis.claims.map(\.id))
        if let unread = analysis.unreadAnnotationFiles.first {
            notes.append("\(unread) could not be read (`gloss check` says why), so the ids its claims use are not known; "
                         + "the new claim's id may repeat one")
        }
        let claimID = try id.map { (given) throws(Failure) -> String in
            guard NodeReader.isIdentifier(given) else { throw .invalidID(given) }
            guard !taken.contains(given) else { throw .idTaken(given) }
            return given
        } ?? {
            var names = UniqueNames(used: taken)
            return ClaimIDs.make(from: quote, withholding: PrivateNameWords(analysis.registry.sources), names: &names)
        }()
        let draft = ClaimDraft(id: claimID, kind: kind, range: range, in: text)
        let path = workspace.annotationFile(forDocument: documentPath, in: analysis)
        do {
            try workspace.requireChecked(annotationFile: path)
        } catch {
            throw .annotationFileUnchecked(path: path, reason: error.message)
        }
        let original: [UInt8]?
        do {
            // A file the analysis read is taken as read there (an editor's unsaved text, in the language server).
            if let loaded = analysis.yamlTexts[path] { original = loaded } else { original = try workspace.existingAnnotationFile(path) }
        } catch {
            throw .annotationFileUnreadable(error.message)
        }
        let revision = GitBlobID.of(bytes)
        if let recorded = ClaimAppender.otherRevision(recordedIn: original, than: revision,
                                                             limits: analysis.configuration.limits.yaml) {
            // Found again by quote and context alone, the claim must land on the words chosen.
            let selector = AnchorSelector(quote: draft.quote, prefix: draft.prefix, suffix: draft.suffix)
            guard Anchorer.anchor(selector, in: text).range == range else { throw .placeNeedsCurrentRevision(path: path) }
            notes.append(ClaimAppender.withoutOffsetsNote(path: path, recorded: recorded))
        }
        do {
            let updated = try ClaimAppender.append([draft], to: original, document: documentPath, revision: revision,
                                                   limits: workspace.configuration.limits)
            return Addition(path: path, document: documentPath, original: original, updated: updated, claimID: claimID, range: range,
                            position: text.position(at: range.lowerBound), notes: notes)
        } catch {
            throw .unsupportedLayout(path: path, reason: error.message)
        }
    }

    private static func locate(_ span: Span, in text: SourceText, notes: inout [String]) throws(Failure) -> Range<Int> {
        let range: Range<Int>
        // The quote as typed, when only its folded form was found.
        var writtenAs: String?
        switch span {
        case .range(let given):
            guard given.lowerBound >= 0, given.upperBound <= text.scalarCount, !given.isEmpty else {
                throw .rangeOutsideText(count: text.scalarCount)
            }
            guard Anchorer.isWholeCharacters(given, in: text) else { throw .rangeSplitsCharacter }
            range = given
            if (given.lowerBound > 0 && isInsideWord(given.lowerBound - 1, in: text) && isInsideWord(given.lowerBound, in: text))
                || (given.upperBound < text.scalarCount && isInsideWord(given.upperBound - 1, in: text) && isInsideWord(given.upperBound, in: text))
                || cutsFigure(at: given.lowerBound, in: text) || cutsFigure(at: given.upperBound, in: text) {
                notes.append("the range cuts a word: “\(text.string(given))” in “\(oneLine(text, around: given))”")
            }
        case .quote(let quote, let occurrence):
            let scalars = Array(quote.unicodeScalars)
            guard !scalars.allSatisfy(\.properties.isWhitespace) else { throw .emptySpan }
            var found = text.occurrences(of: scalars).filter { Anchorer.isWholeCharacters($0, in: text) }
            if found.isEmpty {
                // Typed with straight quotes or hyphens where the article has curly quotes or
                // dashes: the article's own characters are recorded, as `check` would find them.
                let folded = NormalizedText(text)
                found = folded.scalars.occurrences(of: NormalizedText(scalars).scalars).map(folded.originalRange(of:))
                    .filter { Anchorer.isWholeCharacters($0, in: text) }
                writtenAs = quote
            }
            if found.isEmpty {
                // Typed with accents composed where the article has them decomposed, or the
                // other way round: the same characters, which `String` compares as equal.
                found = Self.canonicallyEquivalentOccurrences(of: quote, in: text)
            }
            guard !found.isEmpty else { throw .quoteNotFound }
            if let occurrence {
                guard (1...found.count).contains(occurrence) else {
                    throw .occurrenceOutOfRange(requested: occurrence, found: found.count)
                }
                range = found[occurrence - 1]
            } else {
                guard found.count == 1 else {
                    throw .severalOccurrences(found.map { Occurrence(position: text.position(at: $0.lowerBound), context: oneLine(text, around: $0)) })
                }
                range = found[0]
            }
        }
        guard !text.scalars[range].allSatisfy(\.properties.isWhitespace) else { throw .emptySpan }
        if let writtenAs, text.string(range) != writtenAs {
            notes.append("the article writes the quote “\(text.string(range))”; its characters are recorded")
        }
        return range
    }

    /// The scalar ranges of the text whose characters are the quote's: what a composed `ü`
    /// finds of an article written with `u` and a combining diaeresis.
    private static func canonicallyEquivalentOccurrences(of quote: String, in text: SourceText) -> [Range<Int>] {
        let whole = text.string(0..<text.scalarCount)
        var offset = 0
        var index = whole.startIndex
        func scalarOffset(of target: String.Index) -> Int {
            offset += whole.unicodeScalars.distance(from: index, to: target)
            index = target
            return offset
        }
        return whole.ranges(of: quote).map { range in
            let start = scalarOffset(of: range.lowerBound)
            return start..<scalarOffset(of: range.upperBound)
        }
    }

    /// The span with about twenty scalars either side, whole characters, line breaks as spaces,
    /// and "…" where the text goes on.
    private static func oneLine(_ text: SourceText, around range: Range<Int>) -> String {
        var (start, end) = (max(0, range.lowerBound - 20), min(text.scalarCount, range.upperBound + 20))
        while start > 0, !text.isGraphemeBoundary(at: start) { start -= 1 }
        while end < text.scalarCount, !text.isGraphemeBoundary(at: end) { end += 1 }
        let shown = String(String.UnicodeScalarView(text.scalars[start..<end].map { $0.properties.isWhitespace ? " " : $0 }))
        return (start > 0 ? "…" : "") + shown + (end < text.scalarCount ? "…" : "")
    }

    /// Whether a range's end at `boundary` falls inside a figure, between its digits and a point or
    /// group separator between digits ("42" of "42.5", "1" of "1,185"), as anchoring reads figures.
    private static func cutsFigure(at boundary: Int, in text: SourceText) -> Bool {
        let scalars = text.scalars
        let isDigit = { (offset: Int) in offset >= 0 && offset < scalars.count && scalars[offset].isDigit }
        let isSeparator = { (offset: Int) in offset >= 0 && offset < scalars.count && WordRunOn.digitGroupSeparators.contains(scalars[offset]) }
        return (isDigit(boundary - 1) && isSeparator(boundary) && isDigit(boundary + 1))
            || (isDigit(boundary - 2) && isSeparator(boundary - 1) && isDigit(boundary))
    }

    /// Whether the scalar at `offset` is part of a word in a script that spaces its words:
    /// Chinese, Japanese and Thai do not, so no range cuts a word there.
    private static func isInsideWord(_ offset: Int, in text: SourceText) -> Bool {
        let properties = text.scalars[offset].properties
        let unspaced: [ClosedRange<UInt32>] = [0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x3040...0x30FF]
        guard !properties.isIdeographic, !unspaced.contains(where: { $0.contains(text.scalars[offset].value) }) else { return false }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
