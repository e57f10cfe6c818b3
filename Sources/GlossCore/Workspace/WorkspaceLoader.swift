/// Reads a workspace's registries and annotation files, loads the document each names, and
/// anchors every claim: the one place files are read for a check. Annotation files are loaded
/// concurrently, each with its document; the result keeps the order of the paths.
public struct WorkspaceLoader: Sendable {
    public let workspace: Workspace
    /// Reads the version of a document an annotation's `revision` names, so that recorded
    /// offsets can be carried across the edits since; nil to anchor from quote and context alone.
    public let git: (any GitObjectReader)?

    /// Whether ``Analysis/yamlTexts`` keeps the bytes of every annotation file read, for what
    /// quotes their lines or edits them (text reports, `gloss add`, the editor), or only of the
    /// registries and of the annotation files that did not decode, which the analysis reads
    /// again: a check of 10,000 files in JSON holds 59 MB less.
    public let keepsYAMLTexts: Bool

    /// The workspace root with symbolic links resolved, once: every document is checked against it.
    private let resolvedRoot: String

    public init(workspace: Workspace, git: (any GitObjectReader)? = nil, keepingYAMLTexts: Bool = true) {
        self.workspace = workspace
        self.git = git
        keepsYAMLTexts = keepingYAMLTexts
        resolvedRoot = workspace.fileSystem.resolvingSymbolicLinks(workspace.root)
    }

    private var limits: Limits { workspace.configuration.limits }

    /// Loads the given annotation files (workspace-relative) and the registries.
    public func load(_ paths: [String]) -> Analysis {
        var yamlTexts: [String: [UInt8]] = [:]
        var registryProblems: [LoadProblem] = []
        let configuration = workspace.configuration
        let sources = loadRegistry(configuration.sourcesPath, texts: &yamlTexts,
                                   problems: &registryProblems) { decoder, node in decoder.decodeSources(node) }
        let places = loadRegistry(configuration.placesPath, texts: &yamlTexts,
                                  problems: &registryProblems) { decoder, node in decoder.decodePlaces(node) }
        let documents = LoadedDocuments()
        // Each folder's links are resolved once; a file in it is then looked at alone. Only
        // folders inside the workspace are kept: a file in one is read without a look first.
        var folders: [String: String] = [:]
        var outside: Set<String> = []
        for path in paths {
            let folder = WorkspacePath.folder(of: path)
            guard folders[folder] == nil, !outside.contains(folder) else { continue }
            let resolved = resolvedPath(folder, folders: [:])
            if WorkspacePath.relative(resolved, to: resolvedRoot) == nil { outside.insert(folder) } else { folders[folder] = resolved }
        }
        let twins = Self.normalizationTwins(paths)
        var loaded = ConcurrentMap.map(paths) { [folders] path -> Loaded in
            if !twins.isEmpty, let first = twins[Array(path.utf8)] {
                let problem = LoadProblem(kind: .schema, message: "its name is `\(first)`'s in another Unicode form (composed and decomposed "
                                          + "accents); Gloss cannot tell the two apart, so it is not read: rename one of them",
                                          location: Location(path: path, range: TextRange(at: .start)))
                return (LoadedAnnotationFile(path: path, annotation: nil, problems: [problem], document: nil, claims: []), nil, nil, true)
            }
            let (file, bytes, resolved) = loadAnnotationFile(path, documents: documents, folders: folders)
            // Told here, on the core that made the path, rather than for every file on one core.
            let isUnderOwnName = resolved.map { WorkspacePath.isJoined($0, root: resolvedRoot, relative: path) } ?? true
            return (file, bytes, resolved, isUnderOwnName)
        }
        // Names in order, each after the last (as a workspace lists them), and each file under its
        // own name: no two names are one, so nothing is dropped, and the paths of a large
        // workspace need not be hashed, on one core.
        if !zip(paths, paths.dropFirst()).allSatisfy({ $0 < $1 }) || !loaded.allSatisfy(\.isUnderOwnName) {
            let kept = withoutAliases(paths: paths, resolved: loaded.map(\.resolved))
            if kept.count < loaded.count {
                let keep = Set(kept)
                loaded = loaded.indices.filter(keep.contains).map { loaded[$0] }
            }
        }
        yamlTexts.reserveCapacity(yamlTexts.count + loaded.count)
        let files = [LoadedAnnotationFile](unsafeUninitializedCapacity: loaded.count) { slots, count in
            count = loaded.count
            // Moved out from the end, each file into its own slot: copied, every file's fields
            // would be retained and released again, one core at a time.
            while let (file, bytes, _, _) = loaded.popLast() {
                if let bytes, keepsYAMLTexts || file.annotation == nil, yamlTexts[file.path] == nil { yamlTexts[file.path] = bytes }
                (slots.baseAddress! + loaded.count).initialize(to: file)
            }
        }
        return Analysis(configuration: workspace.configuration, registry: Registry(sources: sources ?? [], places: places ?? []),
                        files: files, registryProblems: registryProblems, yamlTexts: yamlTexts)
    }

