import DutyProtocol
import Testing

/// The daemon writes these replies by hand; clients and tests compare them with what `JSONEncoder` writes.
@Suite("Replies written without JSONEncoder")
struct ReplyWriterTests {
    static let awkward = "引号\" 反斜杠\\ 斜杠/ 换行\n 回车\r 制表\t \u{08}\u{0C}\u{01}\u{1F} 🚒"

    static let alerts = [
        AlertInfo(
            id: 42, kind: "incident", risk: "major", state: "acknowledged", level: 1, topLevel: 3, unit: "rz-yz", unitName: "日照一中",
            subject: "incident:42", summary: awkward, raisedAt: "2026-10-01T08:00:00+08:00", nextEscalationAt: "2026-10-01T08:30:00+08:00",
            acknowledgedBy: "root", acknowledgedAt: "2026-10-01T08:05:00+08:00", resolvedAt: nil,
            recipients: [RecipientInfo(id: "wang", name: "王老师", phone: "13800000000"), RecipientInfo(id: "a/b", name: awkward, phone: "")]),
        AlertInfo(
            id: -1, kind: "overdue", risk: nil, state: "resolved", level: 0, topLevel: 0, unit: "u", unitName: "",
            subject: "", summary: "", raisedAt: "", nextEscalationAt: nil, acknowledgedBy: nil, acknowledgedAt: nil,
            resolvedAt: "2026-10-02T08:00:00+08:00", recipients: []),
    ]

    @Test("an acknowledgement's reply is JSONEncoder's, byte for byte", arguments: alerts)
    func alertReply(alert: AlertInfo) throws {
        let reply = AlertReply(alert: alert)
        #expect(reply.framedReply() == (try VarlinkCoding.frame(VarlinkReply(parameters: reply))))
    }

    @Test("a report's reply is JSONEncoder's, byte for byte", arguments: alerts)
    func reportReply(alert: AlertInfo) throws {
        let reply = ReportReply(incident: "rz-yz-20261001-1/\(Self.awkward)", alert: alert)
        #expect(reply.framedReply() == (try VarlinkCoding.frame(VarlinkReply(parameters: reply))))
    }
}
