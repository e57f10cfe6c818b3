import GlossCore

/// What a speaker, a statement subject or an attribution names: annotators write a source or a
/// place by id, by name or by an alias, in any case, or write free text. Reports and hovers
/// print what they find here, so a private source named by its name or an alias is withheld as
/// surely as one named by its id.
public enum Mention: Sendable {
    /// A source marked `private: true`: only ever shown as "withheld".
    case withheld
    case source(Source)
    case place(Place)
    /// Text that names no registry entry, shown as written but for the private names in it.
    case text(String)

    /// The name to show: the registry's name (else the id), or the text; nil when withheld.
    public var name: String? {
        switch self {
        case .withheld: nil
        case .source(let source): source.name?.value ?? source.id.value
        case .place(let place): place.name?.value ?? place.id.value
        case .text(let text): text
        }
    }
}

/// Resolves mentions against a workspace's registry, built once for a report or a hover.
public struct MentionResolver: Sendable {
    private let registry: Registry
    private let resolver: EntityResolver
    /// Asked first: the resolver lets a place win a name it shares with a source, and a name a
    /// private source bears is never printed, whatever else bears it too.
    private let privateNames: PrivateNames
    /// The ids of the private sources, for an id that names none but is a typo of one.
    private let privateIDs: [String]
    /// Every source's and place's id: a word that is one is no typo.
    private let knownIDs: Set<String>

    public init(_ registry: Registry) {
        self.registry = registry
        resolver = registry.resolver
        privateNames = PrivateNames(registry)
        privateIDs = registry.sources.filter(\.isPrivate).map(\.id.value)
        knownIDs = Set(registry.sources.map(\.id.value) + registry.places.map(\.id.value))
    }

    /// The source or place `reference` names: by id first, as attributions use ids, then by any
    /// name or alias. Free text ("Jane Secret, a nurse") comes back with the private names in it
    /// withheld.
    public func resolve(_ reference: String) -> Mention {
        if privateNames.contains(reference) { return .withheld }
        if let source = registry.source(reference) { return .source(source) }
        if let place = registry.place(reference) { return .place(place) }
        let text = Mention.text(withholdingPrivateNames(in: reference))
        switch resolver.entity(named: reference) {
        case .source(let id): return registry.source(id).map(Mention.source) ?? text
        case .place(let id): return registry.place(id).map(Mention.place) ?? text
        case nil:
            // Written as an id (`jane-secrt`), a slip off a private source's, it is withheld too.
            return isMisspeltPrivateID(reference) ? .withheld : text
        }
    }

    /// Lowercase letters and digits in words joined by hyphens, two words at least: what an id
    /// looks like, and what free text ("AFP", "residents") does not.
    private static func isIDShaped(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return words.count > 1 && words.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } }
    }

    /// Whether a word written as an id (lowercase, hyphenated) is no source's or place's id but
    /// a slip off a private source's (a letter added, left out or changed, or two swapped):
    /// `jane-secrt`, `jane-secert`; not `li-wen` (a public source's id) nor `co-resident`.
    private func isMisspeltPrivateID(_ word: String) -> Bool {
        guard !privateIDs.isEmpty, Self.isIDShaped(word), !knownIDs.contains(word) else { return false }
        return privateIDs.contains { Self.withinOneEdit(Array($0.utf8), Array(word.utf8)) }
    }

    /// Whether two ASCII words differ by at most one letter added, left out or changed, or two
    /// neighbours swapped.
    private static func withinOneEdit(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        guard long.count - short.count <= 1 else { return false }
        guard let differ = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
        if short.count < long.count { return short[differ...].elementsEqual(long[(differ + 1)...]) }
        let swapped = differ + 1 < short.count && short[differ] == long[differ + 1] && short[differ + 1] == long[differ]
            && short[(differ + 2)...].elementsEqual(long[(differ + 2)...])
        return swapped || short[(differ + 1)...].elementsEqual(long[(differ + 1)...])
    }

    /// What an attribution names, which must be a source id: as ``resolve(_:)``, and withheld
    /// when it is no source's id but a typo of a private source's (`a-residnt` for
    /// `a-resident`), which `check` reports as unknown and a report must not print meanwhile.
    /// Speakers and subjects are free text, and a word near a private id is only a word there,
    /// unless it is written as an id.
    public func resolve(sourceID reference: String) -> Mention {
        let mention = resolve(reference)
        guard case .text = mention, !privateIDs.isEmpty, DidYouMean.closest(to: reference, among: privateIDs) != nil else { return mention }
        return .withheld
    }

    /// A link as a report or a hover may show it: withheld whole (as "withheld") when it leads to
    /// or names a private source, since with the name cut out it would lead nowhere and left in
    /// it would name the person.
    public func withholdingPrivateLink(_ url: String) -> String {
        privateNames.identifies(link: url) ? SourceLabel.withheldName : url
    }

    /// Free text a reviewer wrote (a summary, a note) or a finding's message, with every mention
    /// of a private source, by id, name or alias, or by a typo of its id, replaced by
    /// `replacement`.
    public func withholdingPrivateNames(in text: String, replacement: String = SourceLabel.withheldName) -> String {
        withholdingMisspeltIDs(in: privateNames.redacting(text, with: replacement), with: replacement)
    }

    /// `text` with each word written as an id that is a slip off a private source's id
    /// (`a-residnt`) replaced: a finding's message names the ids a claim is attributed to. A
    /// word is a run of lowercase letters, digits and hyphens that no other letter or digit
    /// touches (`Co-resident` holds none), in text that is no address (`…/wiki/a-residnt`).
    private func withholdingMisspeltIDs(in text: String, with replacement: String) -> String {
        guard !privateIDs.isEmpty, text.utf8.contains(UInt8(ascii: "-")) else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { token in
            Self.isAddress(token) ? String(token) : withholdingMisspeltIDs(inWord: token, with: replacement)
        }.joined(separator: " ")
    }

    /// Whether a token between spaces is a web address, a path or an e-mail address, whose
    /// parts are no words.
    private static func isAddress(_ token: Substring) -> Bool {
        token.contains("/") || token.contains("\\") || (token.contains("@") && token.drop { $0 != "@" }.contains("."))
    }

    private func withholdingMisspeltIDs(inWord token: Substring, with replacement: String) -> String {
        let scalars = Array(token.unicodeScalars)
        let isRunScalar = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" }
        let isTouching = { (scalar: Unicode.Scalar) in scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard isRunScalar(scalars[index]) else {
                result.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isRunScalar(scalars[end]) { end += 1 }
            let run = String(String.UnicodeScalarView(scalars[index..<end]))
            let touched = (index > 0 && isTouching(scalars[index - 1])) || (end < scalars.count && isTouching(scalars[end]))
            if !touched, isMisspeltPrivateID(run) { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(contentsOf: scalars[index..<end]) }
            index = end
        }
        return String(result)
    }
}
