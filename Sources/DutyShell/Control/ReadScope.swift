import DutyCore
import DutyProtocol
import Logging

/// A read request naming the unit whose subtree it reads (nil: the whole tree). Under
/// `[daemon] scoped_reads` it is confined to the caller's `[[admins]]` units.
protocol UnitScopedRead: Codable, Sendable {
    var unit: String? { get set }
}

extension AlertsRequest: UnitScopedRead {}
extension OnCallRequest: UnitScopedRead {}
extension RosterRequest: UnitScopedRead {}
extension SwapsRequest: UnitScopedRead {}
extension RosterFilingsRequest: UnitScopedRead {}
extension RosterHoursRequest: UnitScopedRead {}
extension DailyReportRequest: UnitScopedRead {}
extension HazardsRequest: UnitScopedRead {}
extension SummaryRequest: UnitScopedRead {}

/// Who reads what under `[daemon] scoped_reads`: root and the admin group everything, a member
/// of `[[admins]]` groups the subtrees of their units, anyone else nothing but the status and the
/// tree. Refusals are `PermissionDenied` (dutyctl exits 4), logged as a refused change is.
struct ReadScope {
    let configuration: Configuration
    let logger: Logger

    /// The units `peer` may read: nil for all (reads not scoped, root, the admin group), else the
    /// tops of the subtrees of its `[[admins]]` groups, empty when it is in none.
    func roots(of peer: PeerCredentials) -> [String]? {
        guard configuration.daemon.scopedReads, !peer.isAdmin(adminGroup: configuration.daemon.adminGroup) else { return nil }
        return peer.scope(in: configuration.admins) ?? []
    }

    /// The unit `peer` reads for `unit`: itself when within its scope, its one unit when nil; else refused.
    func confine(_ unit: String?, for peer: PeerCredentials, method: String) -> Result<String?, VarlinkError> {
        guard let roots = roots(of: peer) else { return .success(unit) }
        if let unit, within(unit, roots) { return .success(unit) }
        if unit == nil, roots.count == 1 { return .success(roots[0]) }
        return .failure(refuse(method, to: peer, roots: roots))
    }

    /// `parameters` with their unit confined to what `peer` may read (`confine`).
    func confined<Parameters: UnitScopedRead>(_ parameters: Parameters, for peer: PeerCredentials, method: String) -> Result<Parameters, VarlinkError> {
        confine(parameters.unit, for: peer, method: method).map { unit in
            var confined = parameters
            confined.unit = unit
            return confined
        }
    }

    /// Nil when `peer` may read an item of `unit` (nil: no such item, which the method answers), else the refusal.
    func refusal(ofItemAt unit: String?, for peer: PeerCredentials, method: String) -> VarlinkError? {
        guard let roots = roots(of: peer), let unit, !within(unit, roots) else { return nil }
        return refuse(method, to: peer, roots: roots)
    }

    /// Nil when `peer` may call a read of everything (the outbox, the audit, Watch), else the refusal.
    func refusalOfWhole(for peer: PeerCredentials, method: String) -> VarlinkError? {
        roots(of: peer).map { refuse(method, to: peer, roots: $0) }
    }

    private func within(_ unit: String, _ roots: [String]) -> Bool {
        roots.contains { configuration.tree.isWithin(unit, ancestor: $0) }
    }

    private func refuse(_ method: String, to peer: PeerCredentials, roots: [String]) -> VarlinkError {
        let units = roots.isEmpty ? "none" : roots.joined(separator: ", ")
        logger.journal(
            .controlRequestRejected, .notice,
            "refused \(method) to \(peer.userName) (uid \(peer.uid)): scoped_reads lets it read only its [[admins]] units (\(units))",
            fields: ["actor": peer.userName])
        return .permissionDenied
    }
}

extension Daemon {
    /// Reads as the running configuration scopes them.
    var readScope: ReadScope { ReadScope(configuration: loaded.configuration, logger: logger) }
}
