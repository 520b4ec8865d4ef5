import ArgumentParser

/// `dutyctl hazard`: one hazard's details and its closed-loop lifecycle.
struct HazardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazard",
        abstract: tr("Show a hazard, or move it through rectification, verification and closing."),
        discussion: """
            The closed loop (挂账 → 整改 → 验收 → 销号): open → rectifying (progress notes) → \
            rectified (reported by the responsible side) → closed (verified by someone else), or \
            reopened. A deadline moves only by an extension with a reason and who approved it. \
            Every step is kept in the hazard's hash-chained history with your user name.

            Examples:
              dutyctl hazard show dg-yey-1
              sudo dutyctl hazard progress dg-yey-1 --note "已清理杂物，标识牌已订购"
              sudo dutyctl hazard rectified dg-yey-1
              sudo dutyctl hazard verify dg-yey-1 --note "现场验收合格"
              sudo dutyctl hazard extend dg-sz-3 --until 2026-10-30 --reason "双锁柜到货延迟" --approved-by 李红梅
            """,
        subcommands: [
            HazardShowCommand.self, HazardProgressCommand.self, HazardRectifiedCommand.self, HazardVerifyCommand.self,
            HazardReopenCommand.self, HazardExtendCommand.self,
        ]
    )
}