    /// An annotation file as loaded, with the bytes it was read from, its path with links
    /// resolved, and whether that is the path under the workspace root, no link on the way.
    /// A tuple, so that the file is moved out of it, not copied.
    private typealias Loaded = (file: LoadedAnnotationFile, bytes: [UInt8]?, resolved: String?, isUnderOwnName: Bool)

    // MARK: YAML files

    /// The paths, by their bytes, that are an earlier path in another Unicode form (`café`
    /// composed and decomposed), with that path: Swift compares strings as canonically
    /// equivalent, so every table keyed by path would take the two files for one, and one
    /// would go unread without a word.
    private static func normalizationTwins(_ paths: [String]) -> [[UInt8]: String] {
        // Two names in ASCII are one only when their bytes are: nearly every workspace needs no table.
        guard paths.contains(where: { !$0.utf8.allSatisfy { $0 < 0x80 } }) else { return [:] }
        var first: [String: String] = [:]
        var twins: [[UInt8]: String] = [:]
        for path in paths {
            if let earlier = first[path] {
                if !earlier.utf8.elementsEqual(path.utf8) { twins[Array(path.utf8)] = earlier }
            } else {
                first[path] = path
            }
        }
        return twins
    }

    /// A workspace-relative path with its links resolved; `folders` holds folders resolved
    /// already, so that only the last part of the path is looked at.
    private func resolvedPath(_ path: String, folders: [String: String]) -> String {
        guard let relative = WorkspacePath.normalize(path) else { return path }
        let folder = WorkspacePath.folder(of: relative)
        if !folder.isEmpty, let resolved = folders[folder] {
            let name = String(decoding: relative.utf8.dropFirst(folder.utf8.count + 1), as: UTF8.self)
            return workspace.fileSystem.resolvingSymbolicLinks(name, under: resolved)
        }
        return workspace.fileSystem.resolvingSymbolicLinks(relative, under: resolvedRoot)
    }

    /// Reads and parses one YAML file, turning every failure into a problem at its position;
    /// `bytes` gets what was read. Returns nil for the node when there is nothing to decode.
    /// `resolved` gets the file's path with its links resolved. `folders` holds folders inside
    /// the workspace, resolved already.
    private func parse(_ path: String, folders: [String: String] = [:], bytes read: inout [UInt8]?,
                       resolved: inout String?, problems: inout [LoadProblem]) -> YAMLNode? {
        let bytes: [UInt8]
        do {
            guard let readBytes = try self.read(path, folders: folders, resolved: &resolved, problems: &problems) else { return nil }
            bytes = readBytes
        } catch {
            let kind: LoadProblem.Kind = if case .tooLarge = error.reason { .yamlSyntax } else { .schema }
            problems.append(LoadProblem(kind: kind, message: "cannot read the file: \(error.message)",
                                        location: Location(path: path, range: TextRange(at: .start))))
            return nil
        }
        read = bytes
        do {
            if let node = try YAMLParser.parse(bytes, limits: limits.yaml) { return node }
            problems.append(LoadProblem(kind: .schema, message: "the file is empty",
                                        location: Location(path: path, range: TextRange(at: .start))))
        } catch {
            problems.append(LoadProblem(error, in: path))
        }
        return nil
    }

    /// The bytes of the YAML file at `path`, with `resolved` its path with links resolved; nil,
    /// with the problem, when it leads outside the workspace.
    private func read(_ path: String, folders: [String: String], resolved: inout String?,
                      problems: inout [LoadProblem]) throws(FileSystemError) -> [UInt8]? {
        // A file in a folder inside the workspace that is no link itself is inside too: it is
        // read without a look at it first, nearly every file of a check.
        if let (folder, name) = WorkspacePath.folderAndName(of: path), let resolvedFolder = folders[folder] {
            resolved = WorkspacePath.join(resolvedFolder, name)
            if let bytes = try workspace.fileSystem.readUnlessLink(WorkspacePath.join(workspace.root, path), inResolvedFolder: resolvedFolder,
                                                                   limit: limits.yaml.maxFileBytes) {
                return bytes
            }
        }
        resolved = resolvedPath(path, folders: folders)
        // A link out of the workspace is refused before it is read, as for a document: what a
        // file outside holds must not reach a CI log through the snippets of its "YAML errors".
        if WorkspacePath.relative(resolved!, to: resolvedRoot) == nil {
            // Said of what the link is: the file, or a folder it is in (`Annotations` itself).
            let folder = WorkspacePath.folder(of: path)
            let inLinkedFolder = !folder.isEmpty
                && WorkspacePath.relative(folders[folder] ?? resolvedPath(folder, folders: [:]), to: resolvedRoot) == nil
            let what = inLinkedFolder ? "the file is in a folder that is a symbolic link leading outside the workspace"
                : "the file is a symbolic link that leads outside the workspace"
            problems.append(LoadProblem(kind: .outsideWorkspace, message: what + "; it is not read",
                                        location: Location(path: path, range: TextRange(at: .start))))
            return nil
        }
        return try workspace.fileSystem.read(WorkspacePath.join(workspace.root, path), limit: limits.yaml.maxFileBytes)
    }

