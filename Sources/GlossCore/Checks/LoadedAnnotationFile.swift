/// One annotation file after loading.
public struct LoadedAnnotationFile: Sendable {
    // Optional fields are spelled `Optional<…>`, not `?`: see `Claim` and CONTRIBUTING, Style.
    public var path: String
    /// The decoded file; nil when the YAML did not parse or its top level was unusable. Its
    /// `claims` is empty: the loader moves them, anchored, into ``claims``, so each is held once.
    public var annotation: Optional<AnnotationFile>
    public var problems: [LoadProblem]
    public var document: Optional<DocumentState>
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
