import DutyCore
import Logging

extension OutboxWorker {
    /// One queue per configured channel and the journal, keeping what is in flight and the rate
    /// windows of those in `old` that stay; `others` names channels that may still have notifications.
    static func channels(
        for configuration: Configuration, secrets: SecretStore, logger: Logger, keeping old: [String: ChannelQueue], also others: Set<String>
    ) -> [String: ChannelQueue] {
        var fresh: [String: ChannelQueue] = [:]
        for definition in [builtInLimits(ChannelDefinition.journalID)] + configuration.channels {
            fresh[definition.id] = ChannelQueue(limits: definition, sender: sender(for: definition, secrets: secrets, logger: logger))
        }
        for id in others where fresh[id] == nil {
            fresh[id] = ChannelQueue(limits: builtInLimits(id))
        }
        for (id, queue) in old {
            fresh[id]?.inFlight = queue.inFlight
            fresh[id]?.window = queue.window
            fresh[id]?.highestRead = queue.highestRead
        }
        return fresh
    }

    /// The limits of the built-in journal, and of a channel no longer configured (its notifications fail and are retried).
    private static func builtInLimits(_ id: String) -> ChannelDefinition {
        ChannelDefinition(id: id, target: .command(argv: []), timeout: .seconds(5), concurrency: 16, ratePerMinute: 6_000, maxAttempts: 3)
    }

    private static func sender(for definition: ChannelDefinition, secrets: SecretStore, logger: Logger) -> ChannelSender? {
        if definition.id == ChannelDefinition.journalID { return JournalSender(logger: logger) }
        switch definition.target {
        case .command(let argv): return CommandSender(argv: argv, timeout: definition.timeout)
        case .webhook(let format, let url, let signing):
            return WebhookSender(format: format, urlSecret: url, signingSecret: signing, timeout: definition.timeout, concurrency: definition.concurrency, secrets: secrets)
        case .email(let sendmail, let from): return EmailSender(sendmail: sendmail, from: from, timeout: definition.timeout)
        }
    }
}

/// The journal fields of a notification's entries.
enum NotificationFields {
    static func of(_ notification: OutboundNotification) -> [String: String] {
        [
            "alert": "\(notification.alertID)", "level": "\(notification.level)", "recipient": notification.recipient,
            "channel": notification.channel, "notification": notification.key,
        ]
    }
}

/// The built-in `journal` channel: every notification is also a journal entry.
struct JournalSender: BlockingChannelSender {
    let logger: Logger

    func send(_ notification: OutboundNotification, to person: Person?) throws(DeliveryError) -> String {
        logger.journal(
            .notificationSent, .notice, "notify \(person?.name ?? notification.recipient) (\(person?.phone ?? "")): \(notification.text)",
            fields: NotificationFields.of(notification))
        return "written to the journal"
    }
}
