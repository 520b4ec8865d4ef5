import ArgumentParser

/// `dutyctl daily`: the daily duty report (值班日报) of a holiday day.
struct DailyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily",
        abstract: tr("Show the daily duty report (值班日报) of a unit for a day of a holiday period."),
        discussion: """
            Examples:
              dutyctl daily
              dutyctl daily --date 2026-10-02 --unit rz-dg
              dutyctl daily --unit 东港区实验小学 --json
              sudo dutyctl daily note --unit dg-sy "值班正常，摔伤学生已出院"
              sudo dutyctl daily zero --unit dg-sz
              sudo dutyctl daily send --unit dg-sy
            """,
        subcommands: [DailyShowCommand.self, DailyNoteCommand.self, DailyZeroCommand.self, DailySendCommand.self],
        defaultSubcommand: DailyShowCommand.self
    )
}
