import Foundation
import GlossCore

/// The file `gloss check --write-baseline` writes and `--baseline` reads. JSON, versioned, with
/// the recorded findings sorted and keys sorted, so the same findings give the same bytes and a
/// reviewer can read the diff when the baseline shrinks:
///
/// ```json
/// {
///   "findings" : [
///     { "claim" : "crowd", "message" : "nobody has reviewed this claim", "path" : "Annotations/a.yaml", "rule" : "unreviewed" }
///   ],
///   "version" : 1
/// }
/// ```
public enum BaselineFile {
    /// Bumped on any change a reader of the file could notice.
    public static let formatVersion = 1

    public static func encode(_ baseline: Baseline) -> String {
        JSONText.encode(Contents(version: formatVersion, findings: baseline.entries))
    }

    /// A baseline as `--write-baseline` wrote it; any other text fails, rather than hide
    /// nothing, or everything, by accident.
    public static func decode(_ bytes: [UInt8]) throws(BaselineFileError) -> Baseline {
        let version: Int
        do {
            version = try JSONDecoder().decode(Version.self, from: Data(bytes)).version
        } catch {
            throw BaselineFileError(message: JSONSyntax.problem(in: bytes).map { "not JSON: \($0)" }
                ?? "not a Gloss baseline (a JSON object with `version` and `findings`)")
        }
        if let comma = JSONSyntax.strayComma(in: bytes) { throw BaselineFileError(message: "not JSON: \(comma)") }
        guard version == formatVersion else {
            throw BaselineFileError(message: "baseline version \(version) is not supported; this Gloss reads version \(formatVersion)")
        }
        guard (try? JSONDecoder().decode(Listing.self, from: Data(bytes)).findings) != nil else {
            throw BaselineFileError(message: "the baseline has no `findings` list")
        }
        do {
            return Baseline(entries: try JSONDecoder().decode(Contents.self, from: Data(bytes)).findings)
        } catch {
            throw BaselineFileError(message: "every finding in a baseline needs `path`, `rule` and `message` strings and may have `claim`")
        }
    }

    private struct Version: Decodable {
        var version: Int
    }

    /// Whether `findings` is a list, whatever its entries are.
    private struct Listing: Decodable {
        var findings: [IgnoredEntry]
    }

    private struct IgnoredEntry: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    private struct Contents: Codable {
        var version: Int
        var findings: [FindingKey]
    }
}

/// Why a baseline file could not be read, in words for the person who has to fix it.
public struct BaselineFileError: Error, Sendable, Hashable {
    public var message: String
}
