import ArgumentParser
import Foundation
import GlossCore

/// The `gloss` command: parses arguments, calls the library, prints, and sets the exit code.
/// Exit codes: 0 no failing finding, 1 failing findings, 2 usage, configuration or I/O error.
@main
struct Gloss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Anchor, lint and report fact-check annotations of news articles.",
        version: GlossVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, FixCommand.self, AddCommand.self, SuggestCommand.self,
                      ReportCommand.self, ExportCommand.self, ImportCommand.self, LSPCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    static func main() {
        Console.holdStandardDescriptors()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            // Usage errors exit with 2, not ArgumentParser's 64, as the exit codes are documented.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            Console.error(fullMessage(for: error))
            Foundation.exit(GlossExit.usage.rawValue)
        }
    }
}

/// The documented exit codes.
enum GlossExit {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)
    static let usage = ExitCode(2)
}
