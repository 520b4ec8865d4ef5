extension ChineseText {
    /// The Chinese text of the duty office's verbs: spot checks, roster hours and calendars, swaps, roster filing.
    static let office: [String: String] = [
        "Show the duty roster (值班表), its gaps, duty hours or one person's calendar.": "显示值班表、排班漏洞、值班时长或个人值班日历。",
        "Show the duty roster (值班表) as a table, with --gaps its faults, or with --ical one person's shifts.":
            "以表格显示值班表，用 --gaps 显示排班漏洞，或用 --ical 导出某人的值班日历。",
        "Spot-check (抽查) the duty officer or leader on duty at a unit now, or record one made by phone, on site or by video.":
            "抽查单位当班值班人员或带班领导是否在岗，或登记一次电话、实地或视频抽查的结果。",
        "Duty hours per person (值班时长) between two dates: all, night and holiday hours.": "两日期之间每人的值班时长：总时长、夜间时长和节假日时长。",
        "Show the daily duty report (值班日报) of a unit for a day of a holiday period.": "显示单位在节假日某一天的值班日报。",
        "File a unit's note for its daily duty report (值班日报) before the day's deadline.": "在当日截止时间前报送单位值班日报的备注。",
        "cannot write {0}: {1}": "无法写入 {0}：{1}",
        "Send units' daily duty reports (值班日报) to the level above now.": "立即将单位的值班日报报送上级。",
        "File a unit's zero report (零报告) for the day: nothing happened.": "报送单位当日的零报告：无事可报。",
        "The note must say what happened; file a zero report with dutyctl daily zero.": "备注须写明情况；无事可报请用 dutyctl daily zero 报零报告。",
        "PERSON": "人员",
        "ROLE": "角色",
        "NIGHT": "夜间",
        "leader on duty": "带班领导",
        "recorded": "登记结果",
    ]
}
