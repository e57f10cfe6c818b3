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
        public var original: [UInt8]?
        public var updated: [UInt8]
        public var claimID: String
        public var range: Range<Int>
    }

    public enum Failure: Error, Sendable, Hashable {
        case documentUnreadable(String)
        case quoteNotFound
        case occurrenceOutOfRange(requested: Int, found: Int)
        case severalOccurrences(Int)
        case rangeOutsideText(count: Int)
        case rangeSplitsCharacter
        case emptySpan
        case idTaken(String)
        case invalidID(String)
        case unsupportedLayout(String)

        public var message: String {
            switch self {
            case .documentUnreadable(let reason): "cannot read the document: \(reason)"
            case .quoteNotFound: "the quote is not in the document"
            case .occurrenceOutOfRange(let requested, let found):
                "--occurrence \(requested) is out of range: the quote occurs \(found) time\(found == 1 ? "" : "s")"
            case .severalOccurrences(let found): "the quote occurs \(found) times; choose one with --occurrence N or --range START:END"
            case .rangeOutsideText(let count): "the range must lie within 0...\(count) with START < END"
            case .rangeSplitsCharacter: "the range starts or ends inside a character (an emoji sequence, a flag, a letter with its accent)"
            case .emptySpan: "the span is empty or only whitespace"
            case .idTaken(let id): "the id `\(id)` is already used in the workspace"
            case .invalidID(let id): "`\(id)` is not an id: use lowercase letters and digits separated by single hyphens"
            case .unsupportedLayout(let reason): "cannot append to the annotation file: \(reason)"
            }
        }
    }

    /// Prepares the addition; `analysis` is the workspace's annotation files as loaded, for the
    /// ids in use and the existing annotation file.
    public static func add(document: String, span: Span, kind: ClaimKind, id: String?,
                           in workspace: Workspace, analysis: Analysis) throws(Failure) -> Addition {
        let text: SourceText
        let bytes: [UInt8]
        do {
            bytes = try workspace.fileSystem.read(WorkspacePath.join(workspace.root, document),
                                                  limit: workspace.configuration.limits.maxDocumentBytes)
            text = try SourceText(decoding: bytes)
        } catch let error as FileSystemError {
            throw .documentUnreadable(error.message)
        } catch {
            throw .documentUnreadable((error as? SourceTextError)?.message ?? "\(error)")
        }
        let range = try locate(span, in: text)
        let quote = text.string(range)
        let taken = Set(analysis.claims.map(\.id))
        let claimID = try id.map { (given) throws(Failure) -> String in
            guard NodeReader.isIdentifier(given) else { throw .invalidID(given) }
            guard !taken.contains(given) else { throw .idTaken(given) }
            return given
        } ?? ClaimID.make(from: quote, avoiding: taken)
        let (prefix, suffix) = Anchorer.context(around: range, in: text)
        let q = YAMLScalarWriter.doubleQuoted
        let item = ["- id: \(claimID)", "  kind: \(kind.rawValue)", "  anchor:", "    quote: \(q(quote))",
                    "    prefix: \(q(prefix))", "    suffix: \(q(suffix))",
                    "    start: \(range.lowerBound)", "    end: \(range.upperBound)"]

        let name = document.split(separator: "/").last.map(String.init) ?? document
        let stem = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : name
        let path = WorkspacePath.join(workspace.configuration.annotations, stem + ".yaml")
        let original = analysis.yamlTexts[path] ?? (try? workspace.fileSystem.read(WorkspacePath.join(workspace.root, path),
                                                                                   limit: workspace.configuration.limits.yaml.maxFileBytes))
        guard let original else {
            let header = "gloss: 1\ndocument: \(document)\nrevision: \(GitBlobID.of(bytes))\nclaims:\n"
            let body = item.map { "  " + $0 + "\n" }.joined()
            return Addition(path: path, original: nil, updated: Array((header + body).utf8), claimID: claimID, range: range)
        }
        let updated = try append(item, to: original)
        return Addition(path: path, original: original, updated: updated, claimID: claimID, range: range)
    }

    private static func locate(_ span: Span, in text: SourceText) throws(Failure) -> Range<Int> {
        let range: Range<Int>
        switch span {
        case .range(let given):
            guard given.lowerBound >= 0, given.upperBound <= text.scalarCount, !given.isEmpty else {
                throw .rangeOutsideText(count: text.scalarCount)
            }
            guard Anchorer.isWholeCharacters(given, in: text) else { throw .rangeSplitsCharacter }
            range = given
        case .quote(let quote, let occurrence):
            let scalars = Array(quote.unicodeScalars)
            guard !scalars.allSatisfy(\.properties.isWhitespace) else { throw .emptySpan }
            let found = text.scalars.occurrences(of: scalars).filter { Anchorer.isWholeCharacters($0, in: text) }
            guard !found.isEmpty else { throw .quoteNotFound }
            if let occurrence {
                guard (1...found.count).contains(occurrence) else {
                    throw .occurrenceOutOfRange(requested: occurrence, found: found.count)
                }
                range = found[occurrence - 1]
            } else {
                guard found.count == 1 else { throw .severalOccurrences(found.count) }
                range = found[0]
            }
        }
        guard !text.scalars[range].allSatisfy(\.properties.isWhitespace) else { throw .emptySpan }
        return range
    }

    /// Appends a claim (lines relative to the list's indentation) at the end of the `claims:`
    /// list: after its last item with the items' indentation, in place of an empty `[]`, or as a
    /// new `claims:` key at the end of the file.
    private static func append(_ item: [String], to bytes: [UInt8]) throws(Failure) -> [UInt8] {
        guard let yaml = try? SourceText(decoding: bytes), let root = try? YAMLParser.parse(bytes), root.mapping != nil else {
            throw .unsupportedLayout("it is not a YAML mapping that parses")
        }
        var editor = YAMLEditor(yaml.scalars)
        func lines(indent: Int) -> String { item.map { String(repeating: " ", count: indent) + $0 + "\n" }.joined() }
        let atEnd = yaml.scalarCount
        let needsBreak = atEnd > 0 && yaml.scalars[atEnd - 1] != "\n"
        switch root.pair(forKey: "claims") {
        case nil:
            editor.edits.append(TextEdit(range: atEnd..<atEnd, replacement: (needsBreak ? "\n" : "") + "claims:\n" + lines(indent: 2)))
        case let pair? where pair.value.isNull || pair.value.sequence?.isEmpty == true:
            let column = pair.key.range.start.column - 1
            let indent = column + 2
            editor.edits.append(TextEdit(range: pair.key.range.end.offset..<pair.value.range.end.offset,
                                         replacement: ":\n" + String(lines(indent: indent).dropLast())))
        case let pair?:
            guard let items = pair.value.sequence, let last = items.last, !editor.isFlow(pair.value.range) else {
                throw .unsupportedLayout("`claims` is not a block list")
            }
            // An item's mapping starts two columns right of its dash.
            let indent = last.range.start.column - 3
            let offset = pair.value.range.end.offset
            let breakFirst = offset > 0 && yaml.scalars[offset - 1] != "\n"
            editor.edits.append(TextEdit(range: offset..<offset, replacement: (breakFirst ? "\n" : "") + lines(indent: indent)))
        }
        return editor.editedBytes(byteOrderMark: yaml.hadByteOrderMark)
    }
}

/// Ids generated from a quote: its first words in kebab-case, made unique in the workspace.
enum ClaimID {
    static func make(from quote: String, avoiding taken: Set<String>) -> String {
        let words = quote.lowercased().unicodeScalars
            .split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            .prefix(6).map { String(String.UnicodeScalarView($0)) }
        let base = words.isEmpty ? "claim" : words.joined(separator: "-")
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
