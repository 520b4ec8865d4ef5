extension Phrasebook {
    /// The common mistakes in a configuration file and its spreadsheets, as `dutyd --check-config` prints them.
    static let configuration = table([
        "config.unknownKeySuggest": ("unknown key \"{0}\" in {1}; did you mean \"{2}\"?", "{1} 中有未知的键“{0}”；是否要写“{2}”？"),
        "config.unknownKey": ("unknown key \"{0}\" in {1}; expected one of: {2}", "{1} 中有未知的键“{0}”；可用的键：{2}"),
        "config.missingKey": ("missing key \"{0}\" in {1}; expected {2}", "{1} 缺少键“{0}”；应为 {2}"),
        "config.mismatch": ("\"{0}\" in {1} must be {2}, not {4}", "{1} 中的“{0}”应为{3}，而不是{5}"),
        "config.empty": ("\"{0}\" in {1} must not be empty", "{1} 中的“{0}”不能为空"),
        "config.invalidChoice": ("invalid \"{0}\" \"{1}\": expected one of {2}", "“{0}”的值“{1}”无效：应为 {2} 之一"),
        "config.invalidDuration": (
            "invalid duration \"{0}\" for \"{1}\": expected a number followed by s, m, h or d, e.g. \"30m\", \"2h\", \"1d\"",
            "“{1}”的时长“{0}”无效：应为数字加 s、m、h 或 d，如 \"30m\"、\"2h\"、\"1d\""
        ),
        "config.unknownParent": ("unknown parent \"{0}\" of unit \"{1}\": no [[units]] entry has this id", "单位“{1}”的上级“{0}”不存在：没有编号为它的 [[units]] 条目"),
        "config.unknownContact": (
            "unknown person \"{0}\" in {1} contacts of unit \"{2}\": no [[people]] entry has this id", "单位“{2}”的 {1} 联系人“{0}”不存在：没有编号为它的 [[people]] 条目"
        ),
        "config.unknownUnitOfPerson": (
            "person \"{0}\" belongs to unknown unit \"{1}\": no [[units]] entry has this id", "人员“{0}”所属单位“{1}”不存在：没有编号为它的 [[units]] 条目"
        ),
        "config.duplicateID": ("duplicate {0} id \"{1}\" (first defined at line {2})", "{3}编号“{1}”重复（首次定义在第 {2} 行）"),
        "config.expected.string": ("a string", "字符串"),
        "config.expected.integer": ("an integer", "整数"),
        "config.expected.boolean": ("true or false", "true 或 false"),
        "config.expected.duration": ("a duration string such as \"30m\", \"2h\" or \"1d\"", "时长字符串，如 \"30m\"、\"2h\" 或 \"1d\""),
        "config.expected.strings": ("an array of strings", "字符串数组"),
        "config.expected.table": ("a table", "表"),
        "config.expected.tables": ("an array of tables ([[{0}]])", "表数组（[[{0}]]）"),
        "config.type.string": ("a string", "字符串"),
        "config.type.integer": ("an integer", "整数"),
        "config.type.float": ("a float", "小数"),
        "config.type.boolean": ("a boolean", "布尔值"),
        "config.type.date-time": ("a date-time", "日期时间"),
        "config.type.array": ("an array", "数组"),
        "config.type.table": ("a table", "表"),
        "config.what.unit": ("unit", "单位"),
        "config.what.person": ("person", "人员"),
        "config.what.channel": ("channel", "渠道"),
        "config.notice": ("notice: {0}", "提示：{1}"),
        "config.errorCount": ("{0}: {1} error(s)", "{0}: {1} 处错误"),
        "sheet.cell": ("{0}", "{0}"),
        "sheet.rowColumn": ("row {0}, column {1}", "第 {0} 行第 {1} 列"),
        "sheet.row": ("row {0}", "第 {0} 行"),
        "sheet.sheetRow": ("{0} row {1}", "{0} 第 {1} 行"),
        "sheet.cannotRead": ("cannot read the file: {0}", "无法读取文件：{0}"),
        "config.line": ("line {0}", "第 {0} 行"),
        "roster.duplicateShift": ("shift {0} is also in {1}, {2}; a unit has one shift per start time", "班次 {0} 也在 {1} {3}；一个单位在同一开始时间只有一个班次"),
        "sheet.byteLine": ("byte {0} (line {1})", "第 {0} 字节（第 {1} 行）"),
        "sheet.byte": ("byte {0}", "第 {0} 字节"),
        "sheet.cellNamed": ("{0} ({1})", "{0}（{1}）"),
        "sheet.rowColumnNamed": ("row {0}, column {1} ({2})", "第 {0} 行第 {1} 列（{2}）"),
        "sheet.rowNamed": ("row {0} ({1})", "第 {0} 行（{1}）"),
        "sheet.sheetRowNamed": ("{0} row {1} ({2})", "{0} 第 {1} 行（{2}）"),
    ])
}
