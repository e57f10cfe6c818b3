import GlossCore
import GlossReports

/// The workspace as the editor sees it, loaded and checked: the files on disk with the open
/// buffers over them. A change reloads only the annotation files it touches (an annotation file,
/// or every file anchored in a changed document); a registry, `.gloss.yml` or a new annotation
/// file reloads everything. The rules always run on the whole workspace, since contradictions and
/// duplicate ids cross files.
struct LiveWorkspace {
    let root: String
    /// Reads the version of a document an annotation's `revision` names, as `gloss check` does.
    private let git: (any GitObjectReader)?
    private(set) var workspace: Workspace
    private var overlay: OverlayFileSystem
    /// Why `.gloss.yml` was not used, when it is broken: the defaults apply meanwhile.
    private(set) var configurationProblem: String?
    /// What is wrong in `.gloss.yml`, at its lines and columns, shown there with the findings:
    /// errors that made Gloss use its defaults, or warnings about the folders and patterns it
    /// names that select nothing (`gloss check` stops on them; the editor uses the file as
    /// written, so that the claims it annotates go where the file says).
    private var configurationFindings: [Diagnostic] = []
    /// `.gloss.yml` as last read (nil when there is none), to tell whether it changed on disk.
    private var configurationBytes: [UInt8]?

    private(set) var analysis: Analysis
    /// The sources as `sources.yaml` last read without a problem: while it has one (an
    /// unfinished quote, a kind half typed), what it marked private is still withheld.
    private var lastReadableSources: [Source]?
    private(set) var diagnostics: [Diagnostic] = []
    private var annotationPaths: [String] = []
    private var loaded: [String: LoadedAnnotationFile] = [:]
    private var yamlTexts: [String: [UInt8]] = [:]
    /// Documents by path, and the claims anchored in each, as of the last refresh.
    private(set) var documents: [String: LoadedDocument] = [:]
    private(set) var claimsByDocument: [String: [AnchoredClaim]] = [:]
    private(set) var claimsByID: [String: AnchoredClaim] = [:]
    private var texts: [String: SourceText] = [:]

    init(root: String, fileSystem: any FileSystem, git: (any GitObjectReader)? = nil) {
        self.root = root
        self.git = git
        overlay = OverlayFileSystem(base: fileSystem)
        workspace = Workspace(root: root, fileSystem: overlay)
        analysis = Analysis(configuration: Configuration(), registry: Registry(), files: [], registryProblems: [], yamlTexts: [:])
        reopen()
        _ = refresh(changed: [])
    }

    /// What hovers, marks and completion name sources and places by, withholding private ones:
    /// the registry as loaded; while `sources.yaml` has a problem, a source private in it or in
    /// its last reading without one is private, and a source that reading had and this one
    /// lost (a line half typed) is still known, and withheld if it was private.
    var mentions: MentionResolver {
        let registry = analysis.registry
        guard let lastReadableSources,
              analysis.registryProblems.contains(where: { $0.location.path == workspace.configuration.sourcesPath }) else {
            return MentionResolver(registry)
        }
        let wasPrivate = Set(lastReadableSources.filter(\.isPrivate).map(\.id.value))
        let current = Set(registry.sources.map(\.id.value))
        let sources = registry.sources.map { source in
            var source = source
            source.isPrivate = source.isPrivate || wasPrivate.contains(source.id.value)
            return source
        } + lastReadableSources.filter { !current.contains($0.id.value) }
        return MentionResolver(Registry(sources: sources, places: registry.places))
    }

    /// A workspace-relative path for an absolute one inside the root; nil outside it, where
    /// nothing is read.
    func relativePath(_ absolute: String) -> String? {
        WorkspacePath.relative(absolute, to: root).flatMap(WorkspacePath.normalize).flatMap { $0.isEmpty ? nil : $0 }
    }

    func absolutePath(_ relative: String) -> String { WorkspacePath.join(root, relative) }

    /// Whether the file on disk at `path` begins with a UTF-8 byte order mark. Editors drop the
    /// mark from the text they send and write it back on saving; a buffer served without it
    /// would hash to another git blob than the file, and its annotation file's `revision` would
    /// never match. Asked when a buffer is opened (the file is read whole, as a check reads it).
    func savedFileHasByteOrderMark(_ path: String) -> Bool {
        let absolute = absolutePath(path)
        guard overlay.base.kind(of: absolute) == .file,
              let bytes = try? overlay.base.read(absolute, limit: workspace.configuration.limits.maxDocumentBytes) else { return false }
        return bytes.starts(with: SourceText.byteOrderMarkBytes)
    }

    /// Puts an editor's buffer over a file, or removes it (nil) so the disk shows through again.
    mutating func setBuffer(_ bytes: [UInt8]?, at path: String) {
        overlay.buffers[absolutePath(path)] = bytes
        workspace = Workspace(root: root, configuration: workspace.configuration, fileSystem: overlay)
    }

