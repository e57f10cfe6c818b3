import Foundation
import GlossCore

/// SARIF 2.1.0, as GitHub code scanning takes it: every rule described in `tool.driver.rules`,
/// each result pointing at its rule by id and index, its primary location relative to
/// `%SRCROOT%` (the repository root when the workspace is), related locations for the article
/// span and the other side of a contradiction, and fingerprints that ignore line numbers so an
/// alert survives edits above it. Columns count Unicode code points, as the run declares.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    /// The OASIS schema the output conforms to (2.1.0, errata 01).
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `partialFingerprints` key: a digest of the finding's path, rule, claim and message.
    public static let fingerprintKey = "glossFindingKey/v1"

    public init() {}

    public func report(_ result: CheckResult) -> String {
        let rules = RuleCatalog.all.map { $0.description }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let keys = FindingKey.numbered(result.diagnostics)
        let results = zip(result.diagnostics, keys).map { diagnostic, numbered in
            Result(ruleId: diagnostic.ruleID, ruleIndex: ruleIndex[diagnostic.ruleID],
                   level: Self.level(diagnostic.severity), message: Message(text: diagnostic.message),
                   locations: [SARIFLocation(location: diagnostic.location)],
                   relatedLocations: diagnostic.related.isEmpty ? nil : diagnostic.related.enumerated().map { index, related in
                       SARIFLocation(location: related.location, id: index + 1, message: Message(text: related.message))
                   },
                   partialFingerprints: [Self.fingerprintKey: numbered.key.fingerprint(occurrence: numbered.occurrence)])
        }
        let driver = Driver(name: "gloss", version: GlossVersion.current, rules: rules.map { rule in
            Descriptor(id: rule.id, shortDescription: Message(text: rule.summary), fullDescription: Message(text: rule.explanation),
                       help: Message(text: rule.explanation + "\n\nRun `gloss rules \(rule.id)` for examples."),
                       defaultConfiguration: ReportingConfiguration(level: Self.level(rule.defaultSeverity)))
        })
        let log = Log(schema: Self.schema, version: "2.1.0",
                      runs: [Run(tool: Tool(driver: driver), results: results, columnKind: "unicodeCodePoints")])
        return JSONText.encode(log)
    }

    /// error → error, warning → warning, info → note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A workspace-relative path as a relative URI reference: every byte but the unreserved ones
    /// and `/` percent-encoded, so spaces and non-ASCII names survive.
    static func uri(_ path: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        return path.utf8.map { byte in
            unreserved.contains(byte) ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }.joined()
    }

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind: String
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Descriptor]
    }

    struct Descriptor: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: ReportingConfiguration
    }

    struct ReportingConfiguration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [SARIFLocation]
        var relatedLocations: [SARIFLocation]?
        var partialFingerprints: [String: String]
    }

    struct SARIFLocation: Encodable {
        var id: Int?
        var message: Message?
        var physicalLocation: PhysicalLocation

        init(location: Location, id: Int? = nil, message: Message? = nil) {
            self.id = id
            self.message = message
            physicalLocation = PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: SARIFReporter.uri(location.path), uriBaseId: "%SRCROOT%"),
                region: Region(startLine: location.range.start.line, startColumn: location.range.start.column,
                               endLine: location.range.end.line, endColumn: location.range.end.column))
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String
    }

    /// 1-based lines and columns; `endColumn` is the column just after the span.
    struct Region: Encodable {
        var startLine, startColumn, endLine, endColumn: Int
    }
}

private extension String {
    var leftPadded: String { count < 2 ? "0" + self : self }
}
