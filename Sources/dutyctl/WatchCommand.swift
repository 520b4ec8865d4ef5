import ArgumentParser
import DutyProtocol
import Glibc

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `dutyctl watch`: alert transitions as they happen.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: tr("Print alert transitions as they happen, until interrupted."),
        discussion: """
            One line per transition: raised, escalated, re-notified, acknowledged, not resolved in \
            time, resolved. With --json, one JSON object per line (the Event type of io.dutyd).

            Examples:
              dutyctl watch
              dutyctl watch --json | tee -a /var/log/dutyd-events.jsonl
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try global.connect().stream(DutydInterface.watch, NoParameters(), returning: WatchReply.self) { reply in
            guard let event = reply.event else { return }
            let line = global.json ? String(decoding: try encoder.encode(event), as: UTF8.self) : Self.line(event)
            let bytes = Array((line + "\n").utf8)
            _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
    }

    /// `2026-10-01T08:30:00+08:00  #3 escalated L1/3  东港区实验小学  配电箱冒烟  → 孙立新`.
    static func line(_ event: EventInfo) -> String {
        let alert = event.alert
        let action = Vocabulary.actions.show(event.action)
        var text = "\(event.time)  #\(alert.id) \(action) L\(event.level)/\(alert.topLevel)  \(alert.unitName)  \(alert.summary)"
        switch event.action {
        case "acknowledged", "resolved": text += "  " + tr("by {0}", event.actor)
        default: text += "  → " + (event.recipients.isEmpty ? tr("nobody") : event.recipients.joined(separator: ", "))
        }
        if let note = event.note, event.action != "raised" { text += "  (\(note))" }
        return text
    }
}