    func isAnnotationFile(_ path: String) -> Bool { loaded[path] != nil }

    func annotationFile(_ path: String) -> LoadedAnnotationFile? { loaded[path] }

    /// Reloads what the changed paths affect (everything when `changed` is empty) and runs the
    /// rules. Returns the paths whose text or anchoring was reloaded.
    mutating func refresh(changed: Set<String>) -> Set<String> {
        let configuration = workspace.configuration
        if changed.contains(Configuration.fileName) { reopen() }
        let registries: Set = [configuration.sourcesPath, configuration.placesPath]
        // A folder deleted or renamed is one event: what was loaded under it changed too.
        let folders = changed.filter { !isYAML($0) }.map { $0 + "/" }
        let isChanged = { (path: String) in changed.contains(path) || folders.contains { path.hasPrefix($0) } }
        // A folder created or renamed into the annotations folder brings files not loaded yet.
        let annotations = configuration.annotations + "/"
        let full = changed.isEmpty || changed.contains(Configuration.fileName) || !changed.isDisjoint(with: registries)
            || changed.contains { isYAML($0) && loaded[$0] == nil && $0.hasPrefix(annotations) }
            || changed.contains { ($0 + "/").hasPrefix(annotations) && workspace.fileSystem.kind(of: absolutePath($0)) == .directory }
        let loader = WorkspaceLoader(workspace: workspace, git: git)
        // The documents annotation files named before this reload: one that a file no longer
        // names (its `document:` changed, or it does not parse for a moment) is published again
        // without the claims it had.
        let namedBefore = loaded
        // An annotation file deleted or renamed away (`git checkout`, `git mv`) takes its claims
        // and findings with it, and its article is published again without them.
        let removed = Set(annotationPaths.filter { isChanged($0) && workspace.fileSystem.kind(of: absolutePath($0)) == nil })
        let bereaved = removed.compactMap { loaded[$0].flatMap(documentPath) }
        if !removed.isEmpty {
            annotationPaths.removeAll(where: removed.contains)
            for path in removed { (loaded[path], yamlTexts[path]) = (nil, nil) }
        }
        let reparsed: [String]
        var reanchored: [String] = []
        if full {
            annotationPaths = (try? workspace.annotationFiles()) ?? []
            reparsed = annotationPaths
            loaded = [:]
            yamlTexts = [:]
        } else {
            reparsed = annotationPaths.filter(isChanged)
            reanchored = annotationPaths.filter { path in
                !isChanged(path) && loaded[path].flatMap(documentPath).map(isChanged) == true
            }
            guard !reparsed.isEmpty || !reanchored.isEmpty || !removed.isEmpty else {
                // No annotation file names what changed, but its text is served from here (to
                // map an editor's positions): the next request must see it as it is now.
                for path in changed { texts[path] = nil }
                return []
            }
        }
        var registry = analysis.registry
        var registryProblems = analysis.registryProblems
        if full || !reparsed.isEmpty {
            let partial = loader.load(reparsed)
            for file in partial.files { loaded[file.path] = file }
            yamlTexts.merge(partial.yamlTexts) { _, new in new }
            (registry, registryProblems) = (partial.registry, partial.registryProblems)
        }
        for path in reanchored {
            guard let file = loaded[path] else { continue }
            loaded[path] = loader.anchor(file, saved: savedText(of: file))
        }
        if !registryProblems.contains(where: { $0.location.path == workspace.configuration.sourcesPath }) {
            lastReadableSources = registry.sources
        }
        analysis = Analysis(configuration: workspace.configuration, registry: registry,
                            files: annotationPaths.compactMap { loaded[$0] }, registryProblems: registryProblems,
                            yamlTexts: yamlTexts)
        diagnostics = Checker.diagnostics(for: analysis) + configurationFindings
        index()
        // A full reload can drop files the configuration no longer selects (`exclude:`, another
        // `annotations:` folder): they and their articles are published again without the claims.
        let dropped = full ? namedBefore.keys.filter { loaded[$0] == nil } : []
        var reloaded = Set(reparsed + reanchored + bereaved + dropped + (reparsed + dropped).compactMap { namedBefore[$0].flatMap(documentPath) })
        reloaded.formUnion((reparsed + reanchored).compactMap { loaded[$0].flatMap(documentPath) })
        for path in reloaded.union(changed) { texts[path] = nil }
        return reloaded.union(changed)
    }

