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
