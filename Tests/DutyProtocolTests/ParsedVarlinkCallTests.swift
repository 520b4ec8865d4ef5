import DutyProtocol
import Foundation
import Testing

/// The daemon reads calls with `ParsedVarlinkCall` and falls back to `JSONDecoder` whenever it
/// returns nil, so that error replies keep `JSONDecoder`'s wording: it must never accept what
/// `JSONDecoder` refuses, nor read a value differently.
@Suite("Varlink calls read without JSONDecoder")
struct ParsedVarlinkCallTests {
    @Test("a call reads its method, flags and parameters once", arguments: [
        (#"{"method":"io.dutyd.Status"}"#, "io.dutyd.Status", false, false, [:]),
        (#"{"method":"io.dutyd.Watch","more":true,"oneway":null,"parameters":null}"#, "io.dutyd.Watch", false, true, [:]),
        (#"{"oneway":true,"method":"io.dutyd.Acknowledge","parameters":{"id":7}}"#, "io.dutyd.Acknowledge", true, false, ["id": JSONValue.number(7)]),
    ] as [(String, String, Bool, Bool, [String: JSONValue])])
    func readsCall(text: String, method: String, oneway: Bool, more: Bool, parameters: [String: JSONValue]) throws {
        let call = try #require(try ParsedVarlinkCall(Array(text.utf8)))
        #expect(call.method == method)
        #expect(call.oneway == oneway)
        #expect(call.more == more)
        #expect(call.parameters == parameters)
    }

    @Test("whatever JSONDecoder refuses as a call header is left to it", arguments: [
        "", "this is not json", "[]", "42", #"{"parameters": {}}"#, #"{"method": 42}"#, #"{"method": null}"#,
        #"{"method": "io.dutyd.Status", "oneway": 1}"#, #"{"method": "io.dutyd.Status", "more": "yes"}"#, #"{"method": "x"} y"#,
    ])
    func leavesMalformedHeaders(text: String) throws {
        #expect(throws: (any Error).self) { try VarlinkCoding.decode(VarlinkCallHeader.self, from: Array(text.utf8)) }
        #expect(try ParsedVarlinkCall(Array(text.utf8)) == nil)
    }

    @Test("parameters that are not an object are left to JSONDecoder", arguments: [#"5"#, #""x""#, "[]", "true"])
    func leavesNonObjectParameters(parameters: String) throws {
        let call = try #require(try ParsedVarlinkCall(Array(#"{"method":"io.dutyd.Status","parameters":\#(parameters)}"#.utf8)))
        #expect(call.parameters == nil)
    }
}
