import DutyCore
import DutyProtocol
import Foundation

/// The alerts of one `io.dutyd.Alerts` call, taken from the book on the daemon's queue and
/// presented and encoded off it, so that a long listing does not hold the daemon.
struct AlertListing: Sendable {
    let alerts: [Alert]
    let presenter: AlertPresenter

    /// The framed reply. Alerts of one kind and risk at one unit share their ladder and unit
    /// name, and alerts raised by one check their instants, so each is worked out once.
    func frame() -> [UInt8] {
        var places: [PlaceKey: AlertPresenter.Place] = [:]
        var times: [Date: String] = [:]
        let infos = alerts.lazy.map { alert in
            let key = PlaceKey(kind: alert.kind, risk: alert.risk, unit: alert.unit)
            let place: AlertPresenter.Place
            if let known = places[key] {
                place = known
            } else {
                place = presenter.place(of: alert)
                places[key] = place
            }
            return presenter.info(alert, at: place) { date in
                if let text = times[date] { return text }
                let text = presenter.clock.iso8601(date)
                times[date] = text
                return text
            }
        }
        return AlertsReply.frame(infos, capacity: alerts.count * 640)
    }

    private struct PlaceKey: Hashable {
        let kind: AlertKind
        let risk: RiskLevel?
        let unit: String
    }
}
