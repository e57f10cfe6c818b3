import Foundation
import GlossReports

extension JSONValue: CustomStringConvertible {
    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// Compact JSON, for messages.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .int(let value): "\(value)"
        case .double(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.keys.sorted().map { "\"\($0)\": \(fields[$0]!.description)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Validates JSON against the subset of JSON Schema (draft-04, as the SARIF 2.1.0 schema is
/// written) that the SARIF schema uses. A keyword it does not know is an error, never skipped, so
/// a schema that needs more than this validator checks cannot pass by accident.
struct JSONSchemaValidator {
    /// The keywords checked below, and the annotations that carry no constraint.
    static let keywords: Set = ["$ref", "type", "enum", "required", "properties", "additionalProperties", "items",
                                "minItems", "uniqueItems", "minimum", "maximum", "anyOf", "oneOf", "pattern", "format"]
    static let annotations: Set = ["$schema", "id", "title", "description", "default", "definitions"]

    let root: JSONValue

    /// Every problem, as `path: what is wrong`; empty when the instance is valid.
    func problems(_ instance: JSONValue) -> [String] {
        var problems: [String] = []
        check(instance, root, at: "$", into: &problems)
        return problems
    }

    /// Keywords the schema uses that this validator does not check.
    func unknownKeywords() -> Set<String> {
        var unknown: Set<String> = []
        func walk(_ schema: JSONValue) {
            guard case .object(let fields) = schema else { return }
            for (key, value) in fields {
                if !Self.keywords.contains(key) && !Self.annotations.contains(key) { unknown.insert(key) }
                switch key {
                case "properties", "definitions":
                    if case .object(let children) = value { children.values.forEach(walk) }
                case "items", "additionalProperties":
                    walk(value)
                case "anyOf", "oneOf":
                    if case .array(let children) = value { children.forEach(walk) }
                default:
                    break
                }
            }
        }
        walk(root)
        return unknown
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/definitions/") else { return nil }
        return root["definitions"]?[String(reference.dropFirst("#/definitions/".count))]
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let rules) = schema else { return }
        func fail(_ message: String) { problems.append("\(path): \(message)") }
        for (keyword, rule) in rules.sorted(by: { $0.key < $1.key }) {
            switch (keyword, rule) {
            case ("$ref", .string(let reference)):
                if let target = resolve(reference) { check(value, target, at: path, into: &problems) } else { fail("cannot resolve \(reference)") }
            case ("type", .string(let type)):
                if !Self.has(value, type: type) { fail("expected \(type)") }
            case ("type", .array(let types)):
                if !types.contains(where: { if case .string(let type) = $0 { Self.has(value, type: type) } else { false } }) {
                    fail("expected one of \(JSONValue.array(types))")
                }
            case ("enum", .array(let allowed)):
                if !allowed.contains(value) { fail("\(value) is not one of \(JSONValue.array(allowed))") }
            case ("required", .array(let names)):
                if case .object(let fields) = value {
                    for case .string(let name) in names where fields[name] == nil { fail("missing required `\(name)`") }
                }
            case ("properties", .object(let properties)):
                if case .object(let fields) = value {
                    for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
                        if let property = properties[name] { check(field, property, at: "\(path).\(name)", into: &problems) }
                    }
                }
            case ("additionalProperties", _):
                guard case .object(let fields) = value else { continue }
                var declared: Set<String> = []
                if case .object(let properties)? = rules["properties"] { declared = Set(properties.keys) }
                for (name, field) in fields.sorted(by: { $0.key < $1.key }) where !declared.contains(name) {
                    if case .bool(false) = rule { fail("unexpected property `\(name)`") } else { check(field, rule, at: "\(path).\(name)", into: &problems) }
                }
            case ("items", _):
                if case .array(let elements) = value {
                    for (index, element) in elements.enumerated() { check(element, rule, at: "\(path)[\(index)]", into: &problems) }
                }
            case ("minItems", _) where rule.number != nil:
                if case .array(let elements) = value, Double(elements.count) < rule.number! { fail("fewer than \(rule) items") }
            case ("uniqueItems", .bool(let unique)):
                if unique, case .array(let elements) = value,
                   elements.indices.contains(where: { index in elements[..<index].contains(elements[index]) }) {
                    fail("items are not unique")
                }
            case ("minimum", _) where rule.number != nil:
                if let number = value.number, number < rule.number! { fail("\(value) is below the minimum \(rule)") }
            case ("maximum", _) where rule.number != nil:
                if let number = value.number, number > rule.number! { fail("\(value) is above the maximum \(rule)") }
            case ("anyOf", .array(let options)), ("oneOf", .array(let options)):
                let matching = options.count { option in
                    var optionProblems: [String] = []
                    check(value, option, at: path, into: &optionProblems)
                    return optionProblems.isEmpty
                }
                if keyword == "anyOf" ? matching == 0 : matching != 1 { fail("\(matching) of the \(keyword) options match") }
            case ("pattern", .string(let pattern)):
                if case .string(let text) = value, text.range(of: pattern, options: .regularExpression) == nil {
                    fail("`\(text)` does not match \(pattern)")
                }
            case ("format", .string(let format)):
                if case .string(let text) = value, !Self.conforms(text, to: format) { fail("`\(text)` is not a \(format)") }
            case _ where Self.annotations.contains(keyword):
                continue
            default:
                fail("the validator does not support `\(keyword)`: \(rule)")
            }
        }
    }

    private static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .int),
             ("number", .double), ("integer", .int):
            true
        case ("integer", .double(let number)):
            number.rounded() == number
        default:
            false
        }
    }

    /// Formats checked loosely: a URI has a scheme; a URI reference has no spaces or controls;
    /// a date-time is RFC 3339.
    private static func conforms(_ text: String, to format: String) -> Bool {
        switch format {
        case "uri":
            text.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", options: .regularExpression) != nil
        case "uri-reference":
            !text.unicodeScalars.contains { $0.value <= 0x20 || $0 == "\\" }
        case "date-time":
            text.range(of: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", options: .regularExpression) != nil
        default:
            false
        }
    }
}
