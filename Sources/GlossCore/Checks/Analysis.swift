/// Everything the rules judge, loaded once: each annotation file with its document and the
/// anchoring of every claim, the registries, and the problems met while reading.
public struct Analysis: Sendable {
    public var configuration: Configuration {
        didSet { memo = AnalysisMemo() }
    }
    public var registry: Registry {
        didSet { memo = AnalysisMemo() }
    }
    public var files: [LoadedAnnotationFile] {
        didSet {
            claims = ConcurrentMap.joined(files.map(\.claims))
            memo = AnalysisMemo()
        }
    }
    /// Every decoded claim with its file and anchoring, in file order; flattened once, since every
    /// rule walks it.
    public private(set) var claims: [AnchoredClaim]
    /// Problems from reading the registries (annotation files carry their own).
    public var registryProblems: [LoadProblem]
    /// The raw bytes of the YAML files read, for reporters that show the offending line: of
    /// every one, unless the loader was asked to keep only the registries' and those of the
    /// annotation files that did not decode (``WorkspaceLoader/keepsYAMLTexts``).
    public var yamlTexts: [String: [UInt8]]
    /// The ids of the claims in the workspace's other annotation files, when only some were
    /// loaded and their references name claims they do not hold (``CheckResult/check(_:files:git:)``).
    public var claimIDsElsewhere: Set<String> = []
    /// Whether the workspace has annotation files that were not loaded (a check of some files):
    /// what their claims would add to a finding across files is unknown.
    public var isPartial = false
    /// The `ignore` entries that silenced nothing: filled in by the ``Checker`` for the rules
    /// that judge suppressions (``AuditRule``), which it runs last; empty before that.
    public var unusedSuppressions: [UnusedSuppression] = []
    /// What several rules share, worked out when first asked for; new when what it is worked out
    /// from changes (the files, the configuration or the registries).
    private(set) var memo = AnalysisMemo()

    public init(configuration: Configuration, registry: Registry, files: [LoadedAnnotationFile],
                registryProblems: [LoadProblem], yamlTexts: [String: [UInt8]]) {
        self.configuration = configuration
        self.registry = registry
        self.files = files
        claims = ConcurrentMap.joined(files.map(\.claims))
        self.registryProblems = registryProblems
        self.yamlTexts = yamlTexts
    }

    /// Every YAML file the load looked at: the registries read and every annotation file,
    /// whether or not its bytes were kept (``yamlTexts``).
    public var yamlPaths: Set<String> { Set(yamlTexts.keys).union(files.map(\.path)) }

    /// Every problem met while reading, registries first.
    public var loadProblems: [LoadProblem] { registryProblems + files.flatMap(\.problems) }

    public var claimCount: Int { claims.count }

    /// The annotation files that did not read (their YAML, or their top level): the claims and
    /// ids they hold are unknown. A file of only comments, empty, or a null document (`---`,
    /// `~`) holds none.
    public var unreadAnnotationFiles: [String] {
        files.filter { file in
            guard file.annotation == nil else { return false }
            guard let bytes = yamlTexts[file.path], case .success(let node) = Result(catching: { try YAMLParser.parse(bytes, limits: configuration.limits.yaml) }) else { return true }
            return node?.isNull == false
        }.map(\.path)
    }

    /// Where new claims for `document` (workspace-relative) go: the file named after it (`path`,
    /// ``Workspace/annotationPath(forDocument:)``) when it was loaded or there is no other, else
    /// the loaded file whose `document:` names it, whatever it is called; a second file for the
    /// document would split its claims.
    public func annotationFile(forDocument document: String, namedAfterIt path: String) -> String {
        guard !files.contains(where: { $0.path == path }) else { return path }
        return annotationFilesByDocument.files(annotating: document, namedAfterIt: path).first ?? path
    }

    /// The loaded annotation files by the document each names; a file that did not decode
    /// names the one its `document:` names, if it reads that far, as a check of the document
    /// counts it (``Workspace/annotationFilesByDocument(selectedOnly:)``).
    public var annotationFilesByDocument: AnnotationFilesByDocument {
        var index = AnnotationFilesByDocument()
        for file in files {
            let document = file.annotation.map { $0.document?.value }
                ?? yamlTexts[file.path].flatMap { YAMLParser.topLevelScalar("document", in: $0, limits: configuration.limits.yaml) }
            if let document { index.record(file.path, names: document) }
        }
        return index
    }
}
