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

    static let actionParameters = [
        "{}", #"{"id": 12}"#, #"{"id": 12, "note": "已到场"}"#, #"{"id": 12, "note": null}"#, #"{"id": -3, "extra": [1]}"#,
        #"{"id": "12"}"#, #"{"id": null}"#, #"{"id": 1.5}"#, #"{"id": 1e30}"#, #"{"id": 12, "note": 5}"#,
        #"{"id": 9007199254740993}"#, #"{"id": 9007199254740991}"#, #"{"id": 1.0}"#, #"{"id": 4503599627370496.5}"#,
        #"{"id": 1.0000000000000000001}"#, #"{"id": 12e0}"#, #"{"id": -0}"#,
    ]

    @Test("Acknowledge's parameters read as JSONDecoder reads them, or are left to it", arguments: actionParameters)
    func actionRequest(text: String) throws {
        try expectAgreement(AlertActionRequest.self, text)
        try expectAgreement(AlertIDRequest.self, text)
    }

    @Test("Report's parameters read as JSONDecoder reads them, or are left to it", arguments: [
        #"{"unit": "rz-yz", "summary": "漏水"}"#, #"{"unit": "rz-yz", "summary": "漏水", "severity": "major"}"#,
        #"{"unit": "rz-yz", "summary": "漏水", "severity": null}"#, #"{"unit": "rz-yz"}"#, #"{"unit": 1, "summary": "x"}"#,
        #"{"unit": "rz-yz", "summary": "x", "severity": 2}"#, "{}",
    ])
    func reportRequest(text: String) throws {
        try expectAgreement(ReportRequest.self, text)
    }

    private func expectAgreement<Parameters: Decodable & Equatable & ParsedParameters>(_ type: Parameters.Type, _ text: String) throws {
        guard case .object(let object) = try JSONValue(parsing: Array(text.utf8)) else {
            Issue.record("\(text) is not an object")
            return
        }
        let decoded = try? JSONDecoder().decode(type, from: Data(text.utf8))
        if let read = Parameters(parsed: object) {
            #expect(read == decoded, "\(text)")
        } else {
            // Left to JSONDecoder: only where it is needed to name what is wrong, or for ids a Double cannot hold.
            #expect(decoded == nil || text.contains("9007199254740993"), "\(text)")
        }
    }
}
