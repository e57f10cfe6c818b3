import GlossCore

/// Machine-readable findings. The shape is versioned (`version`) and documented in the README;
/// keys are sorted so the output is byte-for-byte repeatable. Written directly with
/// `PrettyJSONWriter` (the same bytes as `JSONText`), since a large workspace has a hundred
/// thousand findings.
public struct JSONReporter: PlainReporter {
    public static let identifier = "json"
    /// Bumped on any change a consumer could notice.
    public static let formatVersion = 1

    public init() {}

    public func report(_ result: CheckResult) -> String {
        PrettyJSONWriter.text { write(result, into: &$0) }
    }

    public func write(_ result: CheckResult, to output: (UnsafeRawBufferPointer) -> Void) {
        PrettyJSONWriter.write(to: output) { write(result, into: &$0) }
    }

    private func write(_ result: CheckResult, into json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("diagnostics")
            json.array(concurrently: result.diagnostics) { json, diagnostic in
                json.object { json in
                    if let claim = diagnostic.claimID {
                        json.key("claim")
                        json.string(claim)
                    }
                    json.key("location")
                    Self.write(diagnostic.location, to: &json)
                    json.key("message")
                    json.string(diagnostic.message)
                    json.key("related")
                    json.array(diagnostic.related) { json, related in
                        json.object { json in
                            json.key("location")
                            Self.write(related.location, to: &json)
                            json.key("message")
                            json.string(related.message)
                        }
                    }
                    json.key("rule")
                    json.string(diagnostic.ruleID)
                    json.key("severity")
                    json.string(diagnostic.severity.rawValue)
                }
            }
            json.key("summary")
            json.object { json in
                let counts: [(StaticString, Int)] = [("claims", result.claimCount), ("errors", result.count(.error)),
                                                     ("files", result.fileCount), ("infos", result.count(.info)),
                                                     ("warnings", result.count(.warning))]
                for (key, value) in counts {
                    json.key(key)
                    json.integer(value)
                }
            }
            json.key("tool")
            json.object { json in
                json.key("name")
                json.string("gloss")
                json.key("version")
                json.string(GlossVersion.current)
            }
            if let unverified = result.unverified {
                json.key("unverified")
                json.array(unverified) { json, claim in
                    json.object { json in
                        json.key("claim")
                        json.string(claim.claimID)
                        json.key("location")
                        Self.write(claim.location, to: &json)
                        json.key("reason")
                        json.string(claim.reason.description)
                        json.key("status")
                        json.string(claim.status.description)
                    }
                }
            }
            json.key("version")
            json.integer(Self.formatVersion)
        }
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    /// `{"end", "path", "start"}`; each position `{"column", "line", "offset"}`: 1-based line and
    /// column (Unicode scalars) and the 0-based scalar offset.
    private static func write(_ location: Location, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("end")
            write(location.range.end, to: &json)
            json.key("path")
            json.string(location.path)
            json.key("start")
            write(location.range.start, to: &json)
        }
    }

    private static func write(_ position: TextPosition, to json: inout PrettyJSONWriter) {
        json.object { json in
            json.key("column")
            json.integer(position.column)
            json.key("line")
            json.integer(position.line)
            json.key("offset")
            json.integer(position.offset)
        }
    }
}
