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
        for entry in index.entries where entry.formula != nil {
            _ = outcome(of: entry, in: index, depth: 0)
        }
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
