@testable import GlossCore
import Testing

@Suite struct DerivedFormulaTests {
    func evaluate(_ text: String, _ values: [String: Double] = [:]) throws -> Double {
        try DerivedFormula(parsing: text).evaluate(values)
    }

    @Test func arithmeticWithPrecedenceAndParentheses() throws {
        #expect(try evaluate("1 + 2 * 3") == 7)
        #expect(try evaluate("(1 + 2) * 3") == 9)
        #expect(try evaluate("((1 + 2)) / (4 - 1)") == 1)
        #expect(try evaluate("10 - 4 - 3") == 3, "left associative")
        #expect(try evaluate("50% * 4") == 2, "a percentage literal is a share")
        #expect(try evaluate("-2 * 3") == -6)
    }

    @Test func claimIdsWithHyphens() throws {
        let formula = try DerivedFormula(parsing: "gansu-asymptomatic-cases / gansu-positive-cases")
        #expect(formula.references == ["gansu-asymptomatic-cases", "gansu-positive-cases"])
        let share = try formula.evaluate(["gansu-asymptomatic-cases": 182, "gansu-positive-cases": 185])
        #expect(NumberText.plain(share * 100, decimals: 1) == "98.4")
        #expect(try DerivedFormula(parsing: "(a + b) * a").references == ["a", "b"])
    }

    @Test func divisionByZeroIsAnErrorNotACrash() {
        #expect(throws: ValueError.self) { try evaluate("a / (b - b)", ["a": 1, "b": 2]) }
    }

    @Test(arguments: ["", "a/b", "a +", "(a + b", "a + b)", "* a", "a b", "A + b", "a + ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((b"])
    func malformedFormulas(_ text: String) {
        #expect(throws: ValueError.self) { try DerivedFormula(parsing: text) }
    }

    @Test func operatorsUpToTheLimitAreAllowed() throws {
        let terms = { (count: Int) in Array(repeating: "1", count: count).joined(separator: " + ") }
        #expect(try evaluate(terms(DerivedFormula.maximumOperators + 1), [:]) == Double(DerivedFormula.maximumOperators + 1))
        #expect(throws: ValueError(message: "the formula has 257 operators, more than the 256 allowed")) {
            try DerivedFormula(parsing: terms(DerivedFormula.maximumOperators + 2))
        }
    }

    @Test func operatorsWithoutSpacesAreExplained() {
        #expect(throws: ValueError(message: "`a/b` is neither a claim id nor a number; put spaces around operators")) {
            try DerivedFormula(parsing: "a/b")
        }
    }

    @Test func numberText() {
        #expect(NumberText.plain(98.378, decimals: 1) == "98.4")
        #expect(NumberText.plain(185, decimals: 2) == "185")
        #expect(NumberText.plain(-0.5, decimals: 1) == "-0.5")
        #expect(NumberText.plain(0.04, decimals: 1) == "0")
    }
}
