/// A small workspace that shows a rule at work. Most examples are a few claims; the rest of the
/// workspace (an article, its registries, the file header) is shared, so each example shows
/// only what matters to its rule.
public struct RuleExample: Sendable {
    /// What the example was written as. The files are made from it only when asked for: every
    /// check reads each rule's description, and only `gloss rules` and the tests its examples.
    private enum Source: Sendable {
        case claims(String)
        case files([String: [UInt8]])
    }

    private let source: Source
    /// Why the example does or does not trigger the rule, where the YAML does not show it (a
    /// misspelt verdict that is an error of its own): `gloss rules` prints it with the example.
    public let note: String?

    /// Claims (a YAML list, unindented) placed in the example annotation file.
    public init(claims: String, note: String? = nil) {
        source = .claims(claims)
        self.note = note
    }

    /// Whole files, for rules about files rather than claims.
    public init(files: [String: String], note: String? = nil) {
        self.init(bytes: files.mapValues { Array($0.utf8) }, note: note)
    }

    /// Whole files as bytes, for examples that are not valid UTF-8.
    public init(bytes: [String: [UInt8]], note: String? = nil) {
        source = .files(bytes)
        self.note = note
    }

    /// Workspace-relative path -> contents; replaces the shared files of the same path.
    public var files: [String: [UInt8]] {
        switch source {
        case .claims(let claims):
            let indented = claims.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            return [Self.annotationPath: Array((Self.header + "claims:\n" + indented).utf8)]
        case .files(let files):
            return files
        }
    }

    /// What `gloss rules` prints for the example.
    public var shown: String {
        switch source {
        case .claims(let claims):
            return claims
        case .files(let bytes):
            return bytes.keys.sorted().map { "# \($0)\n\(String(decoding: bytes[$0]!, as: UTF8.self))" }.joined(separator: "\n")
        }
    }

    /// The annotation file most examples edit.
    public static let annotationPath = "Annotations/example.yaml"
    public static let documentPath = "Sources-Docs/example.md"
    public static let header = "gloss: 1\ndocument: \(documentPath)\n"

    /// The shared article: a quote, numbers, a date, a place and an attribution, with one phrase
    /// ("the city") twice so examples can be ambiguous.
    public static let article = """
        According to The Daily, 185 people gathered at Central Park in the city on October 2.
        “We want to go home,” a resident said. Police stood by in the city.

        """

    public static let sharedFiles: [String: [UInt8]] = [
        documentPath: Array(article.utf8),
        "Annotations/sources.yaml": """
            sources:
              - id: the-daily
                name: The Daily
                kind: media
              - id: a-resident
                name: a resident
                kind: person
                private: true

            """.utf8Array,
        "Annotations/places.yaml": """
            places:
              - id: central-park
                name: Central Park
                within: the-city
              - id: the-city
                name: The City

            """.utf8Array,
    ]

    /// The example's workspace: the shared files with the example's own on top. An example of
    /// other files (a registry) is checked beside the example annotation file with no claim, as
    /// it would be on disk, where a workspace without an annotation file is not checked.
    public var workspaceFiles: [String: [UInt8]] {
        let files = files
        // The shared files are the article and the registries: any other YAML is an annotation file.
        let holdsAnnotationFile = files.keys.contains { Workspace.isYAML($0) && Self.sharedFiles[$0] == nil }
        let annotations = holdsAnnotationFile ? [:] : [Self.annotationPath: Self.emptyAnnotationFile]
        return Self.sharedFiles.merging(annotations) { _, own in own }.merging(files) { _, own in own }
    }

    /// The example annotation file with no claim.
    private static let emptyAnnotationFile = Array((header + "claims: []\n").utf8)
}

private extension String {
    var utf8Array: [UInt8] { Array(utf8) }
}

extension RuleExample {
    /// Where example workspaces live in memory.
    public static let root = "/example"

    /// Checks the example's workspace in memory, with every rule at its default severity. A
    /// workspace that cannot be listed is an error of its own (`example-unchecked`), so that an
    /// example that stays quiet was checked, not skipped.
    public func diagnostics() -> [Diagnostic] {
        let workspace = Workspace(root: Self.root, fileSystem: InMemoryFileSystem(
            files: Dictionary(uniqueKeysWithValues: workspaceFiles.map { (WorkspacePath.join(Self.root, $0.key), $0.value) })))
        do {
            return try CheckResult.check(workspace).diagnostics
        } catch {
            return [Diagnostic(ruleID: "example-unchecked", severity: .error, finding: Finding(
                message: "the example's workspace could not be checked: \(error)", location: Location(path: Self.root, range: TextRange(at: .start))))]
        }
    }
}
