/// Runs the rules over a loaded workspace and applies the configuration: severities, rules
/// switched off, and per-claim suppressions. The result is sorted, so output is deterministic.
///
/// The Checker keeps a ledger of the `ignore` entries each finding was silenced by, so that an
/// entry that silenced nothing can be reported: rules conforming to ``AuditRule`` run after the
/// others and see those entries in ``Analysis/unusedSuppressions``.
public enum Checker {
    /// What `rules` find in `analysis`, at the severities the configuration gives them, without
    /// what `ignore:` entries silence, sorted: the findings every reporter and baseline takes.
    public static func diagnostics(for analysis: Analysis, rules: [any Rule.Type] = RuleCatalog.all) -> [Diagnostic] {
        diagnostics(for: analysis, rules: rules, claimsPerChunk: defaultClaimsPerChunk)
    }

    /// Claims a ``ClaimRule`` pass takes at a time: enough to keep a core busy, few enough to
    /// stay in its cache.
    static let defaultClaimsPerChunk = 2048

    static func diagnostics(for analysis: Analysis, rules: [any Rule.Type], claimsPerChunk: Int) -> [Diagnostic] {
        var ledger = SuppressionLedger(analysis.claims)
        var parts: [[Diagnostic]] = []
        var judgedRuleIDs: Set<String> = []

        /// Runs the rules switched on, on all cores, each finding judged against the ledger where
        /// it was found; the entries that silenced one are marked used in the order of `rules`,
        /// so the outcome does not depend on which rule finished first.
        func run(_ rules: [any Rule.Type], on analysis: Analysis) {
            let active: [ActiveRule] = rules.compactMap { rule in
                analysis.configuration.severity(of: rule.description.id, default: rule.description.defaultSeverity).map {
                    ActiveRule(rule: rule, id: rule.description.id, severity: $0)
                }
            }
            judgedRuleIDs.formUnion(active.filter { !(analysis.isPartial && $0.rule.looksAcrossFiles) }.map(\.id))
            for part in Self.diagnostics(of: active, in: analysis, ledger: ledger, claimsPerChunk: claimsPerChunk) {
                ledger.markUsed(part.silencedBy)
                parts.append(part.diagnostics)
            }
        }

        let audits = rules.filter { $0.isAudit }
        run(rules.filter { !$0.isAudit }, on: analysis)
        if !audits.isEmpty {
            var audited = analysis
            audited.unusedSuppressions = ledger.unused(judging: judgedRuleIDs)
            run(audits, on: audited)
        }
        // Taken out of the variable `run` captures, so that the parts are moved, not copied.
        var taken: [[Diagnostic]] = []
        swap(&taken, &parts)
        return sorted(consume taken)
    }

    /// A rule switched on, with its id and the severity the configuration gives it.
    private struct ActiveRule: Sendable {
        let rule: any Rule.Type
        let id: String
        let severity: Severity
    }

    /// The diagnostics of one part of a rule's findings: those no `ignore` entry silenced, and
    /// the ledger entries that silenced the others.
    private struct JudgedPart: Sendable {
        var diagnostics: [Diagnostic] = []
        var silencedBy: [Int] = []

        init(_ findings: [Finding], of rule: ActiveRule, ledger: SuppressionLedger) {
            diagnostics.reserveCapacity(findings.count)
            for finding in findings {
                let silencing = ledger.entriesSilencing(finding, ruleID: rule.id)
                if silencing.isEmpty {
                    diagnostics.append(Diagnostic(ruleID: rule.id, severity: rule.severity, finding: finding))
                } else {
                    silencedBy += silencing
                }
            }
        }
    }

    /// What each rule finds, judged, in parts whose order is the order ``Rule/check(_:)`` gives,
    /// rule after rule: a single part for a rule over the whole workspace; for the
    /// ``ClaimRule``s, which run together, a part for each chunk of claims. The workspace-wide
    /// rules are started first, as they take longest.
    private static func diagnostics(of rules: [ActiveRule], in analysis: Analysis, ledger: SuppressionLedger,
                                    claimsPerChunk: Int) -> [JudgedPart] {
        enum Job: Sendable {
            case rule(Int)
            case claims(Range<Int>)
        }
        let claimRules: [(position: Int, rule: any ClaimRule.Type)] = rules.indices.compactMap { position in
            rules[position].rule.asClaimRule.map { (position, $0) }
        }
        var jobs = rules.indices.filter { rules[$0].rule.asClaimRule == nil }.map(Job.rule)
        if !claimRules.isEmpty {
            let count = analysis.claims.count
            jobs += stride(from: 0, to: count, by: claimsPerChunk).map { Job.claims($0..<min($0 + claimsPerChunk, count)) }
        }
        let results = ConcurrentMap.map(jobs) { job -> [JudgedPart] in
            switch job {
            case .rule(let position):
                return [JudgedPart(rules[position].rule.check(analysis), of: rules[position], ledger: ledger)]
            case .claims(let range):
                var found = Array(repeating: [Finding](), count: claimRules.count)
                for claim in analysis.claims[range] {
                    for (slot, claimRule) in claimRules.enumerated() { claimRule.rule.check(claim, in: analysis, into: &found[slot]) }
                }
                return zip(found, claimRules).map { JudgedPart($0, of: rules[$1.position], ledger: ledger) }
            }
        }
        var parts = Array(repeating: [JudgedPart](), count: rules.count)
        for (job, result) in zip(jobs, results) {
            switch job {
            case .rule(let position):
                parts[position] = result
            case .claims:
                for (judged, claimRule) in zip(result, claimRules) { parts[claimRule.position].append(judged) }
            }
        }
        return parts.flatMap { $0 }
    }

