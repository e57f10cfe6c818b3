import Foundation
import GlossCore

/// One annotation read from a Web Annotation file, reduced to what a claim needs.
public struct ImportedAnnotation: Sendable, Hashable {
    /// The claim id, when the annotation came from `gloss export` (`urn:gloss:claim:<id>`).
    public var id: String?
    /// The target's `source`: a document URL or workspace path.
    public var source: String?
    public var selector: AnchorSelector
    public var kind: ClaimKind?
    public var summary: String?
    /// The line the summary was shortened from, when it was: the import shortens it again
    /// where no private name is cut in half (``WebAnnotationReader/summary(of:cutsNothing:)``).
    public var summaryLine: String?
    /// Every text the annotation's bodies hold (a comment, a description, an assessment) that the
    /// summary does not carry whole: written with the claim, so that no annotator's words are lost.
    public var notes: [Note]

    /// A textual body, with its `purpose` (`commenting`, `describing`, `assessing`, …) when given.
    public struct Note: Sendable, Hashable {
        public var purpose: String?
        public var text: String

        public init(purpose: String?, text: String) {
            self.purpose = purpose
            self.text = text
        }
    }

    public init(id: String?, source: String?, selector: AnchorSelector, kind: ClaimKind?, summary: String?, summaryLine: String? = nil,
                notes: [Note] = []) {
        self.id = id
        self.source = source
        self.selector = selector
        self.kind = kind
        self.summary = summary
        self.summaryLine = summaryLine
        self.notes = notes
    }
}

/// Reads W3C Web Annotations: an `AnnotationCollection` (with its `first` page embedded), an
/// `AnnotationPage`, a single annotation, a list of annotations, or a Hypothesis export (a list
/// of rows, `{"rows": […]}` or the client's `{"annotations": […]}`, each with `target[…].selector[…]`,
/// `text` and `tags`).
/// Annotations without a TextQuoteSelector (page notes, replies) are skipped, their words kept
/// for the command to show.
public enum WebAnnotationReader {
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// An annotation that quotes no span (a page note, a reply, one with a position alone): its
    /// Gloss id, when an export wrote it, and its words, one a line, empty when it has none.
    public struct Skipped: Sendable, Equatable {
        public var id: String?
        public var text: String
    }

    /// The annotations of a file another tool wrote (one annotation, a list, a collection or
    /// page, or Hypothesis's export), and those it cannot take, each with why; a file that is
    /// none of these fails, so that nothing is imported from it by guesswork.
    public static func read(_ bytes: [UInt8]) throws(Failure) -> (annotations: [ImportedAnnotation], skipped: [Skipped]) {
        // Not by `JSONSerialization`, which drops a U+FEFF that opens a string (swift-foundation
        // issue 300): a quote or a note would lose its first character.
        guard let json = JSONValue.parse(bytes)?.untyped else {
            throw Failure(message: "the file is not JSON" + (JSONSyntax.problem(in: bytes).map { ": \($0)" } ?? ""))
        }
        if let comma = JSONSyntax.strayComma(in: bytes) { throw Failure(message: "the file is not JSON: \(comma)") }
        guard json is [Any] || json is [String: Any] else {
            throw Failure(message: "the file holds no annotations: a list of Web Annotations, or an object with `rows` or `annotations`, is expected")
        }
        let items = try annotations(in: json)
        // Objects none of which targets anything (`{}`, `[1]`, `{"rows": 5}`) are no annotations;
        // an empty list or page is, as `gloss export` writes for a workspace without claims.
        guard items.contains(where: { $0["target"] != nil }) || isEmptyList(json) else {
            throw Failure(message: "the file holds no annotations: a list of Web Annotations, or an object with `rows` or `annotations`, is expected")
        }
        var read: [ImportedAnnotation] = [], skipped: [Skipped] = []
        for item in items {
            let found = annotations(item)
            if found.isEmpty { skipped.append(pageNote(item)) } else { read += found }
        }
        return (read, skipped)
    }

