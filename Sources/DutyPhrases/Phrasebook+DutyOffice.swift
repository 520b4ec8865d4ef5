extension Phrasebook {
    /// Why the core refused a duty-office action: a spot check of the leader, a swap, a roster filing.
    static let dutyOffice = table([
        "duty.noSpotCheckOpen": ("no spot check of shift {0} asks {1} to confirm presence now", "班次 {0} 现在没有要求 {1} 确认在岗的抽查"),
        "duty.noLeaderOnDuty": ("shift {0} has no leader on duty (带班领导) in the roster", "班次 {0} 在值班表中没有带班领导"),
    ])
}
