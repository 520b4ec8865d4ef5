import DutyProtocol
import Foundation
import Testing

/// A listing is written by hand in the daemon and re-indented without decoding in `dutyctl`:
/// both must give the bytes `JSONEncoder` gives.
@Suite("Alert listings written and re-indented without JSONEncoder")
struct AlertListingJSONTests {
    /// Every character `JSONEncoder` escapes or might, Chinese, an emoji and a slash.
    static let awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\"\\/\u{7F} 日照市教育局 🚒 \u{2028}\u{2029} </script>"

    static let alerts = [
        AlertInfo(
            id: 7, kind: "hazard_overdue", risk: "major", state: "acknowledged", level: 2, topLevel: 3, unit: "rz-s01",
            unitName: awkward, subject: "hazard:H1", summary: "H1 整改逾期：" + awkward, raisedAt: "2026-10-01T08:00:00+08:00",
            nextEscalationAt: "2026-10-02T08:00:00+08:00", acknowledgedBy: "alice", acknowledgedAt: "2026-10-01T09:00:00+08:00",
            resolvedAt: nil,
            recipients: [RecipientInfo(id: "p1", name: "王伟", phone: "13900000001"), RecipientInfo(id: "p/2", name: awkward, phone: "")]),
        AlertInfo(
            id: -1, kind: "incident", risk: nil, state: "resolved", level: 0, topLevel: 0, unit: "rz", unitName: "",
            subject: "incident:I1", summary: "", raisedAt: "2026-10-01T08:00:00Z", nextEscalationAt: nil, acknowledgedBy: nil,
            acknowledgedAt: nil, resolvedAt: "2026-10-01T10:00:00Z", recipients: []),
    ]

    @Test("the framed reply is what VarlinkCoding.frame encodes", arguments: [0, 1, 2])
    func framedAsEncoded(count: Int) throws {
        let alerts = Array(Self.alerts.prefix(count))
        #expect(AlertsReply.frame(alerts) == (try VarlinkCoding.frame(VarlinkReply(parameters: AlertsReply(alerts: alerts)))))
    }

    @Test("re-indenting the compact form gives JSONEncoder's pretty form", arguments: [0, 1, 2])
    func reindentedAsPrettyPrinted(count: Int) throws {
        let reply = AlertsReply(alerts: Array(Self.alerts.prefix(count)))
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var pieces: [[UInt8]] = []
        JSONPrettyPrinter.reindent(Array(try compact.encode(reply))[...], pieceSize: 64) { pieces.append($0) }
        #expect(pieces.joined().elementsEqual(try pretty.encode(reply)))
        #expect(pieces.dropLast().allSatisfy { $0.count >= 64 })
    }

    @Test("other values re-indent as JSONEncoder prints them", arguments: [
        #"{"a":{},"b":[[],[1,2.5,-300]],"c":{"d":null,"e":true,"f":false,"g":"x,y:z]}"}}"#,
        #"[]"#, #"{}"#, #""s""#, "12",
    ])
    func otherValues(text: String) throws {
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try pretty.encode(try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))
        var output: [UInt8] = []
        JSONPrettyPrinter.reindent(Array(text.utf8)[...]) { output += $0 }
        #expect(String(decoding: output, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}
