import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// The roster methods of `io.dutyd`: who is on duty, the roster and its gaps, check-ins and spot checks.
enum RosterMethods {
    static func onCall(_ request: OnCallRequest, _ daemon: isolated Daemon) -> Result<OnCallReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let clock = daemon.loaded.clock
        let now = Date.nowToTheMillisecond()
        var at = now
        if let text = request.at {
            guard let parsed = LocalTimeArgument.parse(text, clock: clock) else { return .failure(LocalTimeArgument.invalid("at", text)) }
            at = parsed
        }
        if let unit = request.unit, configuration.tree[unit] == nil { return .failure(.unknownUnit(unit)) }
        let shifts = configuration.roster.onDuty(at: at).filter { shift in request.unit.map { configuration.tree.isWithin(shift.unit, ancestor: $0) } ?? true }
        let presenter = presenter(daemon)
        return .success(OnCallReply(at: clock.iso8601(at), shifts: shifts.map { presenter.info($0, now: now) }))
    }

    static func roster(_ request: RosterRequest, _ daemon: isolated Daemon) -> Result<RosterReply, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let presenter = presenter(daemon)
        let now = Date.nowToTheMillisecond()
        return shifts(request, daemon).map { shifts, bounds in
            let gaps = RosterGaps.find(in: configuration, unit: request.unit)
                .filter { $0.start < bounds.1 && ($0.end > bounds.0 || $0.start >= bounds.0) }
                .map(presenter.info)
            return RosterReply(shifts: shifts.map { presenter.info($0, now: now) }, gaps: gaps)
        }
    }

    static func exportRoster(_ request: RosterRequest, _ daemon: isolated Daemon) -> Result<ExportLedgerReply, VarlinkError> {
        if let error = ExportReply.check(request.format) { return .failure(error) }
        return shifts(request, daemon).flatMap { shifts, _ in
            let (header, rows) = RosterExport.table(shifts, tree: daemon.loaded.configuration.tree, clock: daemon.loaded.clock)
            return ExportReply.make(request.format, sheet: "值班表", header: header, rows: rows)
        }
    }

    /// The shifts a roster request asks for, and the bounds of its period.
    private static func shifts(_ request: RosterRequest, _ daemon: isolated Daemon) -> Result<([Shift], (Date, Date)), VarlinkError> {
        let configuration = daemon.loaded.configuration
        let clock = daemon.loaded.clock
        if let unit = request.unit, configuration.tree[unit] == nil { return .failure(.unknownUnit(unit)) }
        var bounds = (Date.distantPast, Date.distantFuture)
        if let text = request.from {
            guard let from = LocalTimeArgument.parse(text, clock: clock) else { return .failure(LocalTimeArgument.invalid("from", text)) }
            bounds.0 = from
        }
        if let text = request.to {
            guard let to = LocalTimeArgument.parse(text, clock: clock, endOfDay: true) else { return .failure(LocalTimeArgument.invalid("to", text)) }
            bounds.1 = to
        }
        let units = request.unit.map { unit in Set(configuration.tree.units.map(\.id).filter { configuration.tree.isWithin($0, ancestor: unit) }) }
        return .success((configuration.roster.shifts(units: units, from: bounds.0, to: bounds.1), bounds))
    }

    static func checkIn(_ request: CheckInRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<CheckInReply, VarlinkError> {
        guard request.shift != nil || request.unit != nil else {
            return .failure(.invalidValue("shift", phrase: Phrase("value.whichShift")))
        }
        return daemon.run(.checkIn(shift: request.shift, unit: request.unit, person: request.person, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .checkIn(let shift, let confirmed) = reply else { preconditionFailure("CheckIn replies with its shift") }
                return CheckInReply(shift: presenter(daemon).info(shift, now: Date.nowToTheMillisecond()), confirmedSpotChecks: confirmed)
            }
    }

    static func spotCheck(_ request: SpotCheckRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<SpotCheckReply, VarlinkError> {
        let target: DutyRole
        let report: SpotCheckReport?
        switch SpotCheckArguments.parse(request) {
        case .failure(let error): return .failure(error)
        case .success(let parsed): (target, report) = parsed
        }
        return daemon.run(.spotCheck(unit: request.unit, target: target, report: report, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .spotCheck(let shift, let check) = reply else { preconditionFailure("SpotCheck replies with its spot check") }
                let presenter = presenter(daemon)
                return SpotCheckReply(shift: presenter.info(shift, now: Date.nowToTheMillisecond()), spotCheck: presenter.info(check))
            }
    }

    private static func presenter(_ daemon: isolated Daemon) -> RosterPresenter {
        RosterPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock, duty: daemon.state.duty)
    }

}
