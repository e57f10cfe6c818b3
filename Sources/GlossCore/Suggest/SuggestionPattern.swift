/// One rule `gloss suggest` uses to find candidate claims: a regular expression (Swift `Regex`
/// syntax) with the kind of claim it finds and examples that are run as tests.
///
/// Named groups give the match its meaning:
/// - `span`: the words to anchor (default: the whole match), e.g. the words inside quotation marks;
/// - `source`: words naming who the claim is attributed to, resolved through `sources.yaml`;
/// - `place`: words naming a place, resolved through `places.yaml`.
///
/// `{places}` and `{sources}` in the expression stand for every name and alias in the registries,
/// longest first, so a pattern can find the places and outlets a workspace knows.
public struct SuggestionPattern: Sendable {
    /// Kebab-case; written into the candidate as `found_by:`.
    public var id: String
    public var kind: ClaimKind
    /// What the pattern looks for, in a line.
    public var summary: String
    public var expression: String
    /// Texts the pattern must find something in, the expected span marked `⟦…⟧`.
    public var matches: [String]
    /// Texts the pattern must find nothing in.
    public var nonMatches: [String]
    /// Whether every match holds a Chinese character (`据`, `称`, `年`, a measure word): the
    /// pattern is not run over text without one, where the regular expression engine would try
    /// it at every position for nothing (half the time of suggesting for an English article).
    public var needsChineseText = false

    public init(_ id: String, _ kind: ClaimKind, _ summary: String, _ expression: String,
                matches: [String], nonMatches: [String]) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.expression = expression
        self.matches = matches
        self.nonMatches = nonMatches
    }

    /// The pattern, run only over text with a Chinese character in it (``needsChineseText``).
    func inChineseTextOnly() -> SuggestionPattern {
        var pattern = self
        pattern.needsChineseText = true
        return pattern
    }

    /// The marks that show the expected span in ``matches``.
    public static let spanMarks: (open: Character, close: Character) = ("⟦", "⟧")

    /// The expression with the registries' names in place of `{places}` and `{sources}`.
    func expanded(placeNames: [String], sourceNames: [String]) -> String {
        expression
            .replacingAll("{places}", with: Self.alternation(placeNames))
            .replacingAll("{sources}", with: Self.alternation(sourceNames))
    }

    /// Names as a group that matches any of them, longest first so that "Tianyu Phoenix City
    /// Community" wins over "Tianyu Phoenix City"; a group that matches nothing when there are none.
    private static func alternation(_ names: [String]) -> String {
        let sorted = Set(names.filter { !$0.isEmpty }).sorted { ($0.count, $0) > ($1.count, $1) }
        guard !sorted.isEmpty else { return "[^\\s\\S]" }
        return "(?:" + sorted.map(escaped).joined(separator: "|") + ")"
    }

    private static func escaped(_ name: String) -> String {
        var result = ""
        for character in name {
            if "\\^$.|?*+()[]{}-#&~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

