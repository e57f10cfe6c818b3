import GlossCore
import Testing

@Suite struct YAMLNodeTests {
    @Test func mappingsKeepFileOrderAndSequencesTheirItems() throws {
        let root = try yamlDocument("zeta: 1\nalpha: [x, y]\nmid:\n  - p\n  - q: r\n")
        #expect(root.mapping?.map(\.key.scalar) == ["zeta", "alpha", "mid"])
        #expect(root["alpha"]?.sequence?.map(\.scalar) == ["x", "y"])
        let mid = try #require(root["mid"]?.sequence)
        #expect(mid.count == 2)
        #expect(mid[1]["q"]?.scalar == "r")
    }

    /// Nodes are stored flat, each collection followed by its subtree: a sibling after a deep
    /// subtree, or after an alias's copy of one, must be found past all of it.
    @Test func siblingsAfterDeepSubtreesAndAliasCopies() throws {
        let text = """
            deep: &d {a: [1, [2, [3, {b: c}]]], e: f}
            copy: *d
            list: [*d, after, {g: *d, h: i}, last]
            tail: end

            """
        let root = try yamlDocument(text)
        #expect(root.mapping?.map(\.key.scalar) == ["deep", "copy", "list", "tail"])
        #expect(root.pairs.count == 4)
        #expect(root["tail"]?.scalar == "end")
        let deep = try #require(root["deep"])
        #expect(deep["e"]?.scalar == "f")
        #expect(deep["a"]?.sequence?.last?.sequence?.last?.sequence?.last?["b"]?.scalar == "c")
        #expect(root["copy"] == deep)
        let list = try #require(root["list"])
        #expect(list.items.count == 4)
        #expect(list.items.map(\.scalar) == [nil, "after", nil, "last"])
        #expect(list.sequence?[2]["h"]?.scalar == "i")
        #expect(list.sequence?[2]["g"] == deep)
        // The walk and the arrays agree everywhere, and every position is still right.
        for node in yamlNodes(root) {
            #expect(Array(node.items).count == node.items.count)
            #expect(node.pairs.map(\.value) == (node.mapping?.map(\.value) ?? []))
            if let scalar = node.scalar { #expect(node.isScalar(scalar)) }
        }
        expectYAMLPositionsConsistent(root, in: text)
    }

    @Test func scalarComparisonNeedsTheWholeText() throws {
        let root = try yamlDocument("a: claims\nb: [claims]\nc: ''\n")
        #expect(root["a"]?.isScalar("claims") == true)
        #expect(root["a"]?.isScalar("claim") == false)
        #expect(root["a"]?.isScalar("claimsx") == false)
        #expect(root["b"]?.isScalar("claims") == false)
        #expect(root["c"]?.isScalar("") == true)
        #expect(root["c"]?.isNull == false)
    }

    @Test func scalarStylesAreReported() throws {
        let root = try yamlDocument("p: plain\ns: 'single'\nd: \"double\"\nl: |\n  literal\nf: >\n  folded\n")
        let styles = try #require(root.mapping).map { pair -> YAMLScalarStyle? in
            guard case .scalar(_, let style) = pair.value.kind else { return nil }
            return style
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(root["l"]?.scalar == "literal\n")
        #expect(root["p"]?.isPlainScalar == true)
        #expect(root["s"]?.isPlainScalar == false)
    }

    @Test func explicitTagsAreKeptAsLibyamlResolvesThem() throws {
        let root = try yamlDocument("a: !!str 1\nb: !custom x\nc: 2\nd: !!seq [1]\n")
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["b"]?.tag == "!custom")
        #expect(root["c"]?.tag == nil)
        #expect(root["d"]?.tag == "tag:yaml.org,2002:seq")
    }

    @Test func nullIsRecognisedOnlyWhenPlainAndUntagged() throws {
        let root = try yamlDocument("""
            a: ~
            b: null
            c: Null
            d: NULL
            e:
            f: "null"
            g: nULL
            h: !!str null
            i: !!null ""
            j: 0
            """)
        let nulls = try #require(root.mapping).filter(\.value.isNull).map(\.key.scalar)
        #expect(nulls == ["a", "b", "c", "d", "e", "i"])
    }

    @Test func accessorsAnswerNilForTheWrongKind() throws {
        let root = try yamlDocument("list: [a]\nname: x\n")
        let list = try #require(root["list"])
        #expect(list.scalar == nil)
        #expect(list.mapping == nil)
        #expect(list["a"] == nil)
        #expect(list.pair(forKey: "a") == nil)
        #expect(root["name"]?.sequence == nil)
        #expect(root.scalar == nil)
        #expect(root["missing"] == nil)
    }

    @Test func pairForKeyGivesTheKeysPosition() throws {
        let text = "gloss: 1\ndocument: doc.md\n"
        let pair = try #require(try yamlDocument(text).pair(forKey: "document"))
        #expect(pair.key.range.start == TextPosition(offset: 9, line: 2, column: 1))
        #expect(yamlSlice(text, pair.key.range) == "document")
        #expect(yamlSlice(text, pair.value.range) == "doc.md")
    }

    @Test func complexKeysAreKeptAsNodes() throws {
        let root = try yamlDocument("? [a, b]\n: 1\n")
        let pair = try #require(root.mapping?.first)
        #expect(pair.key.sequence?.map(\.scalar) == ["a", "b"])
        #expect(pair.value.scalar == "1")
    }
}