    private func loadRegistry<Entry>(_ path: String, texts: inout [String: [UInt8]], problems: inout [LoadProblem],
                                     _ decode: (inout RegistryDecoder, YAMLNode) -> [Entry]) -> [Entry]? {
        // A link that leads nowhere is a registry that cannot be read, not an absent one: read
        // without it, a report would print the ids of the private sources it lists.
        guard workspace.fileSystem.isPresent(WorkspacePath.join(workspace.root, path)) else { return nil }
        var bytes: [UInt8]?
        defer { if let bytes { texts[path] = bytes } }
        var resolved: String?
        guard let node = parse(path, bytes: &bytes, resolved: &resolved, problems: &problems) else { return nil }
        var decoder = RegistryDecoder(path: path)
        let entries = decode(&decoder, node)
        problems += decoder.reader.problems
        return entries
    }

    /// The ids of the claims an annotation file declares, decoded without anchoring.
    func declaredClaimIDs(_ path: String) -> [String] {
        var problems: [LoadProblem] = []
        var bytes: [UInt8]?
        var resolved: String?
        guard let node = parse(path, bytes: &bytes, resolved: &resolved, problems: &problems) else { return [] }
        var decoder = AnnotationFileDecoder(path: path, maximumClaims: limits.maxClaimsPerFile)
        return decoder.decode(node)?.claims.map(\.id.value) ?? []
    }

    /// An annotation file loaded and anchored, with the bytes it was read from and its path with
    /// links resolved.
    private func loadAnnotationFile(_ path: String, documents: LoadedDocuments,
                                    folders: [String: String]) -> (file: LoadedAnnotationFile, bytes: [UInt8]?, resolved: String?) {
        var problems: [LoadProblem] = []
        var bytes: [UInt8]?
        var resolved: String?
        guard let node = parse(path, folders: folders, bytes: &bytes, resolved: &resolved, problems: &problems) else {
            return (LoadedAnnotationFile(path: path, annotation: nil, problems: problems, document: nil, claims: []), bytes, resolved)
        }
        var decoder = AnnotationFileDecoder(path: path, maximumClaims: limits.maxClaimsPerFile)
        decoder.verdictScale = workspace.configuration.verdictScale
        let annotation = decoder.decode(node)
        problems += decoder.reader.problems
        // The bytes go back only to be kept (``keepsYAMLTexts``): let go here, on the core that
        // read them, rather than all of them on one core once every file is loaded.
        let keptBytes = keepsYAMLTexts || annotation == nil ? bytes : nil
        // Moved, not copied: held here as well, the claims were copied whole when anchoring
        // took them out of the file.
        return (anchor(LoadedAnnotationFile(path: path, annotation: consume annotation, problems: problems, document: nil, claims: []),
                       documents: documents), keptBytes, resolved)
    }

    /// The positions of the files to keep when several paths are one file (a renamed
    /// annotation file kept working through a link to it): read twice, each claim would be its
    /// own duplicate id, and `fix` would write the file twice. The file under its own name is
    /// kept, else the first name.
    private func withoutAliases(paths: [String], resolved: [String?]) -> [Int] {
        var chosen: [String: Int] = [:]
        for (index, target) in resolved.enumerated() {
            guard let target else { continue }
            if let earlier = chosen[target] {
                let own = WorkspacePath.join(resolvedRoot, paths[index]) == target
                if own, WorkspacePath.join(resolvedRoot, paths[earlier]) != target { chosen[target] = index }
            } else {
                chosen[target] = index
            }
        }
        let kept = Set(chosen.values)
        return paths.indices.filter { resolved[$0] == nil || kept.contains($0) }
    }

    /// Reads the document an annotation file names and anchors the file's claims in it again,
    /// keeping what was decoded: for an editor whose article changed under an unchanged file.
    /// `saved` is the version of the document the recorded offsets refer to, when the caller
    /// knows it (an editor: the file on disk under an unsaved buffer); the offsets are carried
    /// from it instead of from the version git has for `revision`.
    ///
    /// Freshly decoded claims come in `file.annotation`, claims anchored before in `file.claims`;
    /// either way they leave only as anchored claims, so that each is held once (held twice,
    /// 10,000 files of claims cost a quarter of a gigabyte more).
    public func anchor(_ file: consuming LoadedAnnotationFile, saved: SourceText? = nil) -> LoadedAnnotationFile {
        anchor(file, saved: saved, documents: nil)
    }

