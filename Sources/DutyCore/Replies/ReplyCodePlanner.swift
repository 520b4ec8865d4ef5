/// Gives every alert SMS a reply code: a notification through a `command` channel to a person
/// with a mobile gets the person's code for the alert; every SMS is kept within `SMSText.limit`.
public struct ReplyCodePlanner: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Alert `notifications` with a reply code on each SMS, and the codes newly issued (stored with them).
    public func stamp(_ notifications: [OutboundNotification], book: inout ReplyCodeBook) -> (notifications: [OutboundNotification], issued: [ReplyCode]) {
        var issued: [ReplyCode] = []
        let stamped = notifications.map { notification -> OutboundNotification in
            guard notification.alertID != 0, isSMS(notification) else { return notification }
            let (code, isNew) = book.issue(person: notification.recipient, alertID: notification.alertID, now: notification.createdAt)
            if isNew { issued.append(code) }
            var stamped = notification
            stamped.fields["reply_code"] = String(code.code)
            stamped.text = SMSText.fitted(notification.text, suffix: "（\(code.instruction)）", keeping: link(of: notification))
            return stamped
        }
        return (stamped, issued)
    }

    /// `notifications` with each SMS kept within `SMSText.limit`, without a code (nothing to answer).
    public func fit(_ notifications: [OutboundNotification]) -> [OutboundNotification] {
        notifications.map { notification in
            guard isSMS(notification) else { return notification }
            var fitted = notification
            fitted.text = SMSText.fitted(notification.text, keeping: link(of: notification))
            return fitted
        }
    }

    /// The action link the notification names, kept whole when its text is shortened.
    private func link(of notification: OutboundNotification) -> String? {
        notification.fields[ActionLinkText.subjectField] == nil ? nil : notification.fields["ack"]
    }

    /// Whether the notification goes out as an SMS: a command channel to a person with a mobile.
    public func isSMS(_ notification: OutboundNotification) -> Bool {
        guard configuration.person(notification.recipient)?.mobile != nil else { return false }
        return configuration.channels.first { $0.id == notification.channel }?.type == .command
    }
}