    /// The parts' diagnostics in one array, in ``Diagnostic/ordered`` order. A large workspace
    /// has a hundred thousand of them in thousands of files: each path is ranked once, the
    /// diagnostics are placed by file in one pass, and only each file's few diagnostics are
    /// compared, on all cores.
    ///
    /// Rules report a file's findings together, so a path is looked up only where it changes.
    /// Each diagnostic is moved once, from its part straight into its place, each part on one
    /// core: copied, it would retain its six references and the parts release them again, one
    /// core at a time; gathered into one array before they were sorted, each was moved twice.
    private static func sorted(_ parts: consuming [[Diagnostic]]) -> [Diagnostic] {
        // A diagnostic's position is its part's start among them all, plus its index in the part.
        let partStarts = parts.reduce(into: [0]) { starts, part in starts.append(starts.last! + part.count) }
        let count = partStarts.last!
        // The parts as a constant, read on all cores, and let go before the parts are moved out
        // of: still shared then, each part would be copied whole.
        let readable = parts
        // Where each part's diagnostics change path, found on all cores: every diagnostic is
        // looked at, and on one core that was a pause with the other idle.
        let runs = ConcurrentMap.map(Array(readable.indices)) { part in
            readable[part].withUnsafeBufferPointer { diagnostics in
                var runs: [(start: Int, path: String)] = []
                for index in diagnostics.indices where runs.last?.path != diagnostics[index].location.path {
                    runs.append((index, diagnostics[index].location.path))
                }
                return runs
            }
        }
        let paths = Set(runs.joined().lazy.map(\.path)).sorted()
        let rankOfPath = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        let ranks = [Int](unsafeUninitializedCapacity: count) { ranks, initialized in
            // Each part fills its own positions: no overlap.
            nonisolated(unsafe) let ranks = ranks
            _ = ConcurrentMap.map(Array(runs.indices)) { part in
                let (runs, base) = (runs[part], ranks.baseAddress! + partStarts[part])
                for (index, run) in runs.enumerated() {
                    let end = index + 1 < runs.count ? runs[index + 1].start : partStarts[part + 1] - partStarts[part]
                    (base + run.start).initialize(repeating: rankOfPath[run.path]!, count: end - run.start)
                }
            }
            initialized = count
        }
        let (order, starts) = grouped(ranks, groups: paths.count)
        let partOfPosition = [Int](unsafeUninitializedCapacity: count) { partOf, initialized in
            for part in partStarts.indices.dropLast() {
                partOf[partStarts[part]..<partStarts[part + 1]].initialize(repeating: part)
            }
            initialized = count
        }
        // Where each position goes: each file's positions are ordered by comparing its diagnostics.
        let filesPerBatch = 256
        let batches = stride(from: 0, to: paths.count, by: filesPerBatch).map { $0..<min($0 + filesPerBatch, paths.count) }
        let slotOfPosition = [Int](unsafeUninitializedCapacity: count) { slots, initialized in
            // Each batch writes the slots of its own files' positions: no overlap.
            nonisolated(unsafe) let slots = slots
            _ = ConcurrentMap.map(batches) { files in
                for file in files {
                    let ordered = order[starts[file]..<starts[file + 1]].sorted {
                        let (left, right) = (partOfPosition[$0], partOfPosition[$1])
                        // One file's: grouped by path above.
                        return Diagnostic.orderedInOneFile(readable[left][$0 - partStarts[left]], readable[right][$1 - partStarts[right]])
                    }
                    for (slot, position) in zip(starts[file]..., ordered) { slots[position] = slot }
                }
            }
            initialized = count
        }
        _ = consume readable
        return parts.withUnsafeMutableBufferPointer { parts in
            nonisolated(unsafe) let parts = parts
            return [Diagnostic](unsafeUninitializedCapacity: count) { target, initialized in
                // Each part, on one core, moves its diagnostics into their own slots: no overlap.
                nonisolated(unsafe) let target = target
                _ = ConcurrentMap.map(Array(parts.indices)) { part in
                    parts[part].withUnsafeMutableBufferPointer { source in
                        guard let base = source.baseAddress else { return }
                        for index in source.indices {
                            (target.baseAddress! + slotOfPosition[partStarts[part] + index]).moveInitialize(from: base + index, count: 1)
                        }
                        // Every slot was moved out; refilled with a value that owns nothing, for
                        // the part to release.
                        source.initialize(repeating: Diagnostic.moved)
                    }
                }
                initialized = count
            }
        }
    }

    /// The positions of `groupOf` ordered by group, stably, and where each group starts among
    /// them (with the end as a last entry): a counting sort.
    private static func grouped(_ groupOf: [Int], groups: Int) -> (order: [Int], starts: [Int]) {
        var starts = [Int](repeating: 0, count: groups + 1)
        for group in groupOf { starts[group + 1] += 1 }
        for group in 0..<groups { starts[group + 1] += starts[group] }
        var next = starts
        var order = [Int](repeating: 0, count: groupOf.count)
        for (position, group) in groupOf.enumerated() {
            order[next[group]] = position
            next[group] += 1
        }
        return (order, starts)
    }
}

private extension Diagnostic {
    /// What a slot holds once its diagnostic was moved out: it owns nothing to release.
    static let moved = Diagnostic(ruleID: "", severity: .info,
                                  finding: Finding(message: "", location: Location(path: "", range: TextRange(at: .start))))
}
