import ArgumentParser
import Foundation
import GlossCore

/// Keeps `--output` and `--write-baseline` off the files reviewers write: a report written over
/// an annotation file, a registry, a document, the configuration or the baseline would replace
/// their work, and the run would still end well.
enum ReadFiles {
    /// Ends the run with exit code 2, before anything is written, when `output` is an existing
    /// file that this run read or that the workspace is made of: the same file (by device and
    /// inode, so whatever path or link names it) as the configuration, the baseline, a YAML file
    /// read, or a document named, whether or not it could be read; or any YAML file in the
    /// annotations folder, or a document its annotation file names, which a check of other paths
    /// did not read but which are still reviewers' work.
    static func refuseOverwriting(_ output: String, named name: String, analysis: Analysis, baseline: String? = nil,
                                  options: WorkspaceOptions, workspace: Workspace) throws {
        var target = stat()
        guard stat(output, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
        func refuse(_ what: String) -> ExitCode {
            Console.error("gloss: refusing to write \(name): it is \(what); choose another file")
            return GlossExit.usage
        }
        let documents = analysis.files.compactMap { file -> String? in
            switch file.document {
            case .loaded(let document): document.path
            case .missing(let path), .outsideWorkspace(let path), .unreadable(let path, _, _): path
            case nil: nil
            }
        }
        let inputs = [options.configurationFile.map { options.absolute($0) } ?? WorkspacePath.join(workspace.root, Configuration.fileName)]
            + (baseline.map { [options.absolute($0)] } ?? [])
            + (analysis.yamlTexts.keys + documents).map { WorkspacePath.join(workspace.root, $0) }
        for input in inputs {
            var status = stat()
            guard stat(input, &status) == 0, status.st_dev == target.st_dev, status.st_ino == target.st_ino else { continue }
            let shown = WorkspaceOptions.displayed(input)
            throw refuse((shown == name ? "" : "\(shown), ") + "a file this run reads")
        }
        let configuration = workspace.configuration
        let resolved = URL(fileURLWithPath: output).resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: workspace.root).resolvingSymlinksInPath().path
        if let inside = WorkspacePath.relative(resolved, to: root) {
            if inside.hasPrefix(configuration.annotations + "/"), inside.hasSuffix(".yaml") || inside.hasSuffix(".yml") {
                throw refuse("a YAML file in the annotations folder")
            }
            // A document a check of other paths did not load: its annotation file says it is one.
            let annotation = workspace.annotationPath(forDocument: inside)
            if let bytes = try? workspace.fileSystem.read(WorkspacePath.join(workspace.root, annotation),
                                                           limit: configuration.limits.yaml.maxFileBytes),
               let named = (try? YAMLParser.parse(bytes, limits: configuration.limits.yaml))??["document"]?.scalar,
               WorkspacePath.normalize(named) == inside {
                throw refuse("the document \(annotation) annotates")
            }
        }
    }
}
