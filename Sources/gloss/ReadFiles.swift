import Foundation
import GlossCore

/// Keeps `--output` and `--write-baseline` off the files a run read: a report written over an
/// annotation file, a registry, a document or the configuration would replace what reviewers
/// wrote, and the run would still end well.
enum ReadFiles {
    /// Ends the run with exit code 2 when `output` is the same file (by device and inode, so
    /// whatever path or link names it) as one `analysis` was read from, before anything is written.
    static func refuseOverwriting(_ output: String, named name: String, analysis: Analysis,
                                  options: WorkspaceOptions, workspace: Workspace) throws {
        var target = stat()
        guard stat(output, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
        let documents = analysis.files.compactMap { file -> String? in
            if case .loaded(let document) = file.document { document.path } else { nil }
        }
        let configuration = options.configurationFile.map { options.absolute($0) } ?? WorkspacePath.join(workspace.root, ".gloss.yml")
        let inputs = [configuration] + (analysis.yamlTexts.keys + documents).map { WorkspacePath.join(workspace.root, $0) }
        for input in inputs {
            var status = stat()
            guard stat(input, &status) == 0, status.st_dev == target.st_dev, status.st_ino == target.st_ino else { continue }
            let shown = WorkspaceOptions.displayed(input)
            Console.error("gloss: refusing to write \(name): it is \(shown == name ? "" : "\(shown), ")a file this run reads; choose another file")
            throw GlossExit.usage
        }
    }
}
