/// What every `derived:` formula in a workspace computes. A formula whose ids name no claim, or
/// which depends on a value that is itself broken, is left unevaluated: those problems are
/// reported once, where they are.
public struct DerivedValues: Sendable {
    public enum Outcome: Sendable, Hashable {
        /// The computed value as a plain number (a share as a fraction: 98.4 % is 0.984).
        case value(Double)
        /// The formula cannot be evaluated; the reason belongs at the formula.
        case invalid(ValueError)
        /// Not evaluated because of a problem reported elsewhere.
        case unavailable
    }

    /// Formula chains deeper than this are refused.
    public static let maximumChain = 256

    /// Outcome by claim id, for every statement with a parsed formula.
    public private(set) var outcomes: [String: Outcome] = [:]
    private var inProgress: Set<String> = []
    /// Every claim id of the workspace, with or without a statement (``Analysis/claimsByID``).
    private let claimIDs: Dictionary<String, Int>.Keys

    public init(_ index: StatementIndex, claimIDs: Dictionary<String, Int>.Keys) {
        self.claimIDs = claimIDs
        // Formulas that use other formulas are computed after them, so that a long chain is
        // worked out link by link, whichever claim comes first in the files; what is left (a
        // cycle) is followed and reported as one.
        for entry in Self.dependenciesFirst(index) {
            _ = outcome(of: entry, in: index, depth: 0)
        }
    }

    /// The statements with a formula, each after the formulas its own uses (those of claims
    /// without a stated value); the members of cycles come last.
    private static func dependenciesFirst(_ index: StatementIndex) -> [StatementIndex.Entry] {
        let withFormula = index.entries.filter { $0.formula != nil }
        var waitingOn: [String: Int] = [:]
        var dependents: [String: [Int]] = [:]
        for (position, entry) in withFormula.enumerated() {
            guard case .success(let formula)? = entry.formula else { continue }
            let inputs = formula.references.filter { id in
                id != entry.id && index.entry(forClaim: id).map { $0.value == nil && $0.formula != nil } == true
            }
            waitingOn[entry.id] = inputs.count
            for input in inputs { dependents[input, default: []].append(position) }
        }
        var ready = withFormula.indices.filter { waitingOn[withFormula[$0].id, default: 0] == 0 }
        var ordered: [StatementIndex.Entry] = []
        var placed = Set<Int>()
        while let position = ready.popLast() {
            guard placed.insert(position).inserted else { continue }
            ordered.append(withFormula[position])
            for dependent in dependents[withFormula[position].id] ?? [] {
                waitingOn[withFormula[dependent].id, default: 0] -= 1
                if waitingOn[withFormula[dependent].id] == 0 { ready.append(dependent) }
            }
        }
        return ordered + withFormula.indices.filter { !placed.contains($0) }.map { withFormula[$0] }
    }

    private mutating func outcome(of entry: StatementIndex.Entry, in index: StatementIndex, depth: Int) -> Outcome {
        let id = entry.id
        if let known = outcomes[id] { return known }
        guard case .success(let formula) = entry.formula else { return .unavailable }
        inProgress.insert(id)
        defer { inProgress.remove(id) }
        var values: [String: Double] = [:]
        var result: Outcome?
        // A formula that uses its own claim checks nothing, whatever value the claim states.
        if formula.references.contains(id) {
            result = .invalid(ValueError(message: "the formula uses its own claim `\(id)`"))
        }
        for reference in formula.references where result == nil {
            switch value(of: reference, in: index, depth: depth) {
            case .value(let number): values[reference] = number
            case let other: result = other
            }
        }
        let outcome = result ?? {
            do throws(ValueError) {
                let computed = try formula.evaluate(values)
                // Too large for a number: nothing it is compared with can be judged.
                guard computed.isFinite else { return .invalid(ValueError(message: "the formula computes a number too large to check")) }
                return .value(computed)
            } catch {
                return .invalid(error)
            }
        }()
        outcomes[id] = outcome
        return outcome
    }

    /// A claim's value as a formula uses it: its single stated number, else what its own formula computes.
    private mutating func value(of id: String, in index: StatementIndex, depth: Int) -> Outcome {
        guard claimIDs.contains(id) else { return .unavailable }
        guard let entry = index.entry(forClaim: id) else {
            return .invalid(ValueError(message: "`\(id)` has no statement with a value to compute with"))
        }
        switch entry.value {
        case .success(let value)?:
            guard let number = value.singleNumber else {
                return .invalid(ValueError(message: "`\(id)`'s value `\(index.statement(entry).value?.value ?? "")` is not a single number"))
            }
            if case .quantity(let quantity) = value, quantity.dimension == .share { return .value(number / 100) }
            return .value(number)
        case .failure?:
            return .unavailable
        case nil:
            guard !inProgress.contains(id) else {
                return .invalid(ValueError(message: "the formula depends on itself through `\(id)`"))
            }
            guard depth < Self.maximumChain else {
                return .invalid(ValueError(message: "formulas depend on each other more than \(Self.maximumChain) deep"))
            }
            if case .value(let number) = outcome(of: entry, in: index, depth: depth + 1) { return .value(number) }
            return .unavailable
        }
    }
}
