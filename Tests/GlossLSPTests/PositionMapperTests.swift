import GlossCore
import Testing
@testable import GlossLSP

@Suite struct PositionMapperTests {
    /// 兰 is 3 UTF-8 bytes and 1 UTF-16 unit; 😀 is 4 bytes and 2 units; each is one scalar.
    private let text = SourceText("a兰😀b\r\n第二行😀\nend")

    @Test(arguments: [(TextEncodingUnit.utf8, [0, 1, 4, 8]), (.utf16, [0, 1, 2, 4]), (.utf32, [0, 1, 2, 3])])
    func charactersCountTheEncoding(unit: TextEncodingUnit, characters: [Int]) {
        let mapper = PositionMapper(text: text, unit: unit)
        for (offset, character) in characters.enumerated() {
            #expect(mapper.position(offset) == Position(line: 0, character: character))
            #expect(mapper.offset(Position(line: 0, character: character)) == offset)
        }
        #expect(mapper.position(6) == Position(line: 1, character: 0))
        #expect(mapper.offset(Position(line: 1, character: 0)) == 6)
    }

    @Test func positionsPastALineEndMeanTheLineEnd() {
        let mapper = PositionMapper(text: text, unit: .utf16)
        #expect(mapper.offset(Position(line: 0, character: 99)) == 4)
        #expect(mapper.offset(Position(line: 1, character: 99)) == 10)
        #expect(mapper.offset(Position(line: 2, character: 3)) == 14)
        // Past the last line is the end of the text, before the first the start, as the protocol's
        // reference implementation reads them: some clients write "to the end" as the line after.
        #expect(mapper.offset(Position(line: 3, character: 0)) == text.scalarCount)
        #expect(mapper.offset(Position(line: 100, character: 7)) == text.scalarCount)
        #expect(mapper.offset(Position(line: -1, character: 0)) == 0)
        #expect(mapper.offsets(LSPRange(start: Position(line: 0, character: 0), end: Position(line: 100, character: 0)))
                == 0..<text.scalarCount)
        // Any integer a client sends: a place in the text, not a crash.
        #expect(mapper.offset(Position(line: .max, character: 0)) == text.scalarCount)
        #expect(mapper.offset(Position(line: .min, character: .max)) == 0)
        #expect(mapper.offset(Position(line: 0, character: .max)) == 4)
        #expect(mapper.offset(Position(line: 1, character: -5)) == 6)
    }

    @Test func insideACharacterMeansItsStart() {
        #expect(PositionMapper(text: text, unit: .utf16).offset(Position(line: 0, character: 3)) == 2)
        #expect(PositionMapper(text: text, unit: .utf8).offset(Position(line: 0, character: 6)) == 2)
    }
}
