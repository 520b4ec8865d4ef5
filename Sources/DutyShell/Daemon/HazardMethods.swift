import DutyPhrases
import DutyCore
import DutyProtocol
import Foundation

/// The hazard and ledger methods of `io.dutyd`: validate the request, run it on the daemon, present the result.
enum HazardMethods {
    static func hazards(_ request: HazardsRequest, _ daemon: isolated Daemon) -> Result<HazardsReply, VarlinkError> {
        let presenter = presenter(daemon)
        return matching(request, daemon, now: presenter.now).map { HazardsReply(hazards: $0.map(presenter.info)) }
    }

    static func exportLedger(_ request: HazardsRequest, _ daemon: isolated Daemon) -> Result<ExportLedgerReply, VarlinkError> {
        let loaded = daemon.loaded
        if let error = ExportReply.check(request.format) { return .failure(error) }
        return matching(request, daemon, now: Date()).flatMap { hazards in
            let (header, rows) = LedgerExport.table(hazards, tree: loaded.configuration.tree, clock: loaded.clock)
            return ExportReply.make(request.format, sheet: "隐患台账", header: header, rows: rows)
        }
    }

    static func exportSummary(_ request: SummaryRequest, _ daemon: isolated Daemon) -> Result<ExportLedgerReply, VarlinkError> {
        if let error = ExportReply.check(request.format) { return .failure(error) }
        return hazardSummary(request, daemon).flatMap { summary in
            let (header, rows) = SummaryExport.table(summary, tree: daemon.loaded.configuration.tree)
            let clock = daemon.loaded.clock
            let period = "\(clock.localDate(summary.since))至\(clock.localDate(summary.now))"
            return ExportReply.make(request.format, sheet: "隐患汇总" + period, header: header, rows: rows)
        }
    }

    static func show(_ request: HazardIDRequest, _ daemon: isolated Daemon) -> Result<ShowHazardReply, VarlinkError> {
        guard let hazard = daemon.state.hazards.hazards[request.id] else { return .failure(.hazardNotFound(request.id)) }
        let alertPresenter = AlertPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock)
        let alerts = daemon.state.alerts.alerts.values.filter { $0.subject == hazard.subject }.sorted { $0.id < $1.id }
        do {
            let history = alertPresenter.history(try daemon.store.history(ofHazard: hazard.id))
            return .success(ShowHazardReply(hazard: presenter(daemon).info(hazard), history: history, alerts: alerts.map(alertPresenter.info)))
        } catch {
            return .failure(.storageFailed("reading the history of hazard \(hazard.id)", cause: error))
        }
    }

    static func progress(_ request: HazardNoteRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<HazardReply, VarlinkError> {
        perform(request.id, .progress(note: request.note ?? ""), actor: actor, daemon)
    }

    static func rectified(_ request: HazardNoteRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<HazardReply, VarlinkError> {
        perform(request.id, .rectified(note: request.note), actor: actor, daemon)
    }

    static func verify(_ request: HazardNoteRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<HazardReply, VarlinkError> {
        perform(request.id, .verify(note: request.note), actor: actor, daemon)
    }

    static func reopen(_ request: HazardNoteRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<HazardReply, VarlinkError> {
        perform(request.id, .reopen(reason: request.reason ?? request.note ?? ""), actor: actor, daemon)
    }

    static func extend(_ request: ExtendHazardRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<HazardReply, VarlinkError> {
        guard let deadline = LedgerDates.parse(request.deadline, clock: daemon.loaded.clock) else {
            return .failure(.invalidValue("deadline", phrase: Phrase("value.deadline", request.deadline)))
        }
        return perform(request.id, .extend(to: deadline, reason: request.reason, approvedBy: request.approvedBy), actor: actor, daemon)
    }

    /// Checks (and unless a dry run, applies) a ledger that was read off the daemon's queue (`LedgerUpload`).
    static func importLedger(_ input: LedgerInput, request: ImportLedgerRequest, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<ImportLedgerReply, VarlinkError> {
        let dryRun = request.dryRun ?? false
        return daemon.run(.importLedger(input, dryRun: dryRun, allowUnmatched: request.allowUnmatched ?? false, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .ledger(let plan) = reply else { preconditionFailure("ImportLedger replies with its plan") }
                return ImportLedgerReply(
                    file: plan.file, dryRun: dryRun, added: plan.added.map(\.id),
                    changed: plan.changed.map { LedgerChangeInfo(id: $0.id, row: $0.row, fields: $0.fields.map(\.description)) },
                    unchanged: plan.unchanged.count, notices: plan.notices.map(\.line), warnings: plan.warnings.map(\.line))
            }
    }

    static func summary(_ request: SummaryRequest, _ daemon: isolated Daemon) -> Result<SummaryReply, VarlinkError> {
        hazardSummary(request, daemon).map(presenter(daemon).summary)
    }

    /// The roll-up of the unit asked for (default: the top of the tree) since the date asked for (default: the month's start).
    private static func hazardSummary(_ request: SummaryRequest, _ daemon: isolated Daemon) -> Result<HazardSummary, VarlinkError> {
        let configuration = daemon.loaded.configuration
        let presenter = presenter(daemon)
        if let unit = request.unit, configuration.tree[unit] == nil { return .failure(.unknownUnit(unit)) }
        var since = HazardSummary.startOfMonth(presenter.now, clock: presenter.clock)
        if let text = request.since {
            guard let start = LedgerDates.parse(text.contains(" ") ? text : text + " 00:00", clock: presenter.clock) else {
                return .failure(.invalidValue("since", phrase: Phrase("value.since", text)))
            }
            since = start
        }
        return .success(HazardSummary(hazards: daemon.state.hazards.hazards.values, tree: configuration.tree, root: request.unit, since: since, now: presenter.now))
    }

    private static func matching(_ request: HazardsRequest, _ daemon: isolated Daemon, now: Date) -> Result<[Hazard], VarlinkError> {
        let tree = daemon.loaded.configuration.tree
        var filter = HazardFilter(overdueOnly: request.overdue ?? false)
        if let unit = request.unit {
            guard tree[unit] != nil else { return .failure(.unknownUnit(unit)) }
            filter.unit = unit
        }
        if let text = request.status {
            guard let status = HazardStatus(rawValue: text) else {
                return .failure(.invalidValue("status", phrase: Phrase("value.oneOf", HazardStatus.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            filter.statuses = [status]
        }
        if let text = request.risk {
            guard let risk = RiskLevel(rawValue: text) else { return .failure(.invalidValue("risk", phrase: Phrase("value.risk"))) }
            filter.risk = risk
        }
        return .success(daemon.state.hazards.hazards(matching: filter, tree: tree, now: now))
    }

    private static func perform(_ id: String, _ step: HazardStep, actor: ActorIdentity, _ daemon: isolated Daemon) -> Result<HazardReply, VarlinkError> {
        daemon.run(.hazard(id: id, step, actor: actor))
            .mapError(VarlinkError.init)
            .map { reply in
                guard case .hazard(let hazard) = reply else { preconditionFailure("a hazard command replies with its hazard") }
                return HazardReply(hazard: presenter(daemon).info(hazard))
            }
    }

    private static func presenter(_ daemon: isolated Daemon) -> HazardPresenter {
        HazardPresenter(configuration: daemon.loaded.configuration, clock: daemon.loaded.clock, now: Date())
    }
}

