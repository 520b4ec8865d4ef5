extension Phrasebook {
    /// The problems and notices of reading a spreadsheet: its header and cells, phones and people.
    static let spreadsheets = table([
        "sheet.rows": ("rows {0}–{1}", "第 {0}–{1} 行"),
        "sheet.headerTaken": ("row {0} is taken as the header; {1} above it (a title) skipped", "第 {0} 行作为表头；其上的{2}（标题）已跳过"),
        "sheet.unknownColumn": ("unknown column {0}; the columns are {1}", "未知的列{0}；可用的列：{2}"),
        "sheet.repeatedColumn": (
            "column {0} repeats column {1} (\"{2}\"): both are {3}; {5}", "列{0}与第 {1} 列（\"{2}\"）重复：两者都是{4}；{6}"
        ),
        "sheet.keepOne": ("keep one of them", "请只保留其中一列"),
        "sheet.renameFollowing": (
            "such a column is read as belonging to the column just left of it; put it right after its person, or rename it to one of {0}",
            "这样的列按紧靠其左侧的列读取；请把它放在对应人员列之后，或改名为 {1} 之一"
        ),
        "sheet.lacksColumn": ("the header lacks the required column {0}", "表头缺少必需的列 {1}"),
        "sheet.lacksColumns": ("the header lacks the required columns {0}", "表头缺少必需的列 {1}"),
        "sheet.mergedCell": ("{0} empty under row {1}'s {2}: read as a merged cell, {2} carried down", "{3}在第 {1} 行的{2}之下为空：按合并单元格读取，已沿用{2}"),
        "sheet.emptyExpected": ("empty: expected {0}", "为空：应填写{1}"),
        "csv.unclosedQuote": ("the quoted cell is never closed: a \" opens it and no closing \" follows", "带引号的单元格没有结束：有开头的 \" 而没有结尾的 \""),
        "csv.textAfterQuote": (
            "unexpected text after the closing quote of a quoted cell; write a quote inside a quoted cell as \"\"", "带引号的单元格在结尾引号后还有文字；引号内的引号请写作 \"\""
        ),
        "csv.quoteInCell": ("a quote inside an unquoted cell; put the whole cell in quotes and double the quote (\"\")", "未加引号的单元格中有引号；请给整个单元格加引号，并把其中的引号写两遍（\"\"）"),
        "csv.tooManyCells": ("this row has {0} cells but the header has {1} columns; cell {2} is outside the table", "这一行有 {0} 个单元格，而表头只有 {1} 列；第 {2} 格在表外"),
        "csv.noHeader": ("the file has no header row; the first row must name the columns", "文件没有表头行；第一行须写各列的名称"),
        "person.didYouMean": ("{0} is not a configured person; did you mean {1}?", "{0}不是已配置的人员；是否要写 {2}？"),
        "person.unknown": (
            "{0} is not a configured person: add a [[people]] entry (id, name, phone, unit) so that dutyd can reach them",
            "{0}不是已配置的人员：请添加 [[people]] 条目（id、name、phone、unit），以便 dutyd 能联系到此人"
        ),
        "person.ambiguous": ("{0} is ambiguous: people {1} have this name; write the person's id instead", "{0}有重名：人员 {1} 都叫这个名字；请改写人员编号"),
        "person.titleDropped": ("{0}: the title {1} was left out of the name", "{0}：姓名后的职务{1}已去掉"),
        "person.spacesDropped": ("{0} was read as {1}: the spaces inside the name were left out", "{0}按{1}读取：已去掉姓名中的空格"),
        "phone.missing": ("the phone is missing: expected a mobile such as 13906412345 or a landline such as 0633-1234567", "缺少电话：应为手机号，如 13906412345，或固定电话，如 0633-1234567"),
        "phone.excelNumber": (
            "{0} is a number Excel rewrote (scientific notation or decimals), not a phone: format the column as text (设置单元格格式 → 文本), type the numbers again and save",
            "{0}是被 Excel 改写的数字（科学计数法或小数），不是电话号码：请把该列设为文本（设置单元格格式 → 文本），重新输入号码后保存"
        ),
        "phone.mobileLength": (
            "{0} is not a mobile number: a mobile has 11 digits starting with 1 (expected a mobile such as 13906412345 or a landline such as 0633-1234567)",
            "{0}不是手机号：手机号为 1 开头的 11 位数字（应为手机号，如 13906412345，或固定电话，如 0633-1234567）"
        ),
        "phone.landlineLength": (
            "{0} is not a landline number: after the area code a landline has 7 or 8 digits (expected a mobile such as 13906412345 or a landline such as 0633-1234567)",
            "{0}不是固定电话：区号之后应有 7 或 8 位数字（应为手机号，如 13906412345，或固定电话，如 0633-1234567）"
        ),
        "phone.shape": (
            "{0} is not a phone number: expected a mobile such as 13906412345 or a landline such as 0633-1234567, optionally with an extension (转801)",
            "{0}不是电话号码：应为手机号，如 13906412345，或固定电话，如 0633-1234567，可带分机（转801）"
        ),
    ])
}
