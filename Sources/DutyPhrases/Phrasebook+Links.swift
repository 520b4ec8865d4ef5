extension Phrasebook {
    /// Why `dutyctl links` could not issue, list or revoke a personal link.
    static let links = table([
        "links.noWeb": ("dutyd has no [web] section, so there is nowhere a link could open; add [web] to dutyd.toml", "dutyd.toml 中没有 [web] 配置，链接无处可打开；请先添加 [web]"),
        "links.kind": ("expected alert, shift, hazard, board or daily, not \"{0}\"", "应为 alert、shift、hazard、board 或 daily，而不是“{0}”"),
        "links.notOfUnit": (
            "{0} belongs to {1}, which is neither {2} nor a unit above it: a daily report's link goes to a person of the unit or a unit above it",
            "{0} 属于 {1}，既不是 {2} 也不是其上级单位：值班日报链接只能发给本单位或上级单位的人员"
        ),
        "links.noHoliday": (
            "no holiday period is on or ahead in the calendar, so {0} has no daily report to file; add the holiday to the calendar first",
            "日历中没有进行中或即将到来的假期，{0} 无值班日报可报送；请先在日历中添加假期"
        ),
        "links.noShift": ("no shift \"{0}\" on the roster; see dutyctl roster", "值班表中没有班次“{0}”；请查看 dutyctl roster"),
        "links.noMatch": ("no person, link or link hash prefix \"{0}\"; see dutyctl links list", "没有人员、链接或链接哈希前缀“{0}”；请查看 dutyctl links list"),
        "links.ambiguous": ("{0} links have hashes starting with \"{1}\"; give more digits", "有 {0} 个链接的哈希以“{1}”开头；请多给几位"),
        "links.idempotency": ("a link is shown once, so IssueLink takes no idempotency_key", "链接只显示一次，因此 IssueLink 不接受 idempotency_key"),
    ])
}
