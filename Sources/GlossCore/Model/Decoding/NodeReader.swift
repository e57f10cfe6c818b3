/// Reads typed, located values out of a YAML node tree and collects every problem instead of
/// stopping at the first, so a reviewer sees all the mistakes in a file at once.
///
/// Each typed reader (`string`, `integer`, `url`, `date`, `choice`, …) names the key and the
/// expected type in its messages, and returns nil when the value is absent or unusable (after
/// reporting why).
struct NodeReader {
    let path: String
    private(set) var problems: [LoadProblem] = []

    init(path: String) {
        self.path = path
    }

    mutating func report(_ kind: LoadProblem.Kind, _ message: String, at range: TextRange) {
        report(LoadProblem(kind: kind, message: message, location: Location(path: path, range: range)))
    }

    mutating func report(_ problem: LoadProblem) {
        problems.append(problem)
    }

    // MARK: Structure

    /// The known keys of a mapping, read by name; unknown keys are reported with a suggestion and left out.
    mutating func fields(_ node: YAMLNode, of what: String, known: KnownKeys) -> Fields<String>? {
        fields(node, of: what, known: known, keyedBy: String.self).map { $0.lookingUpNames(in: known) }
    }

    /// The keys of a mapping, read by their cases; unknown keys are reported with a suggestion and left out.
    mutating func fields<Key: KnownKey>(_ node: YAMLNode, of what: String, keyedBy _: Key.Type) -> Fields<Key>? {
        fields(node, of: what, known: Key.known, keyedBy: Key.self)
    }

    private mutating func fields<Key>(_ node: YAMLNode, of what: String, known: KnownKeys, keyedBy _: Key.Type) -> Fields<Key>? {
        guard node.isMapping else {
            report(.schema, "\(what) must be a mapping, found \(Self.describe(node))", at: node.range)
            return nil
        }
        var fields = Fields<Key>(node)
        let document = node.document
        document.forEachPair(ofMapping: node.index) { key, value in
            if let position = document.scalar(key, in: known) {
                fields.present(position, value: value)
                return
            }
            let keyNode = YAMLNode(document, at: key)
            if let name = keyNode.scalar {
                report(.schema, "unknown key `\(name)` in \(what)" + DidYouMean.phrase(for: name, among: known.names), at: keyNode.range)
            } else {
                report(.schema, "keys in \(what) must be plain words, found \(Self.describe(keyNode))", at: keyNode.range)
            }
        }
        return fields
    }

    /// A sequence's items; a null value is an empty list.
    mutating func list(_ node: YAMLNode, named key: String) -> YAMLNode.Children? {
        guard node.isSequence else {
            if node.isNull { return node.items }
            report(.schema, "`\(key)` must be a list, found \(Self.describe(node))", at: node.range)
            return nil
        }
        return node.items
    }

    mutating func require(_ fields: Fields<String>, _ key: String, in what: String) -> YAMLNode? {
        required(fields[key], named: key, in: what, at: fields.range)
    }

    mutating func require<Key: KnownKey>(_ fields: Fields<Key>, _ key: Key, in what: String) -> YAMLNode? {
        required(fields[key], named: key.name, in: what, at: fields.range)
    }

    /// `node`, the value of `key` in the mapping at `range`, unless it is absent or null, which is reported.
    private mutating func required(_ node: YAMLNode?, named key: @autoclosure () -> String, in what: String,
                                   at range: TextRange) -> YAMLNode? {
        if let node, !node.isNull { return node }
        report(.schema, "missing required key `\(key())` in \(what)", at: node?.range ?? TextRange(at: range.start))
        return nil
    }

    // MARK: Scalars

    /// Any scalar as text; YAML's implicit types do not matter for free text (`quote: 185`).
    mutating func string(_ node: YAMLNode?, named key: String) -> Located<String>? {
        guard let node, !node.isNull else { return nil }
        guard let value = node.scalar else {
            report(.schema, "`\(key)` must be a string, found \(Self.describe(node))", at: node.range)
            return nil
        }
        return Located(value, at: node.range)
    }

    /// Text that must say something (who reviewed, why a rule is silenced, who is quoted): a
    /// value of only spaces or invisible characters is an `invalid-value`, and absent, since a
    /// blank `speaker` would silence `quote-without-speaker` and a blank reviewer sign a verdict.
    mutating func words(_ node: YAMLNode?, named key: String) -> Located<String>? {
        string(node, named: key, where: Self.hasWords, else: "must have words")
    }

