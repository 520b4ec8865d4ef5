import ArgumentParser
import DutyProtocol

/// `dutyctl hazard progress ID --note TEXT`.
struct HazardProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: tr("Record rectification progress (整改进展); an open hazard becomes rectifying."),
        discussion: """
            Needs root or the admin group.

            Example:
              sudo dutyctl hazard progress dg-yey-1 --note "已清理杂物，标识牌已订购"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The hazard's id.")
    var id: String

    @Option(help: "What has been done so far.")
    var note: String

    func run() throws {
        try HazardVerb.perform(DutydInterface.hazardProgress, onBehalf.wrap(HazardNoteRequest(id: id, note: note)), global: global) { hazard in
            tr("hazard {0} is {1}: progress recorded", hazard.id, hazard.statusText)
        }
    }
}

/// `dutyctl hazard rectified ID`.
struct HazardRectifiedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rectified",
        abstract: tr("Report the hazard rectified; someone else must then verify it."),
        discussion: """
            Ends an overdue alert. If nobody verifies it within [hazards] verify_within, an alert \
            goes to the verifying level. Needs root or the admin group.

            Example:
              sudo dutyctl hazard rectified dg-yey-1 --note "杂物已清理，禁止堆放标识已设置"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The hazard's id.")
    var id: String

    @Option(help: "What was done, kept in the history.")
    var note: String?

    func run() throws {
        try HazardVerb.perform(DutydInterface.hazardRectified, onBehalf.wrap(HazardNoteRequest(id: id, note: note)), global: global) { hazard in
            tr("hazard {0} reported rectified by {1}; it awaits verification by someone else", hazard.id, hazard.rectifiedBy ?? "?")
        }
    }
}

/// `dutyctl hazard verify ID`.
struct HazardVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: tr("Verify a rectified hazard and close it (验收, 销号); its alerts end."),
        discussion: """
            Whoever reported it rectified may not verify it. Needs root or the admin group.

            Example:
              sudo dutyctl hazard verify dg-yey-1 --note "现场验收合格"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The hazard's id.")
    var id: String

    @Option(help: "The verification result, kept in the history.")
    var note: String?

    func run() throws {
        try HazardVerb.perform(DutydInterface.verifyHazard, onBehalf.wrap(HazardNoteRequest(id: id, note: note)), global: global) { hazard in
            tr("hazard {0} verified and closed by {1}", hazard.id, hazard.closedBy ?? "?")
        }
    }
}

/// `dutyctl hazard reopen ID --reason TEXT`.
struct HazardReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: tr("Send a rectified or closed hazard back to rectification."),
        discussion: """
            Its deadline applies again. Needs root or the admin group.

            Example:
              sudo dutyctl hazard reopen dg-yey-1 --reason "复查发现出口再次堵塞"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The hazard's id.")
    var id: String

    @Option(help: "Why it is reopened.")
    var reason: String

    func run() throws {
        try HazardVerb.perform(DutydInterface.reopenHazard, onBehalf.wrap(HazardNoteRequest(id: id, reason: reason)), global: global) { hazard in
            tr("hazard {0} reopened: {1}", hazard.id, hazard.statusText)
        }
    }
}

/// `dutyctl hazard extend ID --until DATE --reason TEXT --approved-by NAME`.
struct HazardExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: tr("Extend the rectification deadline (延期), with the reason and who approved it."),
        discussion: """
            DATE is a date (the end of that day) or a date and time, in the bureau's time zone, \
            and must be later than the current deadline. Reminders start again for the new \
            deadline. Needs root or the admin group.

            Example:
              sudo dutyctl hazard extend dg-sz-3 --until 2026-10-30 --reason "双锁柜到货延迟" --approved-by 李红梅
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: "The hazard's id.")
    var id: String

    @Option(help: ArgumentHelp("The new deadline, e.g. 2026-10-30 or \"2026-10-30 18:00\".", valueName: "date"))
    var until: String

    @Option(help: "Why the deadline moves.")
    var reason: String

    @Option(help: ArgumentHelp("Who approved the extension.", valueName: "name"))
    var approvedBy: String

    func run() throws {
        let request = ExtendHazardRequest(id: id, deadline: until, reason: reason, approvedBy: approvedBy)
        try HazardVerb.perform(DutydInterface.extendHazard, onBehalf.wrap(request), global: global) { hazard in
            tr("hazard {0} deadline extended to {1}", hazard.id, hazard.deadline)
        }
    }
}

/// What the lifecycle verbs share: call, then print JSON or one sentence.
enum HazardVerb {
    static func perform<Request: Codable & Sendable>(
        _ method: String, _ request: Request, global: GlobalOptions, sentence: (HazardInfo) -> String
    ) throws {
        let reply = try global.connect().call(method, request, returning: HazardReply.self)
        if global.json { return try printJSON(reply) }
        global.say(sentence(reply.hazard))
    }
}
