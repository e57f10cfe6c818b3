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
            claims = files.flatMap(\.claims)
            memo = AnalysisMemo()
        }
    }
    /// Every decoded claim with its file and anchoring, in file order; flattened once, since every
    /// rule walks it.
    public private(set) var claims: [AnchoredClaim]
    /// Problems from reading the registries (annotation files carry their own).
    public var registryProblems: [LoadProblem]
    /// The raw bytes of every YAML file read, for reporters that show the offending line.
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
        claims = files.flatMap(\.claims)
        self.registryProblems = registryProblems
        self.yamlTexts = yamlTexts
    }

    /// Every problem met while reading, registries first.
    public var loadProblems: [LoadProblem] { registryProblems + files.flatMap(\.problems) }

    public var claimCount: Int { claims.count }

    /// The annotation files that did not read (their YAML, or their top level): the claims and
    /// ids they hold are unknown. A file of only comments, or empty, holds none.
    public var unreadAnnotationFiles: [String] {
        files.filter { file in
            guard file.annotation == nil else { return false }
            guard let bytes = yamlTexts[file.path], case .success(nil) = Result(catching: { try YAMLParser.parse(bytes) }) else { return true }
            return false
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

/// One annotation file after loading.
public struct LoadedAnnotationFile: Sendable {
    public var path: String
    /// The decoded file; nil when the YAML did not parse or its top level was unusable. Its
    /// `claims` is empty: the loader moves them, anchored, into ``claims``, so each is held once.
    public var annotation: AnnotationFile?
    public var problems: [LoadProblem]
    public var document: DocumentState?
    public var claims: [AnchoredClaim]

    public init(path: String, annotation: AnnotationFile?, problems: [LoadProblem], document: DocumentState?,
                claims: [AnchoredClaim]) {
        self.path = path
        self.annotation = annotation
        self.problems = problems
        self.document = document
        self.claims = claims
    }
}

/// What became of the document an annotation file names.
public enum DocumentState: Sendable {
    case loaded(LoadedDocument)
    case missing(path: String)
    case outsideWorkspace(path: String)
    case unreadable(path: String, message: String, position: TextPosition?)
}

/// A document read and decoded, with its git blob id.
///
/// A class, immutable once loaded: every claim of the document holds it, and every finding
/// about a claim's span reads it, which for a value of five arrays and strings meant five
/// retains each time.
public final class LoadedDocument: Sendable {
    /// Path relative to the workspace root.
    public let path: String
    public let text: SourceText
    public let blobID: String

    public init(path: String, text: SourceText, blobID: String) {
        self.path = path
        self.text = text
        self.blobID = blobID
    }

    /// The location of a span of the document, for related locations.
    public func location(of offsets: Range<Int>) -> Location {
        Location(path: path, range: text.range(of: offsets))
    }
}

/// A claim with where it lives and where its anchor landed.
///
/// A class, immutable once loaded: every rule walks every claim, and passing a reference costs
/// one retain where copying the whole claim would cost dozens.
public final class AnchoredClaim: Sendable {
    public let claim: Claim
    /// The annotation file's path.
    public let path: String
    public let document: LoadedDocument?
    /// Nil when there is no anchor or no readable document to anchor in.
    public let anchoring: AnchorResult?

    public init(claim: Claim, path: String, document: LoadedDocument?, anchoring: AnchorResult?) {
        self.claim = claim
        self.path = path
        self.document = document
        self.anchoring = anchoring
    }

    public var id: String { claim.id.value }

    /// A location in this claim's annotation file.
    public func location(_ range: TextRange) -> Location { Location(path: path, range: range) }

    /// Where findings about the claim as a whole point: its `id`.
    public var primaryLocation: Location { location(claim.id.range) }

    /// The article span it landed on, as a related location, when it landed.
    public var spanLocation: RelatedLocation? {
        guard let document, let range = anchoring?.range else { return nil }
        return RelatedLocation(location: document.location(of: range), message: "the claim's words in the article")
    }

    /// A finding about this claim, pointing at `range` (default: the id) with the article span related.
    public func finding(_ message: String, at range: TextRange? = nil, related: [RelatedLocation] = []) -> Finding {
        var related = related
        // Appended rather than concatenated: most findings have no other related location, and
        // a large workspace has a hundred thousand findings.
        if let span = spanLocation { related.append(span) }
        return Finding(message: message, location: location(range ?? claim.id.range), related: related, claimID: id)
    }
}
