import Foundation

/// What the duty and hazard engines ask of the alert book, as a value: they never change it themselves.
///
/// `DutyState` applies the requests of an outcome to its `AlertBook` (`AlertBook.apply`) right after
/// the engine that made them, so alerts are raised and ended in the order they were asked for.
public enum AlertRequest: Sendable, Equatable {
    /// Raise an alert at level 0, unless one of the same kind is open for the same subject.
    case raise(AlertRaise)
    /// End the open alerts of these kinds about `subject` (everyone they reached is told, by
    /// `ResolutionNoticePlanner`).
    case resolve(kinds: [AlertKind], subject: AlertSubject, actor: ActorIdentity, note: String)
    /// Add `note` to the open alert of kind `updating` about the raise's subject and tell its level,
    /// else raise: an officer missing check-in gets no second, parallel alert when also absent.
    case raiseOrUpdate(AlertRaise, updating: AlertKind, note: String)
}

/// An alert to raise: what it is about and who answers for it at level 0.
public struct AlertRaise: Sendable, Equatable {
    public var kind: AlertKind
    public var risk: RiskLevel?
    public var subject: AlertSubject
    public var unit: String
    public var summary: String
    public var contacts: SubjectContacts

    public init(kind: AlertKind, risk: RiskLevel?, subject: AlertSubject, unit: String, summary: String, contacts: SubjectContacts) {
        self.kind = kind
        self.risk = risk
        self.subject = subject
        self.unit = unit
        self.summary = summary
        self.contacts = contacts
    }
}

extension AlertBook {
    /// Carries out `requests` in order at `now` and returns the alert events they caused.
    public mutating func apply(_ requests: [AlertRequest], now: Date, configuration: Configuration) -> [AlertEvent] {
        requests.flatMap { request -> [AlertEvent] in
            switch request {
            case .raise(let raise):
                return self.raise(
                    kind: raise.kind, risk: raise.risk, subject: raise.subject, unit: raise.unit, summary: raise.summary,
                    contacts: raise.contacts, now: now, configuration: configuration
                ).events
            case .resolve(let kinds, let subject, let actor, let note):
                return resolveOpen(kinds: kinds, subject: subject, actor: actor, note: note, now: now)
            case .raiseOrUpdate(let raise, let kind, let note):
                if let open = openAlert(kind: kind, subject: raise.subject) { return update(open.id, note: note, now: now, configuration: configuration) }
                return apply([.raise(raise)], now: now, configuration: configuration)
            }
        }
    }

    /// Ends the open alerts of `kinds` about `subject`; returns their events.
    public mutating func resolveOpen(kinds: [AlertKind], subject: AlertSubject, actor: ActorIdentity, note: String, now: Date) -> [AlertEvent] {
        kinds.compactMap { openAlert(kind: $0, subject: subject) }.flatMap { alert in
            (try? resolve(id: alert.id, actor: actor, note: note, now: now)) ?? []
        }
    }
}
