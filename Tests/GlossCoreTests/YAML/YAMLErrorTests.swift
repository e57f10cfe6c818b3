import GlossCore
import Testing

@Suite struct YAMLErrorTests {
    @Test func unclosedQuoteIsReportedAtTheEndWithTheQuoteAsContext() throws {
        let error = try #require(yamlError("a: \"abc\nb: 2\n"))
        #expect(error.kind == .syntax(context: TextPosition(offset: 3, line: 1, column: 4)))
        #expect(error.position == TextPosition(offset: 13, line: 3, column: 1))
        #expect(error.message == "found unexpected end of stream while scanning a quoted scalar")
        #expect(error.related?.position == TextPosition(offset: 3, line: 1, column: 4))
        #expect(error.related?.message == "the quoted scalar begins here")
    }

    /// libyaml finds a key without its colon only on the line after it: the key is named too.
    @Test func aKeyMissingItsColonIsShownWhereItBegins() throws {
        let error = try #require(yamlError("claims:\n  - id: a\n    kind:quote\n    summary: x\n"))
        #expect(error.position.line == 4)
        #expect(error.message == "could not find expected ':' while scanning a simple key")
        #expect(error.related?.position == TextPosition(offset: 22, line: 3, column: 5))
        #expect(error.related?.message == "the simple key begins here")
    }

    @Test func badIndentation() throws {
        let error = try #require(yamlError("a:\n  b: 1\n c: 2\n"))
        #expect(error.kind == .syntax(context: .start))
        #expect(error.position == TextPosition(offset: 11, line: 3, column: 2))
        #expect(error.message == "did not find expected key while parsing a block mapping")
    }

    @Test func syntaxErrorWithoutContext() throws {
        let error = try #require(yamlError("a: b: c\n"))
        #expect(error.kind == .syntax(context: nil))
        #expect(error.position == TextPosition(offset: 4, line: 1, column: 5))
        #expect(error.message == "mapping values are not allowed in this context")
        #expect(error.related == nil)
    }

    @Test func tabIndentingAKeyPointsAtTheTab() throws {
        let error = try #require(yamlError("title: x\nmeta:\n\tkind: quote\n"))
        #expect(error.kind == .syntax(context: TextPosition(offset: 15, line: 3, column: 1)))
        #expect(error.position == TextPosition(offset: 15, line: 3, column: 1))
        #expect(error.message == "found character that cannot start any token while scanning for the next token")
    }

    @Test func tabAfterAPlainScalarPointsAtTheTab() throws {
        let error = try #require(yamlError("a: 兰州\n\tb: 2\n"))
        #expect(error.position == TextPosition(offset: 6, line: 2, column: 1))
        #expect(error.message == "found a tab character that violates indentation while scanning a plain scalar")
    }

    @Test func duplicateKeyIsReportedAtTheSecondWithTheFirstAsData() throws {
        let text = "claims:\n  - id: a\n    kind: quote\n    id: b\n  - id: c\n"
        let error = try #require(yamlError(text))
        #expect(error.kind == .duplicateKey(key: "id", first: TextPosition(offset: 12, line: 2, column: 5)))
        #expect(error.position == TextPosition(offset: 38, line: 4, column: 5))
        #expect(error.message == "duplicate key `id`: the mapping already has this key")
        #expect(error.related?.position == TextPosition(offset: 12, line: 2, column: 5))
        #expect(error.related?.message == "the first `id`")
    }

    @Test func keysAreComparedByValueWhateverTheirStyle() throws {
        let error = try #require(yamlError("{id: 1, \"id\": 2}"))
        #expect(error.kind == .duplicateKey(key: "id", first: TextPosition(offset: 1, line: 1, column: 2)))
        #expect(error.position.offset == 8)
    }