    /// Text that `isValid` accepts; otherwise an `invalid-value` saying the key `must …`, and absent.
    private mutating func string(_ node: YAMLNode?, named key: String, where isValid: (String) -> Bool,
                                 else requirement: String) -> Located<String>? {
        guard let text = string(node, named: key) else { return nil }
        guard isValid(text.value) else {
            report(.invalidValue, "`\(key)` \(requirement), found `\(text.value)`", at: text.range)
            return nil
        }
        return text
    }

    /// Whether `text` has a character that shows: not only white space and invisible formatting.
    static func hasWords(_ text: String) -> Bool {
        // A printable ASCII character shows: most text is decided without Unicode's tables.
        text.utf8.contains { $0 > 0x20 && $0 < 0x7F }
            || !text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint }
    }

    mutating func integer(_ node: YAMLNode?, named key: String, minimum: Int = .min, maximum: Int = .max) -> Located<Int>? {
        guard let node, !node.isNull else { return nil }
        guard node.isPlainScalar, let value = node.withScalarBytes(Self.integer) ?? nil else {
            // Digits that do not fit in an integer are a number out of range, not another type.
            if node.isPlainScalar, let text = node.scalar, Self.isWholeNumber(text) {
                let bound = text.hasPrefix("-") ? "at least \(minimum)" : "at most \(maximum)"
                report(.invalidValue, "`\(key)` must be \(bound), found \(text)", at: node.range)
            } else {
                report(.schema, "`\(key)` must be an integer, found \(Self.describe(node))", at: node.range)
            }
            return nil
        }
        guard value >= minimum else {
            report(.invalidValue, "`\(key)` must be at least \(minimum), found \(value)", at: node.range)
            return nil
        }
        guard value <= maximum else {
            report(.invalidValue, "`\(key)` must be at most \(maximum), found \(value)", at: node.range)
            return nil
        }
        return Located(value, at: node.range)
    }

    mutating func number(_ node: YAMLNode?, named key: String) -> Located<Double>? {
        guard let node, !node.isNull else { return nil }
        guard node.isPlainScalar, let text = node.scalar, let value = Double(text) else {
            report(.schema, "`\(key)` must be a number, found \(Self.describe(node))", at: node.range)
            return nil
        }
        guard value.isFinite else {
            report(.invalidValue, "`\(key)` must be a finite number, found `\(text)`", at: node.range)
            return nil
        }
        return Located(value, at: node.range)
    }

    /// A share: a number (`0.1`) or a percentage (`10%`, `"10 %"`), as the fraction it is.
    /// Written as a percentage, a share reads as people say it; YAML has no such number type,
    /// so the percentage is read from the text, quoted or not.
    mutating func fraction(_ node: YAMLNode?, named key: String) -> Located<Double>? {
        guard let node, !node.isNull else { return nil }
        if let text = node.scalar, text.hasSuffix("%") {
            let digits = text.dropLast().drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
            guard let percent = Double(String(digits)), percent.isFinite else {
                report(.schema, "`\(key)` must be a number or a percentage, found `\(text)`", at: node.range)
                return nil
            }
            return Located(percent / 100, at: node.range)
        }
        return number(node, named: key)
    }

    mutating func boolean(_ node: YAMLNode?, named key: String) -> Located<Bool>? {
        guard let node, !node.isNull else { return nil }
        switch node.isPlainScalar ? node.scalar?.lowercased() : nil {
        case "true": return Located(true, at: node.range)
        case "false": return Located(false, at: node.range)
        default:
            report(.schema, "`\(key)` must be true or false, found \(Self.describe(node))", at: node.range)
            return nil
        }
    }

    mutating func date(_ node: YAMLNode?, named key: String) -> Located<ISODate>? {
        guard let text = string(node, named: key) else { return nil }
        guard let date = ISODate(text.value) else {
            report(.invalidValue, "`\(key)` must be an ISO 8601 date (YYYY-MM-DD), found `\(text.value)`", at: text.range)
            return nil
        }
        return Located(date, at: text.range)
    }

    /// An http or https URL with a host: reports link to it, so nothing else is allowed. Nor
    /// is a character a URL holds only percent-encoded (RFC 3986: spaces, `"`, `<`, `>`, `\`,
    /// `^`, `` ` ``, `{`, `|`, `}`, controls, and what is never shown, such as a right-to-left
    /// override): exports publish the URL as it is written.
    mutating func url(_ node: YAMLNode?, named key: String) -> Located<String>? {
        guard let url = string(node, named: key, where: Self.isWebURL, else: "must be an http or https URL") else { return nil }
        if let character = Self.firstToEncode(in: url.value) {
            let shown = switch character {
            case " ": "a space"
            case "`": "the backquote"
            default: character.isASCII && character.value > 0x20 && character.value < 0x7F ? "`\(character)`" : character.codePoint
            }
            let encoded = String(character).utf8.map { byte in
                let hex = String(byte, radix: 16, uppercase: true)
                return "%" + (hex.count < 2 ? "0" : "") + hex
            }.joined()
            report(.invalidValue, "`\(key)` must be a URL with \(shown) percent-encoded (`\(encoded)`), found `\(url.value)`", at: url.range)
            return nil
        }
        return url
    }

    /// The first character of `url` that must be percent-encoded, if any. Every URL of every piece
    /// of evidence is checked: its bytes in place, and its scalars only when one is not ASCII.
    private static func firstToEncode(in url: String) -> Unicode.Scalar? {
        guard let byte = url.withUTF8Bytes({ $0.first { $0 >= 0x80 || mustBeEncoded(Unicode.Scalar($0)) } }) else { return nil }
        // Bytes before the first that is not ASCII are characters that were allowed.
        return byte < 0x80 ? Unicode.Scalar(byte) : url.unicodeScalars.first(where: mustBeEncoded)
    }

    /// Whether a URL must hold a character only percent-encoded.
    private static func mustBeEncoded(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "\"", "<", ">", "\\", "^", "`", "{", "|", "}": return true
            default: return scalar.value <= 0x20 || scalar.value == 0x7F
            }
        }
        // What is never shown, or shows as nothing (a Hangul filler, a blank braille pattern).
        if scalar.properties.isDefaultIgnorableCodePoint || scalar.value == 0x2800 { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// An identifier of the form `[a-z0-9]+(-[a-z0-9]+)*`.
    mutating func identifier(_ node: YAMLNode?, named key: String) -> Located<String>? {
        // Every claim has an id and most a place: checked on the bytes in place first, a valid
        // one is made a `String` once, without being checked and handed on as one.
        if let node, !node.isNull, node.withScalarBytes(Self.isIdentifier) == true, let text = node.scalar {
            return Located(text, at: node.range)
        }
        return string(node, named: key, where: Self.isIdentifier, else: "must be lowercase letters and digits in words joined by single hyphens")
    }

    /// A BCP 47 language tag in its usual shape (`en`, `zh`, `zh-Hans`, `pt-BR`): reports mark
    /// the document's text with it and exports publish it, so nothing else is allowed.
    mutating func languageTag(_ node: YAMLNode?, named key: String) -> Located<String>? {
        guard let text = string(node, named: key) else { return nil }
        // A language of two to eight letters, then subtags of one to eight letters and digits.
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        let subtags = text.value.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        let isTag = (2...8).contains(subtags[0].count) && subtags[0].allSatisfy(isLetter)
            && subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) } }
        guard isTag else {
            report(.invalidValue, "`\(key)` must be a BCP 47 language tag such as `en`, `zh` or `zh-Hans`, found `\(text.value)`",
                   at: text.range)
            return nil
        }
        return text
    }

    mutating func choice<Value>(_ node: YAMLNode?, named key: String, as _: Value.Type) -> Located<Value>?
    where Value: RawRepresentable & CaseIterable & Sendable, Value.RawValue == String {
        // Every claim has a kind and most a verdict: the names are compared with the bytes in
        // place, which costs less than making a `String` to switch over.
        if let node, !node.isNull, let value = Value.allCases.first(where: { node.isScalar($0.rawValue) }) {
            return Located(value, at: node.range)
        }
        guard let text = string(node, named: key) else { return nil }
        guard let value = Value(rawValue: text.value) else {
            let allowed = Value.allCases.map(\.rawValue)
            report(.invalidValue,
                   "`\(key)` must be one of \(allowed.joined(separator: ", ")), found `\(text.value)`"
                       + DidYouMean.phrase(for: text.value, among: allowed),
                   at: text.range)
            return nil
        }
        return Located(value, at: text.range)
    }

    /// A list of strings, also accepting a single string for a one-element list.
    mutating func strings(_ node: YAMLNode?, named key: String) -> [Located<String>] {
        guard let node, !node.isNull else { return [] }
        // A scalar, told by its kind: making its text only to see that there is one made it twice.
        if !node.isSequence, !node.isMapping { return string(node, named: key).map { [$0] } ?? [] }
        return list(node, named: key)?.compactMap { string($0, named: key) } ?? []
    }

    // MARK: Helpers

    static func isIdentifier(_ text: String) -> Bool {
        // Every id of every claim is checked: on the bytes in place, which iterating the UTF-8
        // view one code unit at a time costs several times over.
        text.withUTF8Bytes(isIdentifier)
    }

    private static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasHyphen = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen: previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }

    /// What `Int(_:)` makes of the text `bytes`, read in place: every anchor has two offsets,
    /// and making a `String` of each cost more than the rest of reading it.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let isNegative = bytes.first == UInt8(ascii: "-")
        let digits = isNegative || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
            let digit = Int(byte - 0x30)
            let (sum, alsoOverflowed) = isNegative ? tens.subtractingReportingOverflow(digit) : tens.addingReportingOverflow(digit)
            guard !overflowed, !alsoOverflowed else { return nil }
            value = sum
        }
        return value
    }

    /// Digits with an optional sign, however many: an integer in the file, if not in memory.
    private static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        return !digits.isEmpty && digits.count >= text.utf8.count - 1 && digits.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether `text` opens with `http://` or `https://`, in any case, and a host: what a
    /// report may link to. The characters it holds are checked apart (``url(_:named:)``).
    static func isWebURL(_ text: String) -> Bool {
        // On the bytes in place: every URL of every piece of evidence is checked.
        return text.withUTF8Bytes { bytes in
            func opens(with scheme: StaticString) -> Bool {
                bytes.count >= scheme.utf8CodeUnitCount
                    && (0..<scheme.utf8CodeUnitCount).allSatisfy { offset in
                        let byte = bytes[offset]
                        return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == scheme.utf8Start[offset]
                    }
            }
            let host = opens(with: "https://") ? 8 : opens(with: "http://") ? 7 : nil
            guard let host, host < bytes.count else { return false }
            return !"/?#".utf8.contains(bytes[host])
        }
    }

    /// What a node is, in the words a reviewer would use.
    static func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let text, let style):
            if node.isNull { return "nothing" }
            guard style == .plain else { return "a string" }
            if Double(text) != nil { return "a number" }
            if ["true", "false"].contains(text.lowercased()) { return "a boolean" }
            return "a string"
        }
    }
}

