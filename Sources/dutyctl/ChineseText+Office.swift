extension ChineseText {
    /// The Chinese text of the duty office's verbs: spot checks, roster hours and calendars, swaps, roster filing.
    static let office: [String: String] = [
        "Show the duty roster (值班表), its gaps, duty hours or one person's calendar.": "显示值班表、排班漏洞、值班时长或个人值班日历。",
        "Show the duty roster (值班表) as a table, with --gaps its faults, or with --ical one person's shifts.":
            "以表格显示值班表，用 --gaps 显示排班漏洞，或用 --ical 导出某人的值班日历。",
        "Spot-check (抽查) the duty officer or leader on duty at a unit now, or record one made by phone, on site or by video.":
            "抽查单位当班值班人员或带班领导是否在岗，或登记一次电话、实地或视频抽查的结果。",
        "Duty hours per person (值班时长) between two dates: all, night and holiday hours.": "两日期之间每人的值班时长：总时长、夜间时长和节假日时长。",
        "PERSON": "人员",
        "ROLE": "角色",
        "NIGHT": "夜间",
        "leader on duty": "带班领导",
        "recorded": "登记结果",
        "Request a swap (换班) of a place in a shift, or approve or refuse one.": "申请换班，或批准、不批准换班申请。",
        "Ask to give the place of the person named by --for in a shift to another person.": "申请把 --for 所指人员在某班次中的位置换给另一人。",
        "Approve a requested swap: the partner takes the place in the roster.": "批准换班申请：替班人接替值班表中的位置。",
        "Refuse a requested swap: the roster stays as it is.": "不批准换班申请：值班表保持不变。",
        "List the swaps (换班) of the shifts at a unit and below: requested, approved, refused, cancelled.":
            "列出单位及下级单位各班次的换班申请：待审批、已批准、未批准、已取消。",
        "no swaps": "没有换班申请",
        "swap": "换班申请",
        "requested": "申请",
        "decided": "审批",
        "reason": "理由",
        "REASON": "理由",
        "Record that a unit filed (报备) its holiday roster with the bureau.": "登记单位已向教育局报备假期值班表。",
        "Show which units have filed (报备) their holiday roster and which have not.": "显示哪些单位已报备假期值班表、哪些尚未报备。",
        "period": "假期",
        "filed": "已报备",
        "not filed": "未报备",
        "filed late": "逾期补报",
        "filing deadline": "报备截止",
        "FILED": "报备时间",
        "BY": "登记人",
        "REQUESTER": "申请人",
        "PARTNER": "替班人",
        "requester": "申请人",
        "partner": "替班人",
        "note": "备注",
    ]
}
