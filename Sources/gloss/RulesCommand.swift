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
                text += "\n\(title):\n" + example.shown.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        Console.output(text)
    }
}

private extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
