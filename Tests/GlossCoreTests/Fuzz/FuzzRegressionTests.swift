import GlossCore
import Testing

/// Inputs the fuzzers (`Fuzz/run.sh`) crashed on, each run the way its target runs it, with
/// the answer it must give instead.
@Suite struct FuzzRegressionTests {
    /// `value`: a hyphenated word of only `and`s after a number (`21-and-and@`, found by the
    /// fuzzer) made the scanner drop more trailing `and`s than it had recorded word ends.
    @Test(arguments: [
        ("21-and-and@", "expected a number to end the range"),
        ("21-and-and", "expected a number to end the range"),
    ])
    func andAfterARangeIsAnError(_ value: String, _ reason: String) throws {
        guard case .failure(let error) = ValueParser().parse(value) else {
            Issue.record("`\(value)` must not parse")
            return
        }
        #expect(error.message.hasSuffix(reason), "\(error.message)")
    }

    @Test(arguments: ["about and-and", "one-and"])
    func hyphenatedAndsAreText(_ value: String) {
        #expect(ValueParser().parse(value) == .success(.text(value)))
    }
}
