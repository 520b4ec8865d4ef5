import Foundation

extension DutyState {
    /// An SMS reply from `phone`: acknowledges or resolves the code's alert as the person (`via sms`),
    /// or changes nothing and says why, with a `reply_refused` journal entry.
    mutating func reply(from phone: String, text: String, now: Date) -> (StateChange, CommandReply, [JournalEntry]) {
        do throws(ReplyRefusal) {
            let (person, reply, code) = try match(from: phone, text: text)
            let actor = ActorIdentity.sms(ActorPerson(person))
            let note = "短信回复“\(text.trimmingSpaces)”"
            let configuration = configuration
            let events: [AlertEvent]
            do throws(AlertCommandError) {
                switch reply.action {
                case .acknowledge: events = try alerts.acknowledge(id: code.alertID, actor: actor, note: note, now: now, configuration: configuration)
                case .resolve: events = try alerts.resolve(id: code.alertID, actor: actor, note: note, now: now)
                }
            } catch {
                switch error {
                case .alreadyAcknowledged(_, let by, _): throw .alreadyAcknowledged(code.code, alert: code.alertID, by: by.map(ResolutionNoticePlanner.resolver) ?? "他人")
                default: throw .stale(code.code, alert: code.alertID)
                }
            }
            let alert = alerts.alerts[code.alertID]!
            return (StateChange(alerts: [alert], events: events), .reply(.accepted(alert, reply, person: person)), [])
        } catch {
            let entry = JournalEntry(
                .replyRefused, .notice, "SMS reply from \(phone) refused: \(error)", fields: ["phone": phone, "reply_text": text, "answer": error.answer])
            return (StateChange(), .reply(.refused(error)), [entry])
        }
    }

    /// The person who sent `text` from `phone`, what it asks, and the code it names.
    private func match(from phone: String, text: String) throws(ReplyRefusal) -> (Person, SMSReply, ReplyCode) {
        guard let number = try? PhoneNumber(parsing: phone), number.kind == .mobile else { throw .unknownSender(phone) }
        let senders = configuration.people.filter { $0.mobile == number.text }
        guard let person = senders.first else { throw .unknownSender(number.text) }
        guard senders.count == 1 else { throw .ambiguousSender(number.text, people: senders.map(\.id)) }
        guard let reply = SMSReply(parsing: text) else { throw .unreadable(text) }
        guard let code = replyCodes.code(reply.code, of: person.id) else { throw .unknownCode(reply.code) }
        guard alerts.alerts[code.alertID]?.state != .resolved else { throw .stale(code.code, alert: code.alertID) }
        return (person, reply, code)
    }
}
