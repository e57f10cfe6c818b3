import ArgumentParser
import Foundation
import GlossCore
import GlossReports

/// The options every command that reads a workspace shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: "A configuration file to use instead of the workspace's .gloss.yml.")
    var configurationFile: String?

    /// The workspace root: the nearest folder at or above the current one with a `.gloss.yml`,
    /// else the current folder.
    var root: String {
        let current = FileManager.default.currentDirectoryPath
        var folder = URL(fileURLWithPath: current)
        while true {
            // A `.gloss.yml` that is a link leading nowhere marks the root too, where opening
            // the workspace says what is wrong with it.
            let configuration = folder.appendingPathComponent(Configuration.fileName).path
            if FileManager.default.fileExists(atPath: configuration)
                || (try? FileManager.default.destinationOfSymbolicLink(atPath: configuration)) != nil {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return current }
            folder = parent
        }
    }

    /// Opens the workspace, printing configuration problems and ending with exit code 2;
    /// `requiringSelection` as ``Workspace/open(root:configurationFile:fileSystem:requiringSelection:)`` says.
    /// `configurationFindings` is handed the configuration's problems as findings first, for a
    /// report in another format than text.
    func openWorkspace(requiringSelection: Bool = false,
                       configurationFindings: ([Diagnostic]) -> Void = { _ in }) throws -> Workspace {
        let root = root
        let configuration = configurationFile.map { absolute($0) }
        do {
            return try Workspace.open(root: root, configurationFile: configuration, requiringSelection: requiringSelection)
        } catch {
            if case .configuration(let problems, _) = error { configurationFindings(Self.findings(problems)) }
            throw Self.fail(error)
        }
    }

    /// The annotation files under `paths` (all of them when there are none); a workspace error is
    /// reported and ends with exit code 2, and so does finding none when `requiringAny` (the
    /// commands that pass when they find nothing wrong: check, report, export, fix).
    ///
    /// A registry named among the paths stands for every annotation file, as a document stands
    /// for its own: every claim's sources and places are looked up in it, so a pre-commit hook
    /// handed a changed `sources.yaml` checks what the change affects. The registries are read by
    /// every run, so naming one is never an empty selection, even before any annotation file.
    func annotationFiles(in workspace: Workspace, under paths: [String] = [], requiringAny: Bool = false) throws -> [String] {
        let registries = [workspace.configuration.sourcesPath, workspace.configuration.placesPath]
        let isRegistry = { (path: String) in
            WorkspacePath.relative(path, to: workspace.root).flatMap(WorkspacePath.normalize).map(registries.contains) == true
        }
        let namesRegistry = paths.contains(where: isRegistry)
        let others = paths.filter { !isRegistry($0) }
        // A registry named that is not there (a run in the wrong folder) reads nothing.
        for path in paths where isRegistry(path)
        && workspace.fileSystem.kind(of: path.hasPrefix("/") ? path : WorkspacePath.join(workspace.root, path)) != .file {
            throw Self.fail(.missingPath(path))
        }
        let files: [String]
        do {
            files = namesRegistry ? Array(Set(try workspace.annotationFiles() + (others.isEmpty ? [] : try workspace.annotationFiles(under: others)))).sorted()
                : try workspace.annotationFiles(under: paths)
        } catch {
            throw Self.fail(error)
        }
        if requiringAny, !namesRegistry { try refuseEmptySelection(files, paths: paths, in: workspace) }
        warnOutsideAnnotationsFolder(files, in: workspace)
        return files
    }

    /// Says, on standard error, when an annotation file named lies outside the annotations
    /// folder of a workspace that is only the current folder (no `.gloss.yml` at or above it,
    /// no `Annotations/` in it): gloss was run from the wrong folder, and the file's
    /// `document:` and the registries are looked up from there, so its findings would be about
    /// files that are not missing.
    private func warnOutsideAnnotationsFolder(_ files: [String], in workspace: Workspace) {
        let folder = workspace.configuration.annotations
        guard configurationFile == nil, !folder.isEmpty,
              workspace.fileSystem.kind(of: WorkspacePath.join(workspace.root, Configuration.fileName)) == nil,
              workspace.fileSystem.kind(of: WorkspacePath.join(workspace.root, folder)) != .directory,
              let outside = files.first(where: { !$0.hasPrefix(folder + "/") }) else { return }
        Console.error("gloss: warning: \(outside) is not in \(folder)/ of the workspace at \(Self.displayed(workspace.root).isEmpty ? "." : Self.displayed(workspace.root)) "
                      + "(no \(Configuration.fileName) at or above the current folder), so its `document:` and the registries are looked "
                      + "up from there; run gloss in the workspace's root")
    }

    /// ``annotationFiles(in:under:requiringAny:)``, loaded and anchored.
    func load(_ workspace: Workspace, under paths: [String] = [], requiringAny: Bool = false,
              git: (any GitObjectReader)? = nil) throws -> Analysis {
        WorkspaceLoader(workspace: workspace, git: git).load(try annotationFiles(in: workspace, under: paths, requiringAny: requiringAny))
    }

    /// Tells, on standard error, where each annotation file that could not be read went wrong:
    /// reports, exports and fixes work on what was read, and would otherwise leave a broken file
    /// out without a word. Returns whether one was left out, for the command to end with exit
    /// code 1 once its work is done.
    static func reportUnreadFiles(in analysis: Analysis) -> Bool {
        let unreadPaths = Set(analysis.unreadAnnotationFiles)
        let unread = analysis.files.filter { unreadPaths.contains($0.path) }
        for file in unread {
            printProblems(file.problems)
            Console.error("gloss: \(file.path) could not be read, so its claims are left out")
        }
        return !unread.isEmpty
    }

    /// Tells, on standard error, each document an annotation file names that could not be read
    /// (missing, outside the workspace, not text), judged as `check` judges it: a report or an
    /// export shows that file's claims without their words, and must not pass for complete.
    /// Returns whether one was an error.
    static func reportUnloadedDocuments(in analysis: Analysis) -> Bool {
        let found = Checker.diagnostics(for: analysis, rules: [DocumentMissingRule.self, PathOutsideWorkspaceRule.self,
                                                               DocumentUnreadableRule.self])
        guard !found.isEmpty else { return false }
        printProblems(found)
        for file in analysis.files {
            switch file.document {
            case .loaded?, nil: continue
            default: Console.error("gloss: \(file.path): its document could not be read, so its claims are shown without their words")
            }
        }
        return found.contains { $0.severity == .error }
    }

    /// Tells, on standard error, the errors of each annotation file that was read with parts
    /// that did not read (a claim whose id is not valid, a review whose verdict is not one of
    /// the four): a report or an export without them must not look complete. Returns whether
    /// there was one.
    static func reportPartlyReadFiles(in analysis: Analysis) -> Bool {
        // Judged as `check` judges them: a rule the configuration makes a warning or info
        // (`invalid-value: info`) fails no check, nor a report; turned off, or silenced by the
        // claim's `ignore:`, it is not said.
        let read = Set(analysis.files.filter { $0.annotation != nil }.map(\.path))
        let problems = Dictionary(grouping: Checker.annotationFileProblems(in: analysis).filter { read.contains($0.location.path) },
                                  by: \.location.path)
        var failed = false
        for path in problems.keys.sorted() {
            let found = problems[path]!
            printProblems(found)
            let errors = found.contains { $0.severity == .error }
            failed = failed || errors
            Console.error("gloss: \(path) has \(errors ? "errors" : "problems"), so what did not read is left out")
        }
        return failed
    }

    /// Ends the run with exit code 1, before anything is written, when `sources.yaml` or
    /// `places.yaml` has a problem, whatever `.gloss.yml` makes of its rule, or an error as
    /// `check` judges it (two entries with one id, a place within one not listed): an entry
    /// that did not read may have taken its `private: true` with it, and a report would publish
    /// the name; places or names left out would make it silently wrong. `add`, `import` and
    /// `suggest` refuse too (with `failure`, their exit code for a configuration error): the
    /// ids they make would hold a private name.
    static func refuseBrokenRegistries(in analysis: Analysis, failure: ExitCode = GlossExit.findings,
                                       refused: String = "nothing written") throws {
        let registries: Set = [analysis.configuration.sourcesPath, analysis.configuration.placesPath]
        let found = Checker.diagnostics(for: analysis, rules: [DuplicateIDRule.self, UnknownReferenceRule.self])
            .filter { registries.contains($0.location.path) }
        let problems = analysis.registryProblems.map(Self.error) + found
        guard problems.contains(where: { $0.severity == .error }) else { return }
        printProblems(problems)
        let paths = Set(problems.map(\.location.path)).sorted().joined(separator: " and ")
        Console.error("gloss: \(refused): \(paths) must read without errors, so that private sources are withheld "
                      + "and every name and place is known")
        throw failure
    }

    /// A problem met reading a file, as the error it is whatever the configuration says.
    private static func error(_ problem: LoadProblem) -> Diagnostic {
        Diagnostic(ruleID: problem.kind.rawValue, severity: .error,
                   finding: Finding(message: problem.message, location: problem.location, related: problem.related))
    }

    private static func printProblems(_ problems: [LoadProblem]) {
        printProblems(problems.map(error))
    }

    private static func printProblems(_ problems: [Diagnostic]) {
        for problem in problems.sorted(by: { ($0.location.path, $0.location.range.start) < ($1.location.path, $1.location.range.start) }) {
            Console.error("\(problem.location.path):\(problem.location.range.start): \(problem.severity): \(problem.message) [\(problem.ruleID)]")
            for related in problem.related { Console.error("  " + TextReporter.note(related)) }
        }
    }

    /// A file or folder the user named: a path from the current folder, or, when nothing is
    /// there, a document's name in the workspace's documents folder (`documents:` in
    /// `.gloss.yml`), so that `gloss add lanzhou-protests-2022-10.md …` finds the article.
    func input(_ argument: String, in workspace: Workspace) -> String {
        var direct = absolute(argument)
        // The root is the folder as the system has it, with links resolved; a path typed through
        // a link to the workspace (`/tmp` on macOS is `/private/tmp`) is the same place.
        if WorkspacePath.relative(direct, to: workspace.root) == nil {
            let resolved = workspace.fileSystem.resolvingSymbolicLinks(direct)
            if WorkspacePath.relative(resolved, to: workspace.root) != nil { direct = resolved }
        }
        guard !argument.hasPrefix("/"), workspace.fileSystem.kind(of: direct) == nil else { return direct }
        let named = WorkspacePath.join(workspace.root, WorkspacePath.join(workspace.configuration.documents, argument))
        return workspace.fileSystem.kind(of: named) == .file ? named : direct
    }

    /// A path as the user typed it, made absolute against the current folder.
    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).standardized.path
    }

    /// A path as short as the user would have typed it: relative to the current folder when inside it.
    static func displayed(_ path: String) -> String {
        WorkspacePath.relative(path, to: FileManager.default.currentDirectoryPath) ?? path
    }

    /// Ends the run with exit code 2 when `paths` (none: the annotations folder) selected no
    /// annotation file: the run would pass having read nothing, and a CI job started in the wrong
    /// folder, or pointed at the wrong one, would never check what it guards.
    func refuseEmptySelection(_ files: [String], paths: [String], in workspace: Workspace) throws {
        guard files.isEmpty else { return }
        let configuration = workspace.configuration
        let folder = configuration.annotations
        if !paths.isEmpty {
            Console.error("gloss: \(paths.map(Self.displayed).joined(separator: ", ")) select\(paths.count == 1 ? "s" : "") no "
                          + "annotation file (annotation files are the YAML files in \(folder)/ but the registries "
                          + "\(configuration.sourcesPath) and \(configuration.placesPath)); nothing was read")
        } else if workspace.fileSystem.kind(of: WorkspacePath.join(workspace.root, folder)) == .directory {
            Console.error("gloss: \(folder)/ holds no annotation files; nothing was read")
        } else {
            Console.error("gloss: there is no \(folder)/ folder in \(Self.displayed(workspace.root).isEmpty ? "." : Self.displayed(workspace.root)); "
                          + "nothing was read. Run gloss in the workspace's root (the folder holding \(Configuration.fileName), "
                          + "or \(folder)/ and the documents), or name the folders in \(Configuration.fileName)")
        }
        throw GlossExit.usage
    }

    /// "did you mean `gloss check`?" when a path not found is the first argument and close to
    /// a command's name: `gloss chek` is read as `gloss check chek`, the default command's path.
    private static func commandHint(_ path: String) -> String {
        let names = Gloss.configuration.subcommands.compactMap { $0.configuration.commandName }
        let shown = displayed(path)
        guard CommandLine.arguments.dropFirst().first == shown, let name = DidYouMean.closest(to: shown, among: names) else { return "" }
        return "; did you mean `gloss \(name)`?"
    }

    /// Reports a workspace error on standard error and returns the exit code to throw.
    /// The configuration's problems as the errors a report lists.
    private static func findings(_ problems: [LoadProblem]) -> [Diagnostic] {
        problems.map { problem in
            Diagnostic(ruleID: problem.kind.rawValue, severity: .error,
                       finding: Finding(message: problem.message, location: problem.location, related: problem.related))
        }.sorted(by: Diagnostic.ordered)
    }

    static func fail(_ error: WorkspaceError) -> ExitCode {
        switch error {
        case .configuration(let problems, let text):
            let diagnostics = findings(problems)
            let path = problems.first?.location.path ?? Configuration.fileName
            var texts = SourceTexts(bytes: [path: text])
            Console.error(TextReporter().format(diagnostics, texts: &texts) + "gloss: the configuration has errors")
        case .missingPath(let path):
            Console.error("gloss: \(displayed(path)): no such file or folder" + commandHint(path))
        case .unannotatedDocument(let document, let annotationFile):
            Console.error("gloss: \(displayed(document)) has no annotation file yet (\(annotationFile)); "
                          + "`gloss add` or `gloss suggest --write` starts one")
        case .annotatedOnlyInUnselectedFiles(let document, let files):
            Console.error("gloss: \(displayed(document)) is annotated only in \(files.joined(separator: ", ")), which the "
                          + "`include` and `exclude` of \(Configuration.fileName) leave out of a check; name \(files.count == 1 ? "it" : "them") to check \(files.count == 1 ? "it" : "them")")
        case .outsideWorkspace(let path):
            Console.error("gloss: \(displayed(path)): outside the workspace")
        case .unreadable(let error):
            Console.error("gloss: \(displayed(error.path)): \(error.message)")
        }
        return GlossExit.usage
    }
}
