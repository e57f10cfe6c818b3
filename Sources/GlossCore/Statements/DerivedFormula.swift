/// A statement's `derived:` formula: arithmetic with `+ - * /`, parentheses, numbers and claim
/// ids. Operators stand between spaces, because ids contain hyphens: `a-b` is an id, `a - b` a
/// subtraction. Parentheses may touch what they enclose: `(a + b) / c`.
public struct DerivedFormula: Sendable, Hashable {
    public indirect enum Expression: Sendable, Hashable {
        case number(Double)
        case claim(String)
        case operation(Operator, Expression, Expression)
    }

    public enum Operator: Character, Sendable, Hashable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    /// Deeper nesting than this is refused rather than risking the stack.
    public static let maximumDepth = 64
    /// More operators than this are refused too: each one nests the expression a level deeper,
    /// and reading, evaluating and releasing it recurse through every level.
    public static let maximumOperators = 256

    public let expression: Expression

    /// Parses `text`, or throws a message saying what is wrong and where.
    public init(parsing text: String) throws(ValueError) {
        var parser = Parser(tokens: try Self.tokens(text))
        guard !parser.tokens.isEmpty else { throw ValueError(message: "the formula is empty") }
        let operators = parser.tokens.count { if case .operation = $0 { true } else { false } }
        guard operators <= Self.maximumOperators else {
            throw ValueError(message: "the formula has \(operators) operators, more than the \(Self.maximumOperators) allowed")
        }
        expression = try parser.sum(depth: 0)
        if let extra = parser.next { throw ValueError(message: "unexpected `\(extra)` in the formula") }
    }

    /// The claim ids the formula uses, each once, in order of appearance.
    public var references: [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        func visit(_ expression: Expression) {
            switch expression {
            case .number: break
            case .claim(let id): if seen.insert(id).inserted { ids.append(id) }
            case .operation(_, let left, let right): visit(left); visit(right)
            }
        }
        visit(expression)
        return ids
    }

    /// The value, given the value of every claim it references; division by zero is an error,
    /// never infinity.
    public func evaluate(_ values: [String: Double]) throws(ValueError) -> Double {
        func evaluate(_ expression: Expression) throws(ValueError) -> Double {
            switch expression {
            case .number(let number): return number
            case .claim(let id):
                guard let value = values[id] else { throw ValueError(message: "no value for `\(id)`") }
                return value
            case .operation(let operation, let left, let right):
                let (a, b) = (try evaluate(left), try evaluate(right))
                switch operation {
                case .add: return a + b
                case .subtract: return a - b
                case .multiply: return a * b
                case .divide:
                    guard b != 0 else { throw ValueError(message: "the formula divides by zero") }
                    return a / b
                }
            }
        }
        return try evaluate(expression)
    }

    // MARK: Parsing

    enum Token: Equatable, CustomStringConvertible {
        case open, close
        case operation(Operator)
        case number(Double)
        case claim(String)

        var description: String {
            switch self {
            case .open: "("
            case .close: ")"
            case .operation(let operation): String(operation.rawValue)
            case .number(let number): NumberText.plain(number, decimals: 6)
            case .claim(let id): id
            }
        }
    }

    /// Words between spaces; parentheses split off the ends of a word.
    static func tokens(_ text: String) throws(ValueError) -> [Token] {
        var tokens: [Token] = []
        for var word in text.split(whereSeparator: \.isWhitespace) {
            var closing = 0
            while word.first == "(" {
                tokens.append(.open)
                word.removeFirst()
            }
            while word.last == ")" {
                closing += 1
                word.removeLast()
            }
            if !word.isEmpty { tokens.append(try token(String(word))) }
            tokens += repeatElement(.close, count: closing)
        }
        return tokens
    }

    private static func token(_ word: String) throws(ValueError) -> Token {
        if word.count == 1, let operation = Operator(rawValue: word.first!) { return .operation(operation) }
        let scalars = word.unicodeScalars
        if scalars.first?.isASCIIDigit == true || (scalars.first == "-" && scalars.dropFirst().first?.isASCIIDigit == true) {
            var scanner = ValueScanner(word)
            if let (value, _) = scanner.scanDigits() {
                let percent = scanner.consume("%")
                if scanner.isAtEnd { return .number(percent ? value / 100 : value) }
            }
        }
        if NodeReader.isIdentifier(word) { return .claim(word) }
        if word.contains(where: { "+-*/".contains($0) }) {
            throw ValueError(message: "`\(word)` is neither a claim id nor a number; put spaces around operators")
        }
        throw ValueError(message: "`\(word)` is neither a claim id nor a number")
    }

    /// Recursive descent: sums of products of atoms.
    struct Parser {
        var tokens: [Token]
        var position = 0

        var next: Token? { position < tokens.count ? tokens[position] : nil }

        mutating func sum(depth: Int) throws(ValueError) -> Expression {
            try level([.add, .subtract], depth: depth) { parser, depth throws(ValueError) in try parser.product(depth: depth) }
        }

        mutating func product(depth: Int) throws(ValueError) -> Expression {
            try level([.multiply, .divide], depth: depth) { parser, depth throws(ValueError) in try parser.atom(depth: depth) }
        }

        /// Operands joined by the operators of one precedence level, left to right.
        private mutating func level(_ operators: Set<Operator>, depth: Int,
                                    _ operand: (inout Parser, Int) throws(ValueError) -> Expression) throws(ValueError) -> Expression {
            var expression = try operand(&self, depth)
            while case .operation(let operation) = next, operators.contains(operation) {
                position += 1
                expression = .operation(operation, expression, try operand(&self, depth))
            }
            return expression
        }

        mutating func atom(depth: Int) throws(ValueError) -> Expression {
            guard let token = next else { throw ValueError(message: "the formula ends where a number or claim id was expected") }
            position += 1
            switch token {
            case .number(let number): return .number(number)
            case .claim(let id): return .claim(id)
            case .open:
                guard depth < DerivedFormula.maximumDepth else {
                    throw ValueError(message: "the formula nests parentheses more than \(DerivedFormula.maximumDepth) deep")
                }
                let inner = try sum(depth: depth + 1)
                guard next == .close else { throw ValueError(message: "a `(` in the formula is not closed") }
                position += 1
                return inner
            case .close, .operation:
                throw ValueError(message: "unexpected `\(token)` where a number or claim id was expected")
            }
        }
    }
}
