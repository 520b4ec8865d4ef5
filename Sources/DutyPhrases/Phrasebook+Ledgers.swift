extension Phrasebook {
    /// The problems, notices and warnings of reading a hazard ledger, a duty roster and a people list.
    static let ledgers = table([
        "ledger.needsID": (
            "the header needs \"编号\" (a stable hazard id) or \"序号\" (numbered within the ledger), so that re-imports find the same hazards",
            "表头须有“编号”（固定的隐患编号）或“序号”（台账内的顺序号）一列，以便再次导入时找到同一隐患"
        ),
        "ledger.noHazards": ("the ledger has a header but no hazards", "台账只有表头，没有隐患"),
        "ledger.expect.unit": ("the school or unit, named as in dutyd's configuration", "学校或单位（名称与 dutyd 配置一致）"),
        "ledger.expect.location": ("where the hazard is (隐患部位)", "隐患部位"),
        "ledger.expect.description": ("what the hazard is (隐患描述)", "隐患描述"),
        "ledger.expect.measure": ("the rectification measure (整改措施)", "整改措施"),
        "ledger.expect.responsible": ("the person responsible for rectification (整改责任人)", "整改责任人"),
        "ledger.expect.risk": ("重大, 较大, 一般 or 低", "重大、较大、一般或低"),
        "ledger.expect.deadline": ("a date such as 2026-09-20", "日期，如 2026-09-20"),
        "ledger.unknownUnit": ("no unit named {0} in dutyd's configuration; use a unit's name or id", "dutyd 配置中没有名为{0}的单位；请填写单位名称或编号"),
        "ledger.ambiguousUnit": ("{0} names several units ({1}); use the unit's id", "{0}是多个单位的名称（{1}）；请填写单位编号"),
        "ledger.unknownRisk": ("unknown risk level {0}: expected 重大, 较大, 一般 or 低", "未知的风险等级{0}：应为重大、较大、一般或低"),
        "ledger.invalidDeadline": (
            "invalid deadline {0}: expected a date such as 2026-09-20, 2026/9/20 or 2026年9月20日, optionally with a time such as 18:00",
            "整改时限{0}无效：应为日期，如 2026-09-20、2026/9/20 或 2026年9月20日，可带时间，如 18:00"
        ),
        "ledger.idSpaces": ("the hazard id {0} must not contain spaces", "隐患编号{0}不能含空格"),
        "ledger.noID": ("empty: each hazard needs a 编号 or a 序号", "为空：每个隐患都要有编号或序号"),
        "ledger.repeatedID": ("hazard {0} repeats row {1}; each hazard may appear once in a ledger", "隐患 {0} 与第 {1} 行重复；每个隐患在台账中只能出现一次"),
        "ledger.unknownStatus": (
            "unknown status {0}: expected one of {1} (empty means 未整改); write a progress note in 整改进展",
            "未知的整改情况{0}：应为 {1} 之一（空白即未整改）；整改进展请写在“整改进展”列"
        ),
        "ledger.severalResponsible": (
            "{0} names {1} people: a hazard has one responsible person (整改责任人); split the hazard into one row per person, or name the one who answers for it",
            "{0}写了 {1} 个人：一个隐患只有一名整改责任人；请把隐患拆成每人一行，或只写负责的那一位"
        ),
        "ledger.unmatchedKept": (
            "{0}; imported as written (--allow-unmatched): reminders go to the unit's safety officers", "{1}；已按原样导入（--allow-unmatched）：提醒发给单位的安全员"
        ),
        "ledger.unmatched": (
            "{0} (or import with --allow-unmatched to send this hazard's reminders to the unit's safety officers)", "{1}（或用 --allow-unmatched 导入，此隐患的提醒将发给单位的安全员）"
        ),
        "ledger.invalidDate": ("invalid date {0}: expected a date such as 2026-09-20, 2026/9/20 or 2026年9月20日", "日期{0}无效：应为日期，如 2026-09-20、2026/9/20 或 2026年9月20日"),
        "ledger.dateForStatus": ("the hazard's status is {0}, so it has no {1}; leave the cell empty or correct 整改情况", "隐患的整改情况为{0}，不应有{1}；请留空此格，或更正整改情况"),
        "ledger.deadlineChanged": (
            "hazard {0} has the deadline {1} in dutyd, not {2}; a deadline changes only by an approved extension: dutyctl hazard extend {0} --until DATE --reason TEXT --approved-by NAME",
            "隐患 {0} 在 dutyd 中的整改时限为 {1}，不是 {2}；整改时限只能经批准延期后更改：dutyctl hazard extend {0} --until 日期 --reason 原因 --approved-by 批准人"
        ),
        "roster.yearlessNoCalendar": (
            "{0} has no year and no holiday calendar is configured to take it from ([data] calendars); write the year, e.g. {1}", "{0}没有年份，也没有配置可推断年份的假期日历（[data] calendars）；请写上年份，如 {1}"
        ),
        "roster.yearlessFar": (
            "{0} has no year and is not near a holiday of the calendar ({1}); write the year, e.g. 2026-10-01", "{0}没有年份，也不在日历中任何假期附近（{1}）；请写上年份，如 2026-10-01"
        ),
        "roster.yearlessAmbiguous": ("{0} has no year and could be in {1} (holidays of both years are near it); write the year", "{0}没有年份，可能是 {2} 年（两年都有假期在其附近）；请写上年份"),
        "roster.dateMissing": ("the date is missing", "缺少日期"),
        "roster.invalidDate": ("invalid date {0}: expected a date such as 2026-10-01 or 10月1日", "日期{0}无效：应为日期，如 2026-10-01 或 10月1日"),
        "roster.invalidHours": (
            "invalid hours {0}: expected a start and an end such as 08:00-20:00, 8:00-次日8:00 or 8:00至20:00", "起止时间{0}无效：应为开始和结束时间，如 08:00-20:00、8:00-次日8:00 或 8:00至20:00"
        ),
        "roster.hoursMissing": ("the shift's hours are missing: give 起止时间 such as 08:00-20:00 or a 班次 name", "缺少班次时间：请填写起止时间，如 08:00-20:00，或班次名称"),
        "roster.unknownShift": ("unknown shift {0}: expected one of {1} (more can be named in [duty.shift_names])", "未知的班次{0}：应为 {2} 之一（可在 [duty.shift_names] 中添加）"),
        "roster.severalPeople": ("{0} names {1} people; write one person here (two duty officers are fine in 值班人员)", "{0}写了 {1} 个人；此处只能写一人（值班人员一列可写两人）"),
        "roster.phoneCount": ("{0} phones for {1} people in {2}: give one phone per person, in the same order", "{2}中有 {1} 人却有 {0} 个电话：请每人一个电话，顺序一致"),
        "roster.needsHours": ("the header needs a \"班次\" or a \"起止时间\" column to say when each shift is", "表头须有“班次”或“起止时间”一列，说明每个班次的时间"),
        "roster.unitMissing": ("the unit is missing", "缺少单位"),
        "roster.unknownUnit": ("unknown unit {0}: expected a configured unit's name or id", "未知的单位{0}：应为已配置单位的名称或编号"),
        "roster.officerMissing": ("the duty officer is missing", "缺少值班人员"),
        "roster.sameStart": ("{0} already has a shift starting {1} {2} (row {3})", "{0} 已有一个 {1} {2} 开始的班次（第 {3} 行）"),
        "people.needsPhone": ("the header needs a \"手机\" or a \"电话\" column: dutyd must be able to reach each person", "表头须有“手机”或“电话”一列：dutyd 必须能联系到每个人"),
        "people.idMissing": ("empty: expected a unique person id such as dg-li", "为空：应填写唯一的人员编号，如 dg-li"),
        "people.idSpaces": ("the person id \"{0}\" must not contain spaces", "人员编号“{0}”不能含空格"),
        "people.duplicateID": ("person id \"{0}\" is already defined at {1}; each person is defined once", "人员编号“{0}”已在 {1} 定义；每个人只能定义一次"),
        "people.nameMissing": ("empty: expected the person's name", "为空：应填写姓名"),
        "people.unitMissing": ("empty: expected the person's unit, by name or id", "为空：应填写所属单位的名称或编号"),
        "people.landlineAsMobile": ("{0} is a landline, not a mobile: SMS cannot reach it; put it in the \"电话\" column", "{0}是固定电话，不是手机：短信发不到；请填在“电话”一列"),
        "people.phoneMissing": ("empty: each person needs a mobile or a phone number", "为空：每个人都要有手机或电话"),
        "people.invalidEmail": ("invalid e-mail address \"{0}\"", "电子邮件地址“{0}”无效"),
        "people.unknownRole": (
            "unknown role \"{0}\": expected 负责人 (head), 安全员 (safety) or 值班室 (duty_office), several separated by 、", "未知的职责“{0}”：应为负责人、安全员或值班室，多个用、分隔"
        ),
        "people.unknownChannel": (
            "unknown channel \"{0}\": define it in a [[channels]] entry of dutyd.toml or use \"journal\"", "未知的渠道“{0}”：请在 dutyd.toml 的 [[channels]] 条目中定义，或用 \"journal\""
        ),
    ])
}
