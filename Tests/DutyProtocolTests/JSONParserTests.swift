import DutyProtocol
import Foundation
import Testing

@Suite("JSON parsing without JSONDecoder")
struct JSONParserTests {
    @Test("well-formed texts read the same as with JSONDecoder", arguments: [
        #"{"a": [1, -2.5, 3e2, 0, -0.125E-1], "b": {"c": null, "d": true, "e": false}, "f": ""}"#,
        #" [ "quote \" backslash \\ slash \/ controls \b\f\n\r\t" ] "#,
        #"["\u00e9\u4E2D\ud83d\ude00", "日照市教育局 🚒", "\u0000"]"#,
        #"{"version":"0.1.0","pid":23502,"units":11,"next_check":"2026-11-29T17:29:01+08:00"}"#,
        "[]", "{}", "12", #""x""#, "null",
    ])
    func agreesWithJSONDecoder(text: String) throws {
        let expected = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(try JSONValue(parsing: Array(text.utf8)) == expected)
    }

    @Test("malformed texts are refused", arguments: [
        "", " ", "{", "[1,]", "[1 2]", #"{"a" 1}"#, #"{"a":1,}"#, "{a:1}", "01", "-", "1.", ".5", "1e", "+1",
        "tru", "nul", #""unterminated"#, "\"tab\there\"", #""\x""#, #""\u12""#, #""\ud83d""#, #""\udc00""#,
        "[1] x", "NaN",
    ])
    func refusesMalformed(text: String) {
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue(parsing: Array(text.utf8)) }
    }

    @Test("strings that are not UTF-8 are refused, with escapes or without")
    func refusesInvalidUTF8() throws {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0x61, 0xC3, 0x22], [0x22, 0x5C, 0x6E, 0xFF, 0x22]] {
            #expect(throws: JSONValue.SyntaxError.self) { try JSONValue(parsing: bytes) }
        }
        #expect(try JSONValue(parsing: Array("\"日照\\n一中\"".utf8)) == .string("日照\n一中"))
    }

    @Test("a status reply reads back by hand as it was encoded, and not with a field missing")
    func statusReplyByHand() throws {
        let reply = StatusReply(
            version: "0.1.0", pid: 42, startedAt: "2026-10-01T08:00:00+08:00", configFile: "/etc/dutyd/dutyd.toml",
            configLoadedAt: "2026-10-01T08:00:01+08:00", timeZone: "Asia/Shanghai", stateDatabase: "/var/lib/dutyd/state.sqlite",
            units: 11, people: 25, policies: 8, openAlerts: 3, nextCheck: "2026-10-01T08:01:00+08:00",
            pendingNotifications: 2, deadNotifications: 1)
        let framed = try VarlinkCoding.frame(VarlinkReply(parameters: reply))
        guard case .object(let message) = try JSONValue(parsing: Array(framed.dropLast())),
            case .object(var parameters)? = message["parameters"]
        else {
            Issue.record("the framed reply is not an object with parameters")
            return
        }
        #expect(StatusReply(json: parameters) == reply)
        parameters["pid"] = .string("42")
        #expect(StatusReply(json: parameters) == nil)
        parameters["pid"] = nil
        #expect(StatusReply(json: parameters) == nil)
    }

    @Test("nesting is read to 64 levels and refused beyond, however deep the text goes")
    func nestingLimit() throws {
        let arrays = { (depth: Int) in Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8) }
        #expect(try JSONValue(parsing: arrays(64)) != .null)
        for depth in [65, 75_000] {
            #expect(throws: JSONValue.SyntaxError(offset: 64, problem: .tooDeep)) { try JSONValue(parsing: arrays(depth)) }
        }
        let objects = Array((String(repeating: #"{"a":"#, count: 60_000) + "1" + String(repeating: "}", count: 60_000)).utf8)
        #expect(throws: JSONValue.SyntaxError(offset: 64 * 5, problem: .tooDeep)) { try JSONValue(parsing: objects) }
    }

    @Test("an object that repeats a key is refused, at the second one")
    func duplicateKeys() {
        let text = #"{"method": "io.dutyd.Status", "method": "io.dutyd.Reload"}"#
        #expect(throws: JSONValue.SyntaxError(offset: 30, problem: .duplicateKey("method"))) { try JSONValue(parsing: Array(text.utf8)) }
        #expect(throws: JSONValue.SyntaxError.self) { try ParsedVarlinkCall(Array(text.utf8)) }
    }
}
