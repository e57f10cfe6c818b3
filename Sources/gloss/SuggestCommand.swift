import ArgumentParser
import GlossCore
import GlossReports

/// `gloss suggest`: candidate claims for a reviewer, printed or appended to the annotation file.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest claims in a document: quotes, numbers, dates, attributions, locations.",
        discussion: """
            Prints candidate claims as YAML in the annotation format, each with the pattern that found it \
            (found_by); spans already annotated with a claim of the same kind are skipped. --write appends \
            them to the document's annotation file. Exit codes: 0 done, 2 usage, configuration or I/O error.
            """
    )

    @Argument(help: "The document to read: its path, or its name in the documents folder (e.g. article.md).")
    var document: String

    @Option(help: ArgumentHelp("Output format: yaml or json.", valueName: "format"))
    var format = "yaml"

    @Flag(help: "Append the suggestions to the document's annotation file instead of printing them.")
    var write = false

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        guard ["yaml", "json"].contains(format) else {
            throw ValidationError("unknown format `\(format)`; choose one of yaml, json")
        }
    }

    func run() throws {
        let workspace = try workspaceOptions.openWorkspace()
        let suggestions: DocumentSuggestions
        do {
            suggestions = try workspace.suggestions(forDocument: workspaceOptions.input(document, in: workspace))
        } catch {
            switch error {
            case .workspace(let error): throw WorkspaceOptions.fail(error)
            case .undecodable(let path, let error): Console.error("gloss: \(path): \(error.message)")
            case .pattern(let error): Console.error("gloss: suggestion pattern \(error.id): \(error.message)")
            }
            throw GlossExit.usage
        }
        // Shown or written, the ids are the same: made while a registry does not read, they may
        // hold a private name, as `add` and `import` refuse to risk.
        try WorkspaceOptions.refuseBrokenRegistries(in: suggestions.analysis, failure: GlossExit.usage,
                                                    refused: write ? "nothing written" : "nothing suggested")
        if let unread = suggestions.unreadAnnotationFiles.first, !suggestions.drafts.isEmpty {
            Console.error("gloss: note: \(unread) could not be read (`gloss check` says why), so the ids its claims use are not known; "
                          + "a suggested id may repeat one")
        }
        let recorded = ClaimAppender.otherRevision(recordedIn: suggestions.annotationBytes, than: suggestions.revision,
                                                   limits: workspace.configuration.limits.yaml)
        guard write else {
            if let recorded, !suggestions.drafts.isEmpty {
                Console.error("gloss: note: \(suggestions.annotationPath) records `revision: \(recorded.prefix(12))…`, an earlier text "
                                  + "of the document: pasted there, these claims' `start` and `end` would be read as offsets into "
                                  + "that text; leave them out, or run `gloss fix` first")
            }
            Console.output(format == "json" ? SuggestionsJSON.render(suggestions) : Self.yaml(suggestions.drafts))
            return
        }
        guard !suggestions.drafts.isEmpty else {
            Console.output("no new suggestions for \(suggestions.document)\n")
            return
        }
        do {
            try workspace.requireChecked(annotationFile: suggestions.annotationPath)
        } catch {
            Console.error("gloss: \(suggestions.annotationPath): \(error.message)")
            throw GlossExit.usage
        }
        try AnnotationWriter.write(to: suggestions.annotationPath, in: workspace, expecting: suggestions.annotationBytes) {
            () throws(ClaimAppendError) in try suggestions.appended(limits: workspace.configuration.limits)
        }
        if let recorded { Console.error("gloss: note: " + ClaimAppender.withoutOffsetsNote(path: suggestions.annotationPath, recorded: recorded)) }
        let count = suggestions.drafts.count
        let appended = "\(count) suggested claim\(count == 1 ? "" : "s")"
        Console.output("appended \(appended) to \(suggestions.annotationPath)\n", done: "\(appended) \(count == 1 ? "was" : "were") appended to \(suggestions.annotationPath)")
    }

    /// The drafts as a `claims:` list, ready to paste into an annotation file.
    static func yaml(_ drafts: [ClaimDraft]) -> String {
        drafts.isEmpty ? "claims: []\n" : "claims:\n" + drafts.map { ClaimYAML.listItem(ClaimYAML.lines($0), indent: 2) }.joined()
    }
}
