import BenchmarkSupport
import Foundation
import GlossCore

/// Prose mixed with the example article's paragraphs, written for the benchmark: English news
/// copy with curly quotes and dashes, and Chinese paragraphs, so that documents are not ASCII.
/// Together with the article they use fewer than 256 distinct scalars, which edlib's Python
/// binding requires of a query and its text.
enum Prose {
    static let english = [
        "Residents of the Chengguan district said the barriers went up overnight. “We woke up and the gate was welded shut,” one woman told a local reporter — she asked that her name not be used.",
        "By the evening of October 3, videos from at least four compounds were circulating online. In one, a crowd pushes against a metal fence while a voice shouts, “Open the door! We need food!”",
        "The city’s health commission reported 12 new cases on Tuesday and said the measures would stay in place “until the risk is controlled.” It gave no date for lifting them.",
        "A shop owner near the railway station said he had not been able to restock for nine days. “People come to the window and I have nothing to sell them,” he said, pointing at the empty shelves.",
        "Volunteers in white suits handed out vegetables at the entrance of the compound — cabbage, potatoes and a few eggs — while police officers kept the queue in order.",
        "Several posts describing the protests were deleted within hours. One user wrote that the video had been viewed more than 30,000 times before it was removed.",
        "Officials later said the lockdown of the Anning district would be relaxed in stages. Residents with a negative test from the past 48 hours may leave for work, but not for other reasons.",
        "The notice, dated October 4, asked people “not to believe or spread rumours” and warned that those who gathered in public would be punished according to the law.",
    ]

    static let chinese = [
        "十月二日晚上，兰州多个小区的居民走出家门，聚集在小区门口，要求解除封控。有居民在视频中高喊：“我们要吃饭！我们要上班！”",
        "据网友发布的视频，警察到场后站在远处观看，并没有上前阻止。随后，人群中响起了掌声，大门前的栏杆被抬了起来。",
        "一位不愿透露姓名的居民说，小区已经封了十六天，家里的米和菜都快吃完了。“没有人告诉我们什么时候可以出去。”",
        "兰州市政府当天发布通知，要求市民国庆期间就地过节，非必要不离开本市，外地返回人员须提前三天报备。",
        "据官方数据，截至十月二日，甘肃全省累计报告185例阳性感染者，其中182例为无症状感染者。",
    ]

    /// Words and names that take one of their variants each time a paragraph is used, so that the
    /// copies of a paragraph differ from one another.
    static let variants: [[String]] = [
        ["residents", "people", "locals", "neighbours"],
        ["video", "clip", "recording"],
        ["police", "officers", "guards"],
        ["said", "told", "added"],
        ["gathered", "assembled", "met"],
        ["lockdown", "closure", "quarantine"],
        ["subdivision", "compound", "estate"],
        ["Lanzhou", "Xining", "Yinchuan", "Tianshui", "Baiyin"],
        ["Gansu", "Qinghai", "Ningxia"],
        ["October", "September", "November"],
        ["Tuesday", "Monday", "Friday"],
        ["兰州", "西宁", "银川", "天水"],
        ["居民", "市民", "群众"],
        ["视频", "影片"],
        ["十月", "九月"],
    ]

    /// The article's paragraphs and the ones above, in one pool.
    static func paragraphs(article: String) -> [String] {
        article.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty } + english + chinese
    }
}

/// A claim of the benchmark: a quote taken from a document at a random place, with the same quote
/// after three edits, and the selector Gloss anchors it by.
struct BenchmarkQuote {
    /// Where the quote's words are in the document: the right answer.
    var truth: Range<Int>
    var exact: String
    var edited: String
    /// The recorded start, off by up to ``Corpus/hintSpread`` scalars as if text above was edited.
    var hint: Int
    var prefix: String
    var suffix: String

    func selector(quote: String) -> AnchorSelector {
        AnchorSelector(quote: quote, prefix: prefix, suffix: suffix, start: hint, end: hint + truth.count)
    }
}

/// One generated document with its quotes.
struct BenchmarkDocument {
    var name: String
    var string: String
    var scalars: [Unicode.Scalar]
    var text: SourceText
    var quotes: [BenchmarkQuote]
}

/// Builds the documents: paragraphs drawn from ``Prose`` at random, each copy varied (numbers,
/// names and some words replaced), until the document reaches its size in UTF-8 bytes; then quotes
/// of ``quoteLength`` scalars at random places within one line whose words occur only once in the
/// document (a claim's words must identify their place), each edited three times.
struct Corpus {
    static let seed: UInt64 = 2022_10_02
    static let quoteLength = 40
    static let editsPerQuote = 3
    static let hintSpread = 200

