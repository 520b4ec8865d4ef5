import DutyPhrases
import Foundation

/// A change someone asks of the daemon, as a value: what `DutyState.handle` decides on.
///
/// `actor` is who asks and how (a person through a link or SMS reply, an admin account, a clerk for a person); it is recorded in history.
public enum Command: Sendable {
    case acknowledge(alert: Int64, note: String?, actor: ActorIdentity)
    case resolve(alert: Int64, note: String?, actor: ActorIdentity)
    case report(unit: String, summary: String, severity: RiskLevel, details: IncidentDetails = IncidentDetails(), actor: ActorIdentity)
    /// 上报: the incident's current level passes it to the next.
    case passUp(incident: String, note: String?, actor: ActorIdentity)
    /// 续报: news on the incident for everyone already told; `written` when it is the written report.
    case followUp(incident: String, note: String, written: Bool, actor: ActorIdentity)
    /// The shift by id, or the one open for check-in at `unit` (optionally the one `person` has).
    case checkIn(shift: String?, unit: String?, person: String?, actor: ActorIdentity)
    /// A spot check of whoever `target` names at `unit`: a request to confirm, or, with a report, what the checker found.
    case spotCheck(unit: String, target: DutyRole, report: SpotCheckReport?, actor: ActorIdentity)
    /// 换班: the actor's place in `shift` to `partner` (id or name); `anyUnit` lets the partner be of another unit.
    case requestSwap(shift: String, partner: String, note: String?, anyUnit: Bool, actor: ActorIdentity)
    /// The leader on duty (or an admin) approves or refuses a swap.
    case decideSwap(id: Int64, approve: Bool, reason: String?, actor: ActorIdentity)
    /// 报备: `unit` filed its roster for the holiday period named (by default the first not yet over).
    case fileRoster(unit: String, period: String?, actor: ActorIdentity)
    case hazard(id: String, HazardStep, actor: ActorIdentity)
    /// A ledger file as read: checked and, unless `dryRun`, applied; with `allowUnmatched`, rows
    /// whose responsible person is not configured are imported (and warned about).
    case importLedger(LedgerInput, dryRun: Bool, allowUnmatched: Bool, actor: ActorIdentity)
    /// An SMS reply the gateway handed in: `text` from the mobile `from`, acting as its person.
    case reply(from: String, text: String)
    /// A unit's daily report for `date` (default today): its note, or with nil a zero report (零报告).
    case fileDaily(unit: String, date: LocalDate?, note: String?, actor: ActorIdentity)
    /// Sends the daily report of `unit` (every unit with a parent when nil) for `date` (default
    /// today) to the level above; `followUps` are the times of each incident's follow-ups.
    case sendDaily(unit: String?, date: LocalDate?, followUps: [String: [Date]], actor: ActorIdentity)
}

/// One lifecycle step of a hazard.
public enum HazardStep: Sendable {
    case progress(note: String)
    case rectified(note: String?)
    case verify(note: String?)
    case reopen(reason: String)
    case extend(to: Date, reason: String, approvedBy: String)
}

/// A ledger file as the shell read it: its parsed table, or why it could not be read.
public enum LedgerInput: Sendable {
    case table(CSVTable)
    /// The file named `path` could not be read or parsed; `problem` says why.
    case unreadable(path: String, problem: DiagnosticLine)
}

/// What a command did, for its reply.
public enum CommandReply: Sendable {
    case alert(Alert)
    /// An incident reported, passed up or followed up, with its alert.
    case report(Incident, Alert)
    /// The shift checked in and the spot checks the check-in answered.
    case checkIn(Shift, confirmedSpotChecks: [Int64])
    case spotCheck(Shift, SpotCheck)
    case swap(Swap)
    case filing(RosterFiling)
    case hazard(Hazard)
    case ledger(LedgerImportPlan)
    /// What an SMS reply did, or why it did nothing (a refused reply is no error: it is answered).
    case reply(ReplyOutcome)
    /// The daily report filed.
    case daily(DailyFiling)
    /// The daily reports sent and how many notices went out.
    case dailySent([DailyReport], notices: Int)
}

/// Why a command was refused; nothing was changed.
public enum CommandError: Error, Sendable {
    case alert(AlertCommandError)
    case duty(DutyCommandError)
    case swap(SwapCommandError)
    case filing(FilingCommandError)
    /// The hazard named and its status when it was refused, if it exists.
    case hazard(HazardCommandError, id: String, status: HazardStatus?)
    /// The ledger file (as named) and every problem found in it.
    case ledger(file: String, problems: [DiagnosticLine])
    case daily(DailyCommandError)
    /// A scoped administrator asked for a change outside the subtrees of these units.
    case outOfScope([String])
}
