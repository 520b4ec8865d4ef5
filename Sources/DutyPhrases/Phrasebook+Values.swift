extension Phrasebook {
    /// Why a request's parameter has a value dutyd does not take (`io.dutyd.InvalidValue`).
    static let values = table([
        "value.notISOTime": ("\"{0}\" is not an ISO 8601 time such as 2026-10-01T00:00:01.250Z", "“{0}”不是 ISO 8601 时间，如 2026-10-01T00:00:01.250Z"),
        "value.keyLength": ("must be 1 to {0} bytes long", "长度须为 1 至 {0} 字节"),
        "value.outboxState": ("expected pending, delivered, dead or all", "应为 pending、delivered、dead 或 all"),
        "value.alertState": ("expected triggered, acknowledged, resolved or all", "应为 triggered、acknowledged、resolved 或 all"),
        "value.unknownChannel": ("no channel \"{0}\"; expected journal or one of {1}", "没有渠道“{0}”；应为 journal 或 {1} 之一"),
        "value.unknownPerson": ("no person \"{0}\"", "没有人员“{0}”"),
        "value.nobodyReached": ("nobody is reached by \"{0}\"; name a person", "没有人通过“{0}”接收消息；请指定一个人"),
        "value.oneOf": ("expected one of {0}", "应为 {0} 之一"),
        "value.risk": ("expected major, high, general or low", "应为重大、较大、一般或低（major、high、general、low）"),
        "value.whichShift": ("give the shift's id, or a unit (and optionally the person)", "请给出班次编号，或单位（可加人员）"),
        "value.notTime": ("\"{0}\" is not a time: expected 2026-10-01, 2026-10-01T08:00 or 2026-10-01T08:00:00+08:00", "“{0}”不是时间：应为 2026-10-01、2026-10-01T08:00 或 2026-10-01T08:00:00+08:00"),
        "value.noSuchActor": ("no person has the id or name \"{0}\"; see the [[person]] entries of the configuration", "没有编号或姓名为“{0}”的人员；请查看配置中的 [[people]] 条目"),
        "value.actorAmbiguous": ("{0} people are named \"{1}\": {2}; give the id instead", "有 {0} 人名叫“{1}”：{2}；请改用编号"),
        "value.deadline": ("expected a date such as 2026-10-30 or \"2026-10-30 18:00\", not \"{0}\"", "应为日期，如 2026-10-30 或 \"2026-10-30 18:00\"，而不是“{0}”"),
        "value.since": ("expected a date such as 2026-09-01, not \"{0}\"", "应为日期，如 2026-09-01，而不是“{0}”"),
        "value.noSuchPerson": ("no person has id or name \"{0}\"", "没有编号或姓名为“{0}”的人员"),
        "value.notAfter": ("\"{0}\" is not after from \"{1}\"", "“{0}”不晚于起始时间“{1}”"),
        "value.spotCheckOutcomeMissing": ("{0} records a spot check made by hand: give its outcome too", "{0} 用于记录人工抽查：请同时给出抽查结果（--outcome）"),
        "value.spotCheckWord": ("\"{0}\" is not a spot-check {1}: expected one of {2}", "“{0}”不是有效的抽查 {1}：应为 {2} 之一"),
        "value.followUpNote": ("a follow-up needs a note saying what is new", "续报须附说明，写明新情况"),
        "value.occurredAt": ("expected a time such as 2026-10-02 14:05 or ISO 8601, not \"{0}\"", "应为时间，如 2026-10-02 14:05 或 ISO 8601 格式，而不是“{0}”"),
        "value.format": ("expected csv or xlsx, not \"{0}\"", "应为 csv 或 xlsx，而不是“{0}”"),
        "value.notHolidayDate": ("{0} is in no holiday period of the calendar: daily reports are kept on holiday days only", "{0} 不在任何节假日期间：值班日报只在节假日期间填报"),
    ])
}
