import ArgumentParser
import GlossCore

/// `gloss add`: append a new claim anchored to a span of a document.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a claim anchored to a quote or a range of a document.",
        discussion: """
            The claim is appended to Annotations/<document name>.yaml (created when missing) with \
            its quote, prefix, suffix, start and end. Exit codes: 0 added, 2 usage, configuration or I/O error \
            (a quote not found, an occurrence out of range, a range inside a character, an --id in use; an id made \
            from the quote is numbered past those in use).
            """
    )

    @Argument(help: "The document: its path, or its name in the documents folder (e.g. article.md).")
    var document: String

    @Option(help: "The words of the span, as the article has them (straight quotes, hyphens and spaces also match curly quotes, dashes and other spaces).")
    var quote: String?

    @Option(help: "Which occurrence of the quote, from 1, when it occurs more than once.")
    var occurrence: Int?

    @Option(help: ArgumentHelp("Unicode scalar offsets of the span, end exclusive.", valueName: "start:end"))
    var range: String?

    @Option(help: "The claim's kind: \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Option(help: "The claim's id (default: made from the quote).")
    var id: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        guard ClaimKind(rawValue: kind) != nil else {
            throw ValidationError("unknown kind `\(kind)`; choose one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard (quote == nil) != (range == nil) else { throw ValidationError("give either --quote or --range") }
        guard occurrence == nil || quote != nil else { throw ValidationError("--occurrence goes with --quote") }
        if let range {
            guard let (start, end) = Self.offsets(range) else { throw ValidationError("--range takes START:END, two offsets") }
            guard start <= end else { throw ValidationError("--range \(range) ends before it starts: START comes first") }
        }
    }

    private static func offsets(_ text: String) -> (start: Int, end: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let start = parts[0], let end = parts[1] else { return nil }
        return (start, end)
    }

    func run() throws {
        let workspace = try workspaceOptions.openWorkspace()
        let analysis = try workspaceOptions.load(workspace)
        try WorkspaceOptions.refuseBrokenRegistries(in: analysis, failure: GlossExit.usage)
        guard let relative = WorkspacePath.relative(workspaceOptions.input(document, in: workspace), to: workspace.root) else {
            throw WorkspaceOptions.fail(.outsideWorkspace(document))
        }
        let span: ClaimAdder.Span = if let quote { .quote(quote, occurrence: occurrence) } else { .range(Self.offsets(range!).map { $0.start..<$0.end }!) }
        let addition: ClaimAdder.Addition
        do {
            addition = try ClaimAdder.add(document: relative, span: span, kind: ClaimKind(rawValue: kind)!, id: id,
                                          in: workspace, analysis: analysis)
        } catch {
            Console.error("gloss: \(document): \(error.message)")
            throw GlossExit.usage
        }
        try AnnotationWriter.write(to: addition.path, in: workspace, expecting: addition.original) { addition.updated }
        for note in addition.notes { Console.error("gloss: note: \(note)") }
        Console.output("added `\(addition.claimID)` at \(addition.document):\(addition.position.line):\(addition.position.column) "
            + "(\(addition.range.lowerBound):\(addition.range.upperBound)) to \(addition.path)\n",
                       done: "`\(addition.claimID)` was added to \(addition.path)")
    }
}
