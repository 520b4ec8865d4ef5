import DutyCore
import DutyPhrases
import DutyProtocol
import Foundation

/// The roster filing methods of `io.dutyd`: file a unit's holiday roster (报备) and list who has.
enum FilingMethods {
    static func file(_ request: FileRosterRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<FileRosterReply, VarlinkError> {
        daemon.run(.fileRoster(unit: request.unit, period: request.period, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .filing(let filing) = reply else { preconditionFailure("FileRoster replies with its filing") }
                return FileRosterReply(filing: info(filing, daemon))
            }
    }

    static func filings(_ request: RosterFilingsRequest, _ daemon: isolated Daemon) -> Result<RosterFilingsReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let clock = daemon.loaded.clock
        if let unit = request.unit, configuration.tree[unit] == nil { return .failure(.unknownUnit(unit)) }
        let period: HolidayPeriod
        do throws(FilingCommandError) {
            period = try FilingBook.period(request.period, now: daemon.clock.wall(), configuration: configuration)
        } catch {
            return .failure(.dutyRefused(error.phrase))
        }
        let units = FilingBook.units(configuration).filter { unit in request.unit.map { configuration.tree.isWithin(unit, ancestor: $0) } ?? true }
        let filings = units.map { daemon.state.filings.filing(unit: $0, period: period.name) ?? RosterFiling(unit: $0, period: period.name) }
        return .success(RosterFilingsReply(
            period: period.name, deadline: FilingBook.deadline(period, configuration).map(clock.iso8601), filings: filings.map { info($0, daemon) }))
    }

    private static func info(_ filing: RosterFiling, _ daemon: isolated Daemon) -> RosterFilingInfo {
        let clock = daemon.loaded.clock
        return RosterFilingInfo(
            unit: filing.unit, unitName: daemon.loaded.configuration.tree[filing.unit]?.name ?? filing.unit, period: filing.period,
            filedAt: filing.filedAt.map(clock.iso8601), filedBy: filing.filedBy?.description, missedAt: filing.missedAt.map(clock.iso8601))
    }
}
