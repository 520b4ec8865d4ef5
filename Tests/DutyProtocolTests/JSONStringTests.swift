import DutyProtocol
import Foundation
import Testing

@Suite("JSON strings written by hand")
struct JSONStringTests {
    static let awkward = ["", "wang", "引号\" 反斜杠\\ 斜杠/", "换行\n 回车\r 制表\t \u{08}\u{0C}\u{01}\u{1F} 🚒"]

    @Test("an array of strings is JSONEncoder's text, byte for byte")
    func array() throws {
        for strings in [[], ["wang"], Self.awkward] {
            #expect(JSONString.array(strings) == String(decoding: try JSONEncoder().encode(strings), as: UTF8.self))
        }
    }

    @Test("an object of strings is JSONEncoder's text with sorted keys, byte for byte")
    func object() throws {
        let members = Dictionary(uniqueKeysWithValues: Self.awkward.enumerated().map { ("k\($0.offset)/\($0.element)", $0.element) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(JSONString.object(members) == String(decoding: try encoder.encode(members), as: UTF8.self))
        #expect(JSONString.object([:]) == "{}")
    }
}
