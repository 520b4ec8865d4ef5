/// The Chinese words notifications use for kinds, risk levels, actions and durations.
public enum ChineseLabels {
    public static func kind(_ kind: AlertKind) -> String {
        switch kind {
        case .missedCheckin: "值班人员未按时签到"
        case .absentAtSpotCheck: "抽查脱岗"
        case .hazardOverdue: "隐患整改逾期"
        case .rectificationUnverified: "隐患整改未按时验收"
        case .incident: "突发事件"
        case .rosterNotFiled: "值班表未按时报备"
        case .dailyReportMissing: "值班日报未按时报送"
        }
    }

    public static func action(_ action: AlertAction) -> String {
        switch action {
        case .raised: "新告警"
        case .escalated: "逐级上报"
        case .renotified: "再次提醒"
        case .unresolved: "确认后逾期未办结，再次上报"
        case .acknowledged: "已确认"
        case .resolved: "已办结"
        case .updated: "情况更新"
        case .passedUp: "下级已上报"
        case .followedUp: "续报"
        case .held: "静默时段暂缓"
        }
    }

    /// `2天3小时`, `45分钟`, `不到1分钟`.
    public static func duration(seconds: Int64) -> String {
        guard seconds >= 60 else { return "不到1分钟" }
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        let minutes = seconds % 3_600 / 60
        var text = ""
        if days > 0 { text += "\(days)天" }
        if hours > 0 { text += "\(hours)小时" }
        if minutes > 0 && days == 0 { text += "\(minutes)分钟" }
        return text
    }
}
