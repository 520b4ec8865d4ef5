import ArgumentParser
import DutyProtocol
import DutyTerminal

/// `dutyctl roster swap`: request a swap (换班), or approve or refuse one.
struct RosterSwapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swap",
        abstract: tr("Request a swap (换班) of a place in a shift, or approve or refuse one."),
        discussion: """
            Examples:
              sudo dutyctl roster swap dg-sy/2026-10-03T08:00 --with 孙丽 --for 赵磊 --note "家中有事"
              sudo dutyctl roster swap approve 3 --for 王校长
              sudo dutyctl roster swap refuse 3 --reason "国庆当天需本人值班"
            """,
        subcommands: [RosterSwapRequestCommand.self, RosterSwapApproveCommand.self, RosterSwapRefuseCommand.self],
        defaultSubcommand: RosterSwapRequestCommand.self
    )
}

/// `dutyctl roster swap SHIFT --with PERSON`: ask to give an officer's place in a shift to another person.
struct RosterSwapRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: tr("Ask to give the place of the person named by --for in a shift to another person."),
        discussion: """
            The person named by --for (the duty officer or leader whose place it is) asks to give \
            it to --with (id or name) before the shift starts. The partner must belong to the \
            shift's unit unless you are in the admin group. Nothing changes until the shift's \
            leader on duty or an administrator approves it (`dutyctl roster swap approve ID`); \
            the requester, the partner and the leader are told. Needs root, the admin group or \
            an [[admins]] group of the unit.

            Examples:
              sudo dutyctl roster swap dg-sy/2026-10-03T08:00 --with 孙丽 --for 赵磊
              sudo dutyctl roster swap request dg-sy/2026-10-03T08:00 --with sunli --for zhaolei --note "家中有事"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: ArgumentHelp("The shift, by id (see dutyctl roster --json).", valueName: "shift"))
    var shift: String

    @Option(name: .customLong("with"), help: ArgumentHelp("The person (id or name) who takes the place.", valueName: "person"))
    var partner: String

    @Option(help: ArgumentHelp("Why, for the leader who decides.", valueName: "text"))
    var note: String?

    func run() throws {
        let client = try global.connect()
        let reply = try client.call(
            DutydInterface.requestSwap, onBehalf.wrap(RequestSwapRequest(shift: shift, with: partner, note: note)), returning: SwapReply.self)
        try SwapText.print(reply.swap, global: global)
    }
}

/// `dutyctl roster swap approve ID`: the leader on duty (or an admin) approves a swap.
struct RosterSwapApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: tr("Approve a requested swap: the partner takes the place in the roster."),
        discussion: """
            The shift's leader on duty (named by --for) or an administrator acting for nobody \
            approves it before the shift starts; the requester and the partner cannot. Reminders, \
            the check-in, missed-check-in alerts, spot checks, the roster, hours and calendars \
            then follow the partner.

            Examples:
              sudo dutyctl roster swap approve 3 --for 王校长
              sudo dutyctl roster swap approve 3 --reason "已电话核实"
            """
    )

    @OptionGroup var decision: SwapDecisionOptions

    func run() throws {
        try decision.send("approve")
    }
}

/// `dutyctl roster swap refuse ID`: the leader on duty (or an admin) refuses a swap.
struct RosterSwapRefuseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refuse",
        abstract: tr("Refuse a requested swap: the roster stays as it is."),
        discussion: """
            Who may refuse is who may approve. The requester, the partner and the leader are told.

            Examples:
              sudo dutyctl roster swap refuse 3 --for 王校长 --reason "国庆当天需本人值班"
            """
    )

    @OptionGroup var decision: SwapDecisionOptions

    func run() throws {
        try decision.send("refuse")
    }
}

/// What `approve` and `refuse` both take: the swap, a reason, and who decides.
struct SwapDecisionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var onBehalf: OnBehalfOptions

    @Argument(help: ArgumentHelp("The swap's id (see dutyctl roster swaps).", valueName: "id"))
    var id: Int64

    @Option(help: ArgumentHelp("Why: a note on the decision.", valueName: "text"))
    var reason: String?

    /// Sends `decision` on the swap and shows the swap after it.
    func send(_ decision: String) throws {
        let client = try global.connect()
        let reply = try client.call(
            DutydInterface.decideSwap, onBehalf.wrap(DecideSwapRequest(id: id, decision: decision, reason: reason)), returning: SwapReply.self)
        try SwapText.print(reply.swap, global: global)
    }
}
