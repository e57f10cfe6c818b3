import Foundation
import GlossCore

/// Machine-readable findings. The shape is versioned (`version`) and documented in the README;
/// keys are sorted so the output is byte-for-byte repeatable.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    /// Bumped on any change a consumer could notice.
    public static let formatVersion = 1

    public init() {}

    public func report(_ result: CheckResult) -> String {
        let document = Document(
            version: Self.formatVersion,
            tool: Tool(name: "gloss", version: GlossVersion.current),
            summary: Summary(errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info),
                             files: result.fileCount, claims: result.claimCount),
            diagnostics: result.diagnostics.map { diagnostic in
                Entry(rule: diagnostic.ruleID, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                      location: JSONLocation(diagnostic.location), claim: diagnostic.claimID,
                      related: diagnostic.related.map { Related(location: JSONLocation($0.location), message: $0.message) })
            },
            unverified: result.unverified?.map { claim in
                Unverified(claim: claim.claimID, location: JSONLocation(claim.location), status: claim.status.description,
                           reason: claim.reason.description)
            })
        return JSONText.encode(document)
    }

    struct Document: Encodable {
        var version: Int
        var tool: Tool
        var summary: Summary
        var diagnostics: [Entry]
        /// Present only with `--unverified`.
        var unverified: [Unverified]?
    }

    struct Unverified: Encodable {
        var claim: String
        var location: JSONLocation
        var status: String
        var reason: String
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Summary: Encodable {
        var errors, warnings, infos, files, claims: Int
    }

    struct Entry: Encodable {
        var rule: String
        var severity: String
        var message: String
        var location: JSONLocation
        var claim: String?
        var related: [Related]
    }

    struct Related: Encodable {
        var location: JSONLocation
        var message: String
    }

    struct JSONLocation: Encodable {
        var path: String
        var start: Point
        var end: Point

        init(_ location: Location) {
            path = location.path
            start = Point(location.range.start)
            end = Point(location.range.end)
        }
    }

    /// 1-based line and column (Unicode scalars) and the 0-based scalar offset.
    struct Point: Encodable {
        var line, column, offset: Int

        init(_ position: TextPosition) {
            line = position.line
            column = position.column
            offset = position.offset
        }
    }
}
