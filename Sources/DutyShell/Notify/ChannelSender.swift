import DutyCore
import Foundation

/// Hands one notification to one channel; completes with the channel's answer once it accepted
/// it, or with the reason it did not.
protocol ChannelSender: Sendable {
    /// Delivers without waiting and calls `completion` once; blocking senders run on `queue`.
    func deliver(
        _ notification: OutboundNotification, to person: Person?, on queue: DispatchQueue,
        completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void)
}

/// A channel whose delivery blocks a thread until it is done (a child process, the journal).
protocol BlockingChannelSender: ChannelSender {
    /// Returns normally when the channel accepted the notification.
    func send(_ notification: OutboundNotification, to person: Person?) throws(DeliveryError) -> String
}

extension BlockingChannelSender {
    func deliver(
        _ notification: OutboundNotification, to person: Person?, on queue: DispatchQueue,
        completion: @escaping @Sendable (Result<String, DeliveryError>) -> Void
    ) {
        queue.async { completion(Result { () throws(DeliveryError) in try send(notification, to: person) }) }
    }
}

/// The notification as JSON: its key and text plus its fields.
enum NotificationJSON {
    static func body(_ notification: OutboundNotification) -> [String: String] {
        notification.fields.merging([
            "key": notification.key, "alert": String(notification.alertID), "level": String(notification.level),
            "recipient": notification.recipient, "channel": notification.channel, "text": notification.text,
        ]) { $1 }
    }

    static func encoded(_ object: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(object)) ?? Data())
    }
}

/// `command` channels: the site's program (an SMS gateway client, say) gets the notification as
/// JSON on stdin and its main fields as `DUTYD_*` environment variables; exit status 0 means delivered.
struct CommandSender: BlockingChannelSender {
    let argv: [String]
    let timeout: Duration

    func send(_ notification: OutboundNotification, to person: Person?) throws(DeliveryError) -> String {
        var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"]
        for (key, value) in NotificationJSON.body(notification) {
            environment["DUTYD_" + key.uppercased()] = value
        }
        let outcome = try ChildProcess.run(argv, input: NotificationJSON.encoded(NotificationJSON.body(notification)), environment: environment, timeout: timeout)
        guard outcome.status == 0 else {
            throw DeliveryError("\(argv[0]) exited with status \(outcome.status)" + (outcome.errorOutput.isEmpty ? "" : ": \(outcome.errorOutput)"))
        }
        return "\(argv[0]) exited 0"
    }
}

/// `email` channels: a plain-text UTF-8 message through the local `sendmail -t`.
struct EmailSender: BlockingChannelSender {
    let sendmail: String
    let from: String
    let timeout: Duration

    func send(_ notification: OutboundNotification, to person: Person?) throws(DeliveryError) -> String {
        guard let address = person?.email else { throw DeliveryError("\(notification.recipient) has no email address") }
        let subject = "=?UTF-8?B?" + Data("dutyd：\(notification.fields["unit"] ?? "") \(notification.fields["kind"] ?? "")".utf8).base64EncodedString() + "?="
        let message = [
            "From: \(from)", "To: \(address)", "Subject: \(subject)", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "X-Dutyd-Key: \(notification.key)", "",
            Data(notification.text.utf8).base64EncodedString(options: .lineLength76Characters), "",
        ].joined(separator: "\r\n")
        let outcome = try ChildProcess.run([sendmail, "-t", "-i"], input: Array(message.utf8), environment: ["PATH": "/usr/sbin:/usr/bin:/bin"], timeout: timeout)
        guard outcome.status == 0 else { throw DeliveryError("\(sendmail) exited with status \(outcome.status): \(outcome.errorOutput)") }
        return "handed to \(sendmail) for \(address)"
    }
}