    /// Past sixteen keys a mapping's keys are hashed instead of scanned; nested mappings in
    /// between have keys of their own.
    @Test(arguments: [3, 18])
    func duplicatesAreFoundInLargeMappingsAroundNestedOnes(_ repeated: Int) throws {
        var lines = (0..<20).map { "k\($0): {k\(repeated): 1, inner\($0): 2}" }
        #expect(try yamlDocument(lines.joined(separator: "\n") + "\n").mapping?.count == 20)
        lines.append("k\(repeated): again")
        let error = try #require(yamlError(lines.joined(separator: "\n") + "\n"))
        #expect(error.kind == .duplicateKey(key: "k\(repeated)", first: TextPosition(
            offset: lines[..<repeated].reduce(0) { $0 + $1.count + 1 }, line: repeated + 1, column: 1)))
        #expect(error.position.line == 21)
    }

    @Test func theSameKeyInDifferentMappingsIsFine() throws {
        let root = try yamlDocument("- id: a\n  sub: {id: x}\n- id: b\n")
        #expect(root.sequence?.compactMap { $0["id"]?.scalar } == ["a", "b"])
    }

    @Test func undefinedAlias() throws {
        let error = try #require(yamlError("a: 1\nb: *nope\n"))
        #expect(error.kind == .undefinedAlias(name: "nope"))
        #expect(error.position == TextPosition(offset: 8, line: 2, column: 4))
        #expect(error.message == "alias `*nope` refers to no anchor defined before it")
    }

    @Test func aliasInsideItsOwnAnchorIsUndefined() throws {
        let error = try #require(yamlError("a: &x [1, *x]\n"))
        #expect(error.kind == .undefinedAlias(name: "x"))
        #expect(error.position.column == 11)
    }

    @Test func secondDocumentIsRejectedAtItsStart() throws {
        let error = try #require(yamlError("a: 1\n---\nb: 2\n"))
        #expect(error.kind == .multipleDocuments)
        #expect(error.position == TextPosition(offset: 5, line: 2, column: 1))
    }

    @Test func documentEndMarkerWithoutASecondDocumentIsFine() throws {
        let root = try yamlDocument("---\na: 1\n...\n# done\n")
        #expect(root["a"]?.scalar == "1")
    }

    @Test func nulByteIsReportedWhereItIs() throws {
        let error = try #require(yamlError(Array("a: 1\nb: 兰".utf8) + [0] + Array("x\n".utf8)))
        #expect(error.kind == .forbiddenCharacter(codePoint: 0))
        #expect(error.position == TextPosition(offset: 9, line: 2, column: 5))
        #expect(error.message == "the character U+0000 is not allowed in YAML")
    }

    @Test func otherControlCharacter() throws {
        let error = try #require(yamlError("a: \u{7}\n"))
        #expect(error.kind == .forbiddenCharacter(codePoint: 7))
        #expect(error.position == TextPosition(offset: 3, line: 1, column: 4))
    }

    @Test func invalidLeadingByte() throws {
        let error = try #require(yamlError(Array("a: 1\r\nb: 😀".utf8) + [0xFF, 0x0A]))
        #expect(error.kind == .invalidUTF8)
        #expect(error.position == TextPosition(offset: 10, line: 2, column: 5))
        #expect(error.message == "the file is not valid UTF-8: invalid leading UTF-8 octet")
    }

    @Test func truncatedSequenceIsReportedAtItsFirstByte() throws {
        // E5 85 is the start of a three-byte character; libyaml names the byte after it.
        let error = try #require(yamlError(Array("a: 兰".utf8) + [0xE5, 0x85] + Array("x\n".utf8)))
        #expect(error.kind == .invalidUTF8)
        #expect(error.position == TextPosition(offset: 4, line: 1, column: 5))
        #expect(error.message == "the file is not valid UTF-8: invalid trailing UTF-8 octet")
    }

    @Test func invalidByteAfterAByteOrderMark() throws {
        let error = try #require(yamlError([0xEF, 0xBB, 0xBF] + Array("a: ".utf8) + [0xC0, 0x80]))
        #expect(error.kind == .invalidUTF8)
        #expect(error.position == TextPosition(offset: 3, line: 1, column: 4))
    }

    @Test func utf16IsRejectedRatherThanDecoded() throws {
        let error = try #require(yamlError([0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }))
        #expect(error.kind == .invalidUTF8)
        #expect(error.position == .start)
    }
}
