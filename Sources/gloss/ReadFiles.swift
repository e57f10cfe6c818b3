import ArgumentParser
import Foundation
import GlossCore

/// Keeps `--output` and `--write-baseline` off the files reviewers write: a report written over
/// an annotation file, a registry, a document, the configuration or the baseline would replace
/// their work, and the run would still end well.
enum ReadFiles {
    /// Ends the run with exit code 2, before anything is written, when `output` would replace or
    /// add to reviewers' work: an existing file that is the same file (by device and inode, so
    /// whatever path or link names it) as the configuration, the baseline, a YAML file read, or a
    /// document named, whether or not it could be read; or, existing or not, the configuration
    /// file, a YAML file in the annotations folder (every later run would read it as an
    /// annotation file), any file in the documents folder, whose files are articles, or a
    /// document an annotation file names elsewhere.
    static func refuseOverwriting(_ output: String, named name: String, analysis: Analysis, baseline: String? = nil,
                                  options: WorkspaceOptions, workspace: Workspace) throws {
        guard name != Console.standardOutputName else { return }
        func refuse(_ what: String) -> ExitCode {
            Console.error("gloss: refusing to write \(name): it is \(what); choose another file")
            return GlossExit.usage
        }
        let configuration = workspace.configuration
        // The file `--config` names, and the one every run without `--config` reads.
        let workspaceConfiguration = WorkspacePath.join(workspace.root, Configuration.fileName)
        let configurationFiles = [options.configurationFile.map { options.absolute($0) }, workspaceConfiguration].compactMap { $0 }
        let target = resolved(output)
        if configurationFiles.map(resolved).contains(target) { throw refuse("the configuration") }
        let inside = WorkspacePath.relative(target, to: resolved(workspace.root))
        if let inside {
            if inside.hasPrefix(configuration.annotations + "/"), inside.hasSuffix(".yaml") || inside.hasSuffix(".yml") {
                throw refuse("a YAML file in the annotations folder")
            }
            if inside.hasPrefix(configuration.documents + "/") { throw refuse("a file in the documents folder") }
        }
        try refuseOverwritingInputs(target: output, named: name, refuse: refuse, analysis: analysis,
                                    inputs: configurationFiles + (baseline.map { [options.absolute($0)] } ?? []), workspace: workspace)
        // A document outside the documents folder, there or not yet: an annotation file's
        // `document:` says it is one, whether or not the rest of that file reads or a check selects it.
        if let inside {
            // The files the run read first; the others (left out by a check of some paths, or
            // by the configuration) are read for their `document:` alone.
            let named = workspace.annotationPath(forDocument: inside)
            let read = analysis.annotationFilesByDocument.files(annotating: inside, namedAfterIt: named).first
            if let annotation = read ?? workspace.annotationFilesByDocument(selectedOnly: false, skipping: Set(analysis.files.map(\.path)))
                .files(annotating: inside, namedAfterIt: named).first {
                throw refuse("the document \(annotation) annotates")
            }
        }
    }

    /// Refuses an existing regular file that is the same file as one of `inputs`, a YAML file
    /// read or a document named.
    private static func refuseOverwritingInputs(target output: String, named name: String, refuse: (String) -> ExitCode, analysis: Analysis,
                                                inputs: [String], workspace: Workspace) throws {
        var existing = stat()
        guard stat(output, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG else { return }
        let documents = analysis.files.compactMap { file -> String? in
            switch file.document {
            case .loaded(let document): document.path
            case .missing(let path), .outsideWorkspace(let path), .unreadable(let path, _, _): path
            case nil: nil
            }
        }
        for input in inputs + (analysis.yamlPaths + documents).map({ WorkspacePath.join(workspace.root, $0) }) {
            var status = stat()
            guard stat(input, &status) == 0, status.st_dev == existing.st_dev, status.st_ino == existing.st_ino else { continue }
            let shown = WorkspaceOptions.displayed(input)
            throw refuse((shown == name ? "" : "\(shown), ") + "a file this run reads")
        }
    }

    /// Ends the run with exit code 2 when the report and the baseline would be written to one
    /// file: the report would replace the baseline, and the next `--baseline` run would fail. A
    /// device (`/dev/null`) takes both.
    static func refuseSameFile(output: String?, baseline: String?, options: WorkspaceOptions) throws {
        guard let baseline else { return }
        // Without `--output`, the report goes to standard output.
        let output = output ?? Console.standardOutputName
        let path = { (name: String) in name == Console.standardOutputName ? "/dev/stdout" : options.absolute(name) }
        let (one, other) = (path(output), path(baseline))
        // A terminal or `/dev/null` takes both; a pipe or a file would have them one after the other.
        guard !isCharacterDevice(one), resolved(one) == resolved(other) else { return }
        let named = output == Console.standardOutputName ? "standard output" : output
        Console.error("gloss: refusing to write the report and the baseline both to \(named); choose two files")
        throw GlossExit.usage
    }

    /// Whether something other than a device or a pipe is at `path` (a file, a folder, a link
    /// to one): what a report written there would replace.
    static func holdsSomething(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFCHR && kind != S_IFIFO
    }

    /// Whether `path` is a character device (`/dev/null`, a terminal).
    private static func isCharacterDevice(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR
    }

    /// `path` with symbolic links resolved, in the nearest folder above it that exists when the
    /// file (or its folders) is not there yet: a link to the annotations folder is the folder. A
    /// link to a file not written yet is that file.
    private static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardized
        // As the system follows links, at most 40 deep.
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: existing.path) else { break }
            existing = URL(fileURLWithPath: target, relativeTo: existing.deletingLastPathComponent()).standardized
        }
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }.path
    }
}
