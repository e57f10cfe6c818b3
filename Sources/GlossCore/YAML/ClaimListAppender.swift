/// Appends claims to an annotation file's `claims:` list as text, at the positions libyaml
/// reports, so that everything already in the file (comments, order, quoting, blank lines) stays
/// as it was. The file is never re-emitted.
public enum ClaimListAppender {
    /// Why the claims could not be appended.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file is not YAML Gloss can read; the message says why.
        case unreadable(String)
        /// The top level is not a mapping, or `claims` is not a list.
        case unexpectedShape(String)

        public var description: String {
            switch self {
            case .unreadable(let message), .unexpectedShape(let message): message
            }
        }
    }

    /// The new text of an annotation file with `claims` added at the end of its `claims:` list.
    ///
    /// - Parameters:
    ///   - claims: each claim as an unindented block mapping (`id: …` on its first line).
    ///   - text: the file's current text, or nil when it does not exist yet; it is then created
    ///     with `gloss:` and `document:`.
    ///   - document: the workspace-relative path of the document, for a new file.
    public static func appending(_ claims: [String], to text: String?, document: String) throws(Failure) -> String {
        guard let text, !text.allSatisfy(\.isWhitespace) else {
            return "gloss: \(AnnotationFile.schemaVersion)\ndocument: \(YAMLScalarWriter.doubleQuoted(document))\nclaims:\n"
                + items(claims, indent: 2)
        }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(Array(text.utf8))
        } catch {
            throw .unreadable("\(error.position): \(error.message)")
        }
        guard let root, root.mapping != nil else { throw .unexpectedShape("the file's top level is not a mapping") }
        var scalars = Array(text.unicodeScalars)
        // libyaml's offsets do not count a byte order mark; the text here still has it.
        let base = scalars.first == "\u{FEFF}" ? 1 : 0
        guard let pair = root.pair(forKey: "claims") else {
            let separator = scalars.last == "\n" ? "" : "\n"
            return text + separator + "claims:\n" + items(claims, indent: 2)
        }
        let value = pair.value
        let insertion: (offset: Int, text: String)
        if value.isNull || value.sequence?.isEmpty == true {
            // `claims:` or `claims: []`: the list starts on the line after the key, in block style.
            if !value.isNull {
                scalars.replaceSubrange((pair.key.range.end.offset..<value.range.end.offset).shifted(by: base), with: [":"])
            }
            let lineEnd = scalars[(pair.key.range.end.offset + base)...].firstIndex(of: "\n") ?? scalars.count
            let indent = pair.key.range.start.column - 1 + 2
            insertion = (lineEnd, "\n" + items(claims, indent: indent).dropLast())
        } else if let list = value.sequence, let last = list.last, scalars[value.range.start.offset + base] == "-" {
            // A block list ends where the next token starts: at the start of a line, or at the
            // end of a file, which may lack a final line break.
            let end = min(last.range.end.offset + base, scalars.count)
            let listed = items(claims, indent: value.range.start.column - 1)
            let atLineStart = end == 0 || scalars[end - 1] == "\n" || scalars[end - 1] == "\r"
            insertion = (end, atLineStart ? listed : "\n" + listed.dropLast())
        } else {
            throw .unexpectedShape("`claims` is not a block list (one `- ` item a line), so claims cannot be appended to it")
        }
        scalars.insert(contentsOf: insertion.text.unicodeScalars, at: insertion.offset)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The claims as list items at `indent` columns, each line ended.
    private static func items(_ claims: [String], indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var output = ""
        for claim in claims {
            for (number, line) in claim.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where number == 0 || !line.isEmpty {
                output += margin + (number == 0 ? "- " : "  ") + line + "\n"
            }
        }
        return output
    }
}

private extension Range<Int> {
    func shifted(by distance: Int) -> Range<Int> { (lowerBound + distance)..<(upperBound + distance) }
}
