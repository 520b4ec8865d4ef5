import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// The outbox methods of `io.dutyd`: list, requeue, and test a channel.
enum OutboxMethods {
    /// The listing, on a background queue: the database, and the clock of the configuration as last published.
    static func outbox(_ request: OutboxRequest, _ daemon: Daemon) -> Result<OutboxReply, VarlinkError> {
        let states: Set<OutboxEntry.State>
        switch request.state {
        case nil: states = [.pending, .dead]
        case "all": states = Set(OutboxEntry.State.allCases)
        case let text?:
            guard let state = OutboxEntry.State(rawValue: text) else {
                return .failure(.invalidValue("state", phrase: Phrase("value.outboxState")))
            }
            states = [state]
        }
        do {
            let clock = daemon.published.clock
            return .success(OutboxReply(notifications: try daemon.store.outbox(states: states, limit: 1_000).map { info($0, clock) }))
        } catch {
            return .failure(.storageFailed("reading the outbox", cause: error))
        }
    }

    static func retry(_ request: NotificationIDRequest, _ daemon: isolated Daemon) -> Result<NotificationReply, VarlinkError> {
        do {
            guard try daemon.store.requeue(request.id, at: Date.nowToTheMillisecond()),
                let entry = try daemon.store.outboxEntry(request.id)
            else { return .failure(.notificationNotFound(request.id)) }
            daemon.outbox.rescan()
            return .success(NotificationReply(notification: info(entry, daemon.loaded.clock)))
        } catch {
            return .failure(
                StorageUnavailable(error).map { .storageUnavailable(cause: $0.cause, database: daemon.store.path) }
                    ?? .storageFailed("requeueing notification \(request.id)", cause: error))
        }
    }

    /// The person a test message goes to: the one named, else the first reached by the channel.
    static func testRecipient(_ request: NotifyTestRequest, _ configuration: Configuration) -> Result<Person, VarlinkError> {
        guard request.channel == ChannelDefinition.journalID || configuration.channels.contains(where: { $0.id == request.channel }) else {
            return .failure(.invalidValue("channel", phrase: Phrase("value.unknownChannel", request.channel, configuration.channels.map(\.id).joined(separator: ", "))))
        }
        if let id = request.person {
            guard let person = configuration.people.first(where: { $0.id == id || $0.name == id }) else {
                return .failure(.invalidValue("person", phrase: Phrase("value.unknownPerson", id)))
            }
            return .success(person)
        }
        guard let person = configuration.people.first(where: { $0.channels.contains(request.channel) }) ?? configuration.people.first else {
            return .failure(.invalidValue("person", phrase: Phrase("value.nobodyReached", request.channel)))
        }
        return .success(person)
    }

    static func info(_ entry: OutboxEntry, _ clock: WallClock) -> OutboxNotificationInfo {
        let notification = entry.notification
        return OutboxNotificationInfo(
            id: entry.id, key: notification.key, alert: notification.alertID, level: notification.level, recipient: notification.recipient,
            channel: notification.channel, text: notification.text, state: entry.state.rawValue, attempts: entry.attempts,
            createdAt: clock.iso8601(notification.createdAt), nextAttemptAt: entry.state == .pending ? clock.iso8601(entry.nextAttemptAt) : nil,
            deliveredAt: entry.deliveredAt.map(clock.iso8601), deadAt: entry.deadAt.map(clock.iso8601), lastError: entry.lastError)
    }
}
