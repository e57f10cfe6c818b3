import GlossCore
import GlossReports

/// A small workspace with everything a report must handle: nested and overlapping spans, every
/// status, a contradiction, a private source, a place with coordinates, a house verdict scale,
/// and hostile text in the article, the summaries and the notes.
enum ReviewFixture {
    static let root = "/report"
    static let documentPath = "Sources-Docs/city.md"
    static let annotationPath = "Annotations/city.yaml"
    static let privateName = "Jane Secret"

    static let article = """
        <script>alert("doc")</script> According to The Daily, 185 people gathered at Central Park on October 2.
        The Herald said 250 people gathered. A resident said “We want to go home.”

        """

    static let annotation = """
        gloss: 1
        document: Sources-Docs/city.md
        url: https://news.example.org/city
        title: Crowds in the <b>city</b>
        published: 2022-10-03
        language: en
        claims:
          - id: crowd-daily
            kind: number
            anchor: {quote: "185 people"}
            summary: 185 people gathered
            attributed_to: the-daily
            place: central-park
            reviews:
              - reviewer: alice
                date: 2022-10-05
                verdict: supported
                evidence:
                  - url: https://example.org/count
                    archive: https://archive.example.org/count
                    accessed: 2022-10-05
                    stance: supports
                    note: Police <i>count</i>
                note: "**Matches** the count. <img src=x onerror=alert(1)> [bad](javascript:alert(1)) [good](https://example.org/ok)"
          - id: crowd-herald
            kind: number
            anchor: {quote: "250 people"}
            summary: 250 people gathered
            attributed_to: the-herald
            place: central-park
            reviews:
              - {reviewer: bob, date: 2022-10-06, verdict: refuted}
            relations:
              - contradicts: crowd-daily
          - id: gathering
            kind: event
            anchor: {quote: "185 people gathered at Central Park"}
            summary: A crowd gathered at Central Park
            attributed_to: [the-daily, a-resident]
            reviews:
              - {reviewer: alice, verdict: supported}
              - {reviewer: carol, verdict: refuted}
          - id: park-date
            kind: date
            anchor: {quote: "Central Park on October 2"}
            summary: The gathering was on October 2
            attributed_to: unattributed
          - id: resident-quote
            kind: quote
            anchor: {quote: "We want to go home."}
            summary: A resident wants to go home
            attributed_to: a-resident
            speaker: a-resident
          - id: script-claim
            kind: event
            anchor: {quote: "<script>alert(\\"doc\\")</script>"}
            summary: "<script>alert('summary')</script>"
            attributed_to: the-daily
            reviews:
              - reviewer: "<script>alert('reviewer')</script>"
                date: 2022-10-04
                verdict: unverifiable
                evidence:
                  - url: https://example.org/evidence?a=1&b=2

        """

    static let files: [String: String] = [
        ".gloss.yml": """
            publisher:
              name: Gloss Desk
              url: https://desk.example.org/checks
            verdicts:
              accurate: supported
              false-claim: refuted

            """,
        documentPath: article,
        annotationPath: annotation,
        "Annotations/sources.yaml": """
            sources:
              - {id: the-daily, name: The Daily, kind: media, url: "https://daily.example.org"}
              - {id: the-herald, name: The Herald, kind: media}
              - {id: a-resident, name: \(privateName), kind: person, private: true}

            """,
        "Annotations/places.yaml": """
            places:
              - {id: central-park, name: Central Park, coordinates: [40.78, -73.97], wikidata: Q160409}
              - {id: elsewhere, name: Elsewhere}

            """,
    ]

    static func workspace(_ files: [String: String] = files) throws -> Workspace {
        try Workspace.open(root: root, fileSystem: InMemoryFileSystem(root: root, texts: files))
    }

    static func analysis(_ files: [String: String] = files) throws -> Analysis {
        let workspace = try workspace(files)
        return WorkspaceLoader(workspace: workspace).load(try workspace.annotationFiles())
    }

    static func report(contradictions: [Contradiction] = []) throws -> ReviewReport {
        ReviewReport(analysis: try analysis(), contradictions: contradictions)
    }
}
