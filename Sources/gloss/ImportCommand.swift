import ArgumentParser
import Foundation
import GlossCore
import GlossReports

/// `gloss import`: Web Annotations (from `gloss export` or Hypothesis) become claims appended
/// to the documents' annotation files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Append Web Annotations (a collection or a Hypothesis export) as claims.",
        discussion: "Exit codes: 0 imported, 1 imported but a note that quotes no span, or a note on a claim already present, was not written (it is shown on standard error), 2 usage, configuration or I/O error, or a document that cannot take the annotations (nothing is written then)."
    )
    static let formats = [WebAnnotationExporter.identifier]

    @Argument(help: "The JSON file to import.")
    var file: String

    @Option(help: ArgumentHelp("Input format: \(formats.joined(separator: ", ")).", valueName: "format"))
    var format = WebAnnotationExporter.identifier

    @Option(help: "The document every annotation is about (default: each annotation's target).")
    var document: String?

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func validate() throws {
        guard Self.formats.contains(format) else {
            throw ValidationError("unknown format `\(format)`; choose one of \(Self.formats.joined(separator: ", "))")
        }
    }

    /// Tens of thousands of annotations take tens of megabytes; past this, the file is not an export.
    static let maxInputBytes = 256 << 20

    func run() throws {
        let workspace = try workspaceOptions.openWorkspace()
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(workspaceOptions.absolute(file), limit: Self.maxInputBytes)
        } catch {
            Console.error("gloss: \(file): cannot read the file: \(error.message)")
            throw GlossExit.usage
        }
        let read: (annotations: [ImportedAnnotation], skipped: [WebAnnotationReader.Skipped])
        do {
            read = try WebAnnotationReader.read(bytes)
        } catch {
            Console.error("gloss: \(file): \(error.message)")
            throw GlossExit.usage
        }
        let documentPath = try document.map { typed in
            guard let relative = WorkspacePath.relative(workspaceOptions.input(typed, in: workspace), to: workspace.root) else {
                throw WorkspaceOptions.fail(.outsideWorkspace(typed))
            }
            return relative
        }
        // `--document` puts every annotation in one article: of a file about several, those
        // of the others would land on whatever words of it their offsets fall on.
        let sources = Set(read.annotations.compactMap(\.source).map(WebAnnotationImport.page)).sorted()
        if let document, sources.count > 1 {
            Console.error("gloss: the annotations are about \(sources.count) articles (\(sources.joined(separator: ", "))), and --document "
                          + "puts them all in \(document); import one article's annotations at a time, or give each article's "
                          + "annotation file its `url:` and leave --document out")
            throw GlossExit.usage
        }
        let analysis = try workspaceOptions.load(workspace)
        try WorkspaceOptions.refuseBrokenRegistries(in: analysis, failure: GlossExit.usage)
        let plan = WebAnnotationImport(read.annotations, into: workspace, analysis: analysis, document: documentPath)
        guard plan.unresolved.isEmpty else {
            let targets = Set(plan.unresolved).sorted().joined(separator: ", ")
            Console.error(document.map { "gloss: \($0): not a document of the workspace" }
                ?? "gloss: no document of the workspace is the target \(targets); name one with --document")
            throw GlossExit.usage
        }
        guard plan.refused.isEmpty else {
            for reason in plan.refused { Console.error("gloss: \(reason)") }
            Console.error("gloss: nothing was imported")
            throw GlossExit.usage
        }
        // Every file's new text is made before any is written: a file that cannot take its claims
        // (a registry, another document's file) stops the import with nothing written.
        var appended: [(edit: WebAnnotationImport.Edit, before: [UInt8]?, after: [UInt8])] = []
        func refuse(_ edit: WebAnnotationImport.Edit, _ message: String) -> ExitCode {
            Console.error("gloss: \(edit.annotationPath): \(message)")
            Console.error("gloss: nothing was imported")
            return GlossExit.usage
        }
        for edit in plan.edits {
            let before: [UInt8]?
            do {
                try workspace.requireChecked(annotationFile: edit.annotationPath)
                before = try workspace.existingAnnotationFile(edit.annotationPath)
            } catch {
                throw refuse(edit, error.message)
            }
            // A file that would be refused at its turn stops the import before any is written.
            if let refusal = workspace.refusalToWrite(annotationFile: edit.annotationPath) { throw refuse(edit, refusal.message) }
            do {
                appended.append((edit, before, try ClaimAppender.append(lines: edit.claims, to: before, document: edit.document,
                                                                     revision: edit.revision, limits: workspace.configuration.limits)))
            } catch {
                throw refuse(edit, error.message)
            }
        }
        for (index, (edit, before, after)) in appended.enumerated() {
            do {
                try AnnotationWriter.write(to: edit.annotationPath, in: workspace, expecting: before) { () throws(ClaimAppendError) in after }
            } catch {
                // Files are written one at a time: if one fails all the same (a full disk, a
                // change underneath), say which already took their claims.
                let written = appended[..<index].map { "\($0.edit.annotationPath) (\(Self.claims($0.edit.claims.count)))" }
                if !written.isEmpty { Console.error("gloss: the import stopped there; already written: \(written.joined(separator: ", "))") }
                throw error
            }
            if let recorded = ClaimAppender.otherRevision(recordedIn: before, than: edit.revision,
                                                             limits: workspace.configuration.limits.yaml) {
                Console.error("gloss: note: " + ClaimAppender.withoutOffsetsNote(path: edit.annotationPath, recorded: recorded))
            }
        }
        // What quotes no span cannot become a claim; an export of a claim the workspace has
        // (one without a quote) is that claim.
        let claimIDs = Set(analysis.claims.map(\.id))
        let unplaced = read.skipped.filter { $0.id.map { !claimIDs.contains($0) } ?? true }
        report(plan, skipped: unplaced, present: read.skipped.count - unplaced.count)
        // An annotator's words that reached no file are said, and the run does not end well.
        if !plan.notesNotKept.isEmpty || unplaced.contains(where: { !$0.text.isEmpty }) { throw GlossExit.findings }
    }

    private func report(_ plan: WebAnnotationImport, skipped: [WebAnnotationReader.Skipped], present: Int) {
        for edit in plan.edits {
            Console.error("\(edit.annotationPath): \(Self.claims(edit.claims.count)) added")
        }
        for (given, written) in plan.renamed {
            Console.error("`\(given)` is the id of another claim of the workspace: written as `\(written)`")
        }
        for (given, written) in plan.invalidIDs {
            Console.error("`\(given)` is not a valid claim id (lowercase words joined by hyphens): written as `\(written)`")
        }
        if plan.alreadyPresent + present > 0 { Console.error("\(plan.alreadyPresent + present) already present, left as they were") }
        if plan.joined > 0 { Console.error("\(plan.joined) on words an earlier annotation of the import has, their notes kept with its claim") }
        for (claim, note) in plan.notesNotKept {
            Console.error("not imported: a note on `\(claim)`, which is already present; copy it in by hand if it belongs there:")
            for line in note.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) { Console.error("  | \(line)") }
        }
        if !skipped.isEmpty { Console.error("\(skipped.count) without a quoted span (page notes, replies), not imported") }
        for note in skipped where !note.text.isEmpty {
            Console.error("not imported: an annotation without a quoted span; copy it in by hand if it belongs to a claim:")
            for line in note.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) { Console.error("  | \(line)") }
        }
        if !plan.wordsChanged.isEmpty {
            Console.error("words that differ from the document's, kept as given (gloss check reports them): \(plan.wordsChanged.joined(separator: ", "))")
        }
        if !plan.notFound.isEmpty { Console.error("words not found in the document: \(plan.notFound.joined(separator: ", "))") }
        if !plan.severalPlaces.isEmpty {
            Console.error("words found at several places that nothing tells apart, written without a position: "
                          + plan.severalPlaces.joined(separator: ", "))
        }
        if !plan.withoutKind.isEmpty { Console.error("no kind given, add one: \(plan.withoutKind.joined(separator: ", "))") }
    }

    private static func claims(_ count: Int) -> String {
        "\(count) claim\(count == 1 ? "" : "s")"
    }
}
