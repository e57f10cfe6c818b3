import BenchmarkSupport
import GlossCore

// Times the contradiction analysis on a generated workspace: 200,000 claims with statements in
// 10,000 annotation files, built in memory from a fixed seed so every run measures the same
// input. Run it optimized: `swift run -c release gloss-benchmarks`.

let fileCount = 10_000
let claimsPerFile = 20
let placeCount = 2_000
let properties = ["covid-positive-cases", "covid-new-cases", "protest-crowd", "arrests", "lockdown-length"]
let here = TextRange(at: .start)

func located<Value>(_ value: Value) -> Located<Value> { Located(value, at: here) }

/// A value for a key, usually agreeing with the key's true figure in one of its spellings.
func value(truth: Int, property: String, using generator: inout SeededGenerator) -> String {
    if property == "lockdown-length" { return Bool.random(using: &generator) ? "\(truth) days" : "\(truth * 24) hours" }
    switch Int.random(in: 0..<100, using: &generator) {
    case 0..<60: return "\(truth)"
    case 60..<75: return "about \(truth)"
    case 75..<85: return "more than \(truth - 1)"
    case 85..<95: return "\(truth - 2)-\(truth + 2)"
    case 95..<99: return "\(truth + 50)"  // a real disagreement
    default: return "at least \(truth)"
    }
}

func workspace() -> Analysis {
    var generator = SeededGenerator(state: 2022_10_02)
    let places = (0..<placeCount).map { index in
        Place(id: located("place-\(index)"), name: located("Place \(index)"), aliases: [located("地方\(index)")], range: here)
    }
    let day = ISODate(year: 2022, month: 10, day: 1)!
    let files = (0..<fileCount).map { fileIndex -> LoadedAnnotationFile in
        let path = "Annotations/report-\(fileIndex).yaml"
        let claims = (0..<claimsPerFile).map { claimIndex -> AnchoredClaim in
            let place = Int.random(in: 0..<placeCount, using: &generator)
            let property = properties[Int.random(in: 0..<properties.count, using: &generator)]
            let asOf = ISODate(year: day.year, month: day.month, day: 1 + Int.random(in: 0..<3, using: &generator))!
            let truth = 100 + (place * 7 + property.count) % 400
            let subject = [ "place-\(place)", "Place \(place)", "地方\(place)"][Int.random(in: 0..<3, using: &generator)]
            let statement = Statement(subject: located(subject), property: located(property),
                                      value: located(value(truth: truth, property: property, using: &generator)),
                                      unit: nil, asOf: located(asOf), from: nil, to: nil, derived: nil, range: here)
            let claim = Claim(id: located("claim-\(fileIndex)-\(claimIndex)"), kind: located(.number),
                              statement: statement, range: here)
            return AnchoredClaim(claim: claim, path: path, document: nil, anchoring: nil)
        }
        return LoadedAnnotationFile(path: path, annotation: AnnotationFile(path: path, claims: claims.map(\.claim)),
                                    problems: [], document: nil, claims: claims)
    }
    return Analysis(configuration: Configuration(), registry: Registry(places: places), files: files,
                    registryProblems: [], yamlTexts: [:])
}

let analysis = workspace()
let clock = ContinuousClock()
var conflictCount = 0
let analysed = clock.measure {
    conflictCount = analysis.statementConflicts.pairs.count
}
// A copy whose files are set again starts with nothing worked out, so the rules read the
// statements from scratch, as in a run of `gloss check`.
var fresh = analysis
fresh.files = analysis.files
var findingCount = 0
let checked = clock.measure {
    findingCount = StatementConflictRule.check(fresh).count + DerivedMismatchRule.check(fresh).count
        + VerdictsInconsistentRule.check(fresh).count
}
print("statement analysis: \(analysis.claimCount) claims in \(analysis.files.count) files, "
      + "\(conflictCount) conflicting pairs, \(NumberText.plain(seconds(analysed) * 1000, decimals: 0)) ms")
print("contradiction rules (statement-conflict, derived-mismatch, verdicts-inconsistent): "
      + "\(findingCount) findings, \(NumberText.plain(seconds(checked) * 1000, decimals: 0)) ms")
