extension ChineseText {
    /// The Chinese text of `dutyctl links`.
    static let links: [String: String] = [
        "Issue, list or revoke the personal links of the field pages.": "签发、列出或撤销手机页面的个人链接。",
        "Issue a link to an alert, shift, hazard, board or daily report and print its address once.": "签发指向告警、班次、隐患、值班看板或值班日报的链接，并只显示一次其地址。",
        "List the links issued, or those of one person.": "列出已签发的链接，或某人的链接。",
        "Revoke every link of a person, or one link by its address or hash prefix.": "撤销某人的全部链接，或按地址或哈希前缀撤销一个链接。",
        "expected [PERSON] KIND ID, e.g. ez-ma alert 12": "应为 [人员] 类型 编号，如 ez-ma alert 12",
        "link {0}… issued; this address is shown only once": "链接 {0}… 已签发；此地址只显示这一次",
        "no links": "没有链接",
        "{0} links revoked": "已撤销 {0} 个链接",
        "read-only": "只读",
        "while open": "事项未结束前有效",
        "HASH": "哈希",
        "SUBJECT": "事项",
        "EXPIRES": "到期",
        "USES": "使用次数",
        "REVOKED": "撤销时间",
    ]
}