    /// An annotation that quotes no span: its Gloss id, and its bodies' values and its text.
    private static func pageNote(_ object: [String: Any]) -> Skipped {
        let bodies = list(object["body"]).compactMap { ($0 as? [String: Any])?["value"] as? String }
        let text = (bodies + [object["bodyValue"], object["text"]].compactMap { $0 as? String })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: "\n")
        return Skipped(id: glossID(object), text: text)
    }

    /// The claim id of an annotation `gloss export` wrote (`urn:gloss:claim:<id>`).
    private static func glossID(_ object: [String: Any]) -> String? {
        (object["id"] as? String).flatMap { id in
            id.hasPrefix(WebAnnotationExporter.idPrefix) ? String(id.dropFirst(WebAnnotationExporter.idPrefix.count)) : nil
        }
    }

    /// Whether `json` is an empty list, or a collection or page whose list is empty.
    private static func isEmptyList(_ json: Any) -> Bool {
        if let list = json as? [Any] { return list.isEmpty }
        guard let object = json as? [String: Any], let key = Self.listKeys.first(where: { object[$0] != nil }) else {
            return false
        }
        return isEmptyList(object[key]!)
    }

    /// Where a collection, a page or an export keeps its annotations: a collection's `first`
    /// page, a page's `items`, a Hypothesis API answer's `rows`, the Hypothesis client's
    /// "Export annotations" file's `annotations`.
    private static let listKeys = ["first", "items", "rows", "annotations"]

    private static func annotations(in json: Any) throws(Failure) -> [[String: Any]] {
        if let list = json as? [Any] { return list.compactMap { $0 as? [String: Any] } }
        guard let object = json as? [String: Any] else { return [] }
        for key in Self.listKeys where object[key] != nil {
            if let page = object[key] as? String {
                throw Failure(message: "the annotations are on a page the file does not hold (`\(key)`: \(page)); "
                    + "export every annotation into one file")
            }
            var found = try annotations(in: object[key]!)
            // A page embeds the next one, or names it: every page must be in the file, since an
            // import that read one page of several would say nothing of the others.
            switch object["next"] {
            case let next as [String: Any]: found += try annotations(in: next)
            case let next as String:
                throw Failure(message: "the annotations continue on another page (`next`: \(next)), which the file does not hold; "
                    + "export every annotation into one file")
            default: break
            }
            // A search answer of the Hypothesis API holds a page of `total` rows (20 by default).
            if key == "rows", let total = integer(object["total"]), total > found.count {
                throw Failure(message: "the file holds \(found.count) of the \(total) annotations the search found (`total`); "
                    + "fetch them all into one file (the API's `limit` and `offset`)")
            }
            return found
        }
        return [object]
    }

    /// One for each target that quotes words: an annotation of two passages is two claims.
    private static func annotations(_ object: [String: Any]) -> [ImportedAnnotation] {
        var found: [ImportedAnnotation] = []
        for target in list(object["target"]).compactMap({ $0 as? [String: Any] }) {
            let selectors = list(target["selector"]).compactMap { $0 as? [String: Any] }
            // A quote of no words selects nothing: such an annotation is a page note.
            guard let quote = selectors.first(where: { $0["type"] as? String == "TextQuoteSelector" }),
                  let exact = quote["exact"] as? String, !exact.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else { continue }
            let position = selectors.first { $0["type"] as? String == "TextPositionSelector" }
            let bodies = list(object["body"]).compactMap { $0 as? [String: Any] }
            let tags = bodies.filter { $0["purpose"] as? String == "tagging" }.compactMap { $0["value"] as? String }
                + list(object["tags"]).compactMap { $0 as? String }
            let description = bodies.first { $0["purpose"] as? String == "describing" }?["value"] as? String
                ?? object["bodyValue"] as? String ?? object["text"] as? String
            // The annotation's id is its first passage's claim; the others take their words'.
            let id = found.isEmpty ? glossID(object) : nil
            let line = description.flatMap(firstLine)
            let summary = line.map { Self.summary(of: $0) }
            // A body without a purpose has the annotation's motivation (W3C Web Annotation, 3.3.5).
            let texts = bodies.filter { ($0["purpose"] ?? object["motivation"]) as? String != "tagging" }
                .compactMap { body in
                    (body["value"] as? String).map {
                        ImportedAnnotation.Note(purpose: (body["purpose"] ?? object["motivation"]) as? String, text: $0)
                    }
                }
                + [object["bodyValue"], object["text"]].compactMap { ($0 as? String).map { ImportedAnnotation.Note(purpose: nil, text: $0) } }
            // A tag is the claim's kind when it names one; the others (a second kind, "needs police
            // confirmation") are the annotator's words too, kept as notes.
            let kind = tags.lazy.compactMap { ClaimKind(rawValue: $0.lowercased()) }.first
            let otherTags = tags.filter { ClaimKind(rawValue: $0.lowercased()) != kind }.map { ImportedAnnotation.Note(purpose: "tagging", text: $0) }
            // The summary is a note's first line, whole when short: only what it leaves out is kept besides.
            var seen: Set<String> = []
            let notes = (texts + otherTags).filter { note in
                let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
                return !text.isEmpty && text != summary && seen.insert(text).inserted
            }
            found.append(ImportedAnnotation(
                id: id, source: target["source"] as? String ?? object["uri"] as? String,
                selector: AnchorSelector(quote: exact, prefix: quote["prefix"] as? String, suffix: quote["suffix"] as? String,
                                         start: integer(position?["start"]), end: integer(position?["end"])),
                kind: kind, summary: summary, summaryLine: line == summary ? nil : line, notes: notes))
        }
        return found
    }

    /// A JSON value that may be one item or a list of them.
    private static func list(_ value: Any?) -> [Any] {
        switch value {
        case let items as [Any]: items
        case let item?: [item]
        case nil: []
        }
    }

    /// A whole number that is not negative (`12` or `12.0`); nil for anything else, `true` included.
    private static func integer(_ value: Any?) -> Int? {
        let integer: Int? = switch value {
        case let value as Int: value
        case let value as Double: Int(exactly: value)
        default: nil
        }
        return integer.flatMap { $0 >= 0 ? $0 : nil }
    }

    /// The first line of a note, shortened at a word to fit a summary (75 characters).
    static func summary(_ text: String) -> String? {
        firstLine(text).map { summary(of: $0) }
    }

    /// The first line of a note without the spaces around it; nil when it has no words.
    static func firstLine(_ text: String) -> String? {
        let line = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.isEmpty ? nil : line
    }

    /// A line shortened at a word to fit a summary (75 characters), at the last word where
    /// `cutsNothing` accepts what is kept: a summary that ends in half a private name ("citing
    /// Jane…" of Jane Secret) would print the half in every report. Text written without
    /// spaces (Chinese, words joined by hyphens) is cut a character earlier at a time.
    public static func summary(of line: String, cutsNothing: (Substring) -> Bool = { _ in true }) -> String {
        guard line.count > 75 else { return line }
        var cut = line.prefix(74)
        cut = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        while !cut.isEmpty, !cutsNothing(cut) {
            cut = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut.dropLast()
        }
        return cut + "…"
    }
}
