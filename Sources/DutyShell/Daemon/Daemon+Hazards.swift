import DutyCore
import Foundation

/// Commands that change hazards: each applies its change and hands it to the group commit (`commit`). Call on `queue`.
extension Daemon {
    /// Checks a parsed ledger and, unless `dryRun`, applies it; returns the plan either way.
    func importLedger(_ table: CSVTable, dryRun: Bool, actor: String) -> Result<LedgerImportPlan, LedgerProblems> {
        let now = Date.nowToTheMillisecond()
        let planned = LedgerReader.read(table, configuration: loaded.configuration).flatMap { drafts in
            LedgerImportPlan.plan(file: table.file, drafts: drafts, book: hazardBook, clock: loaded.clock)
        }.mapError { LedgerProblems($0.problems.map { $0.inSheet(table.sheet) }) }
        switch planned {
        case .failure(let problems):
            rejectLedger(table.file, problems: problems.problems.map(\.description), actor: actor)
        case .success(let plan) where !dryRun:
            let outcome = hazardBook.apply(plan, actor: actor, now: now)
            commit(StateChange(hazards: outcome.hazardIDs.compactMap { hazardBook.hazards[$0] }, hazardEvents: outcome.hazardEvents))
            commitBatch()
            logger.notice(
                "ledger \(plan.file) imported by \(actor): \(plan.added.count) added, \(plan.changed.count) changed, \(plan.unchanged.count) unchanged",
                metadata: ["event": "ledger_imported", "ledger_file": "\(plan.file)", "actor": "\(actor)"])
        case .success:
            break
        }
        return planned
    }

    /// Logs a refused ledger: each problem, then the refusal.
    func rejectLedger(_ file: String, problems: [String], actor: String) {
        for problem in problems {
            logger.warning("\(problem)", metadata: ["event": "ledger_rejected", "ledger_file": "\(file)", "actor": "\(actor)"])
        }
        logger.warning(
            "ledger \(file) from \(actor) rejected with \(problems.count) problem(s); nothing was changed",
            metadata: ["event": "ledger_rejected", "ledger_file": "\(file)", "actor": "\(actor)"])
    }

    /// Runs one lifecycle command on the hazard and alert books and commits what it did.
    func changeHazard(
        _ id: String, _ body: (inout HazardBook, inout AlertBook, Date) throws(HazardCommandError) -> HazardOutcome
    ) -> Result<Hazard, HazardCommandError> {
        let now = Date.nowToTheMillisecond()
        let outcome: HazardOutcome
        do {
            outcome = try body(&hazardBook, &book, now)
        } catch {
            return .failure(error)
        }
        commit(StateChange(
            alerts: outcome.alertEvents.compactMap { book.alerts[$0.alertID] }, events: outcome.alertEvents,
            hazards: outcome.hazardIDs.compactMap { hazardBook.hazards[$0] }, hazardEvents: outcome.hazardEvents))
        return .success(hazardBook.hazards[id]!)
    }
}