/// The known keys of one mapping, looked up by name (`Key` is `String`) or by their ``KnownKey``
/// cases. Every field of every claim is looked up here: the node of each of the first 16 known keys
/// is held in place, so a lookup by case reads its slot, one by name costs a scan of the known keys,
/// not of the mapping, and nothing is allocated.
struct Fields<Key> {
    let node: YAMLNode
    /// The keys looked up by name: set on every `Fields<String>` (they are made in this file only,
    /// by ``NodeReader/fields(_:of:known:)``), nil for a lookup by case, which needs only the
    /// slots. Held by every claim's fields, the static tables' arrays were retained and released
    /// by both cores at once, a claim at a time, each core taking their counts from the other's cache.
    private var known: KnownKeys?
    private var slots = FieldSlots()

    fileprivate init(_ node: YAMLNode) {
        self.node = node
    }

    var range: TextRange { node.range }

    fileprivate mutating func present(_ position: Int, value: Int) {
        if position < FieldSlots.count { slots[position] = Int32(value) }
    }

    /// The value of the known key at `position`, named `key`.
    private func value(at position: Int, named key: @autoclosure () -> String) -> YAMLNode? {
        guard position < FieldSlots.count else { return node.pairs.first { $0.key.isScalar(key()) }?.value }
        let index = slots[position]
        return index < 0 ? nil : YAMLNode(node.document, at: Int(index))
    }
}

extension Fields where Key == String {
    /// The fields, looked up by name among `keys`.
    fileprivate func lookingUpNames(in keys: KnownKeys) -> Self {
        var fields = self
        fields.known = keys
        return fields
    }

    subscript(key: String) -> YAMLNode? {
        known!.position(of: key).flatMap { value(at: $0, named: key) }
    }

    /// The known keys present, with their values, in file order.
    var pairs: [(key: String, value: YAMLNode)] {
        let known = known!
        return node.pairs.compactMap { pair in
            node.document.scalar(pair.key.index, in: known).map { (known.names[$0], pair.value) }
        }
    }
}

extension Fields where Key: KnownKey {
    subscript(key: Key) -> YAMLNode? {
        value(at: key.rawValue, named: key.name)
    }
}

/// The record of each of the first `count` known keys' values, or -1, stored inline.
private struct FieldSlots {
    static let count = 16
    private var storage: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32,
                          Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32)
        = (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)

    subscript(position: Int) -> Int32 {
        get { withUnsafeBytes(of: storage) { $0.load(fromByteOffset: position * 4, as: Int32.self) } }
        set { withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: newValue, toByteOffset: position * 4, as: Int32.self) } }
    }
}