    /// `documents` shares what other files of the same load read.
    private func anchor(_ file: consuming LoadedAnnotationFile, saved: SourceText? = nil,
                        documents: LoadedDocuments?) -> LoadedAnnotationFile {
        var annotation = file.annotation.take()
        var decodedClaims = file.claims.isEmpty ? annotation?.claims ?? [] : file.claims.map(\.claim)
        annotation?.claims = []
        // Moved out last to first, then anchored first to last: each claim goes into its
        // `AnchoredClaim` without a copy, which would retain and later release every field.
        var pending: [Claim] = []
        pending.reserveCapacity(decodedClaims.count)
        while let claim = decodedClaims.popLast() { pending.append(claim) }
        let path = file.path
        let document = annotation?.document.map { named in
            documents?.state(named: named.value) { loadDocument(named.value, documents: documents) } ?? loadDocument(named.value, documents: nil)
        }
        let loaded: LoadedDocument? = if case .loaded(let loaded) = document { loaded } else { nil }
        var anchoring = loaded.map { AnchoringDocument($0.text) }
        // The edits since the offsets were recorded: from the editor's saved file, from git, or
        // none at all when the document is the version `revision` names.
        let edits = loaded.flatMap { document in
            saved.map { DocumentHistory(from: $0, to: document.text) }
                ?? (annotation?.revision?.value == document.blobID ? DocumentHistory(unchanged: document.text)
                    : history(of: document, since: annotation?.revision?.value))
        }
        anchoring?.history = edits
        anchoring?.offsetsCountInAnotherVersion = edits == nil && annotation?.revision != nil
        // Each claim's selector is read where the claim lies in `pending`: `pending.reversed()`
        // handed every claim to the closure as a copy.
        var answers = pending.indices.reversed().map { index -> Anchorer.FileAnswer in
            guard let selector = pending[index].anchor?.selector else {
                return Anchorer.FileAnswer(result: nil, selector: nil, recorded: nil, carried: nil)
            }
            let recorded = selector.start.flatMap { start in selector.end.flatMap { start <= $0 ? start..<$0 : nil } }
            let carried = edits.flatMap { edits in recorded.map { edits.carry($0) } }
            let result = anchoring?.anchor(selector, carried: carried)
            // The selector is kept only where settling may need it: most claims are exact.
            return Anchorer.FileAnswer(result: result, selector: result?.tier == .fuzzy ? selector : nil, recorded: recorded, carried: carried)
        }
        Anchorer.settleSpansHeldByOthers(&answers, in: loaded?.text)
        var claims: [AnchoredClaim] = []
        claims.reserveCapacity(pending.count)
        while let claim = pending.popLast() {
            // The result is moved out too: it is read nowhere else.
            claims.append(AnchoredClaim(claim: consume claim, path: path, document: loaded, anchoring: answers[claims.count].result.take()))
        }
        return LoadedAnnotationFile(path: path, annotation: annotation, problems: file.problems, document: document, claims: claims)
    }

    // MARK: Documents

    /// The edits since the version `revision` names, when git has that version and it differs.
    private func history(of document: LoadedDocument, since revision: String?) -> DocumentHistory? {
        guard let git, let revision, revision != document.blobID,
              let bytes = git.blob(revision, in: workspace.root, limit: limits.maxDocumentBytes), GitBlobID.of(bytes) == revision,
              let old = try? SourceText(decoding: bytes) else { return nil }
        return DocumentHistory(from: old, to: document.text)
    }

    /// Reads a document named by an annotation file (see ``Workspace/readDocument(named:resolvedRoot:)``).
    /// `documents` keeps the folders it resolves for the other files of the load.
    private func loadDocument(_ named: String, documents: LoadedDocuments?) -> DocumentState {
        do {
            let (path, bytes, text) = try workspace.readDocument(named: named, resolvedRoot: resolvedRoot) { folder, resolve in
                // A folder outside is nil in the cache too: kept, not resolved again.
                documents.map { $0.resolvedFolder(folder, resolve) } ?? resolve()
            }
            return .loaded(LoadedDocument(path: path, text: text, blobID: GitBlobID.of(bytes)))
        } catch {
            // `.` and `a/..` are the workspace's own folder, whose path is empty: said as `.`.
            let path = WorkspacePath.normalize(named).map { $0.isEmpty ? "." : $0 } ?? named
            switch error {
            case .outsideWorkspace: return .outsideWorkspace(path: named)
            case .missing: return .missing(path: path)
            case .file(let error): return .unreadable(path: path, message: error.message, position: nil)
            case .text(let error): return .unreadable(path: path, message: error.message, position: error.position)
            }
        }
    }
}
