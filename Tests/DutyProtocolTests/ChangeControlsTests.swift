import DutyProtocol
import Foundation
import Testing

@Suite("Change controls")
struct ChangeControlsTests {
    @Test("a controlled change carries idempotency_key and not_after beside the method's own members")
    func encoding() throws {
        let change = ControlledChange(
            AlertActionRequest(id: 17, note: "已派人"), controls: ChangeControls(idempotencyKey: "k1", notAfter: "2026-10-01T00:00:01.250Z"))
        let text = String(decoding: try VarlinkCoding.frame(change).dropLast(), as: UTF8.self)
        #expect(text == #"{"id":17,"idempotency_key":"k1","not_after":"2026-10-01T00:00:01.250Z","note":"已派人"}"#)
        #expect(try VarlinkCoding.decode(ChangeControls.self, from: Array(text.utf8)) == change.controls)
        #expect(try VarlinkCoding.decode(ChangeControls.self, from: Array(#"{"id":17,"idempotency_key":"k1"}"#.utf8)) == ChangeControls(idempotencyKey: "k1"))
        #expect((try? VarlinkCoding.decode(ChangeControls.self, from: Array(#"{"idempotency_key":1}"#.utf8))) == nil)
    }

    @Test("not_after is read with or without fractional seconds; anything else and over-long keys name the parameter")
    func validation() throws {
        let fraction = try ChangeControls(notAfter: "2026-10-01T00:00:01.250Z").deadline().get()
        #expect(fraction == Date(timeIntervalSince1970: 1_790_812_801.25))
        #expect(try ChangeControls(notAfter: "2026-10-01T08:00:01+08:00").deadline().get() == Date(timeIntervalSince1970: 1_790_812_801))
        #expect(try ChangeControls().deadline().get() == nil)
        guard case .failure(let error) = ChangeControls(notAfter: "tomorrow").deadline() else { Issue.record("accepted"); return }
        #expect(error.parameters["parameter"] == .string("not_after"))
        #expect((try? ChangeControls(idempotencyKey: String(repeating: "k", count: 129)).validKey().get()) == nil)
        #expect((try? ChangeControls(idempotencyKey: "").validKey().get()) == nil)
        #expect(try ChangeControls(idempotencyKey: "k").validKey().get() == "k")
    }
}
