import ArgumentParser
import GlossCore

/// `gloss rules`: every rule with its severity and explanation, or one rule with its examples.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one with its examples."
    )

    @Argument(help: "A rule id to explain in full.")
    var ruleID: String?

    func run() throws {
        guard let ruleID else {
            let width = RuleCatalog.all.map { $0.description.id.count }.max() ?? 0
            for rule in RuleCatalog.all {
                let description = rule.description
                let padding = String(repeating: " ", count: width - description.id.count)
                Console.output("\(description.id)\(padding)  \(description.defaultSeverity.rawValue.padding(7))  \(description.summary)\n")
            }
            return
        }
        guard let rule = RuleCatalog.rule(withID: ruleID) else {
            Console.error("gloss: no rule has the id `\(ruleID)`" + DidYouMean.phrase(for: ruleID, among: RuleCatalog.all.map { $0.description.id }))
            throw GlossExit.usage
        }
        let description = rule.description
        var text = "\(description.id) (\(description.defaultSeverity.rawValue))\n\n\(description.summary)\n\n\(description.explanation)\n"
        for (title, examples) in [("Triggers on", description.triggeringExamples),
                                  ("Does not trigger on", description.nonTriggeringExamples)] {
            for example in examples {
                // The note is a YAML comment: the example can still be copied as it stands.
                text += "\n\(title):\n" + Self.indented((example.note.map { "# \($0)\n" } ?? "") + example.shown) + "\n"
            }
        }
        Console.output(text + Self.sharedWorkspace)
    }

    /// What every example is checked against, so that its offsets, context and ids can be
    /// followed and the example run: it shows only what matters to its rule.
    private static var sharedWorkspace: String {
        var text = "\nEach example is checked in a workspace of its own. Its claims make \(RuleExample.annotationPath), "
            + "under `gloss: 1`, `document: \(RuleExample.documentPath)` and `claims:`; the files it shows replace the "
            + "shared files of the same path (beside \(RuleExample.annotationPath) with `claims: []` when none of them is "
            + "an annotation file). The shared files:\n"
        for (path, bytes) in RuleExample.sharedFiles.sorted(by: { $0.key < $1.key }) {
            let contents = String(decoding: bytes, as: UTF8.self)
            text += "\n    # \(path)\n" + indented(contents.hasSuffix("\n") ? String(contents.dropLast()) : contents) + "\n"
        }
        return text
    }

    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }
}

private extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
