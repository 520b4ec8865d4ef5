/// Method names and parameter types of the `io.dutyd` Varlink interface.
public enum DutydInterface {
    public static let name = "io.dutyd"
    public static let status = "io.dutyd.Status"
    public static let reload = "io.dutyd.Reload"
    public static let alerts = "io.dutyd.Alerts"
    public static let showAlert = "io.dutyd.ShowAlert"
    public static let acknowledge = "io.dutyd.Acknowledge"
    public static let resolve = "io.dutyd.Resolve"
    public static let report = "io.dutyd.Report"
    public static let watch = "io.dutyd.Watch"
    public static let auditVerify = "io.dutyd.AuditVerify"
    public static let outbox = "io.dutyd.Outbox"
    public static let retryNotification = "io.dutyd.RetryNotification"
    public static let notifyTest = "io.dutyd.NotifyTest"
    public static let onCall = "io.dutyd.OnCall"
    public static let roster = "io.dutyd.Roster"
    public static let checkIn = "io.dutyd.CheckIn"
    public static let spotCheck = "io.dutyd.SpotCheck"
    public static let rosterHours = "io.dutyd.RosterHours"
    public static let shiftCalendar = "io.dutyd.ShiftCalendar"
    public static let hazards = "io.dutyd.Hazards"
    public static let exportLedger = "io.dutyd.ExportLedger"
    public static let showHazard = "io.dutyd.ShowHazard"
    public static let hazardProgress = "io.dutyd.HazardProgress"
    public static let hazardRectified = "io.dutyd.HazardRectified"
    public static let verifyHazard = "io.dutyd.VerifyHazard"
    public static let reopenHazard = "io.dutyd.ReopenHazard"
    public static let extendHazard = "io.dutyd.ExtendHazard"
    public static let importLedger = "io.dutyd.ImportLedger"
    public static let summary = "io.dutyd.Summary"

