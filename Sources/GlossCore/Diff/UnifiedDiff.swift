/// A unified diff (`diff -u` format, three lines of context) of two versions of a text file, as
/// `gloss fix --dry-run` prints it.
public enum UnifiedDiff {
    /// More changed lines than this are shown as one hunk that replaces the file: the shortest
    /// diff's memory grows with the square of the changes.
    static let maxEdits = 4_096

    public static func render(old: String, new: String, path: String, context: Int = 3) -> String {
        let oldLines = lines(old), newLines = lines(new)
        let runs = MyersDiff.runs(oldLines, newLines, maxEdits: maxEdits)
            ?? [MyersDiff.Run(old: 0..<oldLines.count, new: 0..<newLines.count, isEqual: false)]
        guard runs.contains(where: { !$0.isEqual }) else { return "" }
        // A name with a space ends with a tab, as git and diff write it, for `patch` to read
        // the name whole.
        let end = path.contains(" ") ? "\t" : ""
        var output = "--- a/\(path)\(end)\n+++ b/\(path)\(end)\n"
        // Group changes whose context would touch into one hunk.
        var index = 0
        while index < runs.count {
            guard !runs[index].isEqual else {
                index += 1
                continue
            }
            var last = index
            while last + 2 < runs.count, runs[last + 1].isEqual, runs[last + 1].old.count <= 2 * context { last += 2 }
            let leading = index > 0 ? min(context, runs[index - 1].old.count) : 0
            let trailing = last + 1 < runs.count ? min(context, runs[last + 1].old.count) : 0
            let oldStart = runs[index].old.lowerBound - leading, newStart = runs[index].new.lowerBound - leading
            let oldEnd = runs[last].old.upperBound + trailing, newEnd = runs[last].new.upperBound + trailing
            output += "@@ -\(oldStart + 1),\(oldEnd - oldStart) +\(newStart + 1),\(newEnd - newStart) @@\n"
            for line in oldLines[oldStart..<runs[index].old.lowerBound] { output += " " + terminated(line) }
            for run in runs[index...last] {
                if run.isEqual {
                    for line in oldLines[run.old] { output += " " + terminated(line) }
                } else {
                    for line in oldLines[run.old] { output += "-" + terminated(line) }
                    for line in newLines[run.new] { output += "+" + terminated(line) }
                }
            }
            for line in oldLines[runs[last].old.upperBound..<oldEnd] { output += " " + terminated(line) }
            index = last + 1
        }
        return output
    }

    /// Lines with their terminators, so that a missing final line break shows as a change. A line
    /// ends where a `Character` that is a newline ends (LF, CR, CRLF, VT, FF, NEL, LS, PS); no
    /// grapheme runs across one, so scalars are enough to find them.
    private static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard isLineBreak(scalar) else { continue }
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            lines.append(String(scalars[start..<index]))
            start = index
        }
        if start < scalars.endIndex { lines.append(String(scalars[start...])) }
        return lines
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func terminated(_ line: String) -> String {
        line.last?.isNewline == true ? line : line + "\n\\ No newline at end of file\n"
    }
}
