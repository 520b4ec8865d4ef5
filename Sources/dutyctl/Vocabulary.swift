import ArgumentParser
import DutyTerminal

/// The Chinese words for the values of the `io.dutyd` interface that tables show and options take.
enum Vocabulary {
    static let alertStates = WordTable([
        .init("triggered", "告警", aliases: ["未确认"]), .init("acknowledged", "已确认", aliases: ["确认"]),
        .init("resolved", "已解决", aliases: ["解决"]), .init("all", "全部"),
    ])
    static let alertKinds = WordTable([
        .init("missed_checkin", "未签到"), .init("absent_at_spot_check", "抽查脱岗", aliases: ["脱岗"]),
        .init("hazard_overdue", "隐患逾期", aliases: ["逾期"]), .init("rectification_unverified", "整改未验收", aliases: ["未验收"]),
        .init("incident", "突发事件"), .init("roster_not_filed", "值班表未报备"),
        .init("daily_report_missing", "日报未报送", aliases: ["未报日报"]),
    ])
    static let riskLevels = WordTable([
        .init("major", "重大", aliases: ["重大风险"]), .init("high", "较大", aliases: ["较大风险"]),
        .init("general", "一般", aliases: ["一般风险"]), .init("low", "低", aliases: ["低风险"]),
    ])
    static let hazardStatuses = WordTable([
        .init("open", "未整改"), .init("rectifying", "整改中"), .init("rectified", "已整改", aliases: ["待验收"]),
        .init("closed", "已销号", aliases: ["已验收", "已完成"]), .init("reopened", "重新整改"),
    ])
    static let shiftStatuses = WordTable([
        .init("upcoming", "未开始"), .init("awaiting_check_in", "待签到"), .init("checked_in", "已签到"), .init("late", "迟到"),
        .init("missed_check_in", "未签到"), .init("ended", "已结束"),
    ])
    static let roles = WordTable([.init("duty_officer", "值班人员"), .init("leader_on_duty", "带班领导")])
    static let gapKinds = WordTable([
        .init("no_duty_officer", "无值班人员"), .init("no_leader_on_duty", "无带班领导"),
        .init("overlap", "班次重叠"), .init("back_to_front", "起止颠倒"),
    ])
    static let outboxStates = WordTable([
        .init("pending", "待发送"), .init("delivered", "已送达"), .init("dead", "已放弃", aliases: ["失败"]), .init("all", "全部"),
    ])
    static let actions = WordTable([
        .init("raised", "发出"), .init("escalated", "升级"), .init("renotified", "再次通知"), .init("acknowledged", "确认"),
        .init("unresolved", "逾期未解决"), .init("resolved", "解决"), .init("passed_up", "上报"), .init("followed_up", "续报"), .init("held", "静默暂缓"), .init("imported", "导入"), .init("changed", "变更"),
        .init("progress", "整改进展"), .init("rectified", "报告已整改"), .init("verified", "验收销号"),
        .init("reopened", "重新整改"), .init("extended", "延期"), .init("reminded", "提醒"),
    ])
    static let swapStates = WordTable([
        .init("requested", "待审批"), .init("approved", "已批准"), .init("refused", "未批准"), .init("cancelled", "已取消"),
    ])
    static let unitKinds = WordTable([
        .init("province", "省级"), .init("city", "市级"), .init("county", "县区级"), .init("school", "学校"),
    ])
}

extension WordTable {
    /// `value` as the user's language shows it.
    func show(_ value: String) -> String {
        display(value, in: tr.language)
    }
}

/// An option whose value is an `io.dutyd` value given as the value itself or its Chinese word.
protocol WordArgument: ExpressibleByArgument, RawRepresentable<String>, CaseIterable {
    static var words: WordTable { get }
}

extension WordArgument {
    init?(argument: String) {
        guard let value = Self.words.value(for: argument) else { return nil }
        self.init(rawValue: value)
    }

    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