    /// The interface definition, identical to `io.dutyd.varlink` beside this file (a test keeps them equal).
    public static let definition = """
        # Control interface of dutyd, the holiday duty roster and escalation daemon.
        # Times are ISO 8601 strings in the bureau's time zone, e.g. 2026-10-01T08:00:00+08:00.
        interface io.dutyd

        # What the daemon is doing now.
        method Status() -> (
          version: string,
          pid: int,
          started_at: string,
          config_file: string,
          config_loaded_at: string,
          time_zone: string,
          state_database: string,
          units: int,
          people: int,
          policies: int,
          open_alerts: int,
          next_check: string,
          pending_notifications: int,
          dead_notifications: int
        )

        # Re-reads the configuration file and its data files and swaps them in at once.
        # When they have errors the running configuration stays in force and
        # ConfigInvalid lists every error. Needs root or the admin group.
        method Reload() -> (
          config_loaded_at: string,
          units: int,
          people: int,
          policies: int
        )

        # Someone reached at an escalation level.
        type Recipient (id: string, name: string, phone: string)

        # An alert raised by the daemon or reported by a unit.
        # kind: missed_checkin, absent_at_spot_check, hazard_overdue,
        #       rectification_unverified, incident
        # state: triggered, acknowledged, resolved
        # level: 0 is the person responsible, each further level one step up the
        #        escalation ladder; top_level is the highest level its unit reaches.
        # next_escalation_at: when it climbs (or is re-notified) unless acknowledged;
        #        after an acknowledgement, the resolve-by deadline.
        type Alert (
          id: int,
          kind: string,
          risk: ?string,
          state: string,
          level: int,
          top_level: int,
          unit: string,
          unit_name: string,
          subject: string,
          summary: string,
          raised_at: string,
          next_escalation_at: ?string,
          acknowledged_by: ?string,
          acknowledged_at: ?string,
          resolved_at: ?string,
          recipients: []Recipient
        )

        # One record of an alert's append-only, hash-chained history.
        # seq: the record's number in the chain that `AuditVerify` checks.
        # action: raised, escalated, renotified, acknowledged, unresolved, resolved
        # due_at: when the daemon's own transitions fell due (time may be later
        #         after an outage).
        type HistoryEntry (
          seq: int,
          time: string,
          actor: string,
          action: string,
          level: int,
          note: ?string,
          recipients: []string,
          due_at: ?string
        )

        # Alerts, newest first. Open ones (triggered or acknowledged) unless state is
        # given ("all" for every state). unit includes every unit below it.
        method Alerts(state: ?string, unit: ?string, kind: ?string, level: ?int) -> (alerts: []Alert)

        # One alert with its full history.
        method ShowAlert(id: int) -> (alert: Alert, history: []HistoryEntry)

        # Records who acknowledged the alert and stops its climb until its
        # resolve-by deadline. Needs root or the admin group.
        method Acknowledge(id: int, note: ?string) -> (alert: Alert)

        # Ends the alert. Needs root or the admin group.
        method Resolve(id: int, note: ?string) -> (alert: Alert)

        # Reports an incident (突发事件) at a unit; the level above must acknowledge it.
        # severity: major, high, general (default) or low. Needs root or the admin group.
        method Report(unit: string, summary: string, severity: ?string) -> (incident: string, alert: Alert)

        # One transition of one alert, as it happens.
        type Event (
          time: string,
          alert: Alert,
          action: string,
          level: int,
          actor: string,
          note: ?string,
          recipients: []string
        )

        # Streams every alert transition as it happens; call with "more". The first
        # reply, without an event, confirms the subscription.
        method Watch() -> (event: ?Event)

        # A notification in the outbox: one message to one person through one channel.
        # key: its stable identity (alert/level/due/recipient/channel), also sent to
        #      webhooks as the X-Dutyd-Key header so receivers can drop repeats.
        # state: pending, delivered, or dead (given up after the channel's max_attempts).
        type OutboxNotification (
          id: int,
          key: string,
          alert: int,
          level: int,
          recipient: string,
          channel: string,
          text: string,
          state: string,
          attempts: int,
          created_at: string,
          next_attempt_at: ?string,
          delivered_at: ?string,
          dead_at: ?string,
          last_error: ?string
        )

        # Notifications, newest first: pending and dead ones unless state is given
        # (pending, delivered, dead or all).
        method Outbox(state: ?string) -> (notifications: []OutboxNotification)

        # Queues a dead notification for delivery again now. Needs root or the admin group.
        method RetryNotification(id: int) -> (notification: OutboxNotification)

        # Sends a test message through a channel now, outside the outbox, and returns the
        # channel's answer. person defaults to the first person reached by that channel.
        # Needs root or the admin group.
        method NotifyTest(channel: string, person: ?string) -> (channel: string, person: string, answer: string)

        # Checks the hash chain of every history record.
        method AuditVerify() -> (records: int, intact: bool, first_broken: ?int, problem: ?string)

        # One shift of a unit's duty roster.
        # id: unit/local start, e.g. dg-sy/2026-10-01T08:00.
        # leader_on_duty: null when the roster leaves 带班领导 empty.
        # status: upcoming, awaiting_check_in, checked_in, late (checked in after the
        # grace period), missed_check_in, ended
        type Shift (
          id: string,
          unit: string,
          unit_name: string,
          start: string,
          end: string,
          duty_officer: Recipient,
          leader_on_duty: ?Recipient,
          status: string,
          checked_in_at: ?string,
          checked_in_by: ?string
        )

        # A spot check (抽查): a request to the duty officer or the leader on duty to
        # confirm presence at the post in time, or the record of one made by hand.
        # state: open, confirmed, missed (an absent_at_spot_check alert was raised)
        # target: duty_officer, leader_on_duty
        # method: phone, on_site, video (null for a request to confirm)
        # outcome: answered_at_post, no_answer, someone_else, off_post
        type SpotCheck (
          id: int,
          shift: string,
          state: string,
          target: string,
          requested_at: string,
          requested_by: string,
          due_at: string,
          confirmed_at: ?string,
          method: ?string,
          phone: ?string,
          outcome: ?string,
          note: ?string
        )

        # A fault of the roster.
        # kind: no_duty_officer (holiday hours no shift covers), no_leader_on_duty
        #       (holiday hours covered only by shifts without 带班领导), overlap,
        #       back_to_front (a shift ending at or before its start)
        type RosterGap (
          kind: string,
          unit: string,
          unit_name: string,
          start: string,
          end: string,
          hours: float,
          shifts: []string,
          holiday: ?string
        )

        # Who is on duty and who leads, at the unit and every unit below it (all units
        # when unit is null), now or at a time (ISO 8601, or local 2026-10-01T08:00).
        method OnCall(unit: ?string, at: ?string) -> (at: string, shifts: []Shift)

        # The roster's shifts overlapping from..to (dates or times; the whole roster when
        # null) at the unit and the units below it, and the roster's gaps there.
        method Roster(unit: ?string, from: ?string, to: ?string) -> (shifts: []Shift, gaps: []RosterGap)

        # Records that the duty officer is at the post: the shift's check-in and the answer
        # to its open spot checks. The shift is named by id, or found at unit as the one
        # open for check-in now (from the reminder until its end), optionally the one whose
        # officer is person (id or name). The leader on duty named as person confirms the
        # spot checks that target the leader. Needs root or the admin group.
        method CheckIn(shift: ?string, unit: ?string, person: ?string) -> (shift: Shift, confirmed_spot_checks: []int)

        # A spot check of the duty officer (or, with target leader_on_duty, the leader
        # on duty) on duty at unit now. Without an outcome it asks the person to confirm
        # within the spot-check window. With one it records the check made by method
        # (default phone) to phone (default the roster's number): answered_at_post
        # confirms it; no_answer and someone_else leave it open for the callback window
        # (the person confirms with CheckIn); off_post raises absent_at_spot_check at
        # once. An absence while the officer's check-in is missed updates that alert.
        # Needs root or the admin group.
        method SpotCheck(unit: string, target: ?string, method: ?string, phone: ?string,
          outcome: ?string, note: ?string) -> (shift: Shift, spot_check: SpotCheck)

        # One person's duty time in one role over a span, as allowances are paid.
        # role: duty_officer, leader_on_duty
        # night_hours: hours between 20:00 and 08:00; holiday_hours: hours on the days
        # off of a holiday period. A shift crossing the span is counted in part.
        type DutyHours (
          person: string,
          name: string,
          role: string,
          shifts: int,
          hours: float,
          night_hours: float,
          holiday_hours: float
        )

        # Duty hours per person and role of the shifts at unit (and below; default all)
        # within from..to (dates, to inclusive, or times in the bureau's zone); csv is the
        # same table for Excel (UTF-8 with BOM, Chinese headers).
        method RosterHours(from: string, to: string, unit: ?string) -> (from: string, to: string, hours: []DutyHours, csv: string)

        # The shifts of person (id or name) as an iCalendar file (RFC 5545) with an
        # Asia/Shanghai VTIMEZONE: one event per shift and role.
        method ShiftCalendar(person: string) -> (person: string, name: string, calendar: string)

        # A check-in or spot check was refused; reason says why.
        error DutyRefused (reason: string)

        # A hazard (隐患) on a rectification ledger, tracked until it is verified and closed.
        # id: stable across re-imports: the ledger's 编号, else unit-序号 (e.g. dg-yey-1).
        # risk: major, high, general, low (重大, 较大, 一般, 低)
        # status: open, rectifying, rectified (awaiting verification), closed, reopened
        # overdue: past its deadline and not reported rectified.
        type Hazard (
          id: string,
          serial: string,
          unit: string,
          unit_name: string,
          location: string,
          description: string,
          category: string,
          risk: string,
          measure: string,
          responsible: string,
          deadline: string,
          status: string,
          overdue: bool,
          progress: string,
          rectified_by: ?string,
          rectified_at: ?string,
          closed_by: ?string,
          closed_at: ?string
        )

        # Hazards by unit in tree order. unit includes every unit below it; status and
        # risk narrow the list; overdue lists only overdue hazards.
        method Hazards(unit: ?string, status: ?string, risk: ?string, overdue: ?bool) -> (hazards: []Hazard)

        # The same hazards as a ledger file (CSV, UTF-8 with BOM) in the columns import reads.
        method ExportLedger(unit: ?string, status: ?string, risk: ?string, overdue: ?bool) -> (csv: string)

        # One hazard with its hash-chained history (action: imported, changed, progress,
        # rectified, verified, reopened, extended, reminded) and its alerts.
        method ShowHazard(id: string) -> (hazard: Hazard, history: []HistoryEntry, alerts: []Alert)

        # Records a progress note; an open or reopened hazard becomes rectifying.
        # Needs root or the admin group.
        method HazardProgress(id: string, note: string) -> (hazard: Hazard)

        # Reports the hazard rectified; someone else must verify it. Needs root or the admin group.
        method HazardRectified(id: string, note: ?string) -> (hazard: Hazard)

        # Verifies a rectified hazard and closes it (销号), ending its alerts. The caller must
        # not be who reported it rectified. Needs root or the admin group.
        method VerifyHazard(id: string, note: ?string) -> (hazard: Hazard)

        # Sends a rectified or closed hazard back to rectification. Needs root or the admin group.
        method ReopenHazard(id: string, reason: string) -> (hazard: Hazard)

        # Extends the deadline (延期) to a later one, e.g. "2026-10-15" (end of that day) or
        # "2026-10-15 18:00", with the reason and who approved it. Needs root or the admin group.
        method ExtendHazard(id: string, deadline: string, reason: string, approved_by: string) -> (hazard: Hazard)

        # A hazard whose ledger fields an import changes; fields read "column: old → new".
        type LedgerChange (id: string, row: int, fields: []string)

        # Imports a ledger file (CSV in UTF-8, UTF-8 with BOM or GB18030) read by the daemon
        # from path. All or nothing: with any problem nothing is applied and LedgerInvalid
        # lists them all. dry_run reports what the import would do and changes nothing.
        # Needs root or the admin group.
        method ImportLedger(path: string, dry_run: ?bool) -> (
          file: string,
          dry_run: bool,
          added: []string,
          changed: []LedgerChange,
          unchanged: int
        )

        # The figures of one unit and everything below it. depth: 0 for the unit asked
        # about, 1 for its children, and so on. rectified and closed_in_period count the
        # hazards reported rectified (still rectified or closed) and closed in the period.
        type UnitSummary (
          unit: string,
          unit_name: string,
          depth: int,
          total: int,
          major: int,
          high: int,
          general: int,
          low: int,
          open: int,
          rectifying: int,
          rectified: int,
          closed: int,
          reopened: int,
          overdue: int,
          rectified_in_period: int,
          closed_in_period: int
        )

        # The roll-up reported upward: for unit (default: the top of the tree) and each unit
        # below it. The period runs from since (a date, default the first of this month)
        # until now.
        method Summary(unit: ?string, since: ?string) -> (since: string, until: string, units: []UnitSummary)

        # No alert has this id.
        error AlertNotFound (id: int)

        # The alert is not in a state that allows this; reason says why.
        error InvalidTransition (id: int, state: string, reason: string)

        # No notification has this id, or it is not dead.
        error NotificationNotFound (id: int)

        # A test message could not be delivered; reason says why.
        error DeliveryFailed (channel: string, reason: string)

        # No hazard has this id.
        error HazardNotFound (id: string)

        # The hazard's lifecycle does not allow this; reason says why.
        error HazardRefused (id: string, status: string, reason: string)

        # A ledger file cannot be imported; each problem reads
        # file: row 7, column 9 (整改时限): message. Nothing was changed.
        error LedgerInvalid (file: string, problems: []string)

        # A request named a unit that is not configured.
        error UnknownUnit (unit: string)

        # A parameter has a value that is not allowed; reason says what is expected.
        error InvalidValue (parameter: string, reason: string)

        # The configuration on disk has errors; nothing was changed.
        # Each diagnostic reads file:line:column: message.
        error ConfigInvalid (diagnostics: []string)

        # The message could not be read as a Varlink call.
        error InvalidMessage (reason: string)

        """
}

