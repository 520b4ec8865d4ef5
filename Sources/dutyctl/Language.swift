import DutyTerminal

/// What `dutyctl` says, in the language of the user's locale (`LANG=zh_CN.UTF-8`: Chinese).
///
/// `tr("STATE")` is 状态 under a Chinese locale and `STATE` otherwise; `--json` output never
/// goes through it, so its field names and values stay the interface's English.
let tr = MessageCatalogue(language: MessageLanguage(variable: Environment.value), chinese: ChineseText.messages.merging(ChineseText.office) { first, _ in first }.merging(ChineseText.links) { first, _ in first })
