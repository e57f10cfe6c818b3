/// The parts of a Markdown article that are markup, not words a reader sees: front matter, link
/// destinations and titles (`](https://…?id=185 "Report of May 3")`), reference definitions,
/// footnote marks (`[^1]`), HTML tags and autolinks (`<img src="photo-2023.jpg">`) and code
/// spans. `suggest` proposes no claim that touches them: the document is never rendered, so
/// without this the numbers of a URL were figures and `according to Xinhua](https` a source.
enum MarkupSpans {
    /// The markup's spans, sorted and disjoint.
    static func of(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        if let end = frontMatterEnd(scalars) {
            spans.append(0..<end)
            index = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            var end: Int?
            if scalar == "]", index + 1 < scalars.count, scalars[index + 1] == "(" {
                end = closing(")", after: index + 2, in: scalars)
            } else if scalar == "[", index + 1 < scalars.count, scalars[index + 1] == "^" {
                end = closing("]", after: index + 2, in: scalars)
            } else if scalar == "<", index + 1 < scalars.count,
                      scalars[index + 1].properties.isAlphabetic && scalars[index + 1].isASCII || "/!".unicodeScalars.contains(scalars[index + 1]) {
                end = closing(">", after: index + 1, in: scalars)
            } else if scalar == "`" {
                end = closing("`", after: index + 1, in: scalars)
            } else if scalar == "[", index == 0 || scalars[index - 1] == "\n", let definition = referenceDefinitionEnd(at: index, in: scalars) {
                end = definition
            }
            if let end {
                spans.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return spans
    }

    /// Just past the first `mark` from `start` on the same line; nil when the line has none.
    private static func closing(_ mark: Unicode.Scalar, after start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var index = start
        while index < scalars.count, scalars[index] != "\n" {
            if scalars[index] == mark { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Past the closing `---` (or `...`) line of front matter that opens the text.
    private static func frontMatterEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        guard scalars.starts(with: "---\n".unicodeScalars) else { return nil }
        var line = 4
        while line < scalars.count {
            let rest = scalars[line...]
            if rest.starts(with: "---".unicodeScalars) || rest.starts(with: "...".unicodeScalars) {
                let after = line + 3
                if after == scalars.count || scalars[after] == "\n" || scalars[after] == "\r" {
                    return after
                }
            }
            guard let next = scalars[line...].firstIndex(of: "\n") else { return nil }
            line = next + 1
        }
        return nil
    }

    /// The end of a line that is a link reference definition (`[id]: https://…`).
    private static func referenceDefinitionEnd(at start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard let label = closing("]", after: start + 1, in: scalars), label < scalars.count, scalars[label] == ":" else { return nil }
        return scalars[label...].firstIndex(of: "\n") ?? scalars.count
    }
}