/// Reply of `io.dutyd.Status`.
public struct StatusReply: Codable, Sendable, Equatable {
    public var version: String
    public var pid: Int
    public var startedAt: String
    public var configFile: String
    public var configLoadedAt: String
    public var timeZone: String
    public var stateDatabase: String
    public var units: Int
    public var people: Int
    public var policies: Int
    public var openAlerts: Int
    public var nextCheck: String
    public var pendingNotifications: Int
    public var deadNotifications: Int

    enum CodingKeys: String, CodingKey {
        case version, pid, units, people, policies
        case startedAt = "started_at"
        case configFile = "config_file"
        case configLoadedAt = "config_loaded_at"
        case timeZone = "time_zone"
        case stateDatabase = "state_database"
        case openAlerts = "open_alerts"
        case nextCheck = "next_check"
        case pendingNotifications = "pending_notifications"
        case deadNotifications = "dead_notifications"
    }

    public init(
        version: String, pid: Int, startedAt: String, configFile: String, configLoadedAt: String, timeZone: String,
        stateDatabase: String, units: Int, people: Int, policies: Int, openAlerts: Int, nextCheck: String,
        pendingNotifications: Int, deadNotifications: Int
    ) {
        self.version = version
        self.pid = pid
        self.startedAt = startedAt
        self.configFile = configFile
        self.configLoadedAt = configLoadedAt
        self.timeZone = timeZone
        self.stateDatabase = stateDatabase
        self.units = units
        self.people = people
        self.policies = policies
        self.openAlerts = openAlerts
        self.nextCheck = nextCheck
        self.pendingNotifications = pendingNotifications
        self.deadNotifications = deadNotifications
    }
}