    let paragraphs: [String]
    private let terms: [Unicode.Scalar: [(term: [Unicode.Scalar], group: Int)]]

    init(article: String) {
        paragraphs = Prose.paragraphs(article: article)
        var terms: [Unicode.Scalar: [(term: [Unicode.Scalar], group: Int)]] = [:]
        for (group, words) in Prose.variants.enumerated() {
            for word in words { terms[word.unicodeScalars.first!, default: []].append((Array(word.unicodeScalars), group)) }
        }
        self.terms = terms.mapValues { $0.sorted { $0.term.count > $1.term.count } }
    }

    func document(name: String, bytes: Int, quotes: Int, using generator: inout SeededGenerator) -> BenchmarkDocument {
        var scalars: [Unicode.Scalar] = []
        var size = 0
        while size < bytes {
            if !scalars.isEmpty { scalars += ["\n", "\n"] }
            let paragraph = vary(paragraphs.randomElement(using: &generator)!, using: &generator)
            size += 2 + paragraph.reduce(0) { $0 + UTF8.width($1) }
            scalars += paragraph
        }
        scalars.append("\n")
        let string = String(String.UnicodeScalarView(scalars))
        let text = SourceText(string)
        var chosen: [BenchmarkQuote] = []
        while chosen.count < quotes {
            let start = Int.random(in: 0..<(scalars.count - Self.quoteLength), using: &generator)
            let truth = start..<(start + Self.quoteLength)
            let words = Array(scalars[truth])
            guard !words.contains("\n"), text.occurrences(of: words).count == 1 else { continue }
            let context = Anchorer.context(around: truth, in: text)
            let hint = min(max(0, start + Int.random(in: -Self.hintSpread...Self.hintSpread, using: &generator)),
                           scalars.count - Self.quoteLength)
            chosen.append(BenchmarkQuote(
                truth: truth, exact: String(String.UnicodeScalarView(words)),
                edited: String(String.UnicodeScalarView(edit(words, in: scalars, using: &generator))),
                hint: hint, prefix: context.prefix, suffix: context.suffix))
        }
        return BenchmarkDocument(name: name, string: string, scalars: scalars, text: text, quotes: chosen)
    }

    /// A copy of a paragraph with every run of digits replaced by random digits and every variant
    /// term (a whole word, for Latin letters) by a random one of its group.
    private func vary(_ paragraph: String, using generator: inout SeededGenerator) -> [Unicode.Scalar] {
        let source = Array(paragraph.unicodeScalars)
        var result: [Unicode.Scalar] = []
        var index = 0
        while index < source.count {
            let scalar = source[index]
            if ("0"..."9").contains(scalar) {
                var end = index
                while end < source.count, ("0"..."9").contains(source[end]) { end += 1 }
                for digit in index..<end {
                    let lowest = digit == index && end - index > 1 ? 1 : 0
                    result.append(Unicode.Scalar(UInt8(48 + Int.random(in: lowest...9, using: &generator))))
                }
                index = end
            } else if let (length, group) = term(at: index, in: source) {
                result += Prose.variants[group].randomElement(using: &generator)!.unicodeScalars
                index += length
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return result
    }

    private func term(at index: Int, in source: [Unicode.Scalar]) -> (length: Int, group: Int)? {
        let isLetter = { (scalar: Unicode.Scalar) in scalar.isASCII && scalar.properties.isAlphabetic }
        for (term, group) in terms[source[index]] ?? [] {
            let end = index + term.count
            guard end <= source.count, source[index..<end].elementsEqual(term) else { continue }
            if isLetter(term[0]), (index > 0 && isLetter(source[index - 1])) || (end < source.count && isLetter(source[end])) {
                continue
            }
            return (term.count, group)
        }
        return nil
    }

    /// The quote after ``editsPerQuote`` random substitutions, insertions or deletions, with scalars
    /// drawn from the document (so the alphabet stays the document's).
    private func edit(_ quote: [Unicode.Scalar], in document: [Unicode.Scalar],
                      using generator: inout SeededGenerator) -> [Unicode.Scalar] {
        var quote = quote
        func drawn(notEqualTo old: Unicode.Scalar?) -> Unicode.Scalar {
            while true {
                let scalar = document.randomElement(using: &generator)!
                if scalar != "\n", scalar != old { return scalar }
            }
        }
        for _ in 0..<Self.editsPerQuote {
            let position = Int.random(in: 0..<quote.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: quote[position] = drawn(notEqualTo: quote[position])
            case 1: quote.insert(drawn(notEqualTo: nil), at: position)
            default: quote.remove(at: position)
            }
        }
        return quote
    }
}
