import GlossCore
import Testing

@Suite struct YAMLLimitTests {
    private static let quickly = Duration.seconds(1)

    @Test func defaults() {
        #expect(YAMLLimits.default == YAMLLimits(maxFileBytes: 8 * 1024 * 1024, maxDepth: 64, maxAliasExpansion: 10_000, maxNodes: 600_000))
    }

    @Test func emptyAndCommentOnlyStreamsHaveNoDocument() throws {
        for text in ["", "\n\n  \n", "# only\n# comments\n", "\u{FEFF}", "\u{FEFF}# c\r\n"] {
            #expect(try YAMLParser.parse(Array(text.utf8)) == nil, "\(text.debugDescription)")
        }
    }

    @Test func explicitEmptyDocumentIsNull() throws {
        let root = try yamlDocument("---\n")
        #expect(root.isNull)
    }

    @Test func oversizedFileIsRejectedBeforeParsing() throws {
        // Invalid UTF-8 from the first byte: had libyaml seen it, the error would say so.
        let bytes = [UInt8](repeating: 0xFF, count: 50_000_000)
        var error: YAMLError?
        let elapsed = ContinuousClock().measure { error = yamlError(bytes) }
        #expect(error?.kind == .tooLarge(bytes: 50_000_000, limit: 8 * 1024 * 1024))
        #expect(error?.position == .start)
        #expect(error?.message == "the file has 50000000 bytes, more than the limit of 8388608")
        #expect(elapsed < Self.quickly)
    }

    @Test func fileAtTheSizeLimitIsParsed() throws {
        let limits = YAMLLimits(maxFileBytes: 10)
        #expect(try YAMLParser.parse(Array("a: 1234567".utf8), limits: limits)?["a"]?.scalar == "1234567")
        #expect(yamlError("a: 12345678", limits: limits)?.kind == .tooLarge(bytes: 11, limit: 10))
    }

    @Test func deepFlowNestingFailsFast() throws {
        let text = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
        var error: YAMLError?
        let elapsed = ContinuousClock().measure { error = yamlError(text) }
        #expect(error?.kind == .tooDeep(limit: 64))
        #expect(error?.position == TextPosition(offset: 64, line: 1, column: 65))
        #expect(error?.message == "collections are nested more than 64 deep")
        #expect(elapsed < Self.quickly)
    }

    @Test func deepBlockNestingFailsFast() throws {
        let text = (0..<1_000).map { String(repeating: "  ", count: $0) + "k:\n" }.joined()
        var error: YAMLError?
        let elapsed = ContinuousClock().measure { error = yamlError(text) }
        #expect(error?.kind == .tooDeep(limit: 64))
        #expect(error?.position.line == 65)
        #expect(error?.position.column == 129)
        #expect(elapsed < Self.quickly)
    }

    @Test func nestingUpToTheLimitIsParsedWithoutRecursion() throws {
        let depth = 1_000
        let text = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        var node = try yamlDocument(text, limits: YAMLLimits(maxDepth: depth))
        var levels = 0
        while let items = node.sequence {
            levels += 1
            node = try #require(items.first)
        }
        #expect(levels == depth)
        #expect(node.scalar == "x")
        #expect(yamlError(text, limits: YAMLLimits(maxDepth: depth - 1))?.kind == .tooDeep(limit: depth - 1))
    }

    @Test func billionLaughsIsRejectedQuickly() throws {
        var lines = ["a: &a [" + Array(repeating: "lol", count: 9).joined(separator: ", ") + "]"]
        let names = Array("abcdefghi")
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        var error: YAMLError?
        let elapsed = ContinuousClock().measure { error = yamlError(lines.joined(separator: "\n")) }
        // Levels b to d expand to 9 × (10 + 91 + 820) = 8,289 nodes; the first *d adds 7,381.
        #expect(error?.kind == .aliasBudgetExceeded(limit: 10_000))
        #expect(error?.position == TextPosition(offset: 188, line: 5, column: 8))
        #expect(error?.message == "aliases expand to more than 10000 nodes")
        #expect(elapsed < Self.quickly)
    }

    @Test func smallAliasUseIsExpanded() throws {
        let text = "defaults: &d {reviewer: alice, date: 2026-11-20}\nfirst: *d\nsecond: [*d, {x: *d}]\nname: &n Lanzhou\nplace: *n\n"
        let root = try yamlDocument(text)
        let defaults = try #require(root["defaults"])
        #expect(defaults["reviewer"]?.scalar == "alice")
        // A copy of the anchored node, positions included: that is where its text is.
        #expect(root["first"] == defaults)
        #expect(root["second"]?.sequence?.first == defaults)
        #expect(root["second"]?.sequence?.last?["x"] == defaults)
        #expect(root["place"]?.scalar == "Lanzhou")
        #expect(yamlSlice(text, try #require(root["place"]).range) == "&n Lanzhou")
    }

    /// Aliases count their whole subtree, toward the alias budget (3 numbers and their list, 4
    /// for each alias) and toward the node limit (8 nodes before the first alias: the root, two
    /// keys, two lists, three numbers; then 4 for each alias). Both stop at the second alias.
    @Test(arguments: [
        (YAMLLimits(maxAliasExpansion: 8), YAMLLimits(maxAliasExpansion: 7), YAMLError.Kind.aliasBudgetExceeded(limit: 7)),
        (YAMLLimits(maxNodes: 16), YAMLLimits(maxNodes: 15), YAMLError.Kind.tooManyNodes(limit: 15)),
    ])
    func aliasesCountWholeSubtrees(enough: YAMLLimits, tooFew: YAMLLimits, kind: YAMLError.Kind) throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(try YAMLParser.parse(Array(text.utf8), limits: enough) != nil)
        let error = try #require(yamlError(text, limits: tooFew))
        #expect(error.kind == kind)
        #expect(error.position == TextPosition(offset: 24, line: 2, column: 9))
    }

    @Test func aliasesCannotNestDeeperThanTheLimit() throws {
        let text = "a: &a [[1]]\nb: [*a]\n"
        #expect(try YAMLParser.parse(Array(text.utf8), limits: YAMLLimits(maxDepth: 4)) != nil)
        let error = try #require(yamlError(text, limits: YAMLLimits(maxDepth: 3)))
        #expect(error.kind == .tooDeep(limit: 3))
        #expect(error.position == TextPosition(offset: 16, line: 2, column: 5))
    }
}
