/// The findings the loader already made, for the rules that report problems met while reading.
enum LoadProblemFindings {
    static func of(_ kind: LoadProblem.Kind, in analysis: Analysis) -> [Finding] {
        analysis.loadProblems.filter { $0.kind == kind }.map { Finding(message: $0.message, location: $0.location, related: $0.related) }
    }
}
