import ArgumentParser

/// `dutyctl roster`: the duty roster and what is computed from it.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: tr("Show the duty roster (值班表), its gaps, duty hours or one person's calendar."),
        discussion: """
            Examples:
              dutyctl roster --unit rz-dg --from 2026-10-01 --to 2026-10-03
              dutyctl roster --unit 东港区实验小学
              dutyctl roster --gaps
              dutyctl roster --ical 陈静 > 陈静-值班.ics
              dutyctl roster hours --from 2026-10-01 --to 2026-10-07
              sudo dutyctl roster swap dg-sy/2026-10-03T08:00 --with 孙丽 --for 赵磊
              dutyctl roster swaps
              sudo dutyctl roster file --unit 东港区实验小学
              dutyctl roster filing --period 国庆节
            """,
        subcommands: [RosterShowCommand.self, RosterHoursCommand.self, RosterSwapCommand.self, RosterSwapsCommand.self, RosterFileCommand.self,
            RosterFilingCommand.self,
        ],
        defaultSubcommand: RosterShowCommand.self
    )
}
