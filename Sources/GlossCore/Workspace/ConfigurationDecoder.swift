/// Reads `.gloss.yml`, reporting its own mistakes at their line and column like any other file.
struct ConfigurationDecoder {
    static let keys: KnownKeys = ["documents", "annotations", "include", "exclude", "rules", "limits", "tolerance", "verdicts",
                                  "publisher"]
    static let limitKeys: KnownKeys = ["max_file_bytes", "max_depth", "max_alias_expansion", "max_nodes", "max_claims_per_file"]
    static let publisherKeys: KnownKeys = ["name", "url"]
    static let severityWords = Severity.allCases.map(\.rawValue) + ["off"]

    var reader: NodeReader
    let ruleIDs: KnownKeys
    /// The folders and `include` patterns as written, with where: a folder that is not there or
    /// a pattern that selects nothing would check nothing and pass, so ``Workspace/open`` holds
    /// them against the file system once the file is read.
    private(set) var folders: [(key: String, value: Located<String>)] = []
    private(set) var includes: [Located<String>] = []
    private(set) var excludes: [Located<String>] = []

    init(path: String, ruleIDs: [String]) {
        reader = NodeReader(path: path)
        self.ruleIDs = KnownKeys(ruleIDs)
    }

    mutating func decode(_ root: YAMLNode) -> Configuration {
        var configuration = Configuration()
        guard let fields = reader.fields(root, of: "the configuration", known: Self.keys) else { return configuration }
        if let documents = folder(fields["documents"], named: "documents") { configuration.documents = documents }
        if let annotations = folder(fields["annotations"], named: "annotations") { configuration.annotations = annotations }
        includes = reader.strings(fields["include"], named: "include")
        configuration.include = includes.map(\.value)
        excludes = reader.strings(fields["exclude"], named: "exclude")
        configuration.exclude = excludes.map(\.value)
        if let rules = fields["rules"] { configuration.rules = decodeRules(rules) }
        if let limits = fields["limits"] { decodeLimits(limits, into: &configuration.limits) }
        if let tolerance = reader.fraction(fields["tolerance"], named: "tolerance") {
            if (0...1).contains(tolerance.value) {
                configuration.tolerance = tolerance.value
            } else {
                reader.report(.invalidValue, "`tolerance` is a fraction between 0 and 1 (or a percentage up to 100%), found "
                                  + (fields["tolerance"]?.scalar ?? "\(tolerance.value)"), at: tolerance.range)
            }
        }
        if let verdicts = fields["verdicts"] { configuration.verdictScale = decodeVerdictScale(verdicts) }
        if let publisher = fields["publisher"],
           let publisherFields = reader.fields(publisher, of: "`publisher`", known: Self.publisherKeys),
           let name = reader.words(reader.require(publisherFields, "name", in: "`publisher`"), named: "name") {
            configuration.publisher = Publisher(name: name.value, url: reader.url(publisherFields["url"], named: "url")?.value)
        }
        return configuration
    }

    /// A folder inside the workspace: relative, without `..`.
    private mutating func folder(_ node: YAMLNode?, named key: String) -> String? {
        guard let text = reader.string(node, named: key) else { return nil }
        guard let normalized = WorkspacePath.normalize(text.value), !normalized.isEmpty else {
            reader.report(.invalidValue, "`\(key)` must be a folder inside the workspace, found `\(text.value)`", at: text.range)
            return nil
        }
        folders.append((key, Located(normalized, at: text.range)))
        return normalized
    }

    private mutating func decodeRules(_ node: YAMLNode) -> [String: Severity?] {
        guard let fields = reader.fields(node, of: "`rules`", known: ruleIDs) else { return [:] }
        var rules: [String: Severity?] = [:]
        for (id, value) in fields.pairs {
            // `unreviewed: ~` or `unreviewed:` says nothing, which would keep the default unnoticed.
            if value.isNull {
                reader.report(.invalidValue, "rule `\(id)` takes \(Self.severityWords.joined(separator: ", ")), found nothing", at: value.range)
                continue
            }
            guard let word = reader.string(value, named: id) else { continue }
            if word.value == "off" {
                rules[id] = .some(nil)
            } else if let severity = Severity(rawValue: word.value) {
                rules[id] = severity
            } else {
                reader.report(.invalidValue,
                              "rule `\(id)` takes \(Self.severityWords.joined(separator: ", ")), found `\(word.value)`"
                                  + DidYouMean.phrase(for: word.value, among: Self.severityWords),
                              at: word.range)
            }
        }
        return rules
    }

    private mutating func decodeLimits(_ node: YAMLNode, into limits: inout Limits) {
        guard let fields = reader.fields(node, of: "`limits`", known: Self.limitKeys) else { return }
        if let value = reader.integer(fields["max_file_bytes"], named: "max_file_bytes", minimum: 1,
                                        maximum: YAMLLimits.largestFileBytes) { limits.yaml.maxFileBytes = value.value }
        if let value = reader.integer(fields["max_depth"], named: "max_depth", minimum: 1, maximum: YAMLLimits.largestDepth) {
            limits.yaml.maxDepth = value.value
        }
        if let value = reader.integer(fields["max_alias_expansion"], named: "max_alias_expansion", minimum: 0,
                                      maximum: YAMLLimits.largestNodes) {
            limits.yaml.maxAliasExpansion = value.value
        }
        if let value = reader.integer(fields["max_nodes"], named: "max_nodes", minimum: 1, maximum: YAMLLimits.largestNodes) {
            limits.yaml.maxNodes = value.value
        }
        if let value = reader.integer(fields["max_claims_per_file"], named: "max_claims_per_file", minimum: 1) {
            limits.maxClaimsPerFile = value.value
        }
    }

    private mutating func decodeVerdictScale(_ node: YAMLNode) -> [String: Verdict] {
        guard case .mapping(let pairs) = node.kind else {
            reader.report(.schema, "`verdicts` must be a mapping from your labels to verdicts, found \(NodeReader.describe(node))",
                          at: node.range)
            return [:]
        }
        var scale: [String: Verdict] = [:]
        for pair in pairs {
            guard let label = reader.string(pair.key, named: "verdicts") else { continue }
            // ClaimReview publishes the label as the rating's name: a reader must have words.
            guard NodeReader.hasWords(label.value) else {
                reader.report(.invalidValue, "a label in `verdicts` must have words, found `\(label.value)`", at: label.range)
                continue
            }
            guard let verdict = reader.choice(pair.value, named: label.value, as: Verdict.self) else { continue }
            // A label that is another verdict's name would publish "supported" for a refuted
            // claim, however it is spaced or punctuated ("Supported.").
            let bare = label.value.lowercased().filter(\.isLetter)
            if let named = Verdict.allCases.first(where: { $0.rawValue == bare }), named != verdict.value {
                reader.report(.invalidValue, "the label `\(label.value)` names the verdict `\(named.rawValue)` and cannot stand for `\(verdict.value.rawValue)`",
                              at: label.range)
                continue
            }
            scale[label.value] = verdict.value
        }
        return scale
    }
}
