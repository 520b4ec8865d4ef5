extension Phrasebook {
    /// Why `dutyctl links` could not issue, list or revoke a personal link.
    static let links = table([
        "links.noWeb": ("dutyd has no [web] section, so there is nowhere a link could open; add [web] to dutyd.toml", "dutyd.toml 中没有 [web] 配置，链接无处可打开；请先添加 [web]"),
        "links.kind": ("expected alert, shift, hazard or board, not \"{0}\"", "应为 alert、shift、hazard 或 board，而不是“{0}”"),
        "links.noShift": ("no shift \"{0}\" on the roster; see dutyctl roster", "值班表中没有班次“{0}”；请查看 dutyctl roster"),
        "links.noMatch": ("no person, link or link hash prefix \"{0}\"; see dutyctl links list", "没有人员、链接或链接哈希前缀“{0}”；请查看 dutyctl links list"),
        "links.ambiguous": ("{0} links have hashes starting with \"{1}\"; give more digits", "有 {0} 个链接的哈希以“{1}”开头；请多给几位"),
        "links.idempotency": ("a link is shown once, so IssueLink takes no idempotency_key", "链接只显示一次，因此 IssueLink 不接受 idempotency_key"),
    ])
}