    /// The files that changed on disk since they were read, for an editor that reports no
    /// changes: `.gloss.yml`, the registries, every annotation file (and those added or gone)
    /// and every document, each compared with what was read, and the documents that were
    /// missing or did not read. Open buffers are what was read.
    func changedOnDisk() -> Set<String> {
        let configuration = workspace.configuration
        let limits = configuration.limits
        let read = { (path: String, limit: Int) in try? workspace.fileSystem.read(absolutePath(path), limit: limit) }
        guard read(Configuration.fileName, YAMLLimits.default.maxFileBytes) == configurationBytes else { return [Configuration.fileName] }
        var changed = Set((try? workspace.annotationFiles()) ?? []).symmetricDifference(annotationPaths)
        for path in annotationPaths + [configuration.sourcesPath, configuration.placesPath]
        where read(path, limits.yaml.maxFileBytes) != yamlTexts[path] {
            changed.insert(path)
        }
        for (path, document) in documents where read(path, limits.maxDocumentBytes).map(GitBlobID.of) != document.blobID {
            changed.insert(path)
        }
        // A document that was missing and is there now, or did not read (its bytes, not kept,
        // may have been mended): read again.
        for file in loaded.values {
            switch file.document {
            case .missing(let path)?: if workspace.fileSystem.kind(of: absolutePath(path)) != nil { changed.insert(path) }
            case .unreadable(let path, _, _)?: changed.insert(path)
            default: break
            }
        }
        return changed
    }

    /// The text of a workspace file as last loaded (a document, an annotation file, a registry),
    /// else as the overlay has it now, read as a check reads a document: never through a
    /// symbolic link that leaves the workspace.
    mutating func text(of path: String) -> SourceText? {
        if let text = documents[path]?.text ?? texts[path] { return text }
        let text = if let bytes = yamlTexts[path] { try? SourceText(decoding: bytes) } else { try? workspace.readDocument(named: path).text }
        texts[path] = text
        return text
    }

    /// The bytes of an annotation file or registry as last loaded.
    func yamlBytes(_ path: String) -> [UInt8]? { yamlTexts[path] }

    /// The saved version of a loaded document under an open buffer, when the file's recorded
    /// offsets refer to it (its `revision`, or none): carrying them across the buffer's edits
    /// finds most claims without a search. When `revision` names an older text, the offsets are
    /// carried from that one through git, as `gloss check` carries them.
    private func savedText(of file: LoadedAnnotationFile) -> SourceText? {
        guard case .loaded(let loaded)? = file.document else { return nil }
        let absolute = absolutePath(loaded.path)
        guard overlay.buffers[absolute] != nil,
              let bytes = try? overlay.base.read(absolute, limit: workspace.configuration.limits.maxDocumentBytes) else { return nil }
        if let revision = file.annotation?.revision?.value, revision != GitBlobID.of(bytes) { return nil }
        return try? SourceText(decoding: bytes)
    }

    private mutating func reopen() {
        configurationFindings = []
        configurationBytes = try? overlay.read(absolutePath(Configuration.fileName), limit: YAMLLimits.default.maxFileBytes)
        do {
            workspace = try Workspace.open(root: root, fileSystem: overlay)
            configurationProblem = nil
            do {
                _ = try Workspace.open(root: root, fileSystem: overlay, requiringSelection: true)
            } catch {
                if case .configuration(let problems, _) = error { configurationFindings = Self.findings(problems, severity: .warning) }
            }
        } catch {
            if case .configuration(let problems, _) = error { configurationFindings = Self.findings(problems, severity: .error) }
            workspace = Workspace(root: root, fileSystem: overlay)
            configurationProblem = switch error {
            case .configuration(let problems, _):
                problems.map { "\($0.location.path):\($0.location.range.start): \($0.message)" }.joined(separator: "; ")
            case .missingPath(let path), .outsideWorkspace(let path), .unannotatedDocument(_, let path), .annotatedOnlyInUnselectedFiles(let path, _):
                "cannot use \(path)"
            case .unreadable(let failure): "\(failure.path): \(failure.message)"
            }
        }
    }

    private static func findings(_ problems: [LoadProblem], severity: Severity) -> [Diagnostic] {
        problems.map { Diagnostic(ruleID: $0.kind.rawValue, severity: severity, finding: Finding(message: $0.message, location: $0.location)) }
    }

    private mutating func index() {
        documents = [:]
        claimsByDocument = [:]
        claimsByID = [:]
        for file in analysis.files {
            if case .loaded(let document)? = file.document { documents[document.path] = document }
            for claim in file.claims {
                if claimsByID[claim.id] == nil { claimsByID[claim.id] = claim }
                if let document = claim.document { claimsByDocument[document.path, default: []].append(claim) }
            }
        }
    }

    private func documentPath(_ file: LoadedAnnotationFile) -> String? {
        switch file.document {
        case .loaded(let document)?: document.path
        case .missing(let path)?, .unreadable(let path, _, _)?: path
        case .outsideWorkspace?, nil: nil
        }
    }

    private func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }
}
