import GlossCore
import Testing

/// Parses UTF-8 text that must hold a document.
func yamlDocument(_ text: String, limits: YAMLLimits = .default) throws -> YAMLNode {
    try #require(try YAMLParser.parse(Array(text.utf8), limits: limits))
}

/// The error parsing `bytes` fails with, or nil when it succeeds.
func yamlError(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

func yamlError(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
    yamlError(Array(text.utf8), limits: limits)
}

/// The text a range covers, cut by Unicode scalar offsets.
func yamlSlice(_ text: String, _ range: TextRange) -> String {
    let scalars = Array(text.unicodeScalars)[range.offsets]
    return String(String.UnicodeScalarView(scalars))
}

/// The position of a scalar offset, counted independently of libyaml: lines end at LF, CRLF or CR.
func yamlExpectedPosition(in text: String, offset: Int) -> TextPosition {
    let scalars = Array(text.unicodeScalars)
    var line = 1
    var column = 1
    for index in 0..<offset {
        let isBreak = scalars[index] == "\n"
            || (scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n"))
        (line, column) = isBreak ? (line + 1, 1) : (line, column + 1)
    }
    return TextPosition(offset: offset, line: line, column: column)
}

/// Every node of a tree, keys included, in document order.
func yamlNodes(_ node: YAMLNode) -> [YAMLNode] {
    switch node.kind {
    case .scalar: [node]
    case .sequence(let items): [node] + items.flatMap(yamlNodes)
    case .mapping(let pairs): [node] + pairs.flatMap { yamlNodes($0.key) + yamlNodes($0.value) }
    }
}

/// Checks that every line and column in the tree agrees with its offset.
func expectYAMLPositionsConsistent(_ root: YAMLNode, in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for node in yamlNodes(root) {
        for position in [node.range.start, node.range.end] {
            #expect(position == yamlExpectedPosition(in: text, offset: position.offset), sourceLocation: sourceLocation)
        }
    }
}
