/// What identifies a finding across edits: its file, rule, claim and message, never its line or
/// column, so adding lines above an old finding leaves it the same finding. Baselines are made of
/// these keys, and SARIF fingerprints are digests of them.
public struct FindingKey: Hashable, Comparable, Sendable, Codable {
    /// The workspace-relative path of the finding's primary location.
    public var path: String
    public var rule: String
    /// The claim the finding is about, when it is about one.
    public var claim: String?
    /// The message without a "did you mean" suggestion (``DidYouMean/removingPhrase(from:)``),
    /// which changes with the rest of the workspace while the finding stays the same.
    public var message: String

    public init(path: String, rule: String, claim: String?, message: String) {
        self.path = path
        self.rule = rule
        self.claim = claim
        self.message = DidYouMean.removingPhrase(from: message)
    }

    /// Read as written (a baseline recorded before suggestions were left out has them).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try container.decode(String.self, forKey: .path), rule: try container.decode(String.self, forKey: .rule),
                  claim: try container.decodeIfPresent(String.self, forKey: .claim),
                  message: try container.decode(String.self, forKey: .message))
    }

    public init(_ diagnostic: Diagnostic) {
        self.init(path: diagnostic.location.path, rule: diagnostic.ruleID, claim: diagnostic.claimID, message: diagnostic.message)
    }

    public static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.path, lhs.rule, lhs.claim ?? "", lhs.message) < (rhs.path, rhs.rule, rhs.claim ?? "", rhs.message)
    }

    /// A stable digest of the key and of which occurrence of it this is (1 for the first finding
    /// with the key in output order, 2 for the second, …): 40 hexadecimal digits.
    public func fingerprint(occurrence: Int) -> String {
        SHA1.hexDigest(Array([path, rule, claim ?? "", message, String(occurrence)].joined(separator: "\0").utf8))
    }

    /// Each diagnostic's key with its occurrence number among diagnostics with the same key.
    public static func numbered(_ diagnostics: [Diagnostic]) -> [(key: FindingKey, occurrence: Int)] {
        var seen: [FindingKey: Int] = [:]
        return diagnostics.map { diagnostic in
            let key = FindingKey(diagnostic)
            seen[key, default: 0] += 1
            return (key, seen[key]!)
        }
    }
}
