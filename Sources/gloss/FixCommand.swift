import ArgumentParser
import GlossCore

/// `gloss fix`: re-anchor claims and rewrite their positions, context and the file's `revision`.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Re-anchor claims and rewrite start, end, prefix, suffix and revision in place.",
        discussion: """
            Quotes are never rewritten: a claim whose words changed, that fits several places or \
            that is gone is listed and left alone. Exit codes: 0 everything anchored, 1 claims left \
            alone or an annotation file that could not be read, 2 usage, configuration or I/O error (a file changed while it was being fixed is not written).
            """
    )

    @Argument(help: "Annotation files, documents (by path or by name in the documents folder) or folders to fix (default: the annotations folder).")
    var paths: [String] = []

    @Flag(help: "Print the changes as a unified diff instead of writing them.")
    var dryRun = false

    @OptionGroup var workspaceOptions: WorkspaceOptions

    func run() throws {
        let workspace = try workspaceOptions.openWorkspace(requiringSelection: true)
        let analysis = try workspaceOptions.load(workspace, under: paths.map { workspaceOptions.input($0, in: workspace) },
                                                 requiringAny: true, git: GitProcess())
        var changed = 0
        var notWritten = 0
        var leftAlone = 0
        var keptRevisions = 0
        let fixes = AnchorFixer.fixes(for: analysis)
        // Diffs of a large workspace take longer than the fixes: they are rendered on all cores.
        let diffs = dryRun ? ConcurrentMap.map(fixes) { fix in
            fix.changes ? UnifiedDiff.render(old: String(decoding: fix.original, as: UTF8.self),
                                             new: String(decoding: fix.fixed, as: UTF8.self), path: fix.path) : ""
        } : []
        for (index, fix) in fixes.enumerated() {
            for claim in fix.skipped {
                Console.error("\(claim.location.path):\(claim.location.range.start): claim `\(claim.claimID)` left alone: \(claim.reason)")
                leftAlone += 1
            }
            for claim in fix.toRecheck {
                Console.error("\(claim.location.path):\(claim.location.range.start): claim `\(claim.claimID)` \(claim.reason)")
            }
            if let reason = fix.revisionKept {
                Console.error("\(fix.path): `revision` not updated: \(reason)")
                keptRevisions += 1
            }
            guard fix.changes else { continue }
            if dryRun {
                changed += 1
                Console.output(diffs[index])
                continue
            }
            // A file that cannot be written is said and left as it was; the others are still fixed.
            do {
                try workspace.write(fix.fixed, toAnnotationFile: fix.path, expecting: fix.original)
                changed += 1
            } catch {
                Console.error("gloss: \(fix.path): \(error.message)")
                notWritten += 1
            }
        }
        let unread = WorkspaceOptions.reportUnreadFiles(in: analysis)
        let verb = dryRun ? "would change" : "changed"
        Console.error("gloss fix: \(verb) \(changed) file\(changed == 1 ? "" : "s")"
                      + (notWritten > 0 ? ", \(notWritten) could not be written" : "")
                      + "; \(leftAlone) claim\(leftAlone == 1 ? "" : "s") left alone")
        let code = notWritten > 0 ? GlossExit.usage : leftAlone > 0 || keptRevisions > 0 || unread ? GlossExit.findings : GlossExit.clean
        // As `check` ends: the workspace, the fixes and their diffs are not freed one by one.
        Console.exit(code, keeping: (analysis, fixes, diffs))
    }
}
