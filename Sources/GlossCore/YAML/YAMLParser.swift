import CYAML

/// Parses one YAML document into a ``YAMLNode`` tree with libyaml's event API, keeping the exact
/// position of every node, because Gloss reports findings at those positions and edits files as
/// text there instead of re-emitting them.
public enum YAMLParser {
    /// Parses `bytes`, UTF-8 with or without a byte order mark, into the tree of its document.
    ///
    /// Returns nil when the stream has no document: empty input, or only comments and blank lines.
    /// Fails on a syntax error, on anything over `limits`, on a duplicate key in a mapping, on an
    /// alias without an earlier anchor, and on a second document. Anchors and aliases are expanded:
    /// the tree has no references.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        guard bytes.count <= limits.maxFileBytes else {
            throw YAMLError(.tooLarge(bytes: bytes.count, limit: limits.maxFileBytes), at: .start)
        }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
            // The byte order mark is not part of the text; libyaml is told the encoding instead.
            let hasByteOrderMark = buffer.starts(with: SourceText.byteOrderMarkBytes)
            let text = hasByteOrderMark ? UnsafeBufferPointer(rebasing: buffer.dropFirst(3)) : buffer
            return text.isEmpty ? nil : try parse(text: text, limits: limits)
        }
    }

    /// The value of `key` in the top-level mapping, when it is a scalar, read from libyaml's
    /// events without building the document and without reading past the value: what finding
    /// the files that name a document (their `document:`) among thousands needs, where parsing
    /// each whole took a second. Nil when the stream holds no such key, its value is not a
    /// scalar, or the YAML does not read as far as the value.
    public static func topLevelScalar(_ key: String, in bytes: [UInt8], limits: YAMLLimits = .default) -> String? {
        guard bytes.count <= limits.maxFileBytes else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            let text = buffer.starts(with: SourceText.byteOrderMarkBytes) ? UnsafeBufferPointer(rebasing: buffer.dropFirst(3)) : buffer
            guard !text.isEmpty else { return nil }
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) != 0 else { return nil }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_input_string(parser, text.baseAddress, text.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            // Nesting below the stream, and the nodes of the top-level mapping completed so far:
            // keys and values alternately.
            var depth = 0
            var completed = 0
            var valueIsNext = false
            var event = yaml_event_t()
            while yaml_parser_parse(parser, &event) != 0 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    if depth == 0 && event.type != YAML_MAPPING_START_EVENT || depth == 1 && valueIsNext { return nil }
                    depth += 1
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    depth -= 1
                    if depth == 0 { return nil }
                    if depth == 1 { completed += 1 }
                case YAML_SCALAR_EVENT where depth == 1:
                    let scalar = event.data.scalar
                    let value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                    if valueIsNext { return String(decoding: value, as: UTF8.self) }
                    valueIsNext = completed.isMultiple(of: 2) && value.elementsEqual(key.utf8)
                    completed += 1
                case YAML_SCALAR_EVENT where depth == 0, YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT where depth == 1:
                    if valueIsNext { return nil }
                    completed += 1
                default:
                    break
                }
            }
            return nil
        }
    }

    private static func parse(text: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> YAMLNode? {
        let marks = YAMLMarks(text)
        // libyaml keeps a pointer to the parser inside it, so the parser needs a stable address.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw error(of: parser.pointee, in: text, marks: marks)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, text.baseAddress, text.count)
        // Forcing UTF-8 makes libyaml reject UTF-16 rather than silently reading it.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        var builder = YAMLDocumentBuilder(limits: limits, bytes: text.count)
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                throw error(of: parser.pointee, in: text, marks: marks)
            }
            defer { yaml_event_delete(&event) }
            let start = marks.position(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return builder.finish()
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                guard documents == 1 else { throw YAMLError(.multipleDocuments, at: start) }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                try builder.scalar(UnsafeBufferPointer(start: scalar.value, count: scalar.length), style: style(scalar.style),
                                   range: TextRange(start: start, end: marks.position(event.end_mark)),
                                   tag: scalar.tag, anchor: scalar.anchor)
            case YAML_ALIAS_EVENT:
                try builder.alias(string(event.data.alias.anchor) ?? "",
                                  at: TextRange(start: start, end: marks.position(event.end_mark)))
            case YAML_SEQUENCE_START_EVENT:
                let sequence = event.data.sequence_start
                try builder.startCollection(isMapping: false, isBlock: sequence.style == YAML_BLOCK_SEQUENCE_STYLE, at: start,
                                            tag: sequence.tag, anchor: sequence.anchor)
            case YAML_MAPPING_START_EVENT:
                let mapping = event.data.mapping_start
                try builder.startCollection(isMapping: true, isBlock: mapping.style == YAML_BLOCK_MAPPING_STYLE, at: start,
                                            tag: mapping.tag, anchor: mapping.anchor)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try builder.endCollection(at: marks.position(event.end_mark))
            default:
                break
            }
        }
    }

    private static func string(_ characters: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        characters.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// The error libyaml stopped with. Reader errors (bad bytes) carry a byte offset instead of a
    /// mark; the others carry a problem mark and often a context, such as where a string began.
    private static func error(of parser: yaml_parser_t, in text: UnsafeBufferPointer<UInt8>, marks: YAMLMarks) -> YAMLError {
        // Only a memory error comes without a problem.
        let problem = parser.problem.map { String(cString: $0) } ?? "out of memory"
        if parser.error == YAML_READER_ERROR {
            let position = YAMLMarks.position(ofByte: parser.problem_offset, in: text)
            // The one reader error about a valid character; the others are about UTF-8.
            guard problem == "control characters are not allowed" else {
                return YAMLError(.invalidUTF8, at: position, problem: problem)
            }
            return YAMLError(.forbiddenCharacter(codePoint: UInt32(parser.problem_value)), at: position)
        }
        let context = parser.context.map { String(cString: $0) }
        return YAMLError(
            .syntax(context: context == nil ? nil : inText(marks.position(parser.context_mark), text)),
            at: inText(marks.position(parser.problem_mark), text),
            problem: problem, context: context
        )
    }

    /// A mark at the end of text without a final line break, where libyaml counts a line more
    /// (`claims: [` cut short is at 3:10, not 4:1): the position of the text's end.
    private static func inText(_ position: TextPosition, _ text: UnsafeBufferPointer<UInt8>) -> TextPosition {
        guard position.column == 1, position.line > 1, let last = text.last, last != 0x0A, last != 0x0D else { return position }
        let end = YAMLMarks.position(ofByte: text.count, in: text)
        return position.offset >= end.offset ? end : position
    }
}
