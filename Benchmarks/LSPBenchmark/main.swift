import Foundation
import GlossCore
import GlossLSP

// Times how long diagnostics take to arrive after an edit: a generated article of about 100 KB
// with 1,000 claims, held in memory, driven through the server as a client would drive it.
// Run in release: `swift run -c release gloss-lsp-benchmark`.

let root = "/bench"
let claimCount = 1_000
var article = "# District reports\n\n"
var claims = ""
for index in 0..<claimCount {
    let sentence = "Officials in district \(index) reported that \(1_000 + index) residents had tested positive on day \(index % 30) of the lockdown. "
    let quote = "district \(index) reported that \(1_000 + index) residents"
    let start = article.unicodeScalars.count + "Officials in ".unicodeScalars.count
    article += sentence + (index % 5 == 4 ? "\n\n" : "")
    claims += """
      - id: district-\(index)-cases
        kind: number
        anchor: {quote: "\(quote)", start: \(start), end: \(start + quote.unicodeScalars.count)}
        summary: District \(index) reported \(1_000 + index) positive residents
        attributed_to: unattributed

    """
}
let annotation = "gloss: 1\ndocument: Sources-Docs/districts.md\nclaims:\n" + claims
let fileSystem = InMemoryFileSystem(root: root, texts: [
    "Sources-Docs/districts.md": article, "Annotations/districts.yaml": annotation,
])

var published = 0
let server = LanguageServer(fileSystem: fileSystem, root: root, send: { body in
    if String(decoding: body, as: UTF8.self).contains("\"textDocument/publishDiagnostics\"") { published += 1 }
}, log: { _ in })

func message(_ object: [String: Any]) -> [UInt8] {
    var object = object
    object["jsonrpc"] = "2.0"
    return Array(try! JSONSerialization.data(withJSONObject: object))
}

func change(_ uri: String, version: Int, line: Int, character: Int, length: Int, text: String) -> [UInt8] {
    message(["method": "textDocument/didChange", "params": [
        "textDocument": ["uri": uri, "version": version],
        "contentChanges": [["range": ["start": ["line": line, "character": character],
                                      "end": ["line": line, "character": character + length]], "text": text]],
    ]])
}

let articleURI = "file://\(root)/Sources-Docs/districts.md"
let annotationURI = "file://\(root)/Annotations/districts.yaml"
server.handle(message(["id": 1, "method": "initialize", "params": ["rootUri": "file://\(root)", "capabilities": [:]]]))
server.handle(message(["method": "initialized", "params": [:]]))
for (uri, text) in [(articleURI, article), (annotationURI, annotation)] {
    server.handle(message(["method": "textDocument/didOpen", "params": [
        "textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": text]]]))
}
server.flush()

/// Milliseconds from each edit to its diagnostics, over `rounds` edits made by `edit(round)`.
@MainActor func measure(_ name: String, rounds: Int, _ edit: (Int) -> [UInt8]) {
    var times: [Double] = []
    for round in 0..<rounds {
        let before = published
        let clock = ContinuousClock.now
        server.handle(edit(round))
        server.flush()
        let elapsed = ContinuousClock.now - clock
        precondition(published > before, "\(name): no diagnostics were published")
        times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
    }
    times.sort()
    print(String(format: "%@: median %.1f ms, slowest %.1f ms over %d edits", name, times[times.count / 2], times.last!, rounds))
}

print("article: \(article.utf8.count) bytes, \(claimCount) claims; annotation file: \(annotation.utf8.count) bytes")
var version = 1
// Typing at the top moves every claim's span: each is re-anchored and reported as moved.
measure("edit at the top of the article (every claim moves)", rounds: 20) { round in
    version += 1
    return change(articleURI, version: version, line: 2, character: 0, length: round % 2, text: round % 2 == 0 ? "x" : "")
}
// Changing a claim's words in the middle: one claim's anchor turns fuzzy.
measure("edit inside a claim's words mid-article", rounds: 20) { round in
    version += 1
    return change(articleURI, version: version, line: 200, character: 23, length: 1, text: round % 2 == 0 ? "8" : "9")
}
measure("edit of a claim's kind in the annotation file", rounds: 20) { round in
    version += 1
    return change(annotationURI, version: version, line: 4, character: 10, length: round % 2 == 0 ? 6 : 4,
                  text: round % 2 == 0 ? "date" : "number")
}
