/// A folder of documents and annotation files with its configuration: the unit Gloss checks.
public struct Workspace: Sendable {
    /// Absolute path of the workspace root.
    public let root: String
    public let configuration: Configuration
    public let fileSystem: any FileSystem

    public init(root: String, configuration: Configuration = Configuration(), fileSystem: any FileSystem = DiskFileSystem()) {
        self.root = root
        self.configuration = configuration
        self.fileSystem = fileSystem
    }

    /// Opens a workspace, reading `.gloss.yml` from its root (or `configurationFile`, relative to
    /// the root or absolute) when there is one. A broken configuration is an error, with every
    /// problem at its line and column.
    ///
    /// `requiringSelection` is for the commands that read the annotation files and pass when they
    /// find nothing wrong (check, report, export, fix): a configured folder that is not there, or
    /// an `include` pattern that selects no annotation file, is then an error too, since such a
    /// run would pass without reading what it was meant to. Commands that create the first
    /// annotation files (add, import, suggest) and the language server leave it off.
    public static func open(root: String, configurationFile: String? = nil, fileSystem: any FileSystem = DiskFileSystem(),
                            requiringSelection: Bool = false) throws(WorkspaceError) -> Workspace {
        let explicit = configurationFile.map { $0.hasPrefix("/") ? $0 : WorkspacePath.join(root, $0) }
        let path = explicit ?? WorkspacePath.join(root, Configuration.fileName)
        // A configuration that is there but no file is a mistake, not an absence: its settings
        // would be dropped without a word.
        switch fileSystem.kind(of: path) {
        case .file:
            break
        case let kind?:
            throw WorkspaceError.unreadable(.notAFile(path, kind))
        case nil where fileSystem.isPresent(path):
            // A link whose file was renamed or that loops: the settings are there to be read.
            throw WorkspaceError.unreadable(FileSystemError(path: path, reason: .failed("it is a symbolic link that leads nowhere")))
        case nil:
            if let explicit { throw WorkspaceError.missingPath(explicit) }
            return Workspace(root: root, fileSystem: fileSystem)
        }
        // The workspace's own file comes with the repository, so it must not lead out of it: its
        // "errors" would quote whatever it leads to. A file named with `--config` was chosen.
        if explicit == nil, WorkspacePath.relative(fileSystem.resolvingSymbolicLinks(path), to: fileSystem.resolvingSymbolicLinks(root)) == nil {
            throw WorkspaceError.unreadable(FileSystemError(path: path, reason: .failed("it is a symbolic link that leads outside the workspace; it is not read")))
        }
        let displayPath = WorkspacePath.relative(path, to: root) ?? path
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path, limit: YAMLLimits.default.maxFileBytes)
        } catch {
            throw WorkspaceError.unreadable(error)
        }
        var decoder = ConfigurationDecoder(path: displayPath, ruleIDs: RuleCatalog.all.map { $0.description.id })
        var configuration = Configuration()
        do {
            // A document that says nothing (`---`, `~`) is no settings, as an empty file is.
            if let node = try YAMLParser.parse(bytes), !node.isNull { configuration = decoder.decode(node) }
        } catch {
            decoder.reader.report(LoadProblem(error, in: displayPath))
        }
        let workspace = Workspace(root: root, configuration: configuration, fileSystem: fileSystem)
        if requiringSelection, decoder.reader.problems.isEmpty { try workspace.checkSelection(of: &decoder) }
        guard decoder.reader.problems.isEmpty else {
            throw WorkspaceError.configuration(decoder.reader.problems, text: bytes)
        }
        return workspace
    }

    /// Reports a configured folder that is not a folder of the workspace, and an `include`
    /// pattern that selects none of the annotation files (registries and excluded files are not
    /// selected, as ``annotationFiles(under:)`` does not list them).
    private func checkSelection(of decoder: inout ConfigurationDecoder) throws(WorkspaceError) {
        for (key, folder) in decoder.folders where fileSystem.kind(of: WorkspacePath.join(root, folder.value)) != .directory {
            decoder.reader.report(.invalidValue, "`\(key)` names `\(folder.value)`, which is not a folder of the workspace",
                                  at: folder.range)
        }
        // Without the annotations folder the patterns have nothing to select; the command says
        // the folder is missing, and where gloss should run.
        guard !decoder.includes.isEmpty || !decoder.excludes.isEmpty, decoder.reader.problems.isEmpty,
              fileSystem.kind(of: WorkspacePath.join(root, configuration.annotations)) == .directory else { return }
        let registries: Set = [configuration.sourcesPath, configuration.placesPath]
        let annotationFiles = try files(in: configuration.annotations).filter { Self.isYAML($0) && !registries.contains($0) }
        let candidates = annotationFiles.filter { file in !configuration.exclude.contains { Glob.matches($0, file) } }
        // An `exclude` that leaves nothing makes a run that reads nothing pass, as an `include`
        // that selects nothing would.
        if candidates.isEmpty, !annotationFiles.isEmpty, let first = decoder.excludes.first {
            decoder.reader.report(.invalidValue,
                                  "`exclude` leaves none of the annotation files under \(configuration.annotations)/",
                                  at: first.range)
            return
        }
        for pattern in decoder.includes where !candidates.contains(where: { Glob.matches(pattern.value, $0) }) {
            decoder.reader.report(.invalidValue,
                                  "`include` pattern `\(pattern.value)` selects none of the annotation files under \(configuration.annotations)/",
                                  at: pattern.range)
        }
    }

    /// The annotation files to check, relative to the root and sorted: those under the given paths
    /// (files or folders, relative to the root or absolute), or the whole annotations folder. A
    /// document stands for its annotation file, `<annotations>/<document name>.yaml`.
    ///
    /// The registries are never annotation files, even named one by one (as a shell expands
    /// `Annotations/*.yaml`). In a folder, only YAML inside the annotations folder is: fixtures
    /// and other YAML elsewhere in the repository are not, when the whole workspace is named.
    public func annotationFiles(under paths: [String] = []) throws(WorkspaceError) -> [String] {
        let registries: Set = [configuration.sourcesPath, configuration.placesPath]
        // By their bytes: Swift takes names that differ only in how an accent is encoded for
        // one (`café` composed and decomposed), and one file would go unread without a word.
        // Kept in the order found, which is mostly sorted already (a folder's entries come sorted),
        // so the sort below has little to do; a path found twice is dropped once sorted.
        var found: [String] = []
        // Read once, when a document is named: every file that annotates it is checked.
        var byDocument: AnnotationFilesByDocument?
        func annotationFiles(of document: String) -> [String] {
            if byDocument == nil { byDocument = annotationFilesByDocument(selectedOnly: true) }
            return files(annotating: document, in: byDocument!).filter(isSelected)
        }
        for path in paths.isEmpty ? [configuration.annotations] : paths {
            let absolute = path.hasPrefix("/") ? path : WorkspacePath.join(root, path)
            guard let relative = WorkspacePath.relative(absolute, to: root).flatMap(WorkspacePath.normalize) else {
                throw WorkspaceError.outsideWorkspace(path)
            }
            let full = WorkspacePath.join(root, relative)
            switch fileSystem.kind(of: full) {
            case .file where Self.isYAML(relative):
                if !registries.contains(relative) { found.append(relative) }
            case .file:
                let annotations = annotationFiles(of: relative)
                guard !annotations.isEmpty else {
                    let unselected = unselectedAnnotationFiles(annotating: relative)
                    guard unselected.isEmpty else { throw WorkspaceError.annotatedOnlyInUnselectedFiles(document: relative, files: unselected) }
                    throw WorkspaceError.unannotatedDocument(document: relative, annotationFile: annotationPath(forDocument: relative))
                }
                found += annotations
            case .directory:
                // YAML in the annotations folder is annotation files; other files outside it are
                // documents (what else the annotations folder holds, a README, is neither).
                for file in try files(in: relative) where Self.isYAML(file) == isInAnnotationsFolder(file) {
                    for annotation in Self.isYAML(file) ? [file] : annotationFiles(of: file)
                    where !registries.contains(annotation) && isSelected(annotation) {
                        found.append(annotation)
                    }
                }
            case .other:
                throw WorkspaceError.unreadable(.notAFile(full, .other))
            case nil:
                if paths.isEmpty { return [] }
                throw WorkspaceError.missingPath(path)
            }
        }
        // Names Swift takes for one are ordered by their bytes, so the order is always the same,
        // and the same bytes found twice are neighbours.
        found.sort { $0 < $1 || (!($1 < $0) && $0.utf8.lexicographicallyPrecedes($1.utf8)) }
        // Compared as strings first, which tells nearly every pair apart at once.
        return found.indices.filter { $0 == 0 || found[$0 - 1] != found[$0] || !found[$0 - 1].utf8.elementsEqual(found[$0].utf8) }
            .map { found[$0] }
    }

    /// The annotation files of the annotations folder by the document their `document:` names,
    /// in order: a document is annotated in a file named after it, or in files of other names
    /// that say so. Files that do not read as far as their `document:` are left out; one with a
    /// mistake further on is in, for the check to report it. `selectedOnly` leaves out the files
    /// `include` and `exclude` do not select, as a check does; a file left out still names its
    /// document, which no report may be written over. Files in `skipping` (read already) are
    /// not read.
    public func annotationFilesByDocument(selectedOnly: Bool, skipping: Set<String> = []) -> AnnotationFilesByDocument {
        let registries: Set = [configuration.sourcesPath, configuration.placesPath]
        var byDocument = AnnotationFilesByDocument()
        for file in ((try? files(in: configuration.annotations)) ?? []).sorted()
        where Self.isYAML(file) && !registries.contains(file) && (!selectedOnly || isSelected(file)) && !skipping.contains(file) {
            guard let bytes = try? fileSystem.read(WorkspacePath.join(root, file), limit: configuration.limits.yaml.maxFileBytes),
                  let named = YAMLParser.topLevelScalar("document", in: bytes, limits: configuration.limits.yaml) else { continue }
            byDocument.record(file, names: named)
        }
        return byDocument
    }

    /// The file new claims for `document` go to (``Analysis/annotationFile(forDocument:namedAfterIt:)``),
    /// or, when none of the files `analysis` loaded annotates it, a file the configuration's
    /// `include` and `exclude` leave out that does: a new file beside it would split the
    /// document's claims in two, so the writer is to refuse it, saying why.
    public func annotationFile(forDocument document: String, in analysis: Analysis) -> String {
        let path = analysis.annotationFile(forDocument: document, namedAfterIt: annotationPath(forDocument: document))
        guard !analysis.files.contains(where: { $0.path == path }) else { return path }
        return unselectedAnnotationFiles(annotating: document).first ?? path
    }

    /// The files that annotate `document` which `include` and `exclude` leave out of a check.
    func unselectedAnnotationFiles(annotating document: String) -> [String] {
        guard !configuration.include.isEmpty || !configuration.exclude.isEmpty else { return [] }
        return files(annotating: document, in: annotationFilesByDocument(selectedOnly: false)).filter { !isSelected($0) }
    }

    /// The files that annotate `document`: the one named after it, when it is there, then those
    /// of `byDocument` whose `document:` names it.
    private func files(annotating document: String, in byDocument: AnnotationFilesByDocument) -> [String] {
        let own = annotationPath(forDocument: document)
        let named = byDocument.files(annotating: document, namedAfterIt: own)
        return fileSystem.kind(of: WorkspacePath.join(root, own)) == .file && !named.contains(own) ? [own] + named : named
    }

    /// Where the annotations of a document live: named after the document, without its extension.
    public func annotationPath(forDocument document: String) -> String {
        let name = document.split(separator: "/").last.map(String.init) ?? document
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return WorkspacePath.join(configuration.annotations, stem + ".yaml")
    }

    static func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    private func isInAnnotationsFolder(_ path: String) -> Bool {
        configuration.annotations.isEmpty || path.hasPrefix(configuration.annotations + "/")
    }

    /// The files under `folder`, and the YAML files there that are no regular file (a symbolic
    /// link that leads nowhere or round in a loop, a pipe, a device): listed, they are read as
    /// annotation files and reported as unreadable, where skipped, a pull request could hide an
    /// annotation file from a check by making it a broken link.
    ///
    /// A folder is listed once, however many links lead to it, and under its own name before
    /// any link's: a link to a folder above it (`ln -s . Annotations/self`) would list the same
    /// files again and again, under ever longer names.
    private func files(in folder: String) throws(WorkspaceError) -> [String] {
        let resolvedRoot = fileSystem.resolvingSymbolicLinks(root)
        var result: [String] = []
        var visited: Set<String> = []
        // Folders reached without a link are listed before those reached through one. Each
        // comes with its path with links resolved, so that a folder in it is resolved by looking
        // at that folder alone: resolved from the root each time, a deep tree cost the cube of
        // its depth.
        let start = fileSystem.resolvingSymbolicLinks(folder, under: resolvedRoot)
        let startIsPlain = start == WorkspacePath.join(resolvedRoot, folder)
        var pending = startIsPlain ? [(folder, start)] : [], linked = startIsPlain ? [] : [(folder, start)]
        while let (current, resolved) = pending.popLast() ?? linked.popLast() {
            guard visited.insert(resolved).inserted else { continue }
            let entries: [(name: String, kind: FileKind?)]
            do {
                entries = try fileSystem.entries(ofDirectory: WorkspacePath.join(root, current))
            } catch {
                throw WorkspaceError.unreadable(error)
            }
            for (name, kind) in entries where !name.hasPrefix(".") {
                let relative = current.isEmpty ? name : current + "/" + name
                switch kind {
                case .directory:
                    // Reached without a link: neither it nor any folder above it is one.
                    let child = fileSystem.resolvingSymbolicLinks(name, under: resolved)
                    if child == WorkspacePath.join(resolved, name), resolved == WorkspacePath.join(resolvedRoot, current) {
                        pending.append((relative, child))
                    } else {
                        linked.append((relative, child))
                    }
                case .file: result.append(relative)
                case .other, nil: if Self.isYAML(name) { result.append(relative) }
                }
            }
        }
        return result
    }

    func isSelected(_ path: String) -> Bool {
        (configuration.include.isEmpty || configuration.include.contains { Glob.matches($0, path) })
            && !configuration.exclude.contains { Glob.matches($0, path) }
    }
}

/// Why a workspace could not be opened or listed: these end a run with exit code 2.
public enum WorkspaceError: Error, Sendable {
    /// `.gloss.yml` has problems; the text is kept so they can be shown in context.
    case configuration([LoadProblem], text: [UInt8])
    case missingPath(String)
    /// A document named for checking that no annotation file annotates yet.
    case unannotatedDocument(document: String, annotationFile: String)
    /// A document named for checking whose annotation files `include` and `exclude` leave out.
    case annotatedOnlyInUnselectedFiles(document: String, files: [String])
    case outsideWorkspace(String)
    case unreadable(FileSystemError)
}