extension StatusReply {
    /// Reads the reply from parsed JSON by hand, which starts far faster than `JSONDecoder`
    /// (see `JSONValue.init(parsing:)`); nil when a field is missing or has the wrong type.
    public init?(json parameters: [String: JSONValue]) {
        func string(_ key: CodingKeys) -> String? { parameters[key.rawValue]?.stringValue }
        func int(_ key: CodingKeys) -> Int? { parameters[key.rawValue]?.intValue }
        guard let version = string(.version), let pid = int(.pid), let startedAt = string(.startedAt),
            let configFile = string(.configFile), let configLoadedAt = string(.configLoadedAt),
            let timeZone = string(.timeZone), let stateDatabase = string(.stateDatabase),
            let units = int(.units), let people = int(.people), let policies = int(.policies),
            let openAlerts = int(.openAlerts), let nextCheck = string(.nextCheck),
            let pendingNotifications = int(.pendingNotifications), let deadNotifications = int(.deadNotifications)
        else { return nil }
        self.init(
            version: version, pid: pid, startedAt: startedAt, configFile: configFile, configLoadedAt: configLoadedAt,
            timeZone: timeZone, stateDatabase: stateDatabase, units: units, people: people, policies: policies,
            openAlerts: openAlerts, nextCheck: nextCheck, pendingNotifications: pendingNotifications,
            deadNotifications: deadNotifications)
    }
}

/// Reply of `io.dutyd.Reload`.
public struct ReloadReply: Codable, Sendable, Equatable {
    public var configLoadedAt: String
    public var units: Int
    public var people: Int
    public var policies: Int

    enum CodingKeys: String, CodingKey {
        case units, people, policies
        case configLoadedAt = "config_loaded_at"
    }

    public init(configLoadedAt: String, units: Int, people: Int, policies: Int) {
        self.configLoadedAt = configLoadedAt
        self.units = units
        self.people = people
        self.policies = policies
    }
}
